import { CreatePersonsSchema1795478400000 } from './1795478400000-CreatePersonsSchema';
import { CreatePersonTable1795478400100 } from './1795478400100-CreatePersonTable';
import { CreateAlertTable1795478400200 } from './1795478400200-CreateAlertTable';
import { CreateFuzzystrmatchExtension1795478400300 } from './1795478400300-CreateFuzzystrmatchExtension';
import { CreatePersonNameTable1795478400400 } from './1795478400400-CreatePersonNameTable';
import { DropPersonSearchNameIndex1795478400500 } from './1795478400500-DropPersonSearchNameIndex';
import { CreateAuditLog1795478409000 } from './1795478409000-CreateAuditLog';
import { AddPersonRevocation1795478409500 } from './1795478409500-AddPersonRevocation';
import { CreatePersonsRecordVersion1795478409510 } from './1795478409510-CreatePersonsRecordVersion';
import { CreatePersonNameKeyIndex1795478409520 } from './1795478409520-CreatePersonNameKeyIndex';
import { IndexPersonNationalities1795478409900 } from './1795478409900-IndexPersonNationalities';
import { IndexAlertKind1795478409910 } from './1795478409910-IndexAlertKind';
import { CreateNameWordDictionary1795478410000 } from './1795478410000-CreateNameWordDictionary';
import { CreateNameWordRowTable1795478410050 } from './1795478410050-CreateNameWordRowTable';
import { DropPersonNamePhoneticAndTrigramIndex1795478410200 } from './1795478410200-DropPersonNamePhoneticAndTrigramIndex';
import { AddAuditClientRequestId1795478410400 } from './1795478410400-AddAuditClientRequestId';
import { GrantPersonsServiceRole1795478420000 } from './1795478420000-GrantPersonsServiceRole';
import { CreatePersonsHitOutbox1795478430000 } from './1795478430000-CreatePersonsHitOutbox';
import { QueuePersonsHitNotifications1795478430010 } from './1795478430010-QueuePersonsHitNotifications';
import { QueuePersonsHitNotificationsQuietly1795478430020 } from './1795478430020-QueuePersonsHitNotificationsQuietly';
import { AddPersonsAuditBorderOrigin1795478440000 } from './1795478440000-AddPersonsAuditBorderOrigin';
import { AddPersonBorderVisibility1795478440010 } from './1795478440010-AddPersonBorderVisibility';
import { WidenNameSkeletons1795478450000 } from './1795478450000-WidenNameSkeletons';
import { FlagUnvowelledNameWords1795478450100 } from './1795478450100-FlagUnvowelledNameWords';
import { IndexAlertKindsByNationality1795478450200 } from './1795478450200-IndexAlertKindsByNationality';
import { IndexNameKeysByBirthYear1795478450300 } from './1795478450300-IndexNameKeysByBirthYear';
import { AddBirthYearToNameWordRows1795478450400 } from './1795478450400-AddBirthYearToNameWordRows';
import { IndexNameWordRowsByBirthYear1795478450500 } from './1795478450500-IndexNameWordRowsByBirthYear';
import { ReadGinIndexesWithoutPendingList1795478460000 } from './1795478460000-ReadGinIndexesWithoutPendingList';

export const PERSONS_MIGRATIONS = [
  CreatePersonsSchema1795478400000,
  CreatePersonTable1795478400100,
  CreateAlertTable1795478400200,
  CreateFuzzystrmatchExtension1795478400300,
  CreatePersonNameTable1795478400400,
  DropPersonSearchNameIndex1795478400500,
  CreateAuditLog1795478409000,
  AddPersonRevocation1795478409500,
  CreatePersonsRecordVersion1795478409510,
  CreatePersonNameKeyIndex1795478409520,
  IndexPersonNationalities1795478409900,
  IndexAlertKind1795478409910,
  CreateNameWordDictionary1795478410000,
  CreateNameWordRowTable1795478410050,
  DropPersonNamePhoneticAndTrigramIndex1795478410200,
  AddAuditClientRequestId1795478410400,
  GrantPersonsServiceRole1795478420000,
  CreatePersonsHitOutbox1795478430000,
  QueuePersonsHitNotifications1795478430010,
  QueuePersonsHitNotificationsQuietly1795478430020,
  AddPersonsAuditBorderOrigin1795478440000,
  AddPersonBorderVisibility1795478440010,
  WidenNameSkeletons1795478450000,
  FlagUnvowelledNameWords1795478450100,
  IndexAlertKindsByNationality1795478450200,
  IndexNameKeysByBirthYear1795478450300,
  AddBirthYearToNameWordRows1795478450400,
  IndexNameWordRowsByBirthYear1795478450500,
  ReadGinIndexesWithoutPendingList1795478460000,
];

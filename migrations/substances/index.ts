import { CreateSubstancesSchema1795478403000 } from './1795478403000-CreateSubstancesSchema';
import { CreateSubstanceTable1795478403100 } from './1795478403100-CreateSubstanceTable';
import { CreateSubstanceNameTable1795478403200 } from './1795478403200-CreateSubstanceNameTable';
import { CreateSeizureTable1795478403300 } from './1795478403300-CreateSeizureTable';
import { CreateSeizurePersonTable1795478403400 } from './1795478403400-CreateSeizurePersonTable';
import { CreateSeizureVehicleTable1795478403500 } from './1795478403500-CreateSeizureVehicleTable';
import { IndexSeizuresBySubstanceNewestFirst1795478403600 } from './1795478403600-IndexSeizuresBySubstanceNewestFirst';
import { CreateAuditLog1795478409300 } from './1795478409300-CreateAuditLog';
import { AddSeizureRevocation1795478409800 } from './1795478409800-AddSeizureRevocation';
import { CreateSubstancesRecordVersion1795478409810 } from './1795478409810-CreateSubstancesRecordVersion';
import { AddAuditClientRequestId1795478410400 } from './1795478410400-AddAuditClientRequestId';
import { GrantSubstancesServiceRole1795478420300 } from './1795478420300-GrantSubstancesServiceRole';
import { CreateSubstancesHitOutbox1795478430300 } from './1795478430300-CreateSubstancesHitOutbox';
import { QueueSubstancesHitNotifications1795478430310 } from './1795478430310-QueueSubstancesHitNotifications';
import { QueueSubstancesHitNotificationsQuietly1795478430320 } from './1795478430320-QueueSubstancesHitNotificationsQuietly';
import { AddSubstancesAuditBorderOrigin1795478440300 } from './1795478440300-AddSubstancesAuditBorderOrigin';
import { CoverSeizuresBySubstanceWithVisibility1795478450600 } from './1795478450600-CoverSeizuresBySubstanceWithVisibility';

export const SUBSTANCES_MIGRATIONS: Function[] = [
  CreateSubstancesSchema1795478403000,
  CreateSubstanceTable1795478403100,
  CreateSubstanceNameTable1795478403200,
  CreateSeizureTable1795478403300,
  CreateSeizurePersonTable1795478403400,
  CreateSeizureVehicleTable1795478403500,
  IndexSeizuresBySubstanceNewestFirst1795478403600,
  CreateAuditLog1795478409300,
  AddSeizureRevocation1795478409800,
  CreateSubstancesRecordVersion1795478409810,
  AddAuditClientRequestId1795478410400,
  GrantSubstancesServiceRole1795478420300,
  CreateSubstancesHitOutbox1795478430300,
  QueueSubstancesHitNotifications1795478430310,
  QueueSubstancesHitNotificationsQuietly1795478430320,
  AddSubstancesAuditBorderOrigin1795478440300,
  CoverSeizuresBySubstanceWithVisibility1795478450600,
];

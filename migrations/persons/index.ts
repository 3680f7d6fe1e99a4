import { CreatePersonsSchema1795478400000 } from './1795478400000-CreatePersonsSchema';
import { CreatePersonTable1795478400100 } from './1795478400100-CreatePersonTable';
import { CreateAlertTable1795478400200 } from './1795478400200-CreateAlertTable';
import { CreateFuzzystrmatchExtension1795478400300 } from './1795478400300-CreateFuzzystrmatchExtension';
import { CreatePersonNameTable1795478400400 } from './1795478400400-CreatePersonNameTable';
import { DropPersonSearchNameIndex1795478400500 } from './1795478400500-DropPersonSearchNameIndex';
import { IndexPersonNationalities1795478409900 } from './1795478409900-IndexPersonNationalities';
import { IndexAlertKind1795478409910 } from './1795478409910-IndexAlertKind';
import { CreateAuditLog1795478409000 } from './1795478409000-CreateAuditLog';
import { AddPersonRevocation1795478409500 } from './1795478409500-AddPersonRevocation';

export const PERSONS_MIGRATIONS = [
  CreatePersonsSchema1795478400000,
  CreatePersonTable1795478400100,
  CreateAlertTable1795478400200,
  CreateFuzzystrmatchExtension1795478400300,
  CreatePersonNameTable1795478400400,
  DropPersonSearchNameIndex1795478400500,
  CreateAuditLog1795478409000,
  AddPersonRevocation1795478409500,
  IndexPersonNationalities1795478409900,
  IndexAlertKind1795478409910,
];

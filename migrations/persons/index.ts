import { CreatePersonsSchema1795478400000 } from './1795478400000-CreatePersonsSchema';
import { CreatePersonTable1795478400100 } from './1795478400100-CreatePersonTable';
import { CreateAlertTable1795478400200 } from './1795478400200-CreateAlertTable';
import { CreateAuditLog1795478409000 } from './1795478409000-CreateAuditLog';

export const PERSONS_MIGRATIONS = [
  CreatePersonsSchema1795478400000,
  CreatePersonTable1795478400100,
  CreateAlertTable1795478400200,
  CreateAuditLog1795478409000,
];

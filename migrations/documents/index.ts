import { CreateDocumentsSchema1795478401000 } from './1795478401000-CreateDocumentsSchema';
import { CreateDocumentTable1795478401100 } from './1795478401100-CreateDocumentTable';
import { AddDocumentNumberConfusable1795478401200 } from './1795478401200-AddDocumentNumberConfusable';
import { CreateAuditLog1795478409100 } from './1795478409100-CreateAuditLog';
import { AddDocumentRevocation1795478409600 } from './1795478409600-AddDocumentRevocation';
import { CreateDocumentsRecordVersion1795478409610 } from './1795478409610-CreateDocumentsRecordVersion';
import { AddAuditClientRequestId1795478410400 } from './1795478410400-AddAuditClientRequestId';
import { GrantDocumentsServiceRole1795478420100 } from './1795478420100-GrantDocumentsServiceRole';
import { CreateDocumentsHitOutbox1795478430100 } from './1795478430100-CreateDocumentsHitOutbox';
import { QueueDocumentsHitNotifications1795478430110 } from './1795478430110-QueueDocumentsHitNotifications';
import { QueueDocumentsHitNotificationsQuietly1795478430120 } from './1795478430120-QueueDocumentsHitNotificationsQuietly';
import { AddDocumentsAuditBorderOrigin1795478440100 } from './1795478440100-AddDocumentsAuditBorderOrigin';
import { DocumentsFullReplicaIdentity1795478440110 } from './1795478440110-DocumentsFullReplicaIdentity';
import { CreateDocumentNumberDeletions1795478450100 } from './1795478450100-CreateDocumentNumberDeletions';

export const DOCUMENTS_MIGRATIONS = [
  CreateDocumentsSchema1795478401000,
  CreateDocumentTable1795478401100,
  AddDocumentNumberConfusable1795478401200,
  CreateAuditLog1795478409100,
  AddDocumentRevocation1795478409600,
  CreateDocumentsRecordVersion1795478409610,
  AddAuditClientRequestId1795478410400,
  GrantDocumentsServiceRole1795478420100,
  CreateDocumentsHitOutbox1795478430100,
  QueueDocumentsHitNotifications1795478430110,
  QueueDocumentsHitNotificationsQuietly1795478430120,
  AddDocumentsAuditBorderOrigin1795478440100,
  DocumentsFullReplicaIdentity1795478440110,
  CreateDocumentNumberDeletions1795478450100,
];

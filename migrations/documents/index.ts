import { CreateDocumentsSchema1795478401000 } from './1795478401000-CreateDocumentsSchema';
import { CreateDocumentTable1795478401100 } from './1795478401100-CreateDocumentTable';
import { AddDocumentNumberConfusable1795478401200 } from './1795478401200-AddDocumentNumberConfusable';
import { CreateAuditLog1795478409100 } from './1795478409100-CreateAuditLog';

export const DOCUMENTS_MIGRATIONS = [
  CreateDocumentsSchema1795478401000,
  CreateDocumentTable1795478401100,
  AddDocumentNumberConfusable1795478401200,
  CreateAuditLog1795478409100,
];

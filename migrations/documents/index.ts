import { CreateDocumentsSchema1795478401000 } from './1795478401000-CreateDocumentsSchema';
import { CreateDocumentTable1795478401100 } from './1795478401100-CreateDocumentTable';

export const DOCUMENTS_MIGRATIONS = [CreateDocumentsSchema1795478401000, CreateDocumentTable1795478401100];

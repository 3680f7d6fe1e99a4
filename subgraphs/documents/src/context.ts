import type { RequestContext } from '../../../shared/context';
import type { DocumentsLoaders } from './loaders';

export type DocumentsContext = RequestContext<DocumentsLoaders>;

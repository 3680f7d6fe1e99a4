import type { RequestContext } from '../../../shared/context';
import type { PersonsLoaders } from './loaders';

export type PersonsContext = RequestContext<PersonsLoaders>;

import type { RequestContext } from '../../../shared/context';
import type { SubstancesLoaders } from './loaders';

export type SubstancesContext = RequestContext<SubstancesLoaders>;

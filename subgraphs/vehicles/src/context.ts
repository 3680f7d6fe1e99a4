import type { RequestContext } from '../../../shared/context';
import type { VehiclesLoaders } from './loaders';

export type VehiclesContext = RequestContext<VehiclesLoaders>;

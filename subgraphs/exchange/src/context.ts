import type { RequestContext } from '../../../shared/context';
import type { ExchangeLoaders } from './loaders';

export type ExchangeContext = RequestContext<ExchangeLoaders>;

import type { SubgraphName } from '../shared/schema';
import { PERSONS_MIGRATIONS } from './persons';
import { DOCUMENTS_MIGRATIONS } from './documents';
import { VEHICLES_MIGRATIONS } from './vehicles';
import { SUBSTANCES_MIGRATIONS } from './substances';
import { EXCHANGE_MIGRATIONS } from './exchange';

/** Each subgraph's migrations, oldest first; each subgraph records them in its own `<name>_migrations` table. */
export const MIGRATIONS: Record<SubgraphName, Function[]> = {
  persons: PERSONS_MIGRATIONS,
  documents: DOCUMENTS_MIGRATIONS,
  vehicles: VEHICLES_MIGRATIONS,
  substances: SUBSTANCES_MIGRATIONS,
  exchange: EXCHANGE_MIGRATIONS,
};

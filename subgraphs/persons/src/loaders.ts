import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderScope } from '../../../shared/context';
import { disclosableRecordLoader, groupedInKeyOrder, rowsByKey } from '../../../shared/loaders';
import { recordVersionLoader, type RecordVersionView } from '../../../shared/versions';
import { AlertEntity, PersonEntity } from './entities';

export interface PersonsLoaders {
  /** Persons by id; null for unknown or lapsed ids. */
  person: DataLoader<string, PersonEntity | null>;
  /** Alerts by person id, valid ones first. */
  alertsByPerson: DataLoader<string, AlertEntity[]>;
  /** Versions of a person by its id, oldest first (shown to the owner only). */
  versions: DataLoader<string, RecordVersionView[]>;
}

export function createPersonsLoaders(dataSource: DataSource, scope: LoaderScope): PersonsLoaders {
  const persons = dataSource.getRepository(PersonEntity);
  const alerts = dataSource.getRepository(AlertEntity);
  return {
    person: disclosableRecordLoader(persons, scope),
    alertsByPerson: new DataLoader(async (personIds) => {
      const rows = await rowsByKey(alerts, {
        keyColumn: 'person_id',
        keys: personIds,
        orderBy: 'r.valid_until DESC NULLS FIRST, r.id',
      });
      return groupedInKeyOrder(personIds, rows, (row) => row.personId);
    }),
    versions: recordVersionLoader(dataSource, 'persons'),
  };
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderScope } from '../../../shared/context';
import { whereDisclosable } from '../../../shared/visibility';
import { disclosableRecordLoader, groupedInKeyOrder, rowsByKey } from '../../../shared/loaders';
import { recordVersionLoader, type RecordVersionView } from '../../../shared/versions';
import { SeizureEntity, SeizurePersonEntity, SeizureVehicleEntity } from './entities';

export interface SubstancesLoaders {
  /** Seizures by id; null for unknown or lapsed ids. */
  seizure: DataLoader<string, SeizureEntity | null>;
  /** Ids of the persons linked to a seizure, by seizure id. */
  personIdsBySeizure: DataLoader<string, string[]>;
  /** Ids of the vehicles linked to a seizure, by seizure id. */
  vehicleIdsBySeizure: DataLoader<string, string[]>;
  /** Seizures (not lapsed, newest first) a person is linked to, by person id. */
  seizuresByPerson: DataLoader<string, SeizureEntity[]>;
  /** Seizures (not lapsed, newest first) a vehicle is linked to, by vehicle id. */
  seizuresByVehicle: DataLoader<string, SeizureEntity[]>;
  /** Versions of a seizure by its id, oldest first (shown to the owner only). */
  versions: DataLoader<string, RecordVersionView[]>;
}

export function createSubstancesLoaders(dataSource: DataSource, scope: LoaderScope): SubstancesLoaders {
  const seizures = dataSource.getRepository(SeizureEntity);
  const seizurePersons = dataSource.getRepository(SeizurePersonEntity);
  const seizureVehicles = dataSource.getRepository(SeizureVehicleEntity);
  return {
    seizure: disclosableRecordLoader(seizures, scope),
    personIdsBySeizure: new DataLoader(async (seizureIds) => {
      const rows = await rowsByKey(seizurePersons, {
        keyColumn: 'seizure_id',
        keys: seizureIds,
        orderBy: 'r.person_id',
      });
      return groupedInKeyOrder(seizureIds, rows, (row) => row.seizureId).map((links) =>
        links.map((link) => link.personId),
      );
    }),
    vehicleIdsBySeizure: new DataLoader(async (seizureIds) => {
      const rows = await rowsByKey(seizureVehicles, {
        keyColumn: 'seizure_id',
        keys: seizureIds,
        orderBy: 'r.vehicle_id',
      });
      return groupedInKeyOrder(seizureIds, rows, (row) => row.seizureId).map((links) =>
        links.map((link) => link.vehicleId),
      );
    }),
    seizuresByPerson: new DataLoader(async (personIds) => {
      // One statement: the links joined to the seizures the principal may see, newest first.
      const query = seizurePersons
        .createQueryBuilder('l')
        .innerJoinAndSelect('l.seizure', 'r')
        .where('l.person_id IN (:...ids)', { ids: [...personIds] })
        .orderBy('r.seizedOn', 'DESC')
        .addOrderBy('r.id', 'ASC');
      const rows = await whereDisclosable(query, 'r', scope.principal).getMany();
      scope.audit.disclose(rows.map((row) => row.seizureId));
      return groupedInKeyOrder(personIds, rows, (row) => row.personId).map((links) =>
        links.map((link) => link.seizure!),
      );
    }),
    seizuresByVehicle: new DataLoader(async (vehicleIds) => {
      // One statement: the links joined to the seizures the principal may see, newest first.
      const query = seizureVehicles
        .createQueryBuilder('l')
        .innerJoinAndSelect('l.seizure', 'r')
        .where('l.vehicle_id IN (:...ids)', { ids: [...vehicleIds] })
        .orderBy('r.seizedOn', 'DESC')
        .addOrderBy('r.id', 'ASC');
      const rows = await whereDisclosable(query, 'r', scope.principal).getMany();
      scope.audit.disclose(rows.map((row) => row.seizureId));
      return groupedInKeyOrder(vehicleIds, rows, (row) => row.vehicleId).map((links) =>
        links.map((link) => link.seizure!),
      );
    }),
    versions: recordVersionLoader(dataSource, 'substances'),
  };
}

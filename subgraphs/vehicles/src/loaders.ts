import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderScope } from '../../../shared/context';
import { disclosableRecordLoader, disclosableRows, groupedInKeyOrder } from '../../../shared/loaders';
import { recordVersionLoader, type RecordVersionView } from '../../../shared/versions';
import { VehicleEntity } from './entities';

export interface VehiclesLoaders {
  /** Vehicles by id; null for unknown or lapsed ids. */
  vehicle: DataLoader<string, VehicleEntity | null>;
  /** Vehicles by registered holder (a person id), most recently stolen first; lapsed ones left out. */
  vehiclesByHolder: DataLoader<string, VehicleEntity[]>;
  /** Versions of a vehicle by its id, oldest first (shown to the owner only). */
  versions: DataLoader<string, RecordVersionView[]>;
}

export function createVehiclesLoaders(dataSource: DataSource, scope: LoaderScope): VehiclesLoaders {
  const vehicles = dataSource.getRepository(VehicleEntity);
  return {
    vehicle: disclosableRecordLoader(vehicles, scope),
    vehiclesByHolder: new DataLoader(async (holderIds) => {
      const rows = await disclosableRows(vehicles, scope, {
        keyColumn: 'holder_id',
        keys: holderIds,
        orderBy: 'r.theft_date DESC, r.id',
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
    versions: recordVersionLoader(dataSource, 'vehicles'),
  };
}

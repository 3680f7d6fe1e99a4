import DataLoader from 'dataloader';
import { In, IsNull, MoreThan, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/loaders';
import { VehicleEntity } from './entities';

export interface VehiclesLoaders {
  /** Vehicles by id; null for unknown or lapsed ids. */
  vehicle: DataLoader<string, VehicleEntity | null>;
  /** Vehicles by registered holder (a person id), most recently stolen first; lapsed ones left out. */
  vehiclesByHolder: DataLoader<string, VehicleEntity[]>;
}

export function createVehiclesLoaders(dataSource: DataSource): VehiclesLoaders {
  const vehicles = dataSource.getRepository(VehicleEntity);
  return {
    vehicle: new DataLoader(async (ids) => {
      const now = new Date();
      const rows = await vehicles.find({
        where: [
          { id: In([...ids]), expiresAt: IsNull() },
          { id: In([...ids]), expiresAt: MoreThan(now) },
        ],
      });
      return inKeyOrder(ids, rows, (row) => row.id);
    }),
    vehiclesByHolder: new DataLoader(async (holderIds) => {
      const now = new Date();
      const rows = await vehicles.find({
        where: [
          { holderId: In([...holderIds]), expiresAt: IsNull() },
          { holderId: In([...holderIds]), expiresAt: MoreThan(now) },
        ],
        order: { theftDate: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
  };
}

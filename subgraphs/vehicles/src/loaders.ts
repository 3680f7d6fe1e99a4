import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { currentRecords } from '../../../shared/provenance';
import { currentRecordLoader, groupedInKeyOrder } from '../../../shared/loaders';
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
    vehicle: currentRecordLoader(vehicles),
    vehiclesByHolder: new DataLoader(async (holderIds) => {
      const rows = await vehicles.find({
        where: currentRecords<VehicleEntity>({ holderId: In([...holderIds]) }),
        order: { theftDate: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
  };
}

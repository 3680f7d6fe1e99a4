import { CreateVehiclesSchema1795478402000 } from './1795478402000-CreateVehiclesSchema';
import { CreateVehicleTable1795478402100 } from './1795478402100-CreateVehicleTable';

export const VEHICLES_MIGRATIONS = [CreateVehiclesSchema1795478402000, CreateVehicleTable1795478402100];

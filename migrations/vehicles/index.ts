import { CreateVehiclesSchema1795478402000 } from './1795478402000-CreateVehiclesSchema';
import { CreateVehicleTable1795478402100 } from './1795478402100-CreateVehicleTable';
import { CreateVehicleVinLast8Index1795478402200 } from './1795478402200-CreateVehicleVinLast8Index';
import { CreateVehicleVinLast6Index1795478402300 } from './1795478402300-CreateVehicleVinLast6Index';
import { CreateAuditLog1795478409200 } from './1795478409200-CreateAuditLog';
import { AddVehicleRevocation1795478409700 } from './1795478409700-AddVehicleRevocation';
import { CreateVehiclesRecordVersion1795478409710 } from './1795478409710-CreateVehiclesRecordVersion';
import { AddAuditClientRequestId1795478410400 } from './1795478410400-AddAuditClientRequestId';
import { GrantVehiclesServiceRole1795478420200 } from './1795478420200-GrantVehiclesServiceRole';
import { CreateVehiclesHitOutbox1795478430200 } from './1795478430200-CreateVehiclesHitOutbox';
import { QueueVehiclesHitNotifications1795478430210 } from './1795478430210-QueueVehiclesHitNotifications';
import { QueueVehiclesHitNotificationsQuietly1795478430220 } from './1795478430220-QueueVehiclesHitNotificationsQuietly';
import { AddVehiclesAuditBorderOrigin1795478440200 } from './1795478440200-AddVehiclesAuditBorderOrigin';
import { VehiclesFullReplicaIdentity1795478440210 } from './1795478440210-VehiclesFullReplicaIdentity';
import { CreateVehicleVinDeletions1795478450200 } from './1795478450200-CreateVehicleVinDeletions';
import { CreateVehiclePlateDeletions1795478450210 } from './1795478450210-CreateVehiclePlateDeletions';
import { CreateVehicleVinReversedIndex1795478450220 } from './1795478450220-CreateVehicleVinReversedIndex';
import { DropVehicleVinLast8Index1795478450230 } from './1795478450230-DropVehicleVinLast8Index';
import { DropVehicleVinLast6Index1795478450240 } from './1795478450240-DropVehicleVinLast6Index';

export const VEHICLES_MIGRATIONS = [
  CreateVehiclesSchema1795478402000,
  CreateVehicleTable1795478402100,
  CreateVehicleVinLast8Index1795478402200,
  CreateVehicleVinLast6Index1795478402300,
  CreateAuditLog1795478409200,
  AddVehicleRevocation1795478409700,
  CreateVehiclesRecordVersion1795478409710,
  AddAuditClientRequestId1795478410400,
  GrantVehiclesServiceRole1795478420200,
  CreateVehiclesHitOutbox1795478430200,
  QueueVehiclesHitNotifications1795478430210,
  QueueVehiclesHitNotificationsQuietly1795478430220,
  AddVehiclesAuditBorderOrigin1795478440200,
  VehiclesFullReplicaIdentity1795478440210,
  CreateVehicleVinDeletions1795478450200,
  CreateVehiclePlateDeletions1795478450210,
  CreateVehicleVinReversedIndex1795478450220,
  DropVehicleVinLast8Index1795478450230,
  DropVehicleVinLast6Index1795478450240,
];

import { CreateExchangeSchema1795478440000 } from './1795478440000-CreateExchangeSchema';
import { CreateHitNotificationTable1795478440100 } from './1795478440100-CreateHitNotificationTable';
import { CreateBrokerOutboxTable1795478440200 } from './1795478440200-CreateBrokerOutboxTable';
import { CreateInformationRequestTable1795478440300 } from './1795478440300-CreateInformationRequestTable';
import { CreateInformationRequestVersionTable1795478440400 } from './1795478440400-CreateInformationRequestVersionTable';
import { CreateAuditLog1795478440500 } from './1795478440500-CreateAuditLog';
import { AddAuditClientRequestId1795478440600 } from './1795478440600-AddAuditClientRequestId';
import { GrantExchangeServiceRole1795478440700 } from './1795478440700-GrantExchangeServiceRole';

export const EXCHANGE_MIGRATIONS = [
  CreateExchangeSchema1795478440000,
  CreateHitNotificationTable1795478440100,
  CreateBrokerOutboxTable1795478440200,
  CreateInformationRequestTable1795478440300,
  CreateInformationRequestVersionTable1795478440400,
  CreateAuditLog1795478440500,
  AddAuditClientRequestId1795478440600,
  GrantExchangeServiceRole1795478440700,
];

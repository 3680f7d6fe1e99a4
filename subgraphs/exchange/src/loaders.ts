import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderScope } from '../../../shared/context';
import { requestsByRecords, versionsByRequests } from './store/requests';
import type { InformationRequestRow, InformationRequestVersionRow } from './rows';

/**
 * Fresh per request: the information requests about records (only those the caller's jurisdiction is a party to,
 * each disclosed to the audit trail) and the versions of requests, one statement per batch.
 */
export function createExchangeLoaders(dataSource: DataSource, { principal, audit }: LoaderScope) {
  return {
    requestsByRecord: new DataLoader<string, InformationRequestRow[]>(async (recordIds) => {
      const groups = await requestsByRecords(dataSource, recordIds, principal.jurisdiction);
      audit.disclose(groups.flat().map((request) => request.id));
      return groups;
    }),
    versionsByRequest: new DataLoader<string, InformationRequestVersionRow[]>((requestIds) =>
      versionsByRequests(dataSource, requestIds),
    ),
  };
}

export type ExchangeLoaders = ReturnType<typeof createExchangeLoaders>;

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderScope } from '../../../shared/context';
import { disclosableRecordLoader, disclosableRows, groupedInKeyOrder } from '../../../shared/loaders';
import { recordVersionLoader, type RecordVersionView } from '../../../shared/versions';
import { DocumentEntity } from './entities';

export interface DocumentsLoaders {
  /** Documents by id; null for unknown or lapsed ids. */
  document: DataLoader<string, DocumentEntity | null>;
  /** Documents by holder (a person id), most recently lost first; lapsed ones left out. */
  documentsByHolder: DataLoader<string, DocumentEntity[]>;
  /** Versions of a document by its id, oldest first (shown to the owner only). */
  versions: DataLoader<string, RecordVersionView[]>;
}

export function createDocumentsLoaders(dataSource: DataSource, scope: LoaderScope): DocumentsLoaders {
  const documents = dataSource.getRepository(DocumentEntity);
  return {
    document: disclosableRecordLoader(documents, scope),
    documentsByHolder: new DataLoader(async (holderIds) => {
      const rows = await disclosableRows(documents, scope, {
        keyColumn: 'holder_id',
        keys: holderIds,
        orderBy: 'r.loss_date DESC, r.id',
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
    versions: recordVersionLoader(dataSource, 'documents'),
  };
}

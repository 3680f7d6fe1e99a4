import DataLoader from 'dataloader';
import { In, IsNull, MoreThan, type DataSource } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/loaders';
import { DocumentEntity } from './entities';

export interface DocumentsLoaders {
  /** Documents by id; null for unknown or lapsed ids. */
  document: DataLoader<string, DocumentEntity | null>;
  /** Documents by holder (a person id), most recently lost first; lapsed ones left out. */
  documentsByHolder: DataLoader<string, DocumentEntity[]>;
}

export function createDocumentsLoaders(dataSource: DataSource): DocumentsLoaders {
  const documents = dataSource.getRepository(DocumentEntity);
  return {
    document: new DataLoader(async (ids) => {
      const now = new Date();
      const rows = await documents.find({
        where: [
          { id: In([...ids]), expiresAt: IsNull() },
          { id: In([...ids]), expiresAt: MoreThan(now) },
        ],
      });
      return inKeyOrder(ids, rows, (row) => row.id);
    }),
    documentsByHolder: new DataLoader(async (holderIds) => {
      const now = new Date();
      const rows = await documents.find({
        where: [
          { holderId: In([...holderIds]), expiresAt: IsNull() },
          { holderId: In([...holderIds]), expiresAt: MoreThan(now) },
        ],
        order: { lossDate: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
  };
}

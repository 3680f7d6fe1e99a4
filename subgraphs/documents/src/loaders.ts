import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { currentRecords } from '../../../shared/provenance';
import { currentRecordLoader, groupedInKeyOrder } from '../../../shared/loaders';
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
    document: currentRecordLoader(documents),
    documentsByHolder: new DataLoader(async (holderIds) => {
      const rows = await documents.find({
        where: currentRecords<DocumentEntity>({ holderId: In([...holderIds]) }),
        order: { lossDate: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' },
      });
      return groupedInKeyOrder(holderIds, rows, (row) => row.holderId!);
    }),
  };
}

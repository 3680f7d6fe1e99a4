import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../../shared/errors';
import type { Related, RecordKind } from '../../../shared/writes';
import {
  SeizureEntity,
  SeizurePersonEntity,
  SeizureVehicleEntity,
  type QuantityUnit,
  type SubstanceForm,
} from './entities';
import { toKilograms } from './search/normalize';
import { catalogueSubstance } from './catalogue';

export const QUANTITY_UNITS: readonly QuantityUnit[] = ['KG', 'G', 'L', 'TABLETS', 'UNITS'];
export const SUBSTANCE_FORMS: readonly SubstanceForm[] = [
  'POWDER',
  'CRYSTAL',
  'TABLET',
  'LIQUID',
  'PLANT',
  'RESIN',
  'PASTE',
  'BLOTTER',
];
/** Linked persons or vehicles of one seizure, at most. */
const MAX_LINKS = 100;
/** Countries on one leg of a trafficking route, at most. */
const MAX_ROUTE_COUNTRIES = 20;

/**
 * How seizures are created, updated, revoked and imported (shared/writes.ts does the rest). The linked persons and
 * vehicles are references to records of other subgraphs: checked to be ids, never looked up (no subgraph reads
 * another's tables); the subgraph that owns them decides, on every read, whether the caller sees them.
 */
export const SEIZURE_KIND: RecordKind<SeizureEntity> = {
  links: [
    { field: 'personIds', type: 'Person' },
    { field: 'vehicleIds', type: 'Vehicle' },
  ],
  typeName: 'Seizure',
  importType: 'seizure',
  schema: 'substances',
  entity: SeizureEntity,
  fields: [
    'substanceId',
    'quantity',
    'unit',
    'purity',
    'form',
    'seizedOn',
    'place',
    'country',
    'route',
    'personIds',
    'vehicleIds',
  ],
  nested: ['route'],

  parse(input) {
    const substanceId = input.id('substanceId', { required: true })!;
    const quantity = input.number('quantity', { required: true, above: 0, max: 1e9 })!;
    const unit = input.enumOf('unit', QUANTITY_UNITS, { required: true })!;
    const substance = catalogueSubstance(substanceId);
    if (!substance) {
      throw badUserInput(`${input.at('substanceId')} is not a substance of the catalogue`, input.at('substanceId'));
    }
    const route = input.object('route');
    route?.onlyFields(['origin', 'transit', 'destination'], 'route');
    return {
      columns: {
        substanceId,
        quantity,
        unit,
        quantityKg: toKilograms(quantity, unit, substance.unitMassKg),
        purity: input.number('purity', { min: 0, max: 1 }),
        form: input.enumOf('form', SUBSTANCE_FORMS),
        seizedOn: input.date('seizedOn', { required: true, notInFuture: true })!,
        place: input.string('place'),
        country: input.country('country', { required: true })!,
        routeOrigin: route?.countries('origin', { max: MAX_ROUTE_COUNTRIES }) ?? [],
        routeTransit: route?.countries('transit', { max: MAX_ROUTE_COUNTRIES }) ?? [],
        routeDestination: route?.countries('destination', { max: MAX_ROUTE_COUNTRIES }) ?? [],
      },
      related: {
        personIds: input.ids('personIds', { max: MAX_LINKS }),
        vehicleIds: input.ids('vehicleIds', { max: MAX_LINKS }),
      },
    };
  },

  toInput: (record, related) => ({
    substanceId: record.substanceId,
    quantity: record.quantity,
    unit: record.unit,
    purity: record.purity,
    form: record.form,
    seizedOn: record.seizedOn,
    place: record.place,
    country: record.country,
    route: { origin: record.routeOrigin, transit: record.routeTransit, destination: record.routeDestination },
    personIds: related.personIds ?? [],
    vehicleIds: related.vehicleIds ?? [],
  }),

  async loadRelated(manager, id) {
    const persons = await manager.find(SeizurePersonEntity, { where: { seizureId: id }, order: { personId: 'ASC' } });
    const vehicles = await manager.find(SeizureVehicleEntity, {
      where: { seizureId: id },
      order: { vehicleId: 'ASC' },
    });
    return { personIds: persons.map((link) => link.personId), vehicleIds: vehicles.map((link) => link.vehicleId) };
  },

  async saveRelated(manager, id, related) {
    await replaceLinks(manager, SeizurePersonEntity, id, related, 'personIds', (personId) => ({
      seizureId: id,
      personId,
    }));
    await replaceLinks(manager, SeizureVehicleEntity, id, related, 'vehicleIds', (vehicleId) => ({
      seizureId: id,
      vehicleId,
    }));
  },
};

async function replaceLinks<T extends { seizureId: string }>(
  manager: EntityManager,
  entity: new () => T,
  seizureId: string,
  related: Related,
  field: string,
  row: (id: string) => T,
) {
  // A seizure's related rows are ids only.
  const wanted = (related[field] ?? []) as string[];
  await manager.delete(entity, { seizureId } as never);
  if (wanted.length) await manager.insert(entity, wanted.map(row) as never);
}

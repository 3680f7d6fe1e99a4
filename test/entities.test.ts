import { graphql, type ServiceName } from './client';
import { ERIKSSON, SHEVCHENKO, PAPADOPOULOU } from './fixtures';

const UNKNOWN = '00000000-0000-4000-8000-0fffffffffff';

async function entities(service: ServiceName, typename: string, ids: string[], selection: string) {
  const { data, errors } = await graphql(
    `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id })) },
    service,
  );
  expect(errors).toBeUndefined();
  return data._entities;
}

describe('_entities', () => {
  it('persons: results in representation order, null for unknown and malformed keys', async () => {
    const result = await entities(
      'persons',
      'Person',
      [PAPADOPOULOU, UNKNOWN, ERIKSSON.person, 'not-a-uuid', SHEVCHENKO],
      'id familyNameLatin',
    );
    expect(result).toEqual([
      { id: PAPADOPOULOU, familyNameLatin: 'PAPADOPOULOU' },
      null,
      { id: ERIKSSON.person, familyNameLatin: 'ERIKSSON' },
      null,
      { id: SHEVCHENKO, familyNameLatin: 'SHEVCHENKO' },
    ]);
  });

  it.each([
    ['documents', 'Document', ERIKSSON.document, 'id number'],
    ['vehicles', 'Vehicle', ERIKSSON.vehicle, 'id vin'],
    ['substances', 'Seizure', ERIKSSON.seizure, 'id quantityKg'],
  ] as const)('%s: %s in representation order with null for unknown keys', async (service, typename, id, selection) => {
    const result = await entities(service, typename, [UNKNOWN, id, UNKNOWN], selection);
    expect(result[0]).toBeNull();
    expect(result[1]).toMatchObject({ id });
    expect(result[2]).toBeNull();
  });
});

import { graphql } from './client';
import { ERIKSSON } from './fixtures';

describe('cross-subgraph links resolve in both directions', () => {
  it('Person → documents, vehicles, seizures', async () => {
    const { data, errors } = await graphql(`{ person(id: "${ERIKSSON.person}") {
      documents { id } vehicles { id } seizures { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.person).toEqual({
      documents: [{ id: ERIKSSON.document }],
      vehicles: [{ id: ERIKSSON.vehicle }],
      seizures: [{ id: ERIKSSON.seizure }],
    });
  });

  it('Document → holder → documents', async () => {
    const { data } = await graphql(
      `{ document(id: "${ERIKSSON.document}") { holder { id familyName documents { id } } } }`,
    );
    expect(data.document.holder).toEqual({
      id: ERIKSSON.person,
      familyName: 'Eriksson',
      documents: [{ id: ERIKSSON.document }],
    });
  });

  it('Vehicle → holder and Vehicle → seizures', async () => {
    const { data } = await graphql(
      `{ vehicle(id: "${ERIKSSON.vehicle}") { holder { id vehicles { id } } seizures { id } } }`,
    );
    expect(data.vehicle).toEqual({
      holder: { id: ERIKSSON.person, vehicles: [{ id: ERIKSSON.vehicle }] },
      seizures: [{ id: ERIKSSON.seizure }],
    });
  });

  it('Seizure → persons and Seizure → vehicles, and back', async () => {
    const { data } = await graphql(`{ seizure(id: "${ERIKSSON.seizure}") {
      substance { name casNumber }
      persons { id seizures { id } }
      vehicles { id seizures { id } } } }`);
    expect(data.seizure).toEqual({
      substance: { name: 'Cocaine', casNumber: '50-36-2' },
      persons: [{ id: ERIKSSON.person, seizures: [{ id: ERIKSSON.seizure }] }],
      vehicles: [{ id: ERIKSSON.vehicle, seizures: [{ id: ERIKSSON.seizure }] }],
    });
  });
});

import type { PersonEntity } from '../../subgraphs/persons/src/entities';
import { searchNameOf } from '../../subgraphs/persons/src/search/normalize';

/** A test file's own person: the names, script and sex it is searched by, anything else as needed. */
export type PersonFixture = Pick<PersonEntity, 'familyName' | 'familyNameLatin' | 'script' | 'sex'> &
  Partial<PersonEntity> & { id: string };

/** A person row owned by Sweden and shared with all, as writes store it (then `personNameRows` for its names). */
export function personRow(fixture: PersonFixture): PersonEntity {
  const row = {
    ownerJurisdiction: 'SE',
    ownerAgencyCode: 'SE-NOA',
    ownerAgencyName: 'NOA',
    nationalReference: `P-${fixture.id.slice(-4)}`,
    handlingCode: 'H0',
    sharing: 'ALL_JURISDICTIONS',
    sharedWith: [],
    reliability: 'B',
    accuracy: 2,
    reviewAt: null,
    expiresAt: null,
    givenNames: null,
    givenNamesLatin: null,
    nameAtBirth: null,
    aliases: [],
    dobYear: null,
    dobMonth: null,
    dobDay: null,
    placeOfBirth: null,
    countryOfBirth: null,
    nationalities: [],
    warningMarkers: [],
    ...fixture,
  };
  return { ...row, searchName: searchNameOf(row) } as PersonEntity;
}

import { graphql } from '../client';
import { ERIKSSON } from '../fixtures';

/** A German border officer checks Eriksson's Swedish passport: a hit on a record Sweden owns, so a notification for SE. */
export async function germanHitOnSwedishPassport(purpose: string): Promise<void> {
  const { data, errors } = await graphql(
    `
      query Check($number: String!) {
        checkDocument(number: $number, issuingCountry: "SE") {
          hit
        }
      }
    `,
    { number: ERIKSSON.documentNumber },
    'gateway',
    { principal: { userId: 'de-border-7', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['officer'] }, purpose },
  );
  expect(errors).toBeUndefined();
  expect(data.checkDocument.hit).toBe(true);
}

// `npm run import` of person lines: the same validation and write code as createPerson, idempotent on owner
// jurisdiction + national reference (alerts included), bad lines reported by number, imported persons searchable and
// checkable at once in any script. Names no other test searches for (Kyriakidou, Okafor-Nwosu).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql } from './client';
import type { Principal } from '../shared/auth';
import { runImport } from '../scripts/import/run';
import { sql } from './sql';

const NL: Principal = { userId: 'nl-person-importer', agency: 'NL-LE', jurisdiction: 'NL', roles: ['officer'] };
const SE: Principal = { userId: 'se-import-reader', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };

const KYRIAKIDOU = {
  nationalReference: 'NL-IMP-P-10',
  familyName: 'Κυριακίδου',
  givenNames: 'Αικατερίνη',
  sex: 'FEMALE',
  dateOfBirth: '1983-05',
  countryOfBirth: 'GR',
  nationalities: ['GR', 'NL'],
  warningMarkers: ['ESCAPE_RISK', 'ARMED'],
  aliases: ['Katerina Kiriakidou'],
  alerts: [
    {
      kind: 'WANTED_FOR_ARREST',
      actionOnHit: 'Arrest and contact the SIRENE Bureau of the Netherlands.',
      offence: 'Fraud',
      issuingJurisdiction: 'NL',
      validFrom: '2026-01-10',
    },
    {
      kind: 'INQUIRY_CHECK',
      actionOnHit: 'Ask the purpose of travel and report to the owner.',
      issuingJurisdiction: 'NL',
      validFrom: '2026-02-01',
      validUntil: '2027-01-31',
    },
  ],
  handling: { code: 'H2', sharing: 'ALL_JURISDICTIONS' },
};
const OKAFOR = {
  nationalReference: 'NL-IMP-P-11',
  familyName: 'Okafor-Nwosu',
  givenNames: 'Chidi',
  sex: 'MALE',
  dateOfBirth: '1991',
};

const line = (record: unknown, type = 'person') => JSON.stringify({ type, record });

/** The imported persons with their alert and version counts and search names, by national reference. */
async function imported() {
  const { rows } = await sql(
    `SELECT p.national_reference, p.id, p.owner_jurisdiction, p.owner_agency_code, p.family_name_latin, p.updated_at,
            (SELECT count(*)::int FROM persons.record_version v WHERE v.record_id = p.id) AS versions,
            (SELECT array_agg(a.kind ORDER BY a.kind) FROM persons.alert a WHERE a.person_id = p.id) AS alerts,
            (SELECT count(*)::int FROM persons.person_name n WHERE n.person_id = p.id) AS names
       FROM persons.person p WHERE p.national_reference LIKE 'NL-IMP-P-1%' ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.national_reference, row]));
}

function tempFile(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'liaison-person-import-')), 'persons.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const importAsNl = (file: string) =>
  runImport({ file, principal: NL, purpose: 'PERSON-IMPORT-CASE', url: process.env.LIAISON_TEST_DATABASE_URL });

describe('bulk import of persons', () => {
  const file = tempFile([
    line(KYRIAKIDOU),
    line({ ...OKAFOR, nationalReference: 'NL-IMP-P-12', warningMarkers: ['DANGEROUS'] }),
    line(OKAFOR),
    line({
      ...OKAFOR,
      nationalReference: 'NL-IMP-P-13',
      alerts: [{ ...KYRIAKIDOU.alerts[0], validUntil: '2025-01-01' }],
    }),
    line({ ...OKAFOR, nationalReference: 'NL-IMP-P-14', ownerJurisdiction: 'SE' }),
    line({ ...OKAFOR, nationalReference: 'NL-IMP-P-15', familyName: 'Nwosu', dateOfBirth: 1991 }),
  ]);

  it('creates the good lines and reports each bad one by line number, with the field at fault', async () => {
    const summary = await importAsNl(file);
    expect(summary).toMatchObject({ lines: 6, created: 2, updated: 0, unchanged: 0, failed: 4 });
    expect(summary.failures).toEqual([
      { line: 2, reason: expect.stringContaining("got 'DANGEROUS'"), argument: 'record.warningMarkers' },
      {
        line: 4,
        reason: expect.stringContaining('must not be before validFrom'),
        argument: 'record.alerts[0].validUntil',
      },
      {
        line: 5,
        reason: expect.stringContaining('record.ownerJurisdiction is not a field'),
        argument: 'record.ownerJurisdiction',
      },
      { line: 6, reason: 'record.dateOfBirth must be a string', argument: 'record.dateOfBirth' },
    ]);
    const persons = await imported();
    expect(Object.keys(persons)).toEqual(['NL-IMP-P-10', 'NL-IMP-P-11']);
    expect(persons['NL-IMP-P-10']).toMatchObject({
      owner_jurisdiction: 'NL',
      owner_agency_code: 'NL-LE',
      family_name_latin: 'Kyriakidou',
      versions: 1,
      alerts: ['INQUIRY_CHECK', 'WANTED_FOR_ARREST'],
    });
    expect(persons['NL-IMP-P-10'].names).toBeGreaterThan(2);
    const { rows } = await sql(
      'SELECT change, user_id, agency, purpose FROM persons.record_version WHERE record_id = $1',
      [persons['NL-IMP-P-10'].id],
    );
    expect(rows).toEqual([{ change: 'CREATE', user_id: NL.userId, agency: 'NL-LE', purpose: 'PERSON-IMPORT-CASE' }]);
  });

  it('makes imported persons searchable and checkable at once, in any script', async () => {
    const { data, errors } = await graphql(
      `
        {
          greek: searchPersons(text: "Αικατερίνη Κυριακίδου") {
            edges {
              node {
                nationalReference
                alerts {
                  kind
                }
              }
            }
          }
          latin: searchPersons(text: "Aikaterini Kyriakidou 1983") {
            edges {
              node {
                nationalReference
              }
            }
          }
          check: checkPerson(name: "KYRIAKIDOU AIKATERINI", dateOfBirth: "1983-05-30") {
            hit
            matches {
              reference
              status
            }
          }
        }
      `,
      {},
      'gateway',
      { principal: SE },
    );
    expect(errors).toBeUndefined();
    expect(data.greek.edges).toEqual([
      {
        node: { nationalReference: 'NL-IMP-P-10', alerts: [{ kind: 'WANTED_FOR_ARREST' }, { kind: 'INQUIRY_CHECK' }] },
      },
    ]);
    expect(data.latin.edges.map((edge: any) => edge.node.nationalReference)).toContain('NL-IMP-P-10');
    expect(data.check).toEqual({ hit: true, matches: [{ reference: 'NL-IMP-P-10', status: 'WANTED_FOR_ARREST' }] });
  });

  it('re-importing changes nothing, even with the alerts and lists written in another order', async () => {
    const before = await imported();
    const reordered = tempFile([
      line({ ...KYRIAKIDOU, warningMarkers: ['ARMED', 'ESCAPE_RISK'], alerts: [...KYRIAKIDOU.alerts].reverse() }),
      line(Object.fromEntries(Object.entries(OKAFOR).reverse())),
    ]);
    for (const run of [file, reordered]) {
      const summary = await importAsNl(run);
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    }
    expect(await imported()).toEqual(before);
  });

  it('a changed line replaces the person’s state, alerts and search names, as a new version', async () => {
    const before = await imported();
    const summary = await importAsNl(
      tempFile([line({ ...KYRIAKIDOU, familyName: 'Παπαδάκη', alerts: [], aliases: undefined }), line(OKAFOR)]),
    );
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1, failed: 0 });
    const after = await imported();
    expect(after['NL-IMP-P-10']).toMatchObject({ family_name_latin: 'Papadaki', versions: 2, alerts: null });
    expect(after['NL-IMP-P-11']).toEqual(before['NL-IMP-P-11']);
    const { data } = await graphql(
      `
        {
          old: searchPersons(text: "Katerina Kiriakidou") {
            edges {
              node {
                nationalReference
              }
            }
          }
          renamed: checkPerson(name: "Aikaterini Papadaki") {
            hit
          }
        }
      `,
      {},
      'gateway',
      { principal: SE },
    );
    expect(data.old.edges.map((edge: any) => edge.node.nationalReference)).not.toContain('NL-IMP-P-10');
    expect(data.renamed.hit).toBe(true);
  });
});

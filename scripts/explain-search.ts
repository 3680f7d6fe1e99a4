// `npm run explain:search`: runs every search shape of the four subgraphs through its real search function with
// EXPLAIN (ANALYZE, BUFFERS) on the database at hand, and writes the plans to docs/search-plans.md, flagging any
// sequential scan over a large table. Seed a large database first (`npm run seed -- --size 10M`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client, escapeLiteral } from 'pg';
import type { DataSource } from 'typeorm';
import { databaseUrl } from '../shared/config';
import { SESSION_SETTINGS } from '../shared/database';
import type { SearchSubgraphName as SubgraphName } from '../shared/schema';
import { searchPersons } from '../subgraphs/persons/src/search/person-search';
import { searchDocuments } from '../subgraphs/documents/src/search/document-search';
import { searchVehicles } from '../subgraphs/vehicles/src/search/vehicle-search';
import { searchSeizures } from '../subgraphs/substances/src/search/seizure-search';
import { checkPerson } from '../subgraphs/persons/src/search/check';
import { checkDocument, checkDocuments } from '../subgraphs/documents/src/search/check';
import { checkVehicle } from '../subgraphs/vehicles/src/search/check';
import { AuditTrail } from '../shared/audit';
import type { RequestContext } from '../shared/context';
import { withDatabase } from './database-env';

const LARGE_TABLES = [
  'person',
  'person_name',
  'name_word_row',
  'name_key_birth_year',
  'alert',
  'document',
  'document_number_deletion',
  'vehicle',
  'vehicle_vin_deletion',
  'vehicle_plate_deletion',
  'seizure',
  'seizure_person',
  'seizure_vehicle',
];
const PAGE = { limit: 10, offset: 0 };
const REPORT = path.join(__dirname, '..', 'docs', 'search-plans.md');

/**
 * The report's sections written by hand (level-2 headings, after the generated plans, such as the measurements of
 * the identifier typo tables): kept as they are when the plans are written again.
 */
function keptSections(): string {
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const at = previous.search(/^## /m);
  return at < 0 ? '' : `\n${previous.slice(at)}`;
}

export interface Shape {
  subgraph: SubgraphName;
  name: string;
  input: string;
  run(dataSource: DataSource): Promise<unknown>;
}

/** A parameter as a literal for EXECUTE (its type comes from the prepared statement): text, or an array's text form. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const element = (item: unknown) =>
    item === null ? 'NULL' : `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (Array.isArray(value)) return escapeLiteral(`{${value.map(element).join(',')}}`);
  return escapeLiteral(value instanceof Date ? value.toISOString() : String(value));
}

/**
 * A DataSource stand-in whose statements are explained instead of answered: each is prepared, executed once (so that
 * the plan explained runs on a warm cache, as on a serving node), then explained with EXPLAIN (ANALYZE, BUFFERS) under
 * the services' own session settings (shared/database.ts: a generic plan, no JIT).
 */
function explainingDataSource(client: Client, plans: string[]): DataSource {
  const explain = async (sql: string, params: unknown[] = []) => {
    const literals = params.map(literal);
    const execute = `EXECUTE explained${literals.length ? `(${literals.join(', ')})` : ''}`;
    await client.query(`PREPARE explained AS ${sql}`);
    try {
      await client.query(execute);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${execute}`);
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
    } finally {
      await client.query('DEALLOCATE explained');
    }
    return { rows: [] };
  };
  return {
    query: async (sql: string, params: unknown[]) => (await explain(sql, params)).rows,
    driver: { master: { query: (config: { text: string; values: unknown[] }) => explain(config.text, config.values) } },
  } as unknown as DataSource;
}

async function sample(client: Client, sql: string): Promise<Record<string, any>> {
  const { rows } = await client.query(sql);
  if (!rows.length) throw new Error(`no sample for: ${sql}`);
  return rows[0];
}

const TYPOS = {
  'one character wrong': (value: string, at: number) =>
    value.slice(0, at) + (value[at] === 'X' ? 'Y' : 'X') + value.slice(at + 1),
  'one character missing': (value: string, at: number) => value.slice(0, at) + value.slice(at + 1),
  'one character extra': (value: string, at: number) => value.slice(0, at) + 'X' + value.slice(at),
  'neighbours swapped': (value: string, at: number) =>
    value.slice(0, at) + value[at + 1] + value[at] + value.slice(at + 2),
} as const;
type Typo = keyof typeof TYPOS;

/**
 * `value` with a typo of this kind that no record holds in `column` (normalized), so that the typo branch runs: the
 * first of the edits at the middle and then further right that leaves an identifier no record has.
 */
async function typoOf(client: Client, table: string, column: string, value: string, typo: Typo): Promise<string> {
  for (let at = Math.floor(value.length / 2); at < value.length - 1; at++) {
    const typed = TYPOS[typo](value, at);
    if (typed === value) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM ${table} WHERE ${column} = $1 LIMIT 1`, [typed]);
    if (!rowCount) return typed;
  }
  throw new Error(`no ${typo} of ${value} that no record holds`);
}

export async function shapes(clients: Record<SubgraphName, Client>): Promise<Shape[]> {
  const latin = await sample(
    clients.persons,
    `SELECT family_name, given_names, dob_year FROM persons.person WHERE script = 'LATIN' AND dob_year IS NOT NULL ORDER BY id LIMIT 1`,
  );
  // The check's worst name: every holder of this key had to be read before the keys by year of birth.
  const commonest = await sample(
    clients.persons,
    `SELECT name_key, min(birth_year) AS birth_year FROM persons.name_key_birth_year
      GROUP BY name_key ORDER BY count(*) DESC, name_key LIMIT 1`,
  );
  const cyrillic = await sample(
    clients.persons,
    `SELECT family_name, given_names FROM persons.person WHERE script = 'CYRILLIC' ORDER BY id LIMIT 1`,
  );
  // Two letters swapped in the family name: found by the phonetic and trigram branches only.
  const family = String(latin.family_name);
  const misspelt = `${latin.given_names} ${family.slice(0, 2)}${family[3]}${family[2]}${family.slice(4)}`;
  const document = await sample(
    clients.documents,
    `SELECT number, number_normalized, issuing_country, mrz FROM documents.document
      WHERE mrz IS NOT NULL AND length(mrz) > 80 ORDER BY id LIMIT 1`,
  );
  const vehicle = await sample(
    clients.vehicles,
    `SELECT vin, vin_normalized, registration_plate, plate_normalized, registration_country FROM vehicles.vehicle
      WHERE length(vin_normalized) = 17 AND length(plate_normalized) >= 7 ORDER BY id LIMIT 1`,
  );
  const numberTypos = await Promise.all(
    (Object.keys(TYPOS) as Typo[]).map(async (typo) => ({
      typo,
      typed: await typoOf(
        clients.documents,
        'documents.document',
        'number_normalized',
        document.number_normalized,
        typo,
      ),
    })),
  );
  const vinTypos = await Promise.all(
    (['one character wrong', 'neighbours swapped'] as const).map(async (typo) => ({
      typo,
      typed: await typoOf(clients.vehicles, 'vehicles.vehicle', 'vin_normalized', vehicle.vin_normalized, typo),
    })),
  );
  const plateTypos = await Promise.all(
    (['one character wrong', 'one character missing'] as const).map(async (typo) => ({
      typo,
      typed: await typoOf(clients.vehicles, 'vehicles.vehicle', 'plate_normalized', vehicle.plate_normalized, typo),
    })),
  );
  const viewer = { userId: 'explain', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer' as const] };
  const base = { viewer, jurisdictions: [] as string[], page: PAGE };
  // A check's request context: the viewer, and an audit trail that nothing reads here.
  const checkContext = (dataSource: DataSource) =>
    ({
      dataSource,
      checkDataSource: dataSource,
      principal: viewer,
      audit: new AuditTrail(),
    }) as unknown as RequestContext<unknown>;
  // A person search by its text alone, the text shown as the input.
  const personsText = (name: string, text: string): Shape => ({
    subgraph: 'persons',
    name,
    input: text,
    run: (ds) => searchPersons(ds, { ...base, text }),
  });
  return [
    personsText('name', `${latin.given_names} ${latin.family_name}`),
    personsText('common given name only', 'Maria'),
    personsText('MRZ (holder and date of birth)', document.mrz),
    personsText('text matching nothing', 'Qzxvbn Wqtrp'),
    personsText('family name only', latin.family_name),
    personsText('name and year of birth', `${latin.family_name} ${latin.dob_year}`),
    personsText('name in Cyrillic', `${cyrillic.given_names} ${cyrillic.family_name}`),
    personsText('misspelt name (phonetic, fuzzy)', misspelt),
    personsText('Arabic name as the press spells it (consonant skeletons)', 'Hosni Mubarak'),
    personsText('Belarusian name in its Russian form (Belarusian reading)', 'Svetlana Tikhanovskaya'),
    personsText('lone family name as another press spells it (consonant skeletons)', 'Cipras'),
    personsText(
      'lone Arabic family name as the press spells it (rare words first, written without short vowels)',
      'Darwisch',
    ),
    personsText('name whose reading takes three second choices (national word readings)', 'Nikita Krusciov'),
    personsText('Greek familiar given name (Greek reading)', 'Kostas Karamanlis'),
    personsText('Greek name with a translated given name (Greek reading)', 'George Papadopoulos'),
    {
      subgraph: 'persons',
      name: 'name, date of birth ± 30 days',
      input: `${latin.family_name} ${latin.given_names}, ${latin.dob_year}-06-15 ± 30 days`,
      run: (ds) =>
        searchPersons(ds, {
          ...base,
          text: `${latin.family_name} ${latin.given_names}`,
          dateOfBirth: { year: latin.dob_year, month: 6, day: 15 },
          dateOfBirthToleranceDays: 30,
        }),
    },
    {
      subgraph: 'persons',
      name: 'criteria only: date of birth and sex',
      input: `${latin.dob_year}-06, FEMALE`,
      run: (ds) => searchPersons(ds, { ...base, dateOfBirth: { year: latin.dob_year, month: 6 }, sex: 'FEMALE' }),
    },
    {
      subgraph: 'persons',
      name: 'criteria only: nationality and alert',
      input: 'nationality SE, alert WANTED_FOR_ARREST',
      run: (ds) => searchPersons(ds, { ...base, nationality: 'SE', alertKind: 'WANTED_FOR_ARREST' }),
    },
    {
      subgraph: 'persons',
      name: 'name with a jurisdiction filter',
      input: `${latin.family_name}, jurisdictions [SE]`,
      run: (ds) => searchPersons(ds, { ...base, jurisdictions: ['SE'], text: latin.family_name }),
    },
    {
      subgraph: 'documents',
      name: 'document number',
      input: document.number,
      run: (ds) => searchDocuments(ds, { ...base, text: document.number }),
    },
    {
      subgraph: 'documents',
      name: 'number with O/0 confusion',
      input: String(document.number).replace(/0/g, 'O'),
      run: (ds) => searchDocuments(ds, { ...base, text: String(document.number).replace(/0/g, 'O') }),
    },
    {
      subgraph: 'documents',
      name: 'MRZ',
      input: document.mrz,
      run: (ds) => searchDocuments(ds, { ...base, text: document.mrz }),
    },
    ...numberTypos.map(({ typo, typed }): Shape => ({
      subgraph: 'documents',
      name: `number with a typo: ${typo}`,
      input: typed,
      run: (ds) => searchDocuments(ds, { ...base, text: typed }),
    })),
    {
      subgraph: 'vehicles',
      name: 'VIN',
      input: vehicle.vin,
      run: (ds) => searchVehicles(ds, { ...base, text: vehicle.vin }),
    },
    ...[5, 6, 7, 12].map((length): Shape => ({
      subgraph: 'vehicles',
      name: `last ${length} of a VIN`,
      input: String(vehicle.vin_normalized).slice(-length),
      run: (ds) => searchVehicles(ds, { ...base, text: String(vehicle.vin_normalized).slice(-length) }),
    })),
    ...vinTypos.map(({ typo, typed }): Shape => ({
      subgraph: 'vehicles',
      name: `VIN with a typo: ${typo}`,
      input: typed,
      run: (ds) => searchVehicles(ds, { ...base, text: typed }),
    })),
    {
      subgraph: 'vehicles',
      name: 'plate in a country',
      input: `${vehicle.registration_plate} (${vehicle.registration_country})`,
      run: (ds) =>
        searchVehicles(ds, {
          ...base,
          text: vehicle.registration_plate,
          registrationCountry: vehicle.registration_country,
        }),
    },
    ...plateTypos.map(({ typo, typed }): Shape => ({
      subgraph: 'vehicles',
      name: `plate with a typo: ${typo}`,
      input: typed,
      run: (ds) => searchVehicles(ds, { ...base, text: typed }),
    })),
    {
      subgraph: 'substances',
      name: 'substance name',
      input: 'heroin',
      run: (ds) => searchSeizures(ds, { ...base, text: 'heroin', filters: {} }),
    },
    {
      subgraph: 'substances',
      name: 'street name in a jurisdiction',
      input: 'Schnee, jurisdictions [DE]',
      run: (ds) => searchSeizures(ds, { ...base, jurisdictions: ['DE'], text: 'Schnee', filters: {} }),
    },
    {
      subgraph: 'substances',
      name: 'criteria: country and dates',
      input: 'country NL, 2025-01-01..2025-01-31',
      run: (ds) =>
        searchSeizures(ds, { ...base, filters: { country: 'NL', seizedFrom: '2025-01-01', seizedTo: '2025-01-31' } }),
    },
    {
      subgraph: 'persons',
      name: 'checkPerson: name and year of birth',
      input: `${latin.given_names} ${latin.family_name}, ${latin.dob_year}`,
      run: (ds) =>
        checkPerson(checkContext(ds), {
          name: `${latin.given_names} ${latin.family_name}`,
          dateOfBirth: String(latin.dob_year),
        }),
    },
    {
      subgraph: 'persons',
      name: 'checkPerson: the name key with most holders, and a year of birth',
      input: `${commonest.name_key}, ${commonest.birth_year}`,
      run: (ds) =>
        checkPerson(checkContext(ds), { name: commonest.name_key, dateOfBirth: String(commonest.birth_year) }),
    },
    {
      subgraph: 'documents',
      name: 'checkDocument',
      input: `${document.number} (${document.issuing_country})`,
      run: (ds) =>
        checkDocument(checkContext(ds), { number: document.number, issuingCountry: document.issuing_country }),
    },
    {
      subgraph: 'vehicles',
      name: 'checkVehicle: VIN',
      input: vehicle.vin,
      run: (ds) => checkVehicle(checkContext(ds), { vin: vehicle.vin }),
    },
    {
      subgraph: 'documents',
      name: 'checkDocuments: 100 numbers',
      input: `${document.number} (${document.issuing_country}) and 99 numbers no record holds`,
      run: (ds) =>
        checkDocuments(
          checkContext(ds),
          Array.from({ length: 100 }, (_, i) => ({
            number: i ? `ZZ${String(i).padStart(7, '0')}` : document.number,
            issuingCountry: document.issuing_country,
          })),
        ),
    },
  ];
}

function sequentialScans(plan: string): string[] {
  return [...plan.matchAll(/Seq Scan on (\w+)/g)]
    .map((match) => match[1])
    .filter((table) => LARGE_TABLES.includes(table));
}

// Also imported (scripts/measure-rls.ts) for its search shapes.
if (require.main === module)
  void withDatabase(async () => {
    const clients = {} as Record<SubgraphName, Client>;
    for (const name of ['persons', 'documents', 'vehicles', 'substances'] as const) {
      clients[name] = new Client({ connectionString: databaseUrl(name), options: SESSION_SETTINGS });
      await clients[name].connect();
    }
    try {
      const [{ count }] = (await clients.persons.query('SELECT count(*)::int AS count FROM persons.person')).rows;
      const sections: string[] = [];
      let flagged = 0;
      for (const shape of await shapes(clients)) {
        const plans: string[] = [];
        await shape.run(explainingDataSource(clients[shape.subgraph], plans));
        const scans = plans.flatMap(sequentialScans);
        flagged += scans.length;
        const time = plans.map((plan) => /Execution Time: ([\d.]+) ms/.exec(plan)?.[1]).join(', ');
        console.log(
          `${shape.subgraph.padEnd(10)} ${shape.name.padEnd(32)} ${time.padStart(9)} ms  ${scans.length ? `SEQ SCAN: ${scans.join(', ')}` : 'index-driven'}`,
        );
        sections.push(
          `### ${shape.subgraph}: ${shape.name}\n\nInput: \`${String(shape.input).replace(/\n/g, '⏎')}\` — ` +
            `${scans.length ? `**sequential scan on ${scans.join(', ')}**` : 'no sequential scan on a large table'}\n\n` +
            plans.map((plan) => '```\n' + plan + '\n```').join('\n\n'),
        );
      }
      const report = `# Search plans\n\nEXPLAIN (ANALYZE, BUFFERS) of every search shape, produced by \`npm run explain:search\` on ${new Date().toISOString().slice(0, 10)} against a database of ${count.toLocaleString('en')} persons (the rest of the seed in proportion). The statements are the ones the search functions send. Each statement is prepared and executed once before it is explained, under the services' session settings (a generic plan, no JIT: \`shared/database.ts\`), so the plans are the ones the services run, on a warm cache. Times are from one run on a 2-core machine: they show where the time goes, not the latency under load (\`npm run bench\` measures that).\n\n${sections.join('\n\n')}\n`;
      writeFileSync(REPORT, report + keptSections());
      console.log(
        flagged
          ? `${flagged} sequential scans on large tables: see docs/search-plans.md`
          : 'every search shape is index-driven',
      );
    } finally {
      await Promise.all(Object.values(clients).map((client) => client.end()));
    }
  });

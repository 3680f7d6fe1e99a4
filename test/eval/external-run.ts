// `npm run eval:external [-- --size 1000000] [--write docs/search-quality-external.md] [--failures FILE] [--only RULE-PREFIX]
//                        [--keep]`
//
// Measures search quality against the external set (test/eval/external/*.json): spellings of real names as other
// countries' press writes them, the worked examples of published romanization tables, the ICAO and ISO specimen
// identifiers put through typo models, each case naming its source. None of it comes from the project's generator or
// matcher. Seeds a FRESH database with `--size` distractor records (default 1,000,000; seed 42), adds the set's targets
// (a person's Latin name is its ICAO 9303 transliteration, as a passport prints it), starts the subgraphs and the
// gateway on free ports, sends every query through the gateway (first: 10) and prints recall@1, recall@10,
// precision@1 and MRR per rule and per source. A negative case passes when its target is not the first hit. Exits 0
// whatever the scores; non-zero only when the machinery fails. Everything it starts is stopped at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PURPOSE_HEADER, signDevelopmentToken } from '../../shared/auth';
import { createDataSource } from '../../shared/database';
import { startStackOnFreePorts } from '../../scripts/stack';
import { PERSONS_ENTITIES, PersonEntity, PersonNameEntity } from '../../subgraphs/persons/src/entities';
import { latinForms } from '../../subgraphs/persons/src/search/transliterate';
import { personNameRows } from '../../subgraphs/persons/src/search/variants';
import { nameKey } from '../../subgraphs/persons/src/search/name-key';
import { DOCUMENTS_ENTITIES, DocumentEntity } from '../../subgraphs/documents/src/entities';
import { normalizeDocumentNumber } from '../../subgraphs/documents/src/search/normalize';
import { VEHICLES_ENTITIES, VehicleEntity } from '../../subgraphs/vehicles/src/entities';
import { normalizePlate, normalizeVin } from '../../subgraphs/vehicles/src/search/normalize';
import { personRow } from '../support/person-rows';
import { EVAL_VIEWER, VISIBLE_SQL, openEvalDatabase, postRespectingRateLimit, withClient } from './harness';
import { scoreQuery, summarize, type QueryScore, type Summary } from './metrics';
import {
  loadExternalSet,
  type DocumentTarget,
  type ExternalCase,
  type ExternalTarget,
  type PersonTarget,
  type VehicleTarget,
} from './external/load';

const FIRST = 10;
const PURPOSE = 'EVAL external search quality';

interface Arguments {
  size: number;
  write?: string;
  failures?: string;
  only?: string;
  concurrency: number;
  /** Leave the seeded database (with the targets) in place and print its URL, to look into a case afterwards. */
  keep?: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { size: 1_000_000, concurrency: 4 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--size') parsed.size = Number(String(value()).replace(/k$/i, '000').replace(/m$/i, '000000'));
    else if (flag === '--write') parsed.write = path.resolve(value());
    else if (flag === '--only') parsed.only = value();
    else if (flag === '--failures') parsed.failures = path.resolve(value());
    else if (flag === '--concurrency') parsed.concurrency = Math.max(1, Number(value()) || 1);
    else if (flag === '--keep') parsed.keep = true;
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: eval:external [--size N] [--write FILE] [--failures FILE] [--only RULE] [--keep]`,
      );
  }
  if (!Number.isInteger(parsed.size) || parsed.size < 0) throw new Error('--size takes a number of records');
  return parsed;
}

/** Target ids are the set's own names; the records get UUIDs of a range no seed draws (ee000000-…). */
function recordIds(targets: ExternalTarget[]): Map<string, string> {
  return new Map(targets.map((target, i) => [target.id, `ee000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`]));
}

const provenance = (reference: string) => ({
  ownerJurisdiction: 'SE',
  ownerAgencyCode: 'SE-NOA',
  ownerAgencyName: 'NOA',
  nationalReference: reference,
  handlingCode: 'H0',
  sharing: 'ALL_JURISDICTIONS',
  sharedWith: [],
  reliability: 'B',
  accuracy: 2,
  reviewAt: null,
  expiresAt: null,
  revokedAt: null,
  revocationReason: null,
});

/** The targets as records owned by Sweden and shared with all (the viewer sees them). */
async function insertTargets(url: string, targets: ExternalTarget[], ids: Map<string, string>): Promise<void> {
  const persons = targets.filter((target): target is PersonTarget => target.entity === 'person');
  const documents = targets.filter((target): target is DocumentTarget => target.entity === 'document');
  const vehicles = targets.filter((target): target is VehicleTarget => target.entity === 'vehicle');
  const open = async (name: 'persons' | 'documents' | 'vehicles', entities: Function[]) => {
    const dataSource = createDataSource(name, { url, entities, poolSize: 1 });
    await dataSource.initialize();
    return dataSource;
  };
  const personsDb = await open('persons', PERSONS_ENTITIES);
  try {
    const rows = persons.map((target) => {
      const [year, month, day] = target.dateOfBirth?.split('-').map(Number) ?? [];
      return personRow({
        id: ids.get(target.id)!,
        familyName: target.familyName,
        givenNames: target.givenNames,
        familyNameLatin:
          target.familyNameLatin ??
          latinForms(target.familyName, `${target.familyName} ${target.givenNames}`)[0]?.text ??
          '',
        givenNamesLatin:
          target.givenNamesLatin ??
          latinForms(target.givenNames, `${target.familyName} ${target.givenNames}`)[0]?.text ??
          null,
        script: target.script.toUpperCase() as PersonEntity['script'],
        sex: target.sex ?? 'UNKNOWN',
        aliases: target.aliases ?? [],
        nationalReference: `EXT-${target.id}`,
        dobYear: year ?? null,
        dobMonth: month ?? null,
        dobDay: day ?? null,
      });
    });
    await personsDb.getRepository(PersonEntity).insert(rows);
    await personsDb.getRepository(PersonNameEntity).insert(rows.flatMap(personNameRows));
  } finally {
    await personsDb.destroy();
  }
  const documentsDb = await open('documents', DOCUMENTS_ENTITIES);
  try {
    await documentsDb.getRepository(DocumentEntity).insert(
      documents.map((target) => ({
        ...provenance(`EXT-${target.id}`),
        id: ids.get(target.id)!,
        number: target.number,
        numberNormalized: normalizeDocumentNumber(target.number),
        type: target.type,
        // Utopia (UTO), ICAO's specimen state, has no two-letter code: kept under the user-assigned XU.
        issuingCountry: target.issuingCountry.length === 2 ? target.issuingCountry : 'XU',
        issueDate: null,
        expiryDate: null,
        status: 'STOLEN_FROM_HOLDER',
        lossDate: null,
        lossPlace: null,
        mrz: target.mrz?.join('\n') ?? null,
        holderId: null,
      })) as unknown as DocumentEntity[],
    );
  } finally {
    await documentsDb.destroy();
  }
  const vehiclesDb = await open('vehicles', VEHICLES_ENTITIES);
  try {
    await vehiclesDb.getRepository(VehicleEntity).insert(
      vehicles.map((target) => ({
        ...provenance(`EXT-${target.id}`),
        id: ids.get(target.id)!,
        vin: target.vin ?? null,
        vinNormalized: target.vin ? normalizeVin(target.vin) : null,
        registrationPlate: target.plate ?? null,
        plateNormalized: target.plate ? normalizePlate(target.plate) : null,
        registrationCountry: target.registrationCountry ?? null,
        type: target.type,
        make: target.make ?? 'unknown',
        model: null,
        modelYear: null,
        colour: null,
        status: 'STOLEN',
        theftDate: null,
        theftPlace: null,
        holderId: null,
      })) as unknown as VehicleEntity[],
    );
  } finally {
    await vehiclesDb.destroy();
  }
}

/**
 * The correct answers of each target: the target, and any seeded record with the same name (ICAO key of the given
 * and family names), document number or VIN that the viewer may see: a distractor that bears the name is a correct
 * answer too, one hidden from the viewer is no answer it could get.
 */
async function namesakes(url: string, targets: ExternalTarget[], ids: Map<string, string>) {
  const relevant = new Map<string, Set<string>>(targets.map((target) => [target.id, new Set([ids.get(target.id)!])]));
  await withClient(url, async (client) => {
    for (const target of targets) {
      const found = relevant.get(target.id)!;
      let rows: { id: string }[] = [];
      if (target.entity === 'person') {
        const key = nameKey(
          icaoFolded(
            `${target.familyName} ${target.givenNames}`,
            target.familyNameLatin ? `${target.familyNameLatin} ${target.givenNamesLatin ?? ''}` : null,
          ),
        );
        ({ rows } = await client.query(
          `SELECT DISTINCT pn.person_id AS id FROM persons.person_name pn JOIN persons.person p ON p.id = pn.person_id
            WHERE pn.name_key = $2 AND pn.kind = 'PRIMARY' AND ${VISIBLE_SQL}`,
          [EVAL_VIEWER.jurisdiction, key],
        ));
      } else if (target.entity === 'document') {
        ({ rows } = await client.query(
          `SELECT id FROM documents.document WHERE number_normalized = $2 AND ${VISIBLE_SQL}`,
          [EVAL_VIEWER.jurisdiction, normalizeDocumentNumber(target.number)],
        ));
      } else if (target.vin) {
        ({ rows } = await client.query(`SELECT id FROM vehicles.vehicle WHERE vin_normalized = $2 AND ${VISIBLE_SQL}`, [
          EVAL_VIEWER.jurisdiction,
          normalizeVin(target.vin),
        ]));
      }
      for (const row of rows) found.add(row.id);
    }
  });
  return relevant;
}

/** A person case whose query is the family name alone (the set's builder notes the query form). */
export function asksFamilyNameAlone(item: ExternalCase): boolean {
  return item.note?.includes('query form: family name alone') ?? false;
}

/** A name folded to ICAO Latin letters: its Latin form where one is given, else its transliteration. */
function icaoFolded(name: string, latin?: string | null): string {
  return latinForms(latin ?? latinForms(name)[0]?.text ?? '')[0]?.text ?? '';
}

/** The key of a family name, read as the namesakes' full names are: its Latin form, its ICAO name key. */
export function familyKey(familyName: string, familyNameLatin?: string | null): string {
  // Word by word, so that a particle stays in the key: BEN ALI is not ALI.
  return icaoFolded(familyName, familyNameLatin)
    .split(' ')
    .filter(Boolean)
    .map((word) => nameKey(word))
    .sort()
    .join(' ');
}

/**
 * The correct answers of a query that names the family name alone: every record that bears that family name, in its
 * original script or with the same Latin key, as an officer who types `Kovalenko` asks for every Kovalenko. The seed
 * draws its family names from national lists, so at 1M records such a query has hundreds of equally right answers,
 * of which the target is one.
 */
async function familyNamesakes(url: string, targets: PersonTarget[], ids: Map<string, string>) {
  const relevant = new Map<string, Set<string>>();
  const byKey = new Map<string, Set<string>>();
  const byScript = new Map<string, Set<string>>();
  for (const target of targets) {
    const found = new Set([ids.get(target.id)!]);
    relevant.set(target.id, found);
    const key = familyKey(target.familyName, target.familyNameLatin);
    if (key) byKey.set(key, byKey.get(key)?.add(target.id) ?? new Set([target.id]));
    byScript.set(target.familyName, byScript.get(target.familyName)?.add(target.id) ?? new Set([target.id]));
  }
  if (targets.length === 0) return relevant;
  await withClient(url, async (client) => {
    // One pass over the distinct family names (a few thousand at 1M), keyed here as the targets are.
    const { rows } = await client.query<{ family_name: string; family_name_latin: string; ids: string[] }>(
      `SELECT family_name, family_name_latin, array_agg(id) AS ids FROM persons.person WHERE ${VISIBLE_SQL}
        GROUP BY family_name, family_name_latin`,
      [EVAL_VIEWER.jurisdiction],
    );
    for (const row of rows) {
      const owners = new Set([
        ...(byScript.get(row.family_name) ?? []),
        ...(byKey.get(familyKey(row.family_name, row.family_name_latin)) ?? []),
      ]);
      for (const owner of owners) for (const id of row.ids) relevant.get(owner)!.add(id);
    }
  });
  return relevant;
}

/** The stored Latin names of persons among `ids` (other records are left out). */
async function storedPersonNames(url: string, ids: string[]) {
  const names = new Map<string, string>();
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string; name: string }>(
      `SELECT id, family_name_latin || ', ' || coalesce(given_names_latin, '') || ' (' || family_name || ')' AS name
         FROM persons.person WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) names.set(row.id, row.name);
  });
  return names;
}

const FIELD = { person: 'searchPersons', document: 'searchDocuments', vehicle: 'searchVehicles' } as const;

async function search(gatewayUrl: string, token: string, entity: ExternalTarget['entity'], text: string) {
  const response = await postRespectingRateLimit(gatewayUrl, () => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [PURPOSE_HEADER]: PURPOSE },
    body: JSON.stringify({
      query: `query($text: String, $first: Int) { hits: ${FIELD[entity]}(text: $text, first: $first) {
        edges { score matchedOn { kind field note } node { id } } } }`,
      variables: { text, first: FIRST },
    }),
    signal: AbortSignal.timeout(30_000),
  }));
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  const edges: { score: number; matchedOn: { kind: string }[]; node: { id: string } }[] | undefined =
    body.data?.hits?.edges;
  if (!edges) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'no data');
  return edges;
}

interface Outcome {
  item: ExternalCase;
  score: QueryScore | null;
  /** For a negative case: its target was not the first hit. */
  avoided?: boolean;
  error?: string;
  /** The first three hits, for the failures file. */
  first?: { id: string; score: number }[];
}

/** Where a case comes from, for the per-source table: the source up to its first detail. */
export function sourceGroup(source: string): string {
  return source.split(/[:;,(]|\s[-–—]\s|\sarticle\b/)[0].trim();
}

function table(title: string, groups: Map<string, Outcome[]>): string {
  const lines = [
    `### ${title}`,
    '',
    '| group | cases | recall@1 | recall@10 | precision@1 | MRR | negative cases passed | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (name: string, outcomes: Outcome[]) => {
    const positive = outcomes.filter((outcome) => outcome.item.expect !== 'absent');
    const negative = outcomes.filter((outcome) => outcome.item.expect === 'absent' && !outcome.error);
    const summary: Summary = summarize(positive.map((outcome) => outcome.score));
    const f = (value: number) => (positive.length ? value.toFixed(3) : '—');
    const passed = negative.length
      ? `${negative.filter((outcome) => outcome.avoided).length} of ${negative.length}`
      : '—';
    const errors = outcomes.filter((outcome) => outcome.error).length;
    lines.push(
      `| ${name} | ${outcomes.length} | ${f(summary.recall1)} | ${f(summary.recall10)} | ${f(summary.precision1)} | ${f(summary.mrr)} | ${passed} | ${errors} |`,
    );
  };
  for (const [name, outcomes] of [...groups].sort(([a], [b]) => a.localeCompare(b))) row(name, outcomes);
  row('**all**', [...groups.values()].flat());
  return lines.join('\n');
}

function groupBy(outcomes: Outcome[], key: (outcome: Outcome) => string): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) groups.set(key(outcome), [...(groups.get(key(outcome)) ?? []), outcome]);
  return groups;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const log = (message: string) => console.error(message);
  const started = Date.now();
  const set = loadExternalSet();
  const targets = [...set.persons.targets, ...set.identifiers.targets];
  const cases = [...set.persons.cases, ...set.identifiers.cases].filter(
    (item) => !args.only || item.rule.startsWith(args.only),
  );
  const entityOf = new Map(targets.map((target) => [target.id, target.entity]));
  const ids = recordIds(targets);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-eval-logs-'));
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-eval-keys-'));
  const database = await openEvalDatabase({ size: args.size, seed: 42, log });
  const stopAll: (() => Promise<void>)[] = [
    args.keep ? async () => log(`kept the database: ${database.url}`) : () => database.stop(),
  ];
  try {
    log(`adding ${targets.length} targets of the external set`);
    await insertTargets(database.url, targets, ids);
    const relevant = await namesakes(database.url, targets, ids);
    const askedAlone = new Set(cases.filter(asksFamilyNameAlone).map((item) => item.target));
    const familyRelevant = await familyNamesakes(
      database.url,
      set.persons.targets.filter((target) => askedAlone.has(target.id)),
      ids,
    );
    const correctAnswers = (item: ExternalCase) =>
      (asksFamilyNameAlone(item) ? familyRelevant.get(item.target) : undefined) ?? relevant.get(item.target)!;
    const seeded = Date.now();
    log('starting the subgraphs and the gateway');
    const stack = await startStackOnFreePorts({ databaseUrl: database.url, logDir, keysDir });
    stopAll.unshift(() => stack.stop());
    const token = await signDevelopmentToken(EVAL_VIEWER);
    log(`sending ${cases.length} queries through the gateway as ${EVAL_VIEWER.agency} (first: ${FIRST})`);
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: args.concurrency }, async () => {
        while (next < cases.length) {
          const item = cases[next++];
          const target = ids.get(item.target)!;
          try {
            const edges = await search(stack.urls.gateway, token, entityOf.get(item.target)!, item.query);
            const ranking = edges.map((edge) => edge.node.id);
            const named = item.names ? relevant.get(item.names) : undefined;
            outcomes.push({
              item,
              score: item.expect === 'absent' ? null : scoreQuery(ranking, correctAnswers(item)),
              avoided: item.expect === 'absent' ? ranking[0] !== target : undefined,
              first: edges.slice(0, 3).map((edge) => ({ id: edge.node.id, score: edge.score })),
              ...(named && item.expect === 'absent' ? { score: scoreQuery(ranking, named) } : {}),
            });
          } catch (error) {
            outcomes.push({ item, score: null, error: (error as Error).message });
          }
          if (outcomes.length % 100 === 0) log(`queries ${outcomes.length}/${cases.length}`);
        }
      }),
    );
    const finished = Date.now();
    outcomes.sort((a, b) => cases.indexOf(a.item) - cases.indexOf(b.item));
    const failing = outcomes.filter(
      (outcome) => outcome.error || (outcome.item.expect === 'absent' ? !outcome.avoided : !outcome.score?.recall10),
    );
    const dirty = git(['status', '--porcelain']) ? ' + uncommitted changes' : '';
    const report = [
      `# Search quality against an external set`,
      '',
      `Measured on ${new Date().toISOString().slice(0, 10)} at commit \`${git(['rev-parse', '--short', 'HEAD'])}${dirty}\` by`,
      `\`npm run eval:external -- --size ${args.size}\`: ${cases.length} cases of test/eval/external/ (each names its`,
      `source; none comes from the project's generator or matcher), their ${targets.length} targets added to`,
      `${args.size.toLocaleString('en')} seeded distractor records (seed 42), every query sent through the gateway as`,
      `${EVAL_VIEWER.agency} (first: ${FIRST}). A correct answer is the target or a distractor with the same name, number`,
      `or VIN that the viewer may see; for a family name alone, any such record with that family name. A negative case`,
      `(a different person with a similar name) passes when its target is not the first hit.`,
      `Seeding and start ${Math.round((seeded - started) / 1000)} s, queries ${Math.round((finished - seeded) / 1000)} s.`,
      '',
      table(
        'Per rule',
        groupBy(outcomes, (outcome) => outcome.item.rule),
      ),
      '',
      table(
        'Per source',
        groupBy(outcomes, (outcome) => sourceGroup(outcome.item.source)),
      ),
      '',
      `### Cases not found in the first ${FIRST} (or negative cases whose target came first), up to 60`,
      '',
      ...failing
        .slice(0, 60)
        .map(
          (outcome) =>
            `- \`${outcome.item.rule}\` ${JSON.stringify(outcome.item.query)} (${sourceGroup(outcome.item.source)})${outcome.error ? `: error ${outcome.error}` : ''}`,
        ),
      '',
    ].join('\n');
    console.log(report);
    if (args.failures) {
      // Every failing case with its target's stored name, for working through the misses (the report lists 60).
      const byId = new Map(targets.map((target) => [target.id, target]));
      // Besides the failing cases, those that found some of their correct answers but not all that fit in ten.
      const partial = outcomes.filter((outcome) => !failing.includes(outcome) && (outcome.score?.recall10 ?? 1) < 1);
      const listed = [...failing, ...partial];
      const hitNames = await storedPersonNames(
        database.url,
        listed.flatMap((outcome) => outcome.first?.map((hit) => hit.id) ?? []),
      );
      const lines = listed.map((outcome) => {
        const target = byId.get(outcome.item.target);
        const name =
          target?.entity === 'person' ? `${target.familyName}, ${target.givenNames} (${target.language})` : '';
        return JSON.stringify({
          rule: outcome.item.rule,
          query: outcome.item.query,
          target: name,
          recall10: outcome.score?.recall10,
          firstHits: outcome.first?.map((hit) => `${hit.score} ${hitNames.get(hit.id) ?? hit.id}`),
          error: outcome.error,
        });
      });
      writeFileSync(args.failures, lines.join('\n') + '\n');
      log(
        `wrote ${failing.length} failing and ${partial.length} partly found cases to ${path.relative(process.cwd(), args.failures)}`,
      );
    }
    if (args.write) {
      writeFileSync(args.write, report);
      log(`wrote ${path.relative(process.cwd(), args.write)}`);
    }
  } finally {
    for (const stop of stopAll) await stop().catch(() => {});
    rmSync(keysDir, { recursive: true, force: true });
    rmSync(logDir, { recursive: true, force: true });
    log(`eval:external finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

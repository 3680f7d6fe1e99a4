// `npm run seed -- [--size N] [--seed S] [--reset] [--keep-indexes]`: migrates, then fills the database with
// synthetic multilingual records (default 10,000 records, seed 42), showing per-table progress on stderr.
// Imported rather than run, it only re-exports the seed API (`seedDatabase`, ...) of scripts/seed/.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { withDatabase } from './database-env';
import { migrateUp } from '../shared/migrate';
import { DROP_INDEXES_FROM, seedDatabase, type SeedProgress, type SeedSummary } from './seed/index';

export * from './seed/index';

const USAGE = `usage: npm run seed -- [--size N] [--seed S] [--reset] [--keep-indexes]
  --size N         main records in all (30% persons, 40% documents, 20% vehicles, 10% seizures); default 10000;
                   accepts 250k, 1M, 10_000_000
  --seed S         integer seed; the same seed and size give the same rows; default 42
  --reset          empty the persons, documents, vehicles and substances tables first
  --keep-indexes   keep secondary indexes during the load (default: dropped and rebuilt from ${DROP_INDEXES_FROM.toLocaleString('en')} records)`;

interface Arguments {
  size: number;
  seed: number;
  reset: boolean;
  keepIndexes: boolean;
}

/** A count as the commands take it (`10000`, `10_000`, `250k`, `1.5M`), or undefined when it is none. */
export function recordCount(raw: string | undefined): number | undefined {
  const match = raw === undefined ? null : /^(\d[\d_]*(?:\.\d+)?)(k|m)?$/i.exec(raw.trim());
  if (!match) return undefined;
  const multiplier = !match[2] ? 1 : match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000;
  return Math.round(Number(match[1].replace(/_/g, '')) * multiplier);
}

function parseCount(flag: string, raw: string | undefined): number {
  const count = recordCount(raw);
  if (count === undefined)
    throw new Error(`${flag} needs a whole number (e.g. 10000, 250k, 1M), got ${raw ?? 'nothing'}\n${USAGE}`);
  return count;
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { size: 10_000, seed: 42, reset: false, keepIndexes: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--size':
        parsed.size = parseCount('--size', value());
        break;
      case '--seed':
        parsed.seed = parseCount('--seed', value());
        break;
      case '--reset':
        parsed.reset = true;
        break;
      case '--keep-indexes':
        parsed.keepIndexes = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        return process.exit(0);
      default:
        throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  return parsed;
}

/** One bar per table, with rows per second computed from the table's own start. */
export function progressBars() {
  let multibar: MultiBar | undefined;
  const bars = new Map<string, { bar: SingleBar; started: number }>();
  // Created on the first progress report, so that a refused or failed run prints no empty bars.
  const open = () =>
    (multibar ??= new MultiBar(
      {
        format: '{table} [{bar}] {percentage}% | {value}/{total} | {rate} rows/s | ETA {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    ));
  return {
    update(progress: SeedProgress) {
      let entry = bars.get(progress.table);
      if (!entry) {
        entry = {
          bar: open().create(progress.total, 0, { table: progress.table.padEnd(27), rate: '0' }),
          started: Date.now(),
        };
        bars.set(progress.table, entry);
      }
      const seconds = Math.max(0.001, (Date.now() - entry.started) / 1000);
      entry.bar.update(progress.done, { rate: Math.round(progress.rows / seconds).toLocaleString('en') });
    },
    log(message: string) {
      if (multibar) multibar.log(`${message}\n`);
      else console.error(message);
    },
    stop() {
      multibar?.stop();
    },
  };
}

function main(): void {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  void withDatabase(async (database) => {
    const applied = await migrateUp();
    if (applied.length) console.error(`applied ${applied.length} migrations`);
    console.error(
      `seeding ${args.size.toLocaleString('en')} records with seed ${args.seed} into ${database.embedded ? 'the embedded database' : 'DATABASE_URL'}`,
    );
    const bars = progressBars();
    let summary: SeedSummary;
    try {
      summary = await seedDatabase({
        size: args.size,
        seed: args.seed,
        reset: args.reset,
        dropIndexes: args.keepIndexes ? false : undefined,
        onProgress: bars.update,
        onStep: bars.log,
      });
    } finally {
      bars.stop();
    }
    const width = Math.max(...Object.keys(summary.counts).map((table) => table.length));
    console.log(`seeded ${summary.size.toLocaleString('en')} records (seed ${summary.seed}):`);
    for (const [table, count] of Object.entries(summary.counts))
      console.log(`  ${table.padEnd(width)}  ${count.toLocaleString('en').padStart(12)}`);
    console.log(
      `elapsed ${summary.elapsedSeconds} s, peak RSS ${summary.peakRssMb} MB${summary.droppedIndexes ? ', indexes rebuilt after the load' : ''}`,
    );
  });
}

if (require.main === module) main();

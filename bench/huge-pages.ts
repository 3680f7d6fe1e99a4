// Huge pages for the benchmark's own PostgreSQL (docs/database.md, "Shared buffers and huge pages"). With 4 KB pages every server
// process maps each page of the 12 GB of shared buffers on its first touch of it, and a name search at 10M touches
// ~2,500 buffers it has not touched before: measured 16.3 ms at p50 with 4 KB pages, 11.5 ms with 2 MB pages.
// PostgreSQL takes huge pages by itself (`huge_pages = try`, its default) when the kernel holds enough in reserve,
// which only root can ask for (`vm.nr_hugepages`). The benchmark does so for the run and gives them back after.
import { readFileSync, writeFileSync } from 'node:fs';

const NR_HUGEPAGES = '/proc/sys/vm/nr_hugepages';

export interface HugePages {
  /** What the report says of them. */
  description: string;
  /** Gives the reserved pages back to the kernel (after the server stopped). */
  release(): void;
}

function meminfo(field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync('/proc/meminfo', 'utf8'));
  return match ? Number(match[1]) : undefined;
}

/**
 * Reserves enough huge pages for `sharedBuffers` bytes of shared buffers and PostgreSQL's other shared memory
 * (about 3 % more at 12 GB), when this process may (root on Linux); else says why not and reserves nothing.
 */
export function reserveHugePages(sharedBuffers: number): HugePages {
  const none = (why: string) => ({ description: `not used (${why})`, release: () => {} });
  if (process.platform !== 'linux') return none('not Linux');
  if (process.getuid?.() !== 0) return none(`reserving them needs root: vm.nr_hugepages`);
  const pageKb = meminfo('Hugepagesize');
  if (!pageKb) return none('the kernel has none');
  const before = Number(readFileSync(NR_HUGEPAGES, 'utf8').trim());
  const wanted = Math.ceil((sharedBuffers * 1.04) / (pageKb * 1024)) + 16;
  try {
    writeFileSync(NR_HUGEPAGES, String(before + wanted));
  } catch (error) {
    return none(`vm.nr_hugepages: ${(error as Error).message}`);
  }
  const release = () => writeFileSync(NR_HUGEPAGES, String(before));
  const total = meminfo('HugePages_Total') ?? 0;
  if (total < before + wanted) {
    release();
    return none(`the kernel found ${total - before} of ${wanted} free ${pageKb / 1024} MB pages`);
  }
  return { description: `${wanted.toLocaleString('en')} pages of ${pageKb / 1024} MB reserved for the run`, release };
}

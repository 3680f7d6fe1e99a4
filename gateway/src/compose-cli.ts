// `npm run compose`: writes the supergraph the gateway serves and each schema contract's supergraph and public
// schema (gateway/contracts/<name>/). `--check` fails when any committed file is stale, or when a contract's public
// schema breaks its latest release. `--release <contract>` releases the contract's public schema as its next version.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH } from './compose';
import { CONTRACTS, breakingChanges, composeContract, contractFiles, releases } from './contracts';

const check = process.argv.includes('--check');
const releaseIndex = process.argv.indexOf('--release');
const problems: string[] = [];

function output(file: string, content: string): void {
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== content)
      problems.push(`${path.relative(process.cwd(), file)} is out of date: run \`npm run compose\``);
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (releaseIndex >= 0) {
  const name = process.argv[releaseIndex + 1];
  const contract = CONTRACTS.find((candidate) => candidate.name === name);
  if (!contract) {
    console.error(`--release needs a contract: ${CONTRACTS.map((c) => c.name).join(', ')}`);
    process.exit(1);
  }
  const files = contractFiles(contract);
  const next = (releases(contract).at(-1)?.version ?? 0) + 1;
  mkdirSync(files.releases, { recursive: true });
  copyFileSync(files.schema, path.join(files.releases, `v${next}.graphql`));
  console.log(`released ${contract.name} v${next}`);
  process.exit(0);
}

output(SUPERGRAPH_PATH, composeSupergraph());
for (const contract of CONTRACTS) {
  const { supergraphSdl, publicSdl } = composeContract(contract);
  const files = contractFiles(contract);
  output(files.supergraph, supergraphSdl);
  output(files.schema, publicSdl);
  for (const change of breakingChanges(contract, publicSdl)) {
    problems.push(`contract ${contract.name} breaks its latest release: ${change.type}: ${change.description}`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    'A breaking change to a contract needs a new version: `npm run compose -- --release <contract>`, and the ' +
      'partners told.',
  );
  process.exit(1);
}
console.log(check ? 'supergraph and contracts are up to date' : 'done');

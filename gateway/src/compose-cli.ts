// `npm run compose`: writes the supergraph the gateway serves; `--check` fails when the committed one is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from './compose';

const fresh = composeSupergraph();
if (process.argv.includes('--check')) {
  const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
  if (committed !== fresh) {
    console.error(`${SUPERGRAPH_PATH} is out of date: run \`npm run compose\` and commit it.`);
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  writeFileSync(SUPERGRAPH_PATH, fresh);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}

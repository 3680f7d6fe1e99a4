// `npm run token -- [--jurisdiction SE] [--roles officer,analyst] [--user U] [--agency SE-NOA] [--contract C]
// [--expires 12h]`: prints a development token signed with the key in .data/keys (made on first use).
import { parseArgs } from 'node:util';
import { ROLES, ensureDevelopmentKeys, signDevelopmentToken, type Role } from '../shared/auth';
import { JURISDICTIONS } from '../shared/jurisdictions';

const USAGE = `usage: npm run token -- [options]
Prints a development token (ES256, signed with the key in .data/keys) for local use.

  --jurisdiction J   ISO 3166-1 alpha-2 code of a Liaison jurisdiction; default SE
  --roles R,R        some of ${ROLES.join(', ')}; default officer
  --user U           the user id (sub); default dev-<first role>-<jurisdiction>, e.g. dev-officer-de
  --agency A         the agency code; default the jurisdiction's first agency, e.g. SE-NOA
  --contract C       the schema contract a partner credential is bound to (required with --roles partner),
                     e.g. hit-no-hit
  --expires E        lifetime, e.g. 30m or 12h (at most the services' LIAISON_MAX_TOKEN_LIFETIME); default 12h
  --help             this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      jurisdiction: { type: 'string', default: 'SE' },
      agency: { type: 'string' },
      roles: { type: 'string', default: 'officer' },
      contract: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const jurisdiction = values.jurisdiction.toUpperCase();
  const agency = values.agency ?? JURISDICTIONS.find((entry) => entry.code === jurisdiction)?.agencies[0]?.code;
  if (!agency) throw new Error(`unknown jurisdiction ${jurisdiction}\n${USAGE}`);
  const roles = values.roles.split(',').map((role) => role.trim());
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length) throw new Error(`unknown role ${unknown.join(', ')}: roles are ${ROLES.join(', ')}`);
  if (roles.includes('partner') && !values.contract) {
    throw new Error('a partner credential is bound to a schema contract: add --contract hit-no-hit');
  }
  await ensureDevelopmentKeys();
  const token = await signDevelopmentToken(
    {
      // Each jurisdiction's development user its own id, so that audit rows and rate limits tell them apart.
      userId: values.user ?? `dev-${roles[0]}-${jurisdiction.toLowerCase()}`,
      agency,
      jurisdiction,
      roles: roles as Role[],
      contract: values.contract,
    },
    { expiresIn: values.expires },
  );
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

// `npm run token -- [--user U] [--jurisdiction SE] [--agency SE-NOA] [--roles officer,analyst] [--contract C]
// [--expires 12h]`: prints a development token signed with the key in .data/keys (made on first use).
import { parseArgs } from 'node:util';
import { ensureDevelopmentKeys, signDevelopmentToken, type Role } from '../shared/auth';
import { JURISDICTIONS } from '../shared/jurisdictions';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string', default: 'dev-officer' },
      jurisdiction: { type: 'string', default: 'SE' },
      agency: { type: 'string' },
      roles: { type: 'string', default: 'officer' },
      contract: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const jurisdiction = values.jurisdiction.toUpperCase();
  const agency = values.agency ?? JURISDICTIONS.find((entry) => entry.code === jurisdiction)?.agencies[0]?.code;
  if (!agency) throw new Error(`unknown jurisdiction ${jurisdiction}`);
  await ensureDevelopmentKeys();
  const token = await signDevelopmentToken(
    { userId: values.user, agency, jurisdiction, roles: values.roles.split(',') as Role[], contract: values.contract },
    { expiresIn: values.expires },
  );
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

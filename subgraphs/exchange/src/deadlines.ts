// How long the owner of a record has to answer a request, by urgency: SIRENE answers urgent requests within 12 hours,
// Prüm follow-up within 48; the operator sets each with `LIAISON_DEADLINE_<URGENCY>` (e.g. `12h`, `2d`, `90m`).
import type { UrgencyName } from './rows';

const DEFAULTS: Record<UrgencyName, string> = { URGENT: '12h', NORMAL: '48h', ROUTINE: '7d' };
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration such as `12h`, `7d`, `90m` or `30s`, in milliseconds. */
export function parseDuration(text: string, name: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(text.trim());
  if (!match || Number(match[1]) === 0) {
    throw new Error(`${name} must be a positive number and a unit s, m, h or d (e.g. 12h), got '${text}'`);
  }
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** Each urgency's deadline in milliseconds, from the environment; a bad setting stops the service at start. */
export function requestDeadlines(env: NodeJS.ProcessEnv = process.env): Record<UrgencyName, number> {
  const deadline = (urgency: UrgencyName) => {
    const name = `LIAISON_DEADLINE_${urgency}`;
    return parseDuration(env[name] || DEFAULTS[urgency], name);
  };
  return { URGENT: deadline('URGENT'), NORMAL: deadline('NORMAL'), ROUTINE: deadline('ROUTINE') };
}

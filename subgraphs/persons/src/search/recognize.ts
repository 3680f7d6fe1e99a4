import { countryOfIcaoCode } from '../../../../shared/icao-codes';
import { findMrz } from '../../../../shared/mrz';
import type { PartialDate } from '../../../../shared/validation';
import { foldName } from './normalize';
import { nameWords } from './transliterate';

export interface PersonText {
  /** The name words as typed (any script), separated by single spaces, when the text holds any. */
  nameText?: string;
  /** A date of birth written in the text (`1974`, `1974-03`, `1974-03-21`, `21.03.1974`). */
  dateOfBirth?: PartialDate;
}

/** More words than a whole name has: the rest of a long text is not read as a name. */
export const MAX_NAME_WORDS = 12;

export interface PersonTextQuery {
  /** Folded name words (`foldName`), when the text holds any. */
  name?: string;
  dateOfBirth?: PartialDate;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
const EUROPEAN_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * Reads the free text of a person search. A machine-readable zone is read as its holder's name and date of birth.
 * Otherwise: a date of birth if one is written, and the remaining words (at most MAX_NAME_WORDS) as a name, as typed;
 * tokens with digits that are not dates (document numbers, plates) are left to the other subgraphs.
 */
export function readPersonText(text: string): PersonText {
  const holder = findMrz(text)?.reading.holder;
  if (holder) {
    const read: PersonText = { nameText: `${holder.familyName} ${holder.givenNames}`.trim() };
    if (holder.dateOfBirth) read.dateOfBirth = holder.dateOfBirth;
    return read;
  }
  const read: PersonText = {};
  const words: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const date = readDate(token);
    if (date && !read.dateOfBirth) read.dateOfBirth = date;
    else if (!/\d/.test(token)) words.push(...nameWords(withoutMrzLinePrefix(token)));
  }
  if (words.length) read.nameText = words.slice(0, MAX_NAME_WORDS).join(' ');
  return read;
}

/**
 * The name field of a copied first MRZ line (`P<POLWROBEL<<MARTA`): its document code and issuing state cut off,
 * so that they are not read as name words. Other tokens are returned as they are.
 */
function withoutMrzLinePrefix(token: string): string {
  const line = /^[PIACV][A-Z<]([A-Z<]{3})([A-Z]+<.*)$/.exec(token);
  return line && countryOfIcaoCode(line[1].replace(/</g, '')) ? line[2] : token;
}

/**
 * Whether a person search reads anything in the text: a name or a date of birth. When it reads nothing, the search
 * answers no hits without SQL, which lets the gateway answer it without sending it (gateway/src/search-routing.ts).
 */
export function personSearchReads(text: string): boolean {
  const { nameText, dateOfBirth } = readPersonText(text);
  return Boolean(nameText || dateOfBirth);
}

/** `readPersonText` with the name folded to upper-case Latin (`foldName`). */
export function recognizePersonText(text: string): PersonTextQuery {
  const { nameText, dateOfBirth } = readPersonText(text);
  const query: PersonTextQuery = {};
  const name = nameText ? foldName(nameText) : '';
  if (name) query.name = name;
  if (dateOfBirth) query.dateOfBirth = dateOfBirth;
  return query;
}

function readDate(token: string): PartialDate | undefined {
  const iso = ISO_DATE.exec(token);
  const european = EUROPEAN_DATE.exec(token);
  const [year, month, day] = iso
    ? [Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined]
    : european
      ? [Number(european[3]), Number(european[2]), Number(european[1])]
      : [];
  if (year === undefined || year < 1900 || year > 2100) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31 || new Date(Date.UTC(year, month! - 1, day)).getUTCDate() !== day))
    return undefined;
  return { year, month, day };
}

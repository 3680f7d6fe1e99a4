// The order-free key of a folded name: each word reduced to a spelling skeleton and then to the first spelling of
// its equivalence group, the words sorted. Two names with the same key are the same name spelt in another
// transliteration system or another East Slavic language; phonetic codes are computed from the key's words too.

/**
 * Spellings of one name across transliteration systems and languages that the spelling skeleton does not merge and
 * double metaphone does not reach (Sergei/Serhii, Nikolai/Mykola, Yusuf/Youssef, Hussein/Houcine). Sources: the ICAO
 * 9303 and common spellings of the same Russian, Ukrainian, Belarusian, Bulgarian and Serbian given names (the
 * Ukrainian or Belarusian form of a Russian name is the same person's name in the other official language), and the
 * English and French transcriptions of Arabic given names (Mashriq and Maghreb usage). Family names are left to the
 * phonetic codes: a table of them would never be complete.
 */
export const NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  // East Slavic and South Slavic given names
  ['ALEKSANDR', 'ALEXANDER', 'ALEXANDR', 'ALEKSANDER', 'OLEKSANDR', 'ALEKSANDAR', 'ALIAKSANDR'],
  ['ALEKSEI', 'ALEXEI', 'ALEXEY', 'ALEKSEY', 'OLEKSII', 'OLEKSIY', 'ALEKSEJ', 'ALIAKSEI'],
  ['IURII', 'YURIY', 'YURI', 'JURIJ', 'JURI'],
  ['IAKOV', 'YAKOV', 'JAKOV'],
  ['SERGEI', 'SERGEY', 'SERGEJ', 'SERHII', 'SERHIY', 'SERGII', 'SERGIY', 'SIARHEI'],
  ['DMITRII', 'DMITRIY', 'DMITRY', 'DMITRI', 'DMITRIJ', 'DMYTRO', 'DZMITRY'],
  ['NIKOLAI', 'NIKOLAY', 'NIKOLAJ', 'MYKOLA', 'MIKALAI', 'NICOLAI'],
  ['ANDREI', 'ANDREY', 'ANDREJ', 'ANDRII', 'ANDRIY', 'ANDRIJ'],
  ['EVGENII', 'EVGENIY', 'YEVGENIY', 'YEVGENY', 'EVGENY', 'IEVGENII', 'IEVHEN', 'YEVHEN', 'EVHENII', 'JEVGENIJ'],
  ['MIKHAIL', 'MIHAIL', 'MICHAIL', 'MYKHAILO', 'MYKHAYLO', 'MIKHAYLO'],
  ['VLADIMIR', 'VOLODYMYR', 'WLADIMIR', 'ULADZIMIR'],
  ['IGOR', 'IHOR'],
  ['OLEG', 'OLEH'],
  ['GRIGORII', 'GRIGORIY', 'GRIGORY', 'HRYHORII', 'HRYHORIY'],
  ['PAVEL', 'PAVLO'],
  ['PETR', 'PYOTR', 'PETRO', 'PETAR'],
  ['FEDOR', 'FYODOR', 'FEODOR', 'FEDIR'],
  ['ILIA', 'ILYA', 'ILJA', 'ILLIA', 'ILLYA'],
  ['VASILII', 'VASILIY', 'VASILY', 'VASYL', 'VASSILI'],
  ['KONSTANTIN', 'KOSTIANTYN', 'KOSTYANTYN'],
  ['KIRILL', 'KYRYLO', 'KIRIL'],
  ['ANATOLII', 'ANATOLIY', 'ANATOLY'],
  ['VALERII', 'VALERIY', 'VALERY'],
  ['ARTEM', 'ARTYOM', 'ARTEMII'],
  ['TIMOFEI', 'TIMOFEY', 'TYMOFII'],
  ['ELENA', 'YELENA', 'OLENA', 'JELENA'],
  ['TATIANA', 'TATYANA', 'TETIANA', 'TETYANA', 'TATJANA'],
  ['NATALIA', 'NATALYA', 'NATALIYA', 'NATALIIA', 'NATALJA'],
  ['IULIIA', 'YULIA', 'YULIYA', 'JULIJA', 'IULIA', 'JULIA'],
  ['EKATERINA', 'YEKATERINA', 'KATERYNA'],
  ['OLGA', 'OLHA', 'VOLHA'],
  ['LIUDMILA', 'LYUDMILA', 'LUDMILA', 'LIUDMYLA'],
  ['GALINA', 'HALYNA'],
  ['IRINA', 'IRYNA'],
  ['SVETLANA', 'SVITLANA', 'SVIATLANA'],
  ['VALENTINA', 'VALENTYNA'],
  ['KSENIIA', 'KSENIYA', 'XENIA'],
  ['VIKTORIIA', 'VIKTORIYA', 'VIKTORIA', 'VICTORIA'],
  ['HRISTO', 'KHRISTO', 'CHRISTO'],
  // Greek given names in ELOT 743 and the common spellings
  ['CHRISTOS', 'HRISTOS', 'KHRISTOS'],
  ['CHARALAMPOS', 'CHARALAMBOS', 'HARALAMBOS', 'HARALAMPOS'],
  // Arabic given names
  ['MUHAMMAD', 'MOHAMMED', 'MOHAMMAD', 'MOHAMED', 'MOHAMAD', 'MUHAMMED', 'MOUHAMED', 'MEHMET'],
  ['AHMAD', 'AHMED', 'AHMET'],
  ['YUSUF', 'YOUSSEF', 'YOUSEF', 'YOUSSOUF', 'YOUSIF', 'JUSUF'],
  ['HUSSEIN', 'HUSSAIN', 'HUSAIN', 'HOSSEIN', 'HUSAYN', 'HOUCINE', 'HUSEYIN'],
  ['MAHMOUD', 'MAHMUD', 'MAHMOOD', 'MAHMUT'],
  ['MUSTAFA', 'MOSTAFA', 'MOUSTAFA', 'MUSTAPHA'],
  ['OMAR', 'UMAR', 'OMER'],
  ['IBRAHIM', 'EBRAHIM', 'BRAHIM'],
  ['IDRIS', 'IDRISS', 'DRISS'],
  ['OTHMAN', 'OTHMANE', 'UTHMAN', 'OSMAN'],
  ['MONCEF', 'MUNSIF'],
  ['FATHI', 'FETHI'],
  ['SUFYAN', 'SOUFIANE', 'SOFIANE'],
  ['YASIN', 'YASSINE'],
  ['AYOUB', 'AYYUB'],
  ['MAHDI', 'MEHDI'],
  ['RASHID', 'RASHED', 'RACHID'],
  ['SHARIF', 'SHERIF', 'CHERIF'],
  ['HISHAM', 'HICHAM'],
  ['FAISAL', 'FAYSAL', 'FAYCAL'],
  ['TARIQ', 'TAREQ', 'TAREK', 'TARIK'],
  ['SAEED', 'SAID'],
  ['ZIAD', 'ZIYAD'],
  ['SAIF', 'SAYF'],
  ['MAJID', 'MAJED'],
  ['WALID', 'WALEED'],
  ['IMAD', 'EMAD'],
  ['YASIR', 'YASSER'],
  ['KARIM', 'KAREEM'],
  ['NUR', 'NOUR', 'NOOR'],
  ['FATIMA', 'FATMA', 'FATEMA', 'FATIMAH'],
  ['MARYAM', 'MARIAM', 'MERYEM', 'MERIEM'],
  ['AISHA', 'AICHA', 'AYSHA', 'AYESHA'],
  ['KHADIJA', 'KHADIDJA', 'KHADEEJA'],
  ['ZAINAB', 'ZEINAB', 'ZAYNAB', 'ZINEB'],
  ['IMAN', 'EMAN', 'IMANE'],
  ['HUDA', 'HODA', 'HOUDA'],
  ['HIBA', 'HEBA'],
  ['MONA', 'MUNA'],
  ['REEM', 'RIM'],
  ['SUAD', 'SOUAD'],
  ['NAWAL', 'NAOUAL'],
  ['WAFA', 'WAFAE'],
  ['RAJA', 'RAJAE'],
  ['ASMA', 'ASMAA', 'ASMAE'],
  ['SANA', 'SANAA'],
  ['YUSRA', 'YOUSRA'],
  ['LAILA', 'LEILA', 'LAYLA'],
  ['MOUNIA', 'MONIA'],
  ['NOHA', 'NUHA'],
  ['INES', 'ENAS'],
  ['SULEIMAN', 'SOLIMAN', 'SULAIMAN', 'SULEYMAN'],
  ['MUBARAK', 'MOUBARAK'],
  ['JAMAL', 'GAMAL'],
  // Arabic family names whose Egyptian spelling writes ج as G
  ['NAJJAR', 'NAGGAR'],
];

/** Arabic articles written as words of their own (Al-Masri, El Masry): not part of the name's key. */
const ARTICLES = new Set(['AL', 'EL', 'UL']);

/**
 * The article assimilated to a sun letter, written as a word of its own (Anwar as-Sadat, Ayman az-Zawahiri): no
 * stored name has to hold it for the name to sound alike. Left in the key (a name may hold these letters as a word),
 * it is only not searched by sound.
 */
export const ASSIMILATED_ARTICLES: ReadonlySet<string> = new Set(['AS', 'AZ', 'ASH', 'AD', 'AR', 'AT', 'ATH', 'ADH']);

/**
 * The spelling skeleton of a folded word: the differences between transliteration systems levelled out (X = KS,
 * PH = F, Y = I, KH = H, OU = OO = U (French and English spellings of Arabic names), Ё as YO = E, Greek ΓΙ before a vowel = I, J between vowels or after a final vowel = I,
 * IE at the start = E,
 * -OFF = -OV, doubled letters single).
 */
export function spellingSkeleton(word: string): string {
  return word
    .replace(/X/g, 'KS')
    .replace(/PH/g, 'F')
    .replace(/([^AEIOUY])YO/g, '$1E')
    .replace(/Y/g, 'I')
    .replace(/KH/g, 'H')
    .replace(/OU|OO/g, 'U')
    .replace(/GI(?=[AEOU])/g, 'I')
    .replace(/([AEIOU])J(?=[AEIOU])/g, '$1I')
    .replace(/([AEIOU])J$/, '$1I')
    .replace(/^IE/, 'E')
    .replace(/([OE])FF$/, '$1V')
    .replace(/(.)\1+/g, '$1');
}

const EQUIVALENT: ReadonlyMap<string, string> = new Map(
  NAME_EQUIVALENTS.flatMap((group) => {
    const canonical = spellingSkeleton(group[0]);
    return group.map((spelling) => [spellingSkeleton(spelling), canonical] as const);
  }),
);

/**
 * The word as the key holds it. Arabic compounds are split the way they are also written apart: Abd + article +
 * name (Abdulrahman, Abdel Rahman, Abderrahim → ABD RAHMAN, ABD RAHIM), name + ad-Din (Noureddine, Nour Eddine);
 * a joined assimilated article is dropped (Ettazi → TAZI).
 */
function keyWords(word: string): string[] {
  // Abd + article written apart: Abdel Rahman, and the article assimilated to the name's first letter (Abden-Nasser).
  if (/^ABD(?:[AEIOU]{1,2}L|[AEIOU][DNRSTZ])$/.test(word)) return ['ABD'];
  if (/^[EAU]DD?INE?$/.test(word)) return ['DIN'];
  // The article assimilated to a sun letter and written joined (Ettazi, Ettrabelsi for Tazi, Trabelsi).
  const assimilated = /^E([DNRSTZ])\1(.{2,})$/.exec(word);
  if (assimilated) return [assimilated[1] + assimilated[2]];
  if (word === 'ALLAH') return ['LAH'];
  const abd = /^ABD(?:[AEIOU]{1,2}L|[AEIOU](?=([DNRSTZ])\1))(.{2,})$/.exec(word);
  if (abd) return ['ABD', abd[2]];
  const din = /^(.{2,}?)(?:[EAOU]DDINE?|[AE]LDINE?)$/.exec(word);
  if (din) return [din[1], 'DIN'];
  return [word];
}

/** The key words of a folded name (A-Z words), in the name's order. */
export function nameKeyWords(folded: string): string[] {
  return nameKeyWordSources(folded).map(({ key }) => key);
}

/**
 * Each key word of a folded name with the word it was made from, before its spelling was levelled: KHADAFFI for
 * HADAFI, whose K the consonant skeletons need (the key reads KH as H).
 */
export function nameKeyWordSources(folded: string): { key: string; source: string }[] {
  const words = folded.split(' ').filter(Boolean);
  const split = words.flatMap(keyWords);
  const kept = split.filter((word) => !ARTICLES.has(word));
  return (kept.length ? kept : split).map((source) => {
    const skeleton = spellingSkeleton(source);
    return { key: EQUIVALENT.get(skeleton) ?? skeleton, source };
  });
}

/** The order-free key of a folded name: its key words sorted, separated by single spaces. */
export function nameKey(folded: string): string {
  return nameKeyWords(folded).sort().join(' ');
}

// Russian given names as other languages write them when they translate rather than transliterate them (Pierre le
// Grand, Léon Tolstoï, Nicolas Gogol, Joseph Brodsky): the way back to the ICAO 9303 form the records are searched by.
import type { NationalSpelling } from './national-spellings';
import { foldLatinWord, nameWords } from './transliterate';

/**
 * Each Russian given name (ICAO 9303, as the records hold it) and the forms of the same name that English, French,
 * German, Spanish, Italian, Portuguese, Polish, Czech, Hungarian and Romanian texts use for Russians: the names of
 * historical figures and rulers as each language's encyclopedias and press print them (Peter the Great, Nicolas II,
 * Katharina die Große, Józef Stalin, Nagy Péter). Only names such texts translate are here: Ivan, Boris or Vladimir
 * are left as they are, and so is Maria, which every language writes alike. Forms are compared without diacritics.
 */
export const GIVEN_NAME_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  PETR: ['PETER', 'PIERRE', 'PIETRO', 'PEDRO', 'PIOTR', 'PÉTER', 'PETRU', 'PIETER'],
  NIKOLAI: ['NICHOLAS', 'NICOLAS', 'NIKOLAUS', 'NICOLA', 'NICOLÁS', 'MIKOŁAJ', 'MIKULÁŠ', 'MIKLÓS', 'NICOLAE'],
  EKATERINA: ['CATHERINE', 'KATHARINA', 'CATERINA', 'CATALINA', 'KATARZYNA', 'KATEŘINA', 'KATALIN', 'ECATERINA'],
  LEV: ['LEO', 'LÉON', 'LEÓN', 'LEONE', 'LEW'],
  IOSIF: ['JOSEPH', 'JOSEF', 'JOSÉ', 'GIUSEPPE', 'JÓZEF', 'JÓZSEF'],
  ALEKSANDR: ['ALEXANDRE', 'ALESSANDRO', 'ALEJANDRO', 'SÁNDOR', 'ALEXANDRU'],
  ALEKSEI: ['ALEXIS', 'ALESSIO', 'ALEJO', 'ALEKSY'],
  ANDREI: ['ANDREW', 'ANDRÉ', 'ANDREAS', 'ANDREA', 'ANDRÉS', 'ANDRZEJ', 'ONDŘEJ', 'ANDRÁS'],
  ANTON: ['ANTHONY', 'ANTOINE', 'ANTONIO', 'ANTONI', 'ANTONÍN', 'ANTAL'],
  FEDOR: ['THEODORE', 'THÉODORE', 'TEODORO', 'TEODOR', 'THEODOR'],
  GEORGII: ['GEORGE', 'GEORGES', 'GEORG', 'GIORGIO', 'JORGE', 'JERZY', 'JIŘÍ', 'GYÖRGY', 'GHEORGHE'],
  GRIGORII: ['GREGORY', 'GRÉGOIRE', 'GREGOR', 'GREGORIO', 'GRZEGORZ', 'GERGELY', 'GRIGORE'],
  KONSTANTIN: ['CONSTANTINE', 'CONSTANTIN', 'COSTANTINO', 'CONSTANTINO', 'KONSTANTY'],
  MIKHAIL: ['MICHAEL', 'MICHEL', 'MICHELE', 'MIGUEL', 'MICHAŁ', 'MIHÁLY'],
  PAVEL: ['PAUL', 'PAOLO', 'PABLO', 'PAWEŁ', 'PÁL'],
  SEMEN: ['SIMON', 'SIMONE', 'SIMÓN', 'SZYMON', 'ŠIMON'],
  STEPAN: ['STEPHEN', 'ÉTIENNE', 'STEFANO', 'ESTEBAN', 'ŠTĚPÁN', 'ISTVÁN'],
  VASILII: ['BASIL', 'BASILE', 'BASILIO', 'BAZYLI'],
  IAKOV: ['JACOB', 'JACQUES', 'JAKOB', 'GIACOMO', 'JACOBO', 'JAKUB', 'JAKAB'],
  EVGENII: ['EUGENE', 'EUGÈNE', 'EUGEN', 'EUGENIO', 'EUGENIUSZ', 'JENŐ', 'EVŽEN'],
  ELIZAVETA: ['ELIZABETH', 'ÉLISABETH', 'ELISABETH', 'ELISABETTA', 'ISABEL', 'ELŻBIETA', 'ALŽBĚTA', 'ERZSÉBET'],
  ELENA: ['HELEN', 'HÉLÈNE', 'HELENE'],
};

const ICAO_OF_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(GIVEN_NAME_EQUIVALENTS).flatMap(([icao, forms]) =>
    forms.map((form) => [foldLatinWord(form), icao] as const),
  ),
);

/** A name with its translated given names put back into their Russian form. */
export interface RenamedGivenNames extends NationalSpelling {
  /** The name as typed with only those words replaced (diacritics kept), for the national readings of the rest. */
  typed: string;
}

/**
 * The name with every word that is another language's form of a Russian given name replaced by the Russian one
 * (Nicolas Gogol → NIKOLAI GOGOL, Léon Tolstoï → LEV TOLSTOI); null when no word is.
 */
export function renamedGivenNames(text: string): RenamedGivenNames | null {
  const words = nameWords(text);
  const replaced: string[] = [];
  const renamed = words.map((word) => {
    const icao = ICAO_OF_FORM.get(foldLatinWord(word));
    if (!icao) return word;
    replaced.push(`${word} → ${icao}`);
    return icao;
  });
  if (!replaced.length) return null;
  return {
    text: renamed.map((word) => foldLatinWord(word)).join(' '),
    typed: renamed.join(' '),
    scheme: `the Russian form of a given name (${replaced.join(', ')})`,
  };
}

/**
 * Each Greek given name (ELOT 743, as the records hold it) and the forms of the same name that English, French,
 * German, Italian, Spanish and Polish texts use for Greeks (George Seferis, Jean Capodistria, Costantino Caramanlis):
 * the usual equivalents of these names in each language, and the familiar forms the press uses as names (Kostas
 * Karamanlis, Nikos Anastasiadis). Forms are compared without diacritics.
 */
export const GREEK_GIVEN_NAME_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  GIORGOS: ['GEORGE', 'GEORGES', 'GEORG', 'GIORGIO', 'JORGE', 'GEORGIOS', 'YORGOS', 'JORGOS'],
  IOANNIS: ['JOHN', 'JEAN', 'JOHANN', 'JOHANNES', 'GIOVANNI', 'JUAN', 'YANNIS', 'GIANNIS'],
  KONSTANTINOS: ['CONSTANTINE', 'CONSTANTIN', 'COSTANTINO', 'CONSTANTINO', 'KOSTAS', 'COSTAS'],
  NIKOLAOS: ['NICHOLAS', 'NICOLAS', 'NIKOLAUS', 'NICCOLÒ', 'NICOLÁS', 'NIKOS', 'NICOS'],
  DIMITRIOS: ['DEMETRIUS', 'DÉMÉTRIOS', 'DEMETRIO', 'DIMITRIS'],
  ALEXANDROS: ['ALEXANDER', 'ALEXANDRE', 'ALESSANDRO', 'ALEJANDRO'],
  MICHAIL: ['MICHAEL', 'MICHEL', 'MICHELE', 'MIGUEL'],
  PAVLOS: ['PAUL', 'PAOLO', 'PABLO'],
  PETROS: ['PETER', 'PIERRE', 'PIETRO', 'PEDRO'],
  THEODOROS: ['THEODORE', 'THÉODORE', 'TEODORO', 'THEODOR'],
  STEFANOS: ['STEPHEN', 'ÉTIENNE', 'STEFANO', 'ESTEBAN'],
  EMMANOUIL: ['EMMANUEL', 'EMANUELE'],
  ELENI: ['HELEN', 'HÉLÈNE', 'HELENE', 'ELENA'],
  AIKATERINI: ['CATHERINE', 'CATERINA', 'KATHARINA'],
};

const GREEK_OF_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(GREEK_GIVEN_NAME_EQUIVALENTS).flatMap(([elot, forms]) =>
    forms.map((form) => [foldLatinWord(form), elot] as const),
  ),
);

/**
 * A name with a translated Greek given name read back to the Greek forms: the given name as ELOT 743 writes it, the
 * other words with C as K (Greek has no C: Caramanlis, Capodistria), and, for a word ending in a vowel, also with the
 * final S that Italian and French drop from Greek family names (Capodistria for Καποδίστριας). Empty when no word is
 * such a given name.
 */
export function greekReadings(text: string): NationalSpelling[] {
  const words = nameWords(text).map((word) => foldLatinWord(word));
  const replaced: string[] = [];
  const greek = words.map((word) => {
    const elot = GREEK_OF_FORM.get(word);
    if (elot) replaced.push(`${word} → ${elot}`);
    return elot ?? word.replace(/C(?!H)/g, 'K');
  });
  if (!replaced.length) return [];
  const scheme = `the Greek form of a given name (${replaced.join(', ')})`;
  const withFinalS = greek.map((word, w) =>
    GREEK_OF_FORM.has(words[w]) || !/[AEIOU]$/.test(word) ? word : `${word}S`,
  );
  return [...new Set([greek.join(' '), withFinalS.join(' ')])].map((reading) => ({ text: reading, scheme }));
}

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

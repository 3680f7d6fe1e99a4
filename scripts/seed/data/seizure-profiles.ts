import type { SubstanceKey } from '../../../subgraphs/substances/src/catalogue';
import type { QuantityUnit, SubstanceForm } from '../../../subgraphs/substances/src/entities';

/**
 * How a substance is typically seized, after the EUDA/UNODC seizure reports: the forms and units it comes in with
 * their quantity ranges (drawn log-uniformly, so street quantities dominate and tonnes are rare), the purity range
 * when analysed, and the trafficking routes (ISO 3166-1 alpha-2 codes of origin, transit and destination countries).
 */
export interface SeizureProfile {
  /** Relative number of seizures. */
  weight: number;
  lots: { form: SubstanceForm; unit: QuantityUnit; min: number; max: number; weight: number }[];
  purity: [number, number] | null;
  origin: string[];
  transit: string[];
  destination: string[];
}

export const SEIZURE_PROFILES: Partial<Record<SubstanceKey, SeizureProfile>> = {
  cocaine: {
    weight: 14,
    lots: [
      { form: 'POWDER', unit: 'G', min: 0.5, max: 500, weight: 50 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 60, weight: 28 },
      { form: 'POWDER', unit: 'KG', min: 100, max: 4000, weight: 6 },
      { form: 'PASTE', unit: 'KG', min: 1, max: 30, weight: 4 },
      { form: 'CRYSTAL', unit: 'G', min: 0.2, max: 100, weight: 12 },
    ],
    purity: [0.25, 0.92],
    origin: ['CO', 'PE', 'BO'],
    transit: ['EC', 'BR', 'PA', 'DO', 'VE', 'CR', 'GY', 'SR', 'PY', 'NG', 'MA'],
    destination: ['ES', 'NL', 'BE', 'DE', 'IT', 'FR', 'GB', 'PT', 'HR', 'US', 'CA', 'IE'],
  },
  heroin: {
    weight: 6,
    lots: [
      { form: 'POWDER', unit: 'G', min: 0.5, max: 500, weight: 60 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 250, weight: 40 },
    ],
    purity: [0.12, 0.65],
    origin: ['AF', 'MM', 'MX', 'PK'],
    transit: ['IR', 'TR', 'BG', 'RS', 'PK', 'AZ', 'GE', 'AL'],
    destination: ['DE', 'NL', 'GB', 'IT', 'AT', 'FR', 'BE', 'US'],
  },
  cannabis: {
    weight: 20,
    lots: [
      { form: 'PLANT', unit: 'G', min: 1, max: 500, weight: 40 },
      { form: 'PLANT', unit: 'KG', min: 0.5, max: 40, weight: 45 },
      { form: 'PLANT', unit: 'KG', min: 50, max: 3000, weight: 10 },
      { form: 'PLANT', unit: 'UNITS', min: 20, max: 5000, weight: 5 },
    ],
    purity: [0.06, 0.28],
    origin: ['AL', 'NL', 'ES', 'MA', 'CA', 'US', 'CO', 'JM'],
    transit: ['ES', 'FR', 'NL', 'BE', 'IT', 'GR', 'ME'],
    destination: ['GB', 'DE', 'SE', 'IT', 'BE', 'FR', 'NO', 'DK', 'IE', 'FI'],
  },
  'cannabis-resin': {
    weight: 14,
    lots: [
      { form: 'RESIN', unit: 'G', min: 1, max: 500, weight: 35 },
      { form: 'RESIN', unit: 'KG', min: 0.5, max: 80, weight: 45 },
      { form: 'RESIN', unit: 'KG', min: 200, max: 20000, weight: 20 },
    ],
    purity: [0.12, 0.38],
    origin: ['MA', 'AF', 'LB'],
    transit: ['ES', 'PT', 'FR', 'DZ', 'LY', 'TN'],
    destination: ['FR', 'ES', 'IT', 'NL', 'BE', 'DE', 'GB'],
  },
  amphetamine: {
    weight: 8,
    lots: [
      { form: 'POWDER', unit: 'G', min: 1, max: 500, weight: 50 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 300, weight: 30 },
      { form: 'PASTE', unit: 'KG', min: 1, max: 150, weight: 12 },
      { form: 'LIQUID', unit: 'L', min: 1, max: 400, weight: 8 },
    ],
    purity: [0.05, 0.45],
    origin: ['NL', 'BE', 'PL', 'LT', 'DE'],
    transit: ['DE', 'DK', 'PL', 'LT', 'LV'],
    destination: ['SE', 'NO', 'FI', 'DE', 'GB', 'EE', 'DK'],
  },
  methamphetamine: {
    weight: 5,
    lots: [
      { form: 'CRYSTAL', unit: 'G', min: 0.2, max: 200, weight: 55 },
      { form: 'CRYSTAL', unit: 'KG', min: 1, max: 500, weight: 25 },
      { form: 'TABLET', unit: 'TABLETS', min: 100, max: 500000, weight: 20 },
    ],
    purity: [0.3, 0.97],
    origin: ['CZ', 'MX', 'AF', 'MM', 'NG', 'IR'],
    transit: ['TR', 'NL', 'BE', 'DE', 'PK'],
    destination: ['CZ', 'DE', 'AT', 'US', 'GB', 'SK', 'NL', 'AE', 'JO'],
  },
  mdma: {
    weight: 8,
    lots: [
      { form: 'TABLET', unit: 'TABLETS', min: 5, max: 200000, weight: 65 },
      { form: 'CRYSTAL', unit: 'G', min: 0.5, max: 1000, weight: 20 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 300, weight: 15 },
    ],
    purity: [0.3, 0.9],
    origin: ['NL', 'BE'],
    transit: ['DE', 'FR', 'BE'],
    destination: ['GB', 'DE', 'FR', 'IT', 'ES', 'SE', 'NO', 'US', 'TR', 'PL'],
  },
  lsd: {
    weight: 1,
    lots: [{ form: 'BLOTTER', unit: 'UNITS', min: 5, max: 20000, weight: 1 }],
    purity: null,
    origin: ['NL', 'CZ', 'US'],
    transit: ['DE'],
    destination: ['DE', 'GB', 'FR', 'SE', 'FI', 'AT'],
  },
  fentanyl: {
    weight: 2,
    lots: [
      { form: 'POWDER', unit: 'G', min: 0.5, max: 5000, weight: 45 },
      { form: 'TABLET', unit: 'TABLETS', min: 10, max: 50000, weight: 45 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 100, weight: 10 },
    ],
    purity: [0.02, 0.25],
    origin: ['CN', 'MX', 'IN'],
    transit: ['MX', 'US'],
    destination: ['US', 'CA', 'EE', 'LV'],
  },
  carfentanil: {
    weight: 0.3,
    lots: [{ form: 'POWDER', unit: 'G', min: 0.1, max: 100, weight: 1 }],
    purity: [0.01, 0.2],
    origin: ['CN'],
    transit: ['RU', 'LV'],
    destination: ['EE', 'LV', 'LT', 'GB', 'US', 'CA'],
  },
  morphine: {
    weight: 0.5,
    lots: [
      { form: 'TABLET', unit: 'TABLETS', min: 10, max: 2000, weight: 50 },
      { form: 'LIQUID', unit: 'L', min: 0.01, max: 2, weight: 20 },
      { form: 'POWDER', unit: 'KG', min: 0.5, max: 50, weight: 30 },
    ],
    purity: [0.2, 0.9],
    origin: ['AF', 'IN'],
    transit: ['IR', 'TR', 'PK'],
    destination: ['DE', 'FR', 'GB', 'TR'],
  },
  opium: {
    weight: 1,
    lots: [
      { form: 'PASTE', unit: 'G', min: 5, max: 1000, weight: 50 },
      { form: 'PASTE', unit: 'KG', min: 1, max: 400, weight: 50 },
    ],
    purity: null,
    origin: ['AF', 'MM', 'LA'],
    transit: ['IR', 'TR', 'PK', 'AZ', 'TM'],
    destination: ['TR', 'DE', 'GB', 'AE', 'JO', 'SE'],
  },
  codeine: {
    weight: 0.8,
    lots: [
      { form: 'LIQUID', unit: 'L', min: 0.1, max: 60, weight: 50 },
      { form: 'TABLET', unit: 'TABLETS', min: 50, max: 50000, weight: 50 },
    ],
    purity: null,
    origin: ['IN', 'US', 'GB'],
    transit: ['AE', 'NL'],
    destination: ['GB', 'US', 'EG', 'AE', 'JO', 'SE'],
  },
  methadone: {
    weight: 0.5,
    lots: [
      { form: 'LIQUID', unit: 'L', min: 0.05, max: 5, weight: 60 },
      { form: 'TABLET', unit: 'TABLETS', min: 10, max: 3000, weight: 40 },
    ],
    purity: null,
    origin: ['DE', 'FR', 'GB', 'PL', 'UA'],
    transit: [],
    destination: ['DE', 'FR', 'GB', 'PL', 'FI', 'SE'],
  },
  ghb: {
    weight: 0.8,
    lots: [{ form: 'LIQUID', unit: 'L', min: 0.05, max: 30, weight: 1 }],
    purity: null,
    origin: ['NL', 'BE', 'PL'],
    transit: ['DE'],
    destination: ['DE', 'NL', 'GB', 'NO', 'SE', 'FI', 'BE'],
  },
  psilocybin: {
    weight: 0.8,
    lots: [
      { form: 'PLANT', unit: 'G', min: 5, max: 2000, weight: 80 },
      { form: 'PLANT', unit: 'KG', min: 1, max: 30, weight: 20 },
    ],
    purity: null,
    origin: ['NL', 'CZ', 'MX'],
    transit: ['DE'],
    destination: ['DE', 'GB', 'FR', 'SE', 'NO', 'FI'],
  },
  mescaline: {
    weight: 0.2,
    lots: [
      { form: 'PLANT', unit: 'KG', min: 0.1, max: 10, weight: 70 },
      { form: 'POWDER', unit: 'G', min: 0.5, max: 100, weight: 30 },
    ],
    purity: null,
    origin: ['MX', 'PE', 'US'],
    transit: [],
    destination: ['ES', 'DE', 'NL', 'GB'],
  },
  cathinone: {
    weight: 2,
    lots: [{ form: 'PLANT', unit: 'KG', min: 2, max: 600, weight: 1 }],
    purity: null,
    origin: ['KE', 'ET', 'YE', 'SO'],
    transit: ['NL', 'BE', 'DE', 'GB'],
    destination: ['NO', 'SE', 'DK', 'FI', 'DE', 'US', 'CA', 'GB'],
  },
  mephedrone: {
    weight: 1,
    lots: [
      { form: 'CRYSTAL', unit: 'G', min: 0.5, max: 2000, weight: 70 },
      { form: 'POWDER', unit: 'KG', min: 1, max: 200, weight: 30 },
    ],
    purity: [0.4, 0.95],
    origin: ['CN', 'IN', 'PL', 'NL'],
    transit: ['NL', 'PL', 'DE'],
    destination: ['PL', 'GB', 'UA', 'HU', 'RO', 'CZ'],
  },
  'alpha-pvp': {
    weight: 0.5,
    lots: [
      { form: 'CRYSTAL', unit: 'G', min: 0.5, max: 500, weight: 80 },
      { form: 'CRYSTAL', unit: 'KG', min: 1, max: 50, weight: 20 },
    ],
    purity: [0.5, 0.95],
    origin: ['CN', 'IN'],
    transit: ['NL', 'PL'],
    destination: ['HU', 'PL', 'FI', 'US', 'UA'],
  },
  isotonitazene: {
    weight: 0.3,
    lots: [
      { form: 'POWDER', unit: 'G', min: 0.1, max: 200, weight: 50 },
      { form: 'TABLET', unit: 'TABLETS', min: 10, max: 5000, weight: 50 },
    ],
    purity: [0.01, 0.3],
    origin: ['CN'],
    transit: ['NL'],
    destination: ['EE', 'LV', 'IE', 'GB', 'US', 'CA'],
  },
  diazepam: {
    weight: 1.5,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 100, max: 500000, weight: 1 }],
    purity: null,
    origin: ['IN', 'PK', 'CN'],
    transit: ['NL', 'AE'],
    destination: ['GB', 'IE', 'NO', 'SE', 'FI', 'DE'],
  },
  alprazolam: {
    weight: 1.2,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 50, max: 200000, weight: 1 }],
    purity: null,
    origin: ['IN', 'CN'],
    transit: ['AE', 'NL'],
    destination: ['GB', 'US', 'NO', 'SE', 'FI', 'EE'],
  },
  buprenorphine: {
    weight: 0.8,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 10, max: 20000, weight: 1 }],
    purity: null,
    origin: ['FR', 'IN', 'LT'],
    transit: ['LT', 'EE', 'DE'],
    destination: ['FI', 'EE', 'LV', 'NO', 'SE', 'IE'],
  },
  oxycodone: {
    weight: 0.8,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 10, max: 50000, weight: 1 }],
    purity: null,
    origin: ['US', 'CA', 'IN'],
    transit: ['US'],
    destination: ['US', 'CA', 'GB', 'IE', 'AE'],
  },
  '2c-b': {
    weight: 0.4,
    lots: [
      { form: 'POWDER', unit: 'G', min: 1, max: 500, weight: 50 },
      { form: 'TABLET', unit: 'TABLETS', min: 10, max: 5000, weight: 50 },
    ],
    purity: [0.1, 0.6],
    origin: ['NL', 'CO'],
    transit: ['ES'],
    destination: ['ES', 'FR', 'GB', 'DE'],
  },
  dmt: {
    weight: 0.2,
    lots: [
      { form: 'LIQUID', unit: 'L', min: 0.1, max: 10, weight: 60 },
      { form: 'POWDER', unit: 'G', min: 0.5, max: 200, weight: 40 },
    ],
    purity: null,
    origin: ['PE', 'BR', 'CO'],
    transit: ['ES', 'PT'],
    destination: ['ES', 'NL', 'FR', 'DE'],
  },
  phencyclidine: {
    weight: 0.1,
    lots: [
      { form: 'LIQUID', unit: 'L', min: 0.05, max: 5, weight: 60 },
      { form: 'POWDER', unit: 'G', min: 0.5, max: 200, weight: 40 },
    ],
    purity: [0.2, 0.9],
    origin: ['US'],
    transit: [],
    destination: ['US', 'CA', 'GB'],
  },
  thc: {
    weight: 0.6,
    lots: [
      { form: 'RESIN', unit: 'G', min: 1, max: 1000, weight: 60 },
      { form: 'LIQUID', unit: 'L', min: 0.01, max: 20, weight: 40 },
    ],
    purity: [0.5, 0.9],
    origin: ['US', 'CA', 'ES', 'NL'],
    transit: ['NL', 'ES'],
    destination: ['GB', 'DE', 'FR', 'IE', 'SE'],
  },
  fenetylline: {
    weight: 2,
    lots: [
      { form: 'TABLET', unit: 'TABLETS', min: 100, max: 10000, weight: 60 },
      { form: 'TABLET', unit: 'TABLETS', min: 50000, max: 12000000, weight: 40 },
    ],
    purity: null,
    origin: ['SY', 'LB'],
    transit: ['JO', 'TR', 'IT', 'GR', 'EG'],
    destination: ['SA', 'AE', 'JO', 'KW', 'EG'],
  },
  flunitrazepam: {
    weight: 0.4,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 10, max: 10000, weight: 1 }],
    purity: null,
    origin: ['IN', 'CO', 'DZ'],
    transit: ['ES', 'MA'],
    destination: ['FR', 'ES', 'US', 'MA', 'TN'],
  },
  methylphenidate: {
    weight: 0.4,
    lots: [{ form: 'TABLET', unit: 'TABLETS', min: 10, max: 10000, weight: 1 }],
    purity: null,
    origin: ['IN', 'DE'],
    transit: [],
    destination: ['EE', 'LV', 'SE', 'GB'],
  },
};

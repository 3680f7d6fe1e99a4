// Liaison member jurisdictions and the national units that enter records. Agency codes are `<country>-<acronym>`.
// Names are the units' own; the list is reference data for validation, the seed and the docs.

export interface AgencyInfo {
  code: string;
  name: string;
}

export interface Jurisdiction {
  code: string;
  name: string;
  agencies: AgencyInfo[];
}

function j(code: string, name: string, agencies: [string, string][]): Jurisdiction {
  return {
    code,
    name,
    agencies: agencies.map(([acronym, agencyName]) => ({ code: `${code}-${acronym}`, name: agencyName })),
  };
}

export const JURISDICTIONS: Jurisdiction[] = [
  j('AT', 'Austria', [['BK', 'Bundeskriminalamt']]),
  j('BE', 'Belgium', [['DJSOC', 'Direction centrale de la lutte contre la criminalité grave et organisée']]),
  j('BG', 'Bulgaria', [['GDNP', 'Главна дирекция „Национална полиция“']]),
  j('HR', 'Croatia', [['PNUSKOK', 'Policijski nacionalni ured za suzbijanje korupcije i organiziranog kriminaliteta']]),
  j('CY', 'Cyprus', [['CYPOL', 'Αστυνομία Κύπρου']]),
  j('CZ', 'Czechia', [['NCOZ', 'Národní centrála proti organizovanému zločinu']]),
  j('DK', 'Denmark', [['NSK', 'National enhed for Særlig Kriminalitet']]),
  j('EE', 'Estonia', [['KRP', 'Keskkriminaalpolitsei']]),
  j('FI', 'Finland', [
    ['KRP', 'Keskusrikospoliisi'],
    ['TULLI', 'Tulli'],
  ]),
  j('FR', 'France', [
    ['DNPJ', 'Direction nationale de la police judiciaire'],
    ['GN', 'Gendarmerie nationale'],
    ['OFAST', 'Office anti-stupéfiants'],
  ]),
  j('DE', 'Germany', [
    ['BKA', 'Bundeskriminalamt'],
    ['BPOL', 'Bundespolizei'],
    ['LKABY', 'Bayerisches Landeskriminalamt'],
  ]),
  j('GR', 'Greece', [['HP', 'Ελληνική Αστυνομία']]),
  j('HU', 'Hungary', [['NNI', 'Nemzeti Nyomozó Iroda']]),
  j('IE', 'Ireland', [['GNDOCB', 'Garda National Drugs and Organised Crime Bureau']]),
  j('IT', 'Italy', [
    ['SCO', 'Servizio Centrale Operativo'],
    ['GDF', 'Guardia di Finanza'],
  ]),
  j('LV', 'Latvia', [['VP', 'Valsts policija']]),
  j('LT', 'Lithuania', [['LKPB', 'Lietuvos kriminalinės policijos biuras']]),
  j('LU', 'Luxembourg', [['PGD', 'Police Grand-Ducale']]),
  j('MT', 'Malta', [['MPF', 'Malta Police Force']]),
  j('NL', 'Netherlands', [
    ['LE', 'Landelijke Eenheid'],
    ['KMAR', 'Koninklijke Marechaussee'],
  ]),
  j('NO', 'Norway', [['KRIPOS', 'Kripos']]),
  j('PL', 'Poland', [
    ['CBSP', 'Centralne Biuro Śledcze Policji'],
    ['SG', 'Straż Graniczna'],
  ]),
  j('PT', 'Portugal', [['PJ', 'Polícia Judiciária']]),
  j('RO', 'Romania', [['IGPR', 'Inspectoratul General al Poliției Române']]),
  j('RS', 'Serbia', [['UKP', 'Управа криминалистичке полиције']]),
  j('SK', 'Slovakia', [['NAKA', 'Národná kriminálna agentúra']]),
  j('SI', 'Slovenia', [['UKP', 'Uprava kriminalistične policije']]),
  j('ES', 'Spain', [
    ['CGPJ', 'Comisaría General de Policía Judicial'],
    ['GC', 'Guardia Civil'],
  ]),
  j('SE', 'Sweden', [
    ['NOA', 'Nationella operativa avdelningen'],
    ['TULL', 'Tullverket'],
  ]),
  j('CH', 'Switzerland', [['FEDPOL', 'Bundesamt für Polizei']]),
  j('UA', 'Ukraine', [['NPU', 'Національна поліція України']]),
  j('GB', 'United Kingdom', [['NCA', 'National Crime Agency']]),
  j('MA', 'Morocco', [['DGSN', 'المديرية العامة للأمن الوطني']]),
  j('TN', 'Tunisia', [['DGSN', 'الإدارة العامة للأمن الوطني']]),
  j('JO', 'Jordan', [['PSD', 'مديرية الأمن العام']]),
  j('EG', 'Egypt', [['MOI', 'وزارة الداخلية']]),
  j('AE', 'United Arab Emirates', [['MOI', 'وزارة الداخلية']]),
  j('TR', 'Türkiye', [['KOM', 'Kaçakçılık ve Organize Suçlarla Mücadele Daire Başkanlığı']]),
  j('US', 'United States', [
    ['FBI', 'Federal Bureau of Investigation'],
    ['DEA', 'Drug Enforcement Administration'],
  ]),
  j('CA', 'Canada', [['RCMP', 'Royal Canadian Mounted Police']]),
];

export const JURISDICTION_CODES: ReadonlySet<string> = new Set(JURISDICTIONS.map((jurisdiction) => jurisdiction.code));

const AGENCIES = new Map(
  JURISDICTIONS.flatMap((jurisdiction) => jurisdiction.agencies.map((agency) => [agency.code, agency])),
);

export function agencyByCode(code: string): AgencyInfo | undefined {
  return AGENCIES.get(code);
}

import type { DataSource } from 'typeorm';
import type { ScheduleEntry, ScheduleNumber, SubstanceEntity, SubstanceNameKind } from './entities';
import { foldSubstanceName } from './search/normalize';

/**
 * Names of a substance in one language (ISO 639-1): the common name, then chemical or pharmaceutical synonyms
 * (including brand names), then street names.
 */
export type NamesIn = [language: string, name: string, synonyms?: string[], streetNames?: string[]];

export interface CatalogueSubstance<K extends string = string> {
  /** Stable handle for the seed and the tests, e.g. `cocaine`. */
  key: K;
  /** Stable id: written literally so that seeds, tests and partner fixtures can reference it. */
  id: string;
  /** Common English name; also the English NAME row. */
  name: string;
  casNumber: string | null;
  schedules: ScheduleEntry[];
  /** Typical mass of one tablet, blotter or unit in kilograms; null where the substance is not counted in units. */
  unitMassKg: number | null;
  names: NamesIn[];
}

const un1961 = (...schedules: ScheduleNumber[]): ScheduleEntry[] =>
  schedules.map((schedule) => ({ convention: 'UN_1961', schedule }));
const un1971 = (...schedules: ScheduleNumber[]): ScheduleEntry[] =>
  schedules.map((schedule) => ({ convention: 'UN_1971', schedule }));

function defineCatalogue<const K extends string>(entries: CatalogueSubstance<K>[]): readonly CatalogueSubstance<K>[] {
  return entries;
}

/**
 * The controlled substances Liaison knows. Schedules follow the INCB Yellow List (narcotic drugs, 1961 Convention)
 * and Green List (psychotropic substances, 1971 Convention) as amended by the CND up to 2024; substances under
 * national control only (ketamine, tramadol) are left out. Unit masses are typical street or pharmacy tablet
 * weights, used only to give counted seizures a comparable kilogram equivalent.
 */
export const SUBSTANCE_CATALOGUE = defineCatalogue([
  {
    key: 'cocaine',
    id: 'd549a236-6fd4-4f84-8468-4252a2cdf558',
    name: 'Cocaine',
    casNumber: '50-36-2',
    schedules: un1961('I'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Cocaine',
        ['benzoylmethylecgonine', 'cocaine hydrochloride', 'cocaine base'],
        ['coke', 'snow', 'blow', 'charlie', 'crack', 'rock', 'yayo', 'nose candy'],
      ],
      ['fr', 'cocaïne', ['chlorhydrate de cocaïne'], ['coke', 'neige', 'CC', 'caillou', 'galette']],
      ['de', 'Kokain', ['Cocain', 'Kokainhydrochlorid'], ['Koks', 'Schnee', 'Crack', 'Charlie']],
      [
        'es',
        'cocaína',
        ['clorhidrato de cocaína', 'pasta base'],
        ['perico', 'farlopa', 'nieve', 'coca', 'merca', 'perica', 'blanca', 'farla'],
      ],
      ['sv', 'kokain', [], ['kola', 'koks', 'snö']],
      ['fi', 'kokaiini', [], ['kola', 'koka', 'crack']],
      ['ru', 'кокаин', ['гидрохлорид кокаина'], ['кокс', 'снег', 'кокос', 'крэк']],
      ['it', 'cocaina', [], ['coca', 'neve', 'bamba']],
      ['nl', 'cocaïne', [], ['coke', 'sneeuw']],
      ['pl', 'kokaina', [], ['koka', 'śnieg']],
      ['pt', 'cocaína', [], ['pó', 'farinha', 'neve']],
      ['ar', 'كوكايين'],
    ],
  },
  {
    key: 'heroin',
    id: '15c3e9f3-4360-485c-9184-ea158ef65e87',
    name: 'Heroin',
    casNumber: '561-27-3',
    schedules: un1961('I', 'IV'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Heroin',
        ['diacetylmorphine', 'diamorphine'],
        ['smack', 'horse', 'H', 'brown', 'junk', 'skag', 'gear', 'dope'],
      ],
      ['fr', 'héroïne', ['diacétylmorphine'], ['héro', 'came', 'brune', 'cheval']],
      ['de', 'Heroin', ['Diacetylmorphin', 'Diamorphin'], ['H', 'Shore', 'Braunes', 'Gift']],
      ['es', 'heroína', ['diacetilmorfina'], ['caballo', 'jaco', 'chiva', 'manteca', 'potro']],
      ['sv', 'heroin', ['diacetylmorfin']],
      ['fi', 'heroiini', ['diasetyylimorfiini'], ['hepo']],
      ['ru', 'героин', ['диацетилморфин'], ['герыч', 'гера', 'хмурый']],
      ['it', 'eroina', [], ['ero', 'brown sugar']],
      ['nl', 'heroïne', [], ['bruin']],
      ['pl', 'heroina', [], ['hera']],
      ['pt', 'heroína'],
      ['tr', 'eroin'],
      ['ar', 'هيروين'],
    ],
  },
  {
    key: 'cannabis',
    id: 'fe33a7b5-ddb8-4d34-b12f-3b009f1c5745',
    name: 'Cannabis',
    casNumber: null,
    schedules: un1961('I'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Cannabis',
        ['marijuana', 'marihuana', 'cannabis herb'],
        ['weed', 'grass', 'pot', 'ganja', 'skunk', 'herb', 'bud', 'Mary Jane', 'kush', 'reefer'],
      ],
      ['fr', 'cannabis', ['marijuana', 'herbe de cannabis'], ['herbe', 'beuh', 'weed', 'ganja']],
      ['de', 'Cannabis', ['Marihuana', 'Marijuana', 'Cannabiskraut'], ['Gras', 'Weed', 'Ganja', 'Dope', 'Kraut']],
      ['es', 'cannabis', ['marihuana'], ['mota', 'maría', 'hierba', 'yerba', 'grifa', 'marimba']],
      ['sv', 'cannabis', ['marijuana'], ['gräs', 'braj', 'weed']],
      ['fi', 'kannabis', ['marihuana'], ['ruoho', 'pilvi', 'weed']],
      ['ru', 'каннабис', ['марихуана', 'конопля'], ['травка', 'трава', 'шмаль', 'ганджа', 'бошки']],
      ['it', 'cannabis', ['marijuana'], ['erba', 'maria', 'ganja']],
      ['nl', 'cannabis', ['marihuana'], ['wiet', 'weed', 'nederwiet']],
      ['pl', 'konopie indyjskie', ['marihuana'], ['trawa', 'zioło', 'maryśka', 'gandzia']],
      ['pt', 'canábis', ['maconha'], ['erva']],
      ['ar', 'قنب هندي', [], ['بانجو']],
    ],
  },
  {
    key: 'cannabis-resin',
    id: '06e977ae-fe84-4b21-8a4d-9f700c224a84',
    name: 'Cannabis resin',
    casNumber: null,
    schedules: un1961('I'),
    unitMassKg: null,
    names: [
      ['en', 'Cannabis resin', ['hashish'], ['hash', 'soap bar', 'pollen']],
      ['fr', 'résine de cannabis', ['haschich', 'haschisch'], ['shit', 'chichon', 'teuch', 'barrette']],
      ['de', 'Cannabisharz', ['Haschisch'], ['Hasch', 'Piece', 'Shit', 'Platte']],
      ['es', 'resina de cannabis', ['hachís'], ['chocolate', 'costo', 'polen']],
      ['sv', 'cannabisharts', ['hasch', 'haschisch']],
      ['fi', 'kannabishartsi', ['hasis'], ['hasa']],
      ['ru', 'смола каннабиса', ['гашиш'], ['гашик', 'план', 'пластилин']],
      ['it', 'resina di cannabis', ['hashish'], ['fumo']],
      ['nl', 'cannabishars', ['hasj']],
      ['pl', 'żywica konopi', ['haszysz']],
      ['ar', 'راتنج القنب', ['حشيش'], ['شيرا']],
    ],
  },
  {
    key: 'amphetamine',
    id: '8ea6e0c3-f0d4-44fa-950a-17cfd94930b1',
    name: 'Amphetamine',
    casNumber: '300-62-9',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Amphetamine',
        ['amfetamine', 'amphetamine sulfate', 'alpha-methylphenethylamine'],
        ['speed', 'whizz', 'billy', 'uppers', 'base'],
      ],
      ['fr', 'amphétamine', ["sulfate d'amphétamine"], ['speed', 'amphé']],
      ['de', 'Amphetamin', ['Amfetamin', 'Amphetaminsulfat'], ['Speed', 'Pep', 'Pepp']],
      ['es', 'anfetamina', ['sulfato de anfetamina'], ['speed', 'anfeta']],
      ['sv', 'amfetamin', [], ['tjack', 'speed', 'amfa']],
      ['fi', 'amfetamiini', [], ['piri', 'vauhti', 'spiidi']],
      ['ru', 'амфетамин', [], ['фен', 'амф', 'спиды']],
      ['it', 'anfetamina', [], ['speed']],
      ['nl', 'amfetamine', [], ['speed', 'pep']],
      ['pl', 'amfetamina', [], ['feta', 'speed', 'amfa']],
    ],
  },
  {
    key: 'methamphetamine',
    id: '737591eb-662d-4f04-bcae-5636a19e56ee',
    name: 'Methamphetamine',
    casNumber: '537-46-2',
    schedules: un1971('II'),
    // Yaba tablets weigh about 0.1 g.
    unitMassKg: 0.0001,
    names: [
      [
        'en',
        'Methamphetamine',
        ['metamfetamine', 'methylamphetamine', 'desoxyephedrine', 'N-methylamphetamine'],
        ['crystal meth', 'meth', 'ice', 'crank', 'glass', 'tina', 'shard', 'yaba', 'shabu'],
      ],
      ['fr', 'méthamphétamine', ['métamfétamine'], ['crystal', 'ice', 'meth', 'yaba']],
      ['de', 'Methamphetamin', ['Metamfetamin', 'Pervitin'], ['Crystal', 'Crystal Meth', 'Meth', 'Ice']],
      ['es', 'metanfetamina', [], ['cristal', 'hielo', 'vidrio', 'tina']],
      ['sv', 'metamfetamin', [], ['crystal meth', 'meth', 'ice']],
      ['fi', 'metamfetamiini', [], ['meta', 'ice']],
      ['ru', 'метамфетамин', ['первитин'], ['винт', 'мет', 'лёд', 'стекло']],
      ['pl', 'metamfetamina', [], ['meta', 'kryształ']],
    ],
  },
  {
    key: 'mdma',
    id: '07070f73-40b5-4eec-93af-d4e68d384a6e',
    name: 'MDMA',
    casNumber: '42542-10-9',
    schedules: un1971('I'),
    // An ecstasy tablet weighs about 0.3 g.
    unitMassKg: 0.0003,
    names: [
      [
        'en',
        'MDMA',
        ['3,4-methylenedioxymethamphetamine', 'midomafetamine', 'ecstasy'],
        ['E', 'X', 'XTC', 'molly', 'mandy', 'Adam', 'beans'],
      ],
      ['fr', 'MDMA', ['ecstasy', 'méthylènedioxyméthamphétamine'], ['taz', 'ecsta', 'XTC', 'MD']],
      ['de', 'MDMA', ['Ecstasy', 'Methylendioxymethamphetamin'], ['Teile', 'Pillen', 'Emma', 'XTC', 'Molly']],
      ['es', 'MDMA', ['éxtasis', 'metilendioximetanfetamina'], ['pastillas', 'pirulas', 'rulas', 'tachas', 'eme']],
      ['sv', 'MDMA', ['ecstasy'], ['E', 'XTC', 'molly']],
      ['fi', 'MDMA', ['ekstaasi'], ['emmi', 'E', 'XTC']],
      ['ru', 'МДМА', ['экстази', 'метилендиоксиметамфетамин'], ['колёса', 'ешки', 'молли']],
      ['it', 'MDMA', ['ecstasy'], ['pasticche']],
      ['nl', 'MDMA', ['ecstasy', 'xtc'], ['pillen']],
      ['pl', 'MDMA', ['ekstaza'], ['piguły', 'dropsy', 'eski']],
    ],
  },
  {
    key: 'lsd',
    id: '51638b86-7584-42b9-8646-ac99ea0641ce',
    name: 'LSD',
    casNumber: '50-37-3',
    schedules: un1971('I'),
    // A blotter square weighs about 50 mg.
    unitMassKg: 0.00005,
    names: [
      [
        'en',
        'LSD',
        ['lysergide', 'lysergic acid diethylamide'],
        ['acid', 'tabs', 'blotter', 'trips', 'Lucy', 'microdots'],
      ],
      ['fr', 'LSD', ['lysergide', "diéthylamide de l'acide lysergique"], ['acide', 'buvard', 'trip', 'carton']],
      ['de', 'LSD', ['Lysergid', 'Lysergsäurediethylamid'], ['Pappe', 'Trips', 'Säure', 'Acid']],
      ['es', 'LSD', ['lisergida', 'dietilamida de ácido lisérgico'], ['ácido', 'tripi', 'cartón', 'secante']],
      ['sv', 'LSD', ['lysergid'], ['syra', 'trippar', 'acid']],
      ['fi', 'LSD', ['lysergidi'], ['happo']],
      ['ru', 'ЛСД', ['лизергид', 'диэтиламид лизергиновой кислоты'], ['кислота', 'марки', 'промокашка']],
    ],
  },
  {
    key: 'fentanyl',
    id: 'd2d3c99f-0a2f-4584-808b-4d4f065ffbc9',
    name: 'Fentanyl',
    casNumber: '437-38-7',
    schedules: un1961('I'),
    // Counterfeit "M30" pills weigh about 0.1 g.
    unitMassKg: 0.0001,
    names: [
      ['en', 'Fentanyl', [], ['China white', 'apache', 'TNT', 'fetty', 'fenty', 'dance fever', 'M30']],
      ['fr', 'fentanyl'],
      ['de', 'Fentanyl'],
      ['es', 'fentanilo', [], ['fenta']],
      ['sv', 'fentanyl'],
      ['fi', 'fentanyyli'],
      ['ru', 'фентанил'],
      ['et', 'fentanüül', [], ['valge hiinlane']],
    ],
  },
  {
    key: 'carfentanil',
    id: '6394c8f4-ed7c-4916-bd1f-fff844c07cd1',
    name: 'Carfentanil',
    casNumber: '59708-52-0',
    schedules: un1961('I', 'IV'),
    unitMassKg: null,
    names: [
      ['en', 'Carfentanil', ['carfentanyl'], ['elephant tranquilizer']],
      ['fr', 'carfentanil'],
      ['de', 'Carfentanil'],
      ['es', 'carfentanilo'],
      ['sv', 'karfentanil'],
      ['fi', 'karfentaniili'],
      ['ru', 'карфентанил'],
      ['et', 'karfentaniil'],
    ],
  },
  {
    key: 'morphine',
    id: 'b843600f-a836-4bb2-80e0-49239a5899f9',
    name: 'Morphine',
    casNumber: '57-27-2',
    schedules: un1961('I'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Morphine', ['morphine sulfate'], ['morph', 'Miss Emma', 'M', 'dreamer']],
      ['fr', 'morphine'],
      ['de', 'Morphin', ['Morphium']],
      ['es', 'morfina'],
      ['sv', 'morfin'],
      ['fi', 'morfiini'],
      ['ru', 'морфин', ['морфий']],
    ],
  },
  {
    key: 'opium',
    id: 'e9f0908b-3285-47b5-8826-18bd0ed9d2fc',
    name: 'Opium',
    casNumber: '8008-60-4',
    schedules: un1961('I'),
    unitMassKg: null,
    names: [
      ['en', 'Opium', ['raw opium', 'prepared opium'], ['O', 'op', 'poppy']],
      ['fr', 'opium'],
      ['de', 'Opium'],
      ['es', 'opio'],
      ['sv', 'opium'],
      ['fi', 'oopiumi'],
      ['ru', 'опий', ['опиум'], ['ханка']],
      ['tr', 'afyon'],
      ['fa', 'تریاک'],
      ['ar', 'أفيون'],
    ],
  },
  {
    key: 'codeine',
    id: '30fdbe72-6d09-4449-aa30-ba170d78d01a',
    name: 'Codeine',
    casNumber: '76-57-3',
    schedules: un1961('II'),
    unitMassKg: 0.0002,
    names: [
      [
        'en',
        'Codeine',
        ['methylmorphine', 'codeine phosphate'],
        ['lean', 'purple drank', 'sizzurp', 'Captain Cody', 'schoolboy'],
      ],
      ['fr', 'codéine'],
      ['de', 'Codein', ['Kodein', 'Methylmorphin']],
      ['es', 'codeína'],
      ['sv', 'kodein'],
      ['fi', 'kodeiini'],
      ['ru', 'кодеин'],
    ],
  },
  {
    key: 'methadone',
    id: 'be2d351c-c876-412c-9987-4efa102d663d',
    name: 'Methadone',
    casNumber: '76-99-3',
    schedules: un1961('I'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Methadone', ['methadone hydrochloride'], ['dollies', 'dolly', 'done']],
      ['fr', 'méthadone', [], ['métha']],
      ['de', 'Methadon'],
      ['es', 'metadona'],
      ['sv', 'metadon'],
      ['fi', 'metadoni'],
      ['ru', 'метадон'],
    ],
  },
  {
    key: 'ghb',
    id: '04cd130f-c71d-4dd6-8cc8-2d03a38fe070',
    name: 'GHB',
    casNumber: '591-81-1',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      [
        'en',
        'GHB',
        ['gamma-hydroxybutyrate', 'gamma-hydroxybutyric acid', '4-hydroxybutanoic acid', 'sodium oxybate'],
        ['G', 'liquid ecstasy', 'liquid X', 'Georgia home boy', 'GBH', 'fantasy'],
      ],
      ['fr', 'GHB', ['acide gamma-hydroxybutyrique'], ['ecstasy liquide', 'drogue du violeur']],
      ['de', 'GHB', ['Gamma-Hydroxybuttersäure'], ['Liquid Ecstasy', 'K.-o.-Tropfen', 'G']],
      ['es', 'GHB', ['ácido gamma-hidroxibutírico'], ['éxtasis líquido']],
      ['sv', 'GHB', ['gammahydroxibutyrat'], ['G', 'fantasy']],
      ['fi', 'GHB', ['gammahydroksibutyraatti'], ['gamma']],
      ['ru', 'ГОМК', ['гамма-гидроксибутират', 'оксибутират натрия'], ['жидкий экстази']],
    ],
  },
  {
    key: 'psilocybin',
    id: '65f430c8-1b76-449a-ae14-428b6c72e6ee',
    name: 'Psilocybin',
    casNumber: '520-52-5',
    schedules: un1971('I'),
    unitMassKg: null,
    names: [
      ['en', 'Psilocybin', ['psilocybine'], ['magic mushrooms', 'shrooms', 'mushies', 'liberty caps']],
      ['fr', 'psilocybine', [], ['champignons magiques', 'champis']],
      ['de', 'Psilocybin', [], ['Zauberpilze', 'Magic Mushrooms', 'Pilze']],
      ['es', 'psilocibina', [], ['hongos', 'hongos mágicos', 'setas mágicas', 'setas']],
      ['sv', 'psilocybin', [], ['magiska svampar', 'toppslätskivling']],
      ['fi', 'psilosybiini', [], ['taikasienet', 'suippumadonlakki']],
      ['ru', 'псилоцибин', [], ['грибы', 'грибочки']],
      ['nl', 'psilocybine', [], ["paddo's"]],
    ],
  },
  {
    key: 'mescaline',
    id: '39da1baa-865f-499f-a5d2-056b091caa6a',
    name: 'Mescaline',
    casNumber: '54-04-6',
    schedules: un1971('I'),
    unitMassKg: null,
    names: [
      ['en', 'Mescaline', [], ['peyote', 'mesc', 'buttons']],
      ['fr', 'mescaline', [], ['peyotl']],
      ['de', 'Meskalin', ['Mescalin'], ['Peyote']],
      ['es', 'mescalina', [], ['peyote']],
      ['sv', 'meskalin'],
      ['fi', 'meskaliini'],
      ['ru', 'мескалин', [], ['пейот']],
    ],
  },
  {
    key: 'cathinone',
    id: 'aa5a8494-506b-4725-af44-2c25dea0de60',
    name: 'Cathinone',
    casNumber: '71031-15-7',
    schedules: un1971('I'),
    unitMassKg: null,
    names: [
      // Khat is not scheduled itself; officers search its seizures under the cathinone it contains.
      ['en', 'Cathinone', [], ['khat', 'qat', 'miraa']],
      ['fr', 'cathinone', [], ['khat']],
      ['de', 'Cathinon', [], ['Kath', 'Khat']],
      ['es', 'catinona'],
      ['sv', 'katinon', [], ['kat', 'khat']],
      ['fi', 'katinoni', [], ['khat']],
      ['ru', 'катинон', [], ['кат']],
      ['ar', 'كاثينون', [], ['قات']],
    ],
  },
  {
    key: 'mephedrone',
    id: '407b4bc7-b9ea-4839-84d7-d224cef1f61a',
    name: 'Mephedrone',
    casNumber: '1189805-46-6',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      ['en', 'Mephedrone', ['4-methylmethcathinone', '4-MMC'], ['meow meow', 'MCAT', 'drone', 'bubbles']],
      ['fr', 'méphédrone', [], ['miaou miaou']],
      ['de', 'Mephedron', [], ['Meow Meow']],
      ['es', 'mefedrona', [], ['miau miau']],
      ['sv', 'mefedron'],
      ['fi', 'mefedroni'],
      ['ru', 'мефедрон', [], ['меф', 'мяу']],
      ['pl', 'mefedron', [], ['mefa']],
    ],
  },
  {
    key: 'alpha-pvp',
    id: 'e744e2c7-8d74-4695-a4b8-e0f45c225c2a',
    name: 'Alpha-PVP',
    casNumber: '14530-33-7',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Alpha-PVP',
        ['α-PVP', 'alpha-pyrrolidinovalerophenone', 'alpha-pyrrolidinopentiophenone'],
        ['flakka', 'gravel'],
      ],
      ['fr', 'alpha-PVP', [], ['flakka']],
      ['de', 'alpha-PVP', [], ['Flakka']],
      ['es', 'alfa-PVP', [], ['flakka']],
      ['sv', 'alfa-PVP'],
      ['fi', 'alfa-PVP'],
      ['ru', 'альфа-ПВП', ['альфа-пирролидиновалерофенон'], ['соль', 'скорость', 'СК']],
    ],
  },
  {
    key: 'isotonitazene',
    id: 'cdffcb06-3e20-4e54-a38c-d07f460a0f36',
    name: 'Isotonitazene',
    casNumber: '14188-81-9',
    schedules: un1961('I'),
    unitMassKg: null,
    names: [
      // Officers often know only the class name of these benzimidazole opioids.
      ['en', 'Isotonitazene', ['nitazene'], ['iso']],
      ['fr', 'isotonitazène'],
      ['de', 'Isotonitazen'],
      ['es', 'isotonitaceno'],
      ['sv', 'isotonitazen'],
      ['fi', 'isotonitatseeni'],
      ['ru', 'изотонитазен', ['нитазен']],
    ],
  },
  {
    key: 'diazepam',
    id: '6ac767ac-622b-4218-b4ba-cd89188eb142',
    name: 'Diazepam',
    casNumber: '439-14-5',
    schedules: un1971('IV'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Diazepam', ['Valium'], ['vallies', 'blues', 'downers']],
      ['fr', 'diazépam', ['Valium']],
      ['de', 'Diazepam', ['Valium']],
      ['es', 'diazepam', ['Valium']],
      ['sv', 'diazepam', ['Stesolid']],
      ['fi', 'diatsepaami', ['Diapam', 'Stesolid']],
      ['ru', 'диазепам', ['реланиум', 'сибазон', 'седуксен', 'валиум']],
    ],
  },
  {
    key: 'alprazolam',
    id: '7cf72612-3f56-4ff3-9c1a-ed80ccbf9740',
    name: 'Alprazolam',
    casNumber: '28981-97-7',
    schedules: un1971('IV'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Alprazolam', ['Xanax'], ['xannies', 'zannies', 'bars', 'footballs']],
      ['fr', 'alprazolam', ['Xanax']],
      ['de', 'Alprazolam', ['Xanax', 'Tafil']],
      ['es', 'alprazolam', ['Trankimazin']],
      ['sv', 'alprazolam', ['Xanor']],
      ['fi', 'alpratsolaami', ['Xanor']],
      ['ru', 'алпразолам', ['ксанакс']],
    ],
  },
  {
    key: 'buprenorphine',
    id: '0c6442c2-9cbf-4bdc-92c5-b81efb10d1a1',
    name: 'Buprenorphine',
    casNumber: '52485-79-7',
    schedules: un1971('III'),
    unitMassKg: 0.0001,
    names: [
      ['en', 'Buprenorphine', ['Subutex', 'Temgesic', 'Suboxone'], ['subs', 'bupe']],
      ['fr', 'buprénorphine', ['Subutex'], ['subu']],
      ['de', 'Buprenorphin', ['Subutex', 'Temgesic']],
      ['es', 'buprenorfina'],
      ['sv', 'buprenorfin', ['Subutex']],
      ['fi', 'buprenorfiini', ['Subutex'], ['subu', 'subutsi']],
      ['ru', 'бупренорфин', ['субутекс']],
    ],
  },
  {
    key: 'oxycodone',
    id: '98e8b9d3-d952-4cf1-a808-7274b283d243',
    name: 'Oxycodone',
    casNumber: '76-42-6',
    schedules: un1961('I'),
    unitMassKg: 0.00015,
    names: [
      ['en', 'Oxycodone', ['OxyContin', 'Percocet'], ['oxy', 'OC', 'hillbilly heroin', 'roxy', 'percs']],
      ['fr', 'oxycodone', ['OxyContin']],
      ['de', 'Oxycodon', ['Oxygesic']],
      ['es', 'oxicodona'],
      ['sv', 'oxikodon', ['OxyNorm']],
      ['fi', 'oksikodoni', ['Oxynorm']],
      ['ru', 'оксикодон'],
    ],
  },
  {
    key: '2c-b',
    id: '7e52e3c7-549f-4222-8d8f-a2466ff16c24',
    name: '2C-B',
    casNumber: '66142-81-2',
    schedules: un1971('II'),
    unitMassKg: 0.0002,
    names: [
      ['en', '2C-B', ['4-bromo-2,5-dimethoxyphenethylamine'], ['Nexus', 'Venus', 'bees', 'pink cocaine']],
      ['fr', '2C-B'],
      ['de', '2C-B'],
      ['es', '2C-B', [], ['tusi', 'tusibí', 'cocaína rosada']],
      ['sv', '2C-B'],
      ['fi', '2C-B'],
      // Russian texts write the name in Latin letters.
      ['ru', '2C-B'],
    ],
  },
  {
    key: 'dmt',
    id: '6af517f9-5abd-4c4b-bbcf-a14128756294',
    name: 'DMT',
    casNumber: '61-50-7',
    schedules: un1971('I'),
    unitMassKg: null,
    names: [
      [
        'en',
        'DMT',
        ['N,N-dimethyltryptamine', 'dimethyltryptamine'],
        ['Dimitri', "businessman's trip", 'ayahuasca', 'spirit molecule'],
      ],
      ['fr', 'DMT', ['diméthyltryptamine']],
      ['de', 'DMT', ['Dimethyltryptamin']],
      ['es', 'DMT', ['dimetiltriptamina'], ['ayahuasca', 'yagé']],
      ['sv', 'DMT'],
      ['fi', 'DMT'],
      ['ru', 'ДМТ', ['диметилтриптамин'], ['аяуаска']],
    ],
  },
  {
    key: 'phencyclidine',
    id: '36ee2433-2136-4057-938e-e06143ea32ac',
    name: 'Phencyclidine',
    casNumber: '77-10-1',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      ['en', 'Phencyclidine', ['PCP'], ['angel dust', 'hog', 'sherm', 'rocket fuel']],
      ['fr', 'phencyclidine', ['PCP'], ["poussière d'ange"]],
      ['de', 'Phencyclidin', ['PCP'], ['Angel Dust']],
      ['es', 'fenciclidina', ['PCP'], ['polvo de ángel']],
      ['sv', 'fencyklidin', ['PCP'], ['änglastoft']],
      ['fi', 'fensyklidiini', ['PCP'], ['enkelipöly']],
      ['ru', 'фенциклидин', ['ПЦП'], ['ангельская пыль']],
    ],
  },
  {
    key: 'thc',
    id: '5aa4f3a2-3605-4af9-9391-0d52c04ff385',
    name: 'Delta-9-tetrahydrocannabinol',
    casNumber: '1972-08-3',
    schedules: un1971('II'),
    unitMassKg: null,
    names: [
      [
        'en',
        'Delta-9-tetrahydrocannabinol',
        ['THC', 'Δ9-THC', 'dronabinol', 'tetrahydrocannabinol'],
        ['dabs', 'shatter', 'wax', 'budder'],
      ],
      ['fr', 'delta-9-tétrahydrocannabinol', ['THC', 'dronabinol']],
      ['de', 'Delta-9-Tetrahydrocannabinol', ['THC', 'Dronabinol']],
      ['es', 'delta-9-tetrahidrocannabinol', ['THC', 'dronabinol']],
      ['sv', 'delta-9-tetrahydrocannabinol', ['THC']],
      ['fi', 'delta-9-tetrahydrokannabinoli', ['THC']],
      ['ru', 'дельта-9-тетрагидроканнабинол', ['ТГК', 'дронабинол']],
    ],
  },
  {
    key: 'fenetylline',
    id: '3d4cb6a8-a300-450c-b2e1-8a4187170a86',
    name: 'Fenetylline',
    casNumber: '3736-08-1',
    schedules: un1971('II'),
    // Captagon tablets weigh about 0.17 g.
    unitMassKg: 0.00017,
    names: [
      ['en', 'Fenetylline', ['fenethylline', 'Captagon'], ['Abu Hilalain']],
      ['fr', 'fénétylline', ['Captagon']],
      ['de', 'Fenetyllin', ['Captagon']],
      ['es', 'fenetilina', ['Captagon']],
      ['sv', 'fenetyllin', ['Captagon']],
      ['fi', 'fenetylliini', ['Captagon']],
      ['ru', 'фенетиллин', ['каптагон']],
      ['tr', 'fenetilin', ['Captagon']],
      ['ar', 'فينيثيلين', ['كبتاغون'], ['أبو هلالين']],
    ],
  },
  {
    key: 'flunitrazepam',
    id: 'b0751228-261b-4446-9098-2567d78a6520',
    name: 'Flunitrazepam',
    casNumber: '1622-62-4',
    schedules: un1971('III'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Flunitrazepam', ['Rohypnol'], ['roofies', 'rophies', 'roche', 'forget-me pill']],
      ['fr', 'flunitrazépam', ['Rohypnol']],
      ['de', 'Flunitrazepam', ['Rohypnol'], ['Roofies']],
      ['es', 'flunitrazepam', ['Rohypnol'], ['roches']],
      ['sv', 'flunitrazepam', ['Rohypnol'], ['flunsor']],
      ['fi', 'flunitratsepaami', ['Rohypnol']],
      ['ru', 'флунитразепам', ['рогипнол']],
    ],
  },
  {
    key: 'methylphenidate',
    id: '087cb759-b975-4071-9070-50bf08d77616',
    name: 'Methylphenidate',
    casNumber: '113-45-1',
    schedules: un1971('II'),
    unitMassKg: 0.0002,
    names: [
      ['en', 'Methylphenidate', ['Ritalin', 'Concerta'], ['vitamin R', 'skippy']],
      ['fr', 'méthylphénidate', ['Ritaline', 'Concerta']],
      ['de', 'Methylphenidat', ['Ritalin', 'Medikinet']],
      ['es', 'metilfenidato', ['Rubifen', 'Concerta']],
      ['sv', 'metylfenidat', ['Ritalin', 'Concerta']],
      ['fi', 'metyylifenidaatti', ['Ritalin', 'Concerta']],
      ['ru', 'метилфенидат', ['риталин']],
    ],
  },
]);

export type SubstanceKey = (typeof SUBSTANCE_CATALOGUE)[number]['key'];

export interface SubstanceRow {
  id: string;
  name: string;
  cas_number: string | null;
  schedules: ScheduleEntry[];
  unit_mass_kg: number | null;
}

export interface SubstanceNameRow {
  substance_id: string;
  name: string;
  language: string;
  kind: SubstanceNameKind;
  normalized: string;
}

/** The catalogue as rows of `substances.substance` and `substances.substance_name`, with `normalized` filled. */
function catalogueRows(): { substances: SubstanceRow[]; names: SubstanceNameRow[] } {
  const substances = SUBSTANCE_CATALOGUE.map((entry) => ({
    id: entry.id,
    name: entry.name,
    cas_number: entry.casNumber,
    schedules: entry.schedules,
    unit_mass_kg: entry.unitMassKg,
  }));
  const names = SUBSTANCE_CATALOGUE.flatMap((entry) =>
    entry.names.flatMap(([language, name, synonyms = [], streetNames = []]) => [
      nameRow(entry.id, language, 'NAME', name),
      ...synonyms.map((synonym) => nameRow(entry.id, language, 'SYNONYM', synonym)),
      ...streetNames.map((streetName) => nameRow(entry.id, language, 'STREET_NAME', streetName)),
    ]),
  );
  return { substances, names };
}

function nameRow(substanceId: string, language: string, kind: SubstanceNameKind, name: string): SubstanceNameRow {
  return { substance_id: substanceId, name, language, kind, normalized: foldSubstanceName(name) };
}

// The catalogue is code: the service reads it from here, never from its tables (they exist for the foreign key of
// `seizure.substance_id` and for reports), so resolving a substance or matching a text costs no SQL.

/** Every name of the catalogue, as stored in `substances.substance_name`. */
export const CATALOGUE_NAMES: readonly SubstanceNameRow[] = catalogueRows().names;

const SUBSTANCES_BY_ID = new Map<string, SubstanceEntity>(
  SUBSTANCE_CATALOGUE.map(({ id, name, casNumber, schedules, unitMassKg }) => [
    id,
    { id, name, casNumber, schedules, unitMassKg },
  ]),
);

const NAME_KIND_RANK: Record<SubstanceNameKind, number> = { NAME: 0, SYNONYM: 1, STREET_NAME: 2 };
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const NAMES_BY_SUBSTANCE = new Map<string, SubstanceNameRow[]>();
// By language, then the common name, synonyms and street names, each in code-point order (the C collation).
for (const row of [...CATALOGUE_NAMES].sort(
  (a, b) =>
    byCodePoint(a.language, b.language) ||
    NAME_KIND_RANK[a.kind] - NAME_KIND_RANK[b.kind] ||
    byCodePoint(a.name, b.name),
)) {
  const names = NAMES_BY_SUBSTANCE.get(row.substance_id) ?? [];
  names.push(row);
  NAMES_BY_SUBSTANCE.set(row.substance_id, names);
}

/** A substance of the catalogue by id; null for an id the catalogue does not hold. */
export function catalogueSubstance(id: string): SubstanceEntity | null {
  return SUBSTANCES_BY_ID.get(id) ?? null;
}

/** The names of a substance in every language; empty for an id the catalogue does not hold. */
export function catalogueNames(substanceId: string): readonly SubstanceNameRow[] {
  return NAMES_BY_SUBSTANCE.get(substanceId) ?? [];
}

/**
 * Inserts the catalogue, skipping substances and names already present: safe to run on every start or seed.
 * Two statements whatever the catalogue's size. Returns how many rows were new.
 */
export async function loadSubstanceCatalogue(dataSource: DataSource): Promise<{ substances: number; names: number }> {
  const { substances, names } = catalogueRows();
  const [substanceResult] = await dataSource.query(
    `WITH inserted AS (
       INSERT INTO substances.substance (id, name, cas_number, schedules, unit_mass_kg)
       SELECT id, name, cas_number, schedules, unit_mass_kg
         FROM jsonb_to_recordset($1::jsonb)
              AS r(id uuid, name varchar, cas_number varchar, schedules jsonb, unit_mass_kg numeric)
       ON CONFLICT DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
    [JSON.stringify(substances)],
  );
  const [nameResult] = await dataSource.query(
    `WITH inserted AS (
       INSERT INTO substances.substance_name (substance_id, name, language, kind, normalized)
       SELECT substance_id, name, language, kind, normalized
         FROM jsonb_to_recordset($1::jsonb)
              AS r(substance_id uuid, name varchar, language char(2), kind varchar, normalized varchar)
       ON CONFLICT (substance_id, language, name) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS count FROM inserted`,
    [JSON.stringify(names)],
  );
  return { substances: substanceResult.count, names: nameResult.count };
}

// Hand-typed table of the external person set (test/eval/external/persons-national-spellings.json): well-known
// people whose names are written in Cyrillic, Greek or Arabic script, with the Latin spellings their names have in
// other languages' press. Every spelling below was typed by hand from knowledge of each language's usage (press
// agencies, newspapers, the Wikipedia edition of the language); none was produced by the project's code or by any
// transliteration code. A cell left out is a spelling that was not known well enough to write.
//
// A cell is `'Family, Given'` (the query is made in several orders from it), or a whole name without a comma that is
// only used as written (`'Nasser'`, `'Abd el-Kader'`). Several spellings in one language: an array. A trailing ` ?`
// marks a spelling believed right but not certain (listed in the README); ` # ...` adds a note to the cases.
// Builder: test/eval/external/national-spellings.ts (`npx tsx test/eval/external/national-spellings.ts`).

/** Spelling columns: the language whose press writes the spelling (`itp`: Italian popular transcription). */
export const COLUMNS = [
  'en',
  'de',
  'fr',
  'pl',
  'cs',
  'sk',
  'hr',
  'sl',
  'sr',
  'es',
  'it',
  'itp',
  'pt',
  'nl',
  'sv',
  'da',
  'no',
  'fi',
  'hu',
  'ro',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Where each column's spellings come from; the case's source is this plus the spelling and the person. */
export const COLUMN_SOURCES: Record<Column, { language: string; rule: string; press: string }> = {
  en: { language: 'en', rule: 'en', press: 'English-language press (Reuters, AP, BBC)' },
  de: { language: 'de', rule: 'de', press: 'German press (dpa; Duden transcription)' },
  fr: { language: 'fr', rule: 'fr', press: 'French press (AFP, Le Monde)' },
  pl: { language: 'pl', rule: 'pl', press: 'Polish press (PAP; PWN transcription rules)' },
  cs: { language: 'cs', rule: 'cs', press: 'Czech press (ČTK; Czech transcription rules)' },
  sk: { language: 'sk', rule: 'sk', press: 'Slovak press (TASR)' },
  hr: { language: 'hr', rule: 'hr', press: 'Croatian press (HINA)' },
  sl: { language: 'sl', rule: 'sl', press: 'Slovenian press (STA)' },
  sr: { language: 'sr', rule: 'sr', press: 'Serbian Latin-script press (Danas, N1; Gaj’s Latin alphabet)' },
  es: { language: 'es', rule: 'es', press: 'Spanish press (EFE, El País; Fundéu recommendations)' },
  it: {
    language: 'it',
    rule: 'it',
    press: 'Italian press (scientific transliteration of Cyrillic, as on it.wikipedia.org)',
  },
  itp: {
    language: 'it',
    rule: 'it',
    press: 'Italian popular press (Corriere della Sera, la Repubblica; popular transcription)',
  },
  pt: { language: 'pt', rule: 'pt', press: 'Portuguese-language press (Lusa, Folha de S.Paulo)' },
  nl: { language: 'nl', rule: 'nl', press: 'Dutch press (ANP, NOS; Taalunie transcription)' },
  sv: { language: 'sv', rule: 'sv', press: 'Swedish press (TT; Språkrådet transcription)' },
  da: { language: 'da', rule: 'da', press: 'Danish press (Ritzau; Dansk Sprognævn transcription)' },
  no: { language: 'no', rule: 'no', press: 'Norwegian press (NTB; Språkrådet transcription)' },
  fi: { language: 'fi', rule: 'fi', press: 'Finnish press (STT, Yle; Kotus transcription)' },
  hu: { language: 'hu', rule: 'hu', press: 'Hungarian press (MTI; AkH transcription rules)' },
  ro: { language: 'ro', rule: 'ro', press: 'Romanian press (Agerpres)' },
};

export type Cell = string | string[];

export interface Person extends Partial<Record<Column, Cell>> {
  id: string;
  lang: 'ru' | 'uk' | 'be' | 'bg' | 'sr' | 'el' | 'ar';
  /** Family name(s) in the original script. */
  family: string;
  /** Given name(s) in the original script. */
  given: string;
  /** Gregorian date of birth, only where publicly known and not disputed. */
  born?: string;
  sex: 'M' | 'F';
  /** Who this is, for the target's source. */
  who: string;
  /** `decoy`: there mainly for the negative cases (it still gets its own positive cases). */
  decoy?: true;
  /** Other whole names in the original script (a familiar form of the given name, a full dynastic name). */
  aliases?: string[];
  /** The Latin name the person's own state or club writes ('Family, Given'), for Arabic names. */
  latin?: string;
}

// prettier-ignore
export const PEOPLE: Person[] = [
  // --- Russian -----------------------------------------------------------------------------------------------------
  {
    id: 'nikita-khrushchev', lang: 'ru', family: 'Хрущёв', given: 'Никита', born: '1894-04-15', sex: 'M', who: 'Soviet leader (1953–1964)',
    en: 'Khrushchev, Nikita', de: 'Chruschtschow, Nikita', fr: 'Khrouchtchev, Nikita', pl: 'Chruszczow, Nikita',
    cs: 'Chruščov, Nikita', hr: 'Hruščov, Nikita', sl: 'Hruščov, Nikita', es: ['Jrushchov, Nikita', 'Jruschov, Nikita'],
    it: 'Chruščëv, Nikita', itp: 'Krusciov, Nikita', pt: 'Khrushchov, Nikita', nl: 'Chroesjtsjov, Nikita',
    sv: 'Chrusjtjov, Nikita', da: 'Khrusjtjov, Nikita', no: 'Khrusjtsjov, Nikita', fi: 'Hruštšov, Nikita',
    hu: 'Hruscsov, Nyikita', ro: 'Hrușciov, Nikita',
  },
  {
    id: 'sergei-khrushchev', lang: 'ru', family: 'Хрущёв', given: 'Сергей', born: '1935-07-02', sex: 'M', decoy: true, who: 'engineer and historian, son of Nikita Khrushchev',
    en: 'Khrushchev, Sergei', de: 'Chruschtschow, Sergei', fr: 'Khrouchtchev, Sergueï', pl: 'Chruszczow, Siergiej',
  },
  {
    id: 'leonid-brezhnev', lang: 'ru', family: 'Брежнев', given: 'Леонид', born: '1906-12-19', sex: 'M', who: 'Soviet leader (1964–1982)',
    en: 'Brezhnev, Leonid', de: 'Breschnew, Leonid', fr: 'Brejnev, Léonid', pl: 'Breżniew, Leonid', cs: 'Brežněv, Leonid',
    sk: 'Brežnev, Leonid', hr: 'Brežnjev, Leonid', sl: 'Brežnjev, Leonid', es: 'Brézhnev, Leonid', itp: 'Breznev, Leonid',
    pt: 'Brejnev, Leonid', nl: 'Brezjnev, Leonid', sv: 'Brezjnev, Leonid', fi: 'Brežnev, Leonid', hu: 'Brezsnyev, Leonyid',
  },
  {
    id: 'mikhail-gorbachev', lang: 'ru', family: 'Горбачёв', given: 'Михаил', born: '1931-03-02', sex: 'M', who: 'last Soviet leader',
    en: 'Gorbachev, Mikhail', de: 'Gorbatschow, Michail', fr: 'Gorbatchev, Mikhaïl', pl: 'Gorbaczow, Michaił',
    cs: 'Gorbačov, Michail', hr: 'Gorbačov, Mihail', es: 'Gorbachov, Mijaíl', it: 'Gorbačëv, Michail',
    itp: 'Gorbaciov, Michail', nl: 'Gorbatsjov, Michail', sv: 'Gorbatjov, Michail', da: 'Gorbatjov, Mikhail',
    no: 'Gorbatsjov, Mikhail', fi: 'Gorbatšov, Mihail', hu: 'Gorbacsov, Mihail', ro: 'Gorbaciov, Mihail',
  },
  {
    id: 'raisa-gorbacheva', lang: 'ru', family: 'Горбачёва', given: 'Раиса', born: '1932-01-05', sex: 'F', decoy: true, who: 'wife of Mikhail Gorbachev',
    en: ['Gorbachev, Raisa # the English press gave her the masculine form of the family name', 'Gorbacheva, Raisa'],
    de: 'Gorbatschowa, Raissa', fr: 'Gorbatcheva, Raïssa', pl: 'Gorbaczowa, Raisa', cs: 'Gorbačovová, Raisa',
    nl: 'Gorbatsjova, Raisa ?',
  },
  {
    id: 'boris-yeltsin', lang: 'ru', family: 'Ельцин', given: 'Борис', born: '1931-02-01', sex: 'M', who: 'first President of Russia',
    en: 'Yeltsin, Boris', de: 'Jelzin, Boris', fr: 'Eltsine, Boris', pl: 'Jelcyn, Borys', cs: 'Jelcin, Boris', sk: 'Jeľcin, Boris',
    hr: 'Jeljcin, Boris', es: 'Yeltsin, Borís', it: "El'cin, Boris", itp: 'Eltsin, Boris', pt: 'Iéltsin, Boris',
    nl: 'Jeltsin, Boris', hu: 'Jelcin, Borisz', ro: 'Elțîn, Boris',
  },
  {
    id: 'naina-yeltsina', lang: 'ru', family: 'Ельцина', given: 'Наина', born: '1932-03-14', sex: 'F', decoy: true, who: 'wife of Boris Yeltsin',
    en: 'Yeltsina, Naina', de: 'Jelzina, Naina', pl: 'Jelcyna, Naina',
  },
  {
    id: 'vladimir-putin', lang: 'ru', family: 'Путин', given: 'Владимир', born: '1952-10-07', sex: 'M', who: 'President of Russia',
    en: 'Putin, Vladimir', de: 'Putin, Wladimir', fr: 'Poutine, Vladimir', pl: 'Putin, Władimir', es: 'Putin, Vladímir',
    nl: 'Poetin, Vladimir', hu: 'Putyin, Vlagyimir',
  },
  {
    id: 'lyudmila-putina', lang: 'ru', family: 'Путина', given: 'Людмила', born: '1958-01-06', sex: 'F', decoy: true, who: 'former wife of Vladimir Putin',
    en: 'Putina, Lyudmila', de: 'Putina, Ljudmila', fr: 'Poutina, Lioudmila ?', pl: 'Putina, Ludmiła',
  },
  {
    id: 'dmitry-medvedev', lang: 'ru', family: 'Медведев', given: 'Дмитрий', born: '1965-09-14', sex: 'M', who: 'President (2008–2012) and Prime Minister of Russia',
    en: ['Medvedev, Dmitry', 'Medvedev, Dmitri'], de: 'Medwedew, Dmitri', pl: 'Miedwiediew, Dmitrij', cs: 'Medveděv, Dmitrij',
    hr: 'Medvjedev, Dmitrij', es: 'Medvédev, Dmitri', it: 'Medvedev, Dmitrij', hu: 'Medvegyev, Dmitrij',
  },
  {
    id: 'daniil-medvedev', lang: 'ru', family: 'Медведев', given: 'Даниил', born: '1996-02-11', sex: 'M', who: 'tennis player',
    en: 'Medvedev, Daniil', de: 'Medwedew, Daniil', pl: 'Miedwiediew, Daniił', cs: 'Medveděv, Daniil', es: 'Medvédev, Daniil',
    hu: 'Medvegyev, Daniil',
  },
  {
    id: 'sergey-lavrov', lang: 'ru', family: 'Лавров', given: 'Сергей', born: '1950-03-21', sex: 'M', who: 'Foreign Minister of Russia',
    en: ['Lavrov, Sergei', 'Lavrov, Sergey'], de: ['Lawrow, Sergej', 'Lawrow, Sergei'], fr: 'Lavrov, Sergueï',
    pl: 'Ławrow, Siergiej', cs: 'Lavrov, Sergej', es: 'Lavrov, Serguéi', hu: 'Lavrov, Szergej', ro: 'Lavrov, Serghei',
  },
  {
    id: 'sergei-shoigu', lang: 'ru', family: 'Шойгу', given: 'Сергей', born: '1955-05-21', sex: 'M', who: 'Russian Defence Minister (2012–2024)',
    en: 'Shoigu, Sergei', de: 'Schoigu, Sergej', fr: 'Choïgou, Sergueï', pl: 'Szojgu, Siergiej', cs: 'Šojgu, Sergej',
    es: 'Shoigú, Serguéi', it: 'Šojgu, Sergej', nl: 'Sjojgoe, Sergej ?', hu: 'Sojgu, Szergej',
  },
  {
    id: 'sergei-ivanov', lang: 'ru', family: 'Иванов', given: 'Сергей', born: '1953-01-31', sex: 'M', who: 'Russian Defence Minister (2001–2007), head of the Presidential Administration',
    en: 'Ivanov, Sergei', de: 'Iwanow, Sergej', fr: 'Ivanov, Sergueï', pl: 'Iwanow, Siergiej', cs: 'Ivanov, Sergej',
  },
  {
    id: 'igor-ivanov', lang: 'ru', family: 'Иванов', given: 'Игорь', born: '1945-09-23', sex: 'M', decoy: true, who: 'Russian Foreign Minister (1998–2004)',
    en: 'Ivanov, Igor', de: 'Iwanow, Igor', pl: 'Iwanow, Igor',
  },
  {
    id: 'alexei-navalny', lang: 'ru', family: 'Навальный', given: 'Алексей', born: '1976-06-04', sex: 'M', who: 'opposition politician',
    en: ['Navalny, Alexei', 'Navalny, Alexey'], de: ['Nawalny, Alexej', 'Nawalny, Alexei'], fr: 'Navalny, Alexeï',
    pl: 'Nawalny, Aleksiej', cs: 'Navalnyj, Alexej', sk: 'Navaľnyj, Alexej', hr: 'Navaljni, Aleksej ?', es: 'Navalni, Alexéi',
    it: "Naval'nyj, Aleksej", nl: 'Navalny, Aleksej', sv: 'Navalnyj, Aleksej', fi: 'Navalnyi, Aleksei', hu: 'Navalnij, Alekszej',
    ro: 'Navalnîi, Aleksei ?',
  },
  {
    id: 'yulia-navalnaya', lang: 'ru', family: 'Навальная', given: 'Юлия', born: '1976-07-24', sex: 'F', decoy: true, who: 'opposition politician, widow of Alexei Navalny',
    en: 'Navalnaya, Yulia', de: 'Nawalnaja, Julija', fr: 'Navalnaïa, Ioulia', pl: 'Nawalna, Julia', cs: 'Navalná, Julija ?',
    nl: 'Navalnaja, Joelia ?',
  },
  {
    id: 'yuri-gagarin', lang: 'ru', family: 'Гагарин', given: 'Юрий', born: '1934-03-09', sex: 'M', who: 'cosmonaut, first human in space',
    en: 'Gagarin, Yuri', de: 'Gagarin, Juri', fr: 'Gagarine, Youri', pl: 'Gagarin, Jurij', it: 'Gagarin, Jurij',
    nl: 'Gagarin, Joeri', fi: 'Gagarin, Juri', ro: 'Gagarin, Iuri',
  },
  {
    id: 'valentina-tereshkova', lang: 'ru', family: 'Терешкова', given: 'Валентина', born: '1937-03-06', sex: 'F', who: 'cosmonaut, first woman in space',
    en: 'Tereshkova, Valentina', de: 'Tereschkowa, Walentina', fr: 'Terechkova, Valentina', pl: 'Tiereszkowa, Walentina',
    cs: 'Těreškovová, Valentina ?', sk: 'Tereškovová, Valentina', hr: 'Tereškova, Valentina', nl: 'Teresjkova, Valentina',
    sv: 'Teresjkova, Valentina', hu: 'Tyereskova, Valentyina', ro: 'Tereșkova, Valentina',
  },
  {
    id: 'alexei-leonov', lang: 'ru', family: 'Леонов', given: 'Алексей', born: '1934-05-30', sex: 'M', who: 'cosmonaut, first spacewalk',
    en: 'Leonov, Alexei', de: 'Leonow, Alexei', fr: 'Leonov, Alexeï', pl: 'Leonow, Aleksiej', cs: 'Leonov, Alexej',
    es: 'Leónov, Alekséi', it: 'Leonov, Aleksej', hu: 'Leonov, Alekszej',
  },
  {
    id: 'sergei-korolev', lang: 'ru', family: 'Королёв', given: 'Сергей', born: '1907-01-12', sex: 'M', who: 'chief designer of the Soviet space programme',
    en: 'Korolev, Sergei', de: 'Koroljow, Sergei', fr: 'Korolev, Sergueï', pl: 'Korolow, Siergiej', cs: 'Koroljov, Sergej',
    es: 'Koroliov, Serguéi', it: 'Korolëv, Sergej', hu: 'Koroljov, Szergej',
  },
  {
    id: 'pyotr-tchaikovsky', lang: 'ru', family: 'Чайковский', given: 'Пётр', born: '1840-05-07', sex: 'M', who: 'composer',
    en: ['Tchaikovsky, Pyotr', 'Tchaikovsky, Peter'], de: ['Tschaikowski, Pjotr', 'Tschaikowsky, Peter'],
    fr: 'Tchaïkovski, Piotr', pl: 'Czajkowski, Piotr', cs: 'Čajkovskij, Petr', hr: 'Čajkovski, Petar', es: 'Chaikovski, Piotr',
    it: 'Čajkovskij, Pëtr', itp: 'Ciaikovski # family name alone, as the Italian popular press writes it', nl: 'Tsjaikovski, Pjotr',
    sv: 'Tjajkovskij, Pjotr', da: 'Tjajkovskij, Pjotr', no: 'Tsjaikovskij, Pjotr', fi: 'Tšaikovski, Pjotr',
    hu: 'Csajkovszkij, Pjotr', ro: 'Ceaikovski, Piotr',
  },
  {
    id: 'fyodor-dostoevsky', lang: 'ru', family: 'Достоевский', given: 'Фёдор', born: '1821-11-11', sex: 'M', who: 'novelist',
    en: ['Dostoevsky, Fyodor', 'Dostoyevsky, Fyodor'], de: 'Dostojewski, Fjodor', fr: 'Dostoïevski, Fiodor',
    pl: 'Dostojewski, Fiodor', cs: 'Dostojevskij, Fjodor', hr: 'Dostojevski, Fjodor', es: 'Dostoyevski, Fiódor',
    it: 'Dostoevskij, Fëdor', pt: 'Dostoiévski, Fiódor', sv: 'Dostojevskij, Fjodor', hu: 'Dosztojevszkij, Fjodor',
    ro: 'Dostoievski, Feodor',
  },
  {
    id: 'lev-tolstoy', lang: 'ru', family: 'Толстой', given: 'Лев', born: '1828-09-09', sex: 'M', who: 'novelist',
    en: 'Tolstoy, Leo', de: 'Tolstoi, Leo', fr: 'Tolstoï, Léon', pl: 'Tołstoj, Lew', cs: 'Tolstoj, Lev', hr: 'Tolstoj, Lav',
    es: 'Tolstói, León', pt: 'Tolstói, Liev', da: 'Tolstoj, Leo', fi: 'Tolstoi, Leo', hu: 'Tolsztoj, Lev', ro: 'Tolstoi, Lev',
  },
  {
    id: 'aleksey-tolstoy', lang: 'ru', family: 'Толстой', given: 'Алексей', born: '1883-01-10', sex: 'M', decoy: true, who: 'novelist (Aleksey Nikolayevich Tolstoy)',
    en: 'Tolstoy, Aleksey', de: 'Tolstoi, Alexei', fr: 'Tolstoï, Alexis', pl: 'Tołstoj, Aleksy', cs: 'Tolstoj, Alexej',
    it: 'Tolstoj, Aleksej',
  },
  {
    id: 'tatyana-tolstaya', lang: 'ru', family: 'Толстая', given: 'Татьяна', born: '1951-05-03', sex: 'F', decoy: true, who: 'writer',
    en: 'Tolstaya, Tatyana', de: 'Tolstaja, Tatjana', fr: 'Tolstaïa, Tatiana', pl: 'Tołstaja, Tatiana', it: "Tolstaja, Tat'jana",
  },
  {
    id: 'aleksandr-solzhenitsyn', lang: 'ru', family: 'Солженицын', given: 'Александр', born: '1918-12-11', sex: 'M', who: 'writer, Nobel Prize in Literature 1970',
    en: ['Solzhenitsyn, Aleksandr', 'Solzhenitsyn, Alexander'], de: 'Solschenizyn, Alexander', fr: 'Soljenitsyne, Alexandre',
    pl: 'Sołżenicyn, Aleksandr', cs: 'Solženicyn, Alexandr', hr: 'Solženjicin, Aleksandr', it: 'Solženicyn, Aleksandr',
    itp: 'Solgenitsin, Aleksandr', nl: 'Solzjenitsyn, Aleksandr', sv: 'Solzjenitsyn, Aleksandr', da: 'Solsjenitsyn, Aleksandr ?',
    fi: 'Solženitsyn, Aleksandr', hu: 'Szolzsenyicin, Alekszandr', ro: 'Soljenițîn, Aleksandr',
  },
  {
    id: 'sergei-prokofiev', lang: 'ru', family: 'Прокофьев', given: 'Сергей', born: '1891-04-23', sex: 'M', who: 'composer',
    en: 'Prokofiev, Sergei', de: 'Prokofjew, Sergei', fr: 'Prokofiev, Sergueï', pl: 'Prokofjew, Siergiej', cs: 'Prokofjev, Sergej',
    es: 'Prokófiev, Serguéi', it: "Prokof'ev, Sergej", nl: 'Prokofjev, Sergej', hu: 'Prokofjev, Szergej',
  },
  {
    id: 'dmitri-shostakovich', lang: 'ru', family: 'Шостакович', given: 'Дмитрий', born: '1906-09-25', sex: 'M', who: 'composer',
    en: 'Shostakovich, Dmitri', de: 'Schostakowitsch, Dmitri', fr: 'Chostakovitch, Dmitri', pl: 'Szostakowicz, Dmitrij',
    cs: 'Šostakovič, Dmitrij', es: 'Shostakóvich, Dmitri', it: 'Šostakovič, Dmitrij', nl: 'Sjostakovitsj, Dmitri',
    sv: 'Sjostakovitj, Dmitrij', no: 'Sjostakovitsj, Dmitrij', fi: 'Šostakovitš, Dmitri', hu: 'Sosztakovics, Dmitrij',
    ro: 'Șostakovici, Dmitri',
  },
  {
    id: 'maxim-shostakovich', lang: 'ru', family: 'Шостакович', given: 'Максим', born: '1938-05-10', sex: 'M', decoy: true, who: 'conductor, son of Dmitri Shostakovich',
    en: 'Shostakovich, Maxim', de: 'Schostakowitsch, Maxim', fr: 'Chostakovitch, Maxime', pl: 'Szostakowicz, Maksim',
  },
  {
    id: 'sergei-rachmaninoff', lang: 'ru', family: 'Рахманинов', given: 'Сергей', born: '1873-04-01', sex: 'M', who: 'composer and pianist',
    en: ['Rachmaninoff, Sergei', 'Rachmaninov, Sergei'], de: 'Rachmaninow, Sergei', fr: 'Rachmaninov, Sergueï',
    pl: 'Rachmaninow, Siergiej', hr: 'Rahmanjinov, Sergej', es: 'Rajmáninov, Serguéi', fi: 'Rahmaninov, Sergei',
    hu: 'Rahmanyinov, Szergej',
  },
  {
    id: 'igor-stravinsky', lang: 'ru', family: 'Стравинский', given: 'Игорь', born: '1882-06-17', sex: 'M', who: 'composer',
    en: 'Stravinsky, Igor', de: 'Strawinsky, Igor', pl: 'Strawiński, Igor', cs: 'Stravinskij, Igor', es: 'Stravinski, Ígor',
    it: "Stravinskij, Igor'", fi: 'Stravinski, Igor', hu: 'Sztravinszkij, Igor',
  },
  {
    id: 'alexander-pushkin', lang: 'ru', family: 'Пушкин', given: 'Александр', born: '1799-06-06', sex: 'M', who: 'poet',
    en: 'Pushkin, Alexander', de: 'Puschkin, Alexander', fr: 'Pouchkine, Alexandre', pl: 'Puszkin, Aleksander',
    cs: 'Puškin, Alexandr', hr: 'Puškin, Aleksandar', nl: 'Poesjkin, Aleksandr', sv: 'Pusjkin, Aleksandr', hu: 'Puskin, Alekszandr',
    ro: 'Pușkin, Aleksandr',
  },
  {
    id: 'anton-chekhov', lang: 'ru', family: 'Чехов', given: 'Антон', born: '1860-01-29', sex: 'M', who: 'writer and playwright',
    en: 'Chekhov, Anton', de: 'Tschechow, Anton', fr: 'Tchekhov, Anton', pl: 'Czechow, Antoni', cs: 'Čechov, Anton',
    hr: 'Čehov, Anton', es: 'Chéjov, Antón', nl: 'Tsjechov, Anton', sv: 'Tjechov, Anton', fi: 'Tšehov, Anton', hu: 'Csehov, Anton',
    ro: 'Cehov, Anton',
  },
  {
    id: 'nikolai-gogol', lang: 'ru', family: 'Гоголь', given: 'Николай', born: '1809-04-01', sex: 'M', who: 'writer',
    en: 'Gogol, Nikolai', fr: ['Gogol, Nicolas', 'Gogol, Nikolaï'], pl: 'Gogol, Mikołaj', cs: 'Gogol, Nikolaj',
    hr: 'Gogolj, Nikolaj', es: 'Gógol, Nikolái', it: "Gogol', Nikolaj", hu: 'Gogol, Nyikolaj',
  },
  {
    id: 'mikhail-bulgakov', lang: 'ru', family: 'Булгаков', given: 'Михаил', born: '1891-05-15', sex: 'M', who: 'writer',
    en: 'Bulgakov, Mikhail', de: 'Bulgakow, Michail', fr: 'Boulgakov, Mikhaïl', pl: 'Bułhakow, Michaił', cs: 'Bulgakov, Michail',
    hr: 'Bulgakov, Mihail', es: 'Bulgákov, Mijaíl', nl: 'Boelgakov, Michail',
  },
  {
    id: 'boris-pasternak', lang: 'ru', family: 'Пастернак', given: 'Борис', born: '1890-02-10', sex: 'M', who: 'poet and novelist',
    en: 'Pasternak, Boris', pl: 'Pasternak, Borys', es: 'Pasternak, Borís', hu: 'Paszternak, Borisz',
  },
  {
    id: 'joseph-brodsky', lang: 'ru', family: 'Бродский', given: 'Иосиф', born: '1940-05-24', sex: 'M', who: 'poet, Nobel Prize in Literature 1987',
    en: 'Brodsky, Joseph # the English form he used himself', pl: 'Brodski, Josif', cs: 'Brodskij, Josif', es: 'Brodski, Iósif ?',
    it: 'Brodskij, Iosif', hu: 'Brodszkij, Joszif',
  },
  {
    id: 'ivan-turgenev', lang: 'ru', family: 'Тургенев', given: 'Иван', born: '1818-11-09', sex: 'M', who: 'writer',
    en: 'Turgenev, Ivan', de: 'Turgenjew, Iwan', fr: 'Tourgueniev, Ivan', pl: 'Turgieniew, Iwan', cs: 'Turgeněv, Ivan',
    hr: 'Turgenjev, Ivan', es: 'Turguénev, Iván', nl: 'Toergenjev, Ivan', hu: 'Turgenyev, Ivan', ro: 'Turgheniev, Ivan',
  },
  {
    id: 'mikhail-lermontov', lang: 'ru', family: 'Лермонтов', given: 'Михаил', born: '1814-10-15', sex: 'M', who: 'poet',
    en: 'Lermontov, Mikhail', de: 'Lermontow, Michail', fr: 'Lermontov, Mikhaïl', pl: 'Lermontow, Michaił', hr: 'Ljermontov, Mihail',
    es: 'Lérmontov, Mijaíl',
  },
  {
    id: 'rudolf-nureyev', lang: 'ru', family: 'Нуреев', given: 'Рудольф', born: '1938-03-17', sex: 'M', who: 'ballet dancer',
    en: 'Nureyev, Rudolf', de: 'Nurejew, Rudolf', fr: 'Noureev, Rudolf', pl: 'Nuriejew, Rudolf', es: 'Nuréyev, Rudolf',
    nl: 'Noerejev, Rudolf',
  },
  {
    id: 'mikhail-baryshnikov', lang: 'ru', family: 'Барышников', given: 'Михаил', born: '1948-01-27', sex: 'M', who: 'ballet dancer',
    en: 'Baryshnikov, Mikhail', de: 'Baryschnikow, Michail', fr: 'Barychnikov, Mikhaïl', pl: 'Barysznikow, Michaił',
    hu: 'Barisnyikov, Mihail',
  },
  {
    id: 'maria-sharapova', lang: 'ru', family: 'Шарапова', given: 'Мария', born: '1987-04-19', sex: 'F', who: 'tennis player',
    en: 'Sharapova, Maria', de: 'Scharapowa, Maria', pl: 'Szarapowa, Maria', cs: 'Šarapovová, Marija', hr: 'Šarapova, Marija',
    es: 'Sharápova, María', nl: 'Sjarapova, Maria', sv: 'Sjarapova, Maria', hu: 'Sarapova, Marija', ro: 'Șarapova, Maria',
  },
  {
    id: 'anna-kournikova', lang: 'ru', family: 'Курникова', given: 'Анна', born: '1981-06-07', sex: 'F', who: 'tennis player',
    en: 'Kournikova, Anna', de: 'Kurnikowa, Anna', pl: 'Kurnikowa, Anna', cs: 'Kurnikovová, Anna', hu: 'Kurnyikova, Anna',
  },
  {
    id: 'yelena-isinbayeva', lang: 'ru', family: 'Исинбаева', given: 'Елена', born: '1982-06-03', sex: 'F', who: 'pole vaulter',
    en: 'Isinbayeva, Yelena', de: 'Issinbajewa, Jelena', pl: 'Isinbajewa, Jelena', cs: 'Isinbajevová, Jelena', es: 'Isinbáyeva, Yelena',
    it: 'Isinbaeva, Elena', hu: 'Iszinbajeva, Jelena',
  },
  {
    id: 'marat-safin', lang: 'ru', family: 'Сафин', given: 'Марат', born: '1980-01-27', sex: 'M', who: 'tennis player',
    en: 'Safin, Marat', pl: 'Safin, Marat',
  },
  {
    id: 'dinara-safina', lang: 'ru', family: 'Сафина', given: 'Динара', born: '1986-04-27', sex: 'F', who: 'tennis player, sister of Marat Safin',
    en: 'Safina, Dinara', cs: 'Safinová, Dinara',
  },
  {
    id: 'garry-kasparov', lang: 'ru', family: 'Каспаров', given: 'Гарри', born: '1963-04-13', sex: 'M', who: 'chess world champion',
    en: 'Kasparov, Garry', de: 'Kasparow, Garri', pl: 'Kasparow, Garri', cs: 'Kasparov, Garri', es: 'Kaspárov, Gari',
    hu: 'Kaszparov, Garri',
  },
  {
    id: 'anatoly-karpov', lang: 'ru', family: 'Карпов', given: 'Анатолий', born: '1951-05-23', sex: 'M', who: 'chess world champion',
    en: 'Karpov, Anatoly', de: 'Karpow, Anatoli', fr: 'Karpov, Anatoli', pl: 'Karpow, Anatolij', cs: 'Karpov, Anatolij',
    es: 'Kárpov, Anatoli',
  },
  {
    id: 'lev-yashin', lang: 'ru', family: 'Яшин', given: 'Лев', born: '1929-10-22', sex: 'M', who: 'football goalkeeper',
    en: 'Yashin, Lev', de: 'Jaschin, Lew', fr: 'Yachine, Lev', pl: 'Jaszyn, Lew', cs: 'Jašin, Lev', it: 'Jašin, Lev',
    nl: 'Jasjin, Lev', hu: 'Jasin, Lev',
  },
  {
    id: 'alexander-ovechkin', lang: 'ru', family: 'Овечкин', given: 'Александр', born: '1985-09-17', sex: 'M', who: 'ice hockey player',
    en: 'Ovechkin, Alexander', de: 'Owetschkin, Alexander', fr: 'Ovetchkine, Alexander', pl: 'Owieczkin, Aleksandr',
    cs: 'Ovečkin, Alexandr',
  },
  {
    id: 'alexander-zakharchenko', lang: 'ru', family: 'Захарченко', given: 'Александр', born: '1976-06-26', sex: 'M', who: 'separatist leader in Donetsk (2014–2018)',
    en: 'Zakharchenko, Alexander', de: 'Sachartschenko, Alexander', fr: 'Zakhartchenko, Alexandre', pl: 'Zacharczenko, Aleksandr',
    cs: 'Zacharčenko, Alexandr', it: 'Zacharčenko, Aleksandr',
  },
  {
    id: 'vitaliy-zakharchenko', lang: 'uk', family: 'Захарченко', given: 'Віталій', sex: 'M', decoy: true, who: 'Ukrainian Interior Minister (2011–2014)',
    en: 'Zakharchenko, Vitaliy', de: 'Sachartschenko, Witali ?', pl: 'Zacharczenko, Witalij',
  },
  {
    id: 'semyon-timoshenko', lang: 'ru', family: 'Тимошенко', given: 'Семён', born: '1895-02-18', sex: 'M', decoy: true, who: 'Marshal of the Soviet Union',
    en: 'Timoshenko, Semyon', de: 'Timoschenko, Semjon', pl: 'Tymoszenko, Siemion', cs: 'Timošenko, Semjon',
  },
  {
    id: 'yuri-shevchuk', lang: 'ru', family: 'Шевчук', given: 'Юрий', born: '1957-05-16', sex: 'M', decoy: true, who: 'rock singer (DDT)',
    en: 'Shevchuk, Yuri', de: 'Schewtschuk, Juri', fr: 'Chevtchouk, Iouri ?', pl: 'Szewczuk, Jurij', cs: 'Ševčuk, Jurij',
  },
  // --- Ukrainian ---------------------------------------------------------------------------------------------------
  {
    id: 'taras-shevchenko', lang: 'uk', family: 'Шевченко', given: 'Тарас', born: '1814-03-09', sex: 'M', who: 'poet and painter',
    en: 'Shevchenko, Taras', de: 'Schewtschenko, Taras', fr: 'Chevtchenko, Taras', pl: 'Szewczenko, Taras', cs: 'Ševčenko, Taras',
    es: 'Shevchenko, Tarás', it: 'Ševčenko, Taras', nl: 'Sjevtsjenko, Taras', sv: 'Sjevtjenko, Taras', da: 'Sjevtjenko, Taras',
    no: 'Sjevtsjenko, Taras', fi: 'Ševtšenko, Taras', hu: 'Sevcsenko, Tarasz', ro: 'Șevcenko, Taras',
  },
  {
    id: 'andriy-shevchenko', lang: 'uk', family: 'Шевченко', given: 'Андрій', born: '1976-09-29', sex: 'M', who: 'footballer and coach',
    en: ['Shevchenko, Andriy', 'Shevchenko, Andrei # Russian form of the given name, used by the English press early in his career'],
    de: 'Schewtschenko, Andrij', fr: 'Chevtchenko, Andriy', pl: 'Szewczenko, Andrij', cs: 'Ševčenko, Andrij',
    nl: 'Sjevtsjenko, Andrij', hu: 'Sevcsenko, Andrij',
  },
  {
    id: 'volodymyr-zelensky', lang: 'uk', family: 'Зеленський', given: 'Володимир', born: '1978-01-25', sex: 'M', who: 'President of Ukraine',
    en: ['Zelensky, Volodymyr', 'Zelenskyy, Volodymyr # the spelling of the Ukrainian presidency’s English site', 'Zelensky, Vladimir # Russian form of the given name, early 2019 press'],
    de: 'Selenskyj, Wolodymyr', fr: 'Zelensky, Volodymyr', pl: 'Zełenski, Wołodymyr', cs: 'Zelenskyj, Volodymyr',
    hr: 'Zelenski, Volodimir', es: 'Zelenski, Volodímir', it: "Zelens'kyj, Volodymyr", sv: 'Zelenskyj, Volodymyr',
    fi: 'Zelenskyi, Volodymyr', hu: 'Zelenszkij, Volodimir', ro: 'Zelenski, Volodimir',
  },
  {
    id: 'olena-zelenska', lang: 'uk', family: 'Зеленська', given: 'Олена', born: '1978-02-06', sex: 'F', decoy: true, who: 'First Lady of Ukraine',
    en: 'Zelenska, Olena', de: 'Selenska, Olena', pl: 'Zełenska, Ołena', cs: 'Zelenská, Olena',
  },
  {
    id: 'yulia-tymoshenko', lang: 'uk', family: 'Тимошенко', given: 'Юлія', born: '1960-11-27', sex: 'F', who: 'Prime Minister of Ukraine (2005, 2007–2010)',
    en: 'Tymoshenko, Yulia', de: 'Timoschenko, Julija', fr: ['Tymochenko, Ioulia', 'Timochenko, Ioulia'], pl: 'Tymoszenko, Julia',
    cs: 'Tymošenková, Julija', hr: 'Timošenko, Julija', es: 'Timoshenko, Yulia', it: 'Tymošenko, Julija', itp: 'Timoshenko, Yulia',
    fi: 'Tymošenko, Julija', hu: 'Timosenko, Julija', ro: 'Timoșenko, Iulia',
  },
  {
    id: 'viktor-yanukovych', lang: 'uk', family: 'Янукович', given: 'Віктор', born: '1950-07-09', sex: 'M', who: 'President of Ukraine (2010–2014)',
    en: ['Yanukovych, Viktor', 'Yanukovich, Viktor'], de: 'Janukowitsch, Wiktor', fr: 'Ianoukovitch, Viktor', pl: 'Janukowycz, Wiktor',
    cs: 'Janukovyč, Viktor', hr: 'Janukovič, Viktor', es: 'Yanukóvich, Víktor', it: 'Janukovyč, Viktor', nl: 'Janoekovytsj, Viktor',
    sv: 'Janukovytj, Viktor', fi: 'Janukovytš, Viktor', hu: 'Janukovics, Viktor', ro: 'Ianukovici, Viktor',
  },
  {
    id: 'viktor-yushchenko', lang: 'uk', family: 'Ющенко', given: 'Віктор', born: '1954-02-23', sex: 'M', who: 'President of Ukraine (2005–2010)',
    en: 'Yushchenko, Viktor', de: 'Juschtschenko, Wiktor', fr: 'Iouchtchenko, Viktor', pl: 'Juszczenko, Wiktor', cs: 'Juščenko, Viktor',
    es: 'Yúshchenko, Víktor', nl: 'Joesjtsjenko, Viktor', sv: 'Jusjtjenko, Viktor', fi: 'Juštšenko, Viktor', hu: 'Juscsenko, Viktor',
    ro: 'Iușcenko, Viktor',
  },
  {
    id: 'petro-poroshenko', lang: 'uk', family: 'Порошенко', given: 'Петро', born: '1965-09-26', sex: 'M', who: 'President of Ukraine (2014–2019)',
    en: 'Poroshenko, Petro', de: 'Poroschenko, Petro', fr: 'Porochenko, Petro', pl: 'Poroszenko, Petro', cs: 'Porošenko, Petro',
    nl: 'Porosjenko, Petro', sv: 'Porosjenko, Petro', hu: 'Porosenko, Petro', ro: 'Poroșenko, Petro',
  },
  {
    id: 'vitali-klitschko', lang: 'uk', family: 'Кличко', given: 'Віталій', born: '1971-07-19', sex: 'M', who: 'boxer, Mayor of Kyiv',
    en: 'Klitschko, Vitali # the spelling he uses himself', pl: 'Kliczko, Witalij', cs: 'Kličko, Vitalij', hr: 'Kličko, Vitalij',
    nl: 'Klitsjko, Vitali ?', hu: 'Klicsko, Vitalij',
  },
  {
    id: 'wladimir-klitschko', lang: 'uk', family: 'Кличко', given: 'Володимир', born: '1976-03-25', sex: 'M', who: 'boxer',
    en: 'Klitschko, Wladimir # the spelling he uses himself', pl: 'Kliczko, Władimir', cs: 'Kličko, Vladimir', hu: 'Klicsko, Vlagyimir',
  },
  {
    id: 'leonid-kravchuk', lang: 'uk', family: 'Кравчук', given: 'Леонід', born: '1934-01-10', sex: 'M', who: 'first President of Ukraine',
    en: 'Kravchuk, Leonid', de: 'Krawtschuk, Leonid', fr: 'Kravtchouk, Leonid', pl: 'Krawczuk, Leonid', cs: 'Kravčuk, Leonid',
    hu: 'Kravcsuk, Leonyid',
  },
  {
    id: 'leonid-kuchma', lang: 'uk', family: 'Кучма', given: 'Леонід', born: '1938-08-09', sex: 'M', who: 'President of Ukraine (1994–2005)',
    en: 'Kuchma, Leonid', de: 'Kutschma, Leonid', fr: 'Koutchma, Leonid', pl: ['Kuczma, Leonid', 'Kuczma, Łeonid ?'], cs: 'Kučma, Leonid',
    nl: 'Koetsjma, Leonid', hu: 'Kucsma, Leonyid',
  },
  {
    id: 'serhiy-bubka', lang: 'uk', family: 'Бубка', given: 'Сергій', born: '1963-12-04', sex: 'M', who: 'pole vaulter',
    en: ['Bubka, Sergey # the spelling he uses himself', 'Bubka, Serhiy'], de: 'Bubka, Sergej', fr: 'Bubka, Sergueï',
    pl: 'Bubka, Serhij', hu: 'Bubka, Szergej',
  },
  {
    id: 'anatoliy-tymoshchuk', lang: 'uk', family: 'Тимощук', given: 'Анатолій', born: '1979-03-30', sex: 'M', decoy: true, who: 'footballer',
    en: 'Tymoshchuk, Anatoliy', de: 'Tymoschtschuk, Anatolij', pl: 'Tymoszczuk, Anatolij', cs: 'Tymoščuk, Anatolij',
  },
  {
    id: 'oleh-blokhin', lang: 'uk', family: 'Блохін', given: 'Олег', born: '1952-11-05', sex: 'M', who: 'footballer and coach',
    en: ['Blokhin, Oleh', 'Blokhin, Oleg'], de: 'Blochin, Oleh', fr: 'Blokhine, Oleg', pl: 'Błochin, Ołeh', cs: 'Blochin, Oleh',
  },
  {
    id: 'valeriy-lobanovskyi', lang: 'uk', family: 'Лобановський', given: 'Валерій', born: '1939-01-06', sex: 'M', who: 'football coach',
    en: ['Lobanovskyi, Valeriy', 'Lobanovsky, Valeri'], de: 'Lobanowskyj, Walerij', pl: 'Łobanowski, Wałerij',
  },
  // --- Belarusian --------------------------------------------------------------------------------------------------
  {
    id: 'alexander-lukashenko', lang: 'be', family: 'Лукашэнка', given: 'Аляксандр', born: '1954-08-30', sex: 'M', who: 'President of Belarus',
    en: ['Lukashenko, Alexander', 'Lukashenka, Alyaksandr # Belarusian form, as RFE/RL writes it'], de: 'Lukaschenko, Alexander',
    fr: 'Loukachenko, Alexandre', pl: ['Łukaszenka, Alaksandr', 'Łukaszenko, Aleksandr'], cs: 'Lukašenko, Alexandr',
    sk: 'Lukašenko, Alexander', hr: 'Lukašenko, Aleksandr', es: 'Lukashenko, Alexandr', itp: 'Lukashenko, Alexander',
    nl: 'Loekasjenko, Aleksandr', sv: 'Lukasjenko, Aleksandr', fi: 'Lukašenka, Aljaksandr', hu: 'Lukasenko, Alekszandr',
    ro: 'Lukașenko, Aleksandr',
  },
  {
    id: 'sviatlana-tsikhanouskaya', lang: 'be', family: 'Ціханоўская', given: 'Святлана', born: '1982-09-11', sex: 'F', who: 'Belarusian opposition leader',
    en: ['Tsikhanouskaya, Sviatlana', 'Tikhanovskaya, Svetlana # Russian form, early press in 2020'], de: 'Tichanowskaja, Swetlana',
    fr: 'Tikhanovskaïa, Svetlana', pl: 'Cichanouska, Swiatłana', cs: 'Cichanouská, Svjatlana ?', es: 'Tijanóvskaya, Svetlana ?',
    itp: 'Tikhanovskaya, Svetlana', nl: 'Tichanovskaja, Svetlana', fi: 'Tsihanouskaja, Svjatlana', hu: 'Tyihanovszkaja, Szvetlana',
  },
  {
    id: 'svetlana-alexievich', lang: 'be', family: 'Алексіевіч', given: 'Святлана', born: '1948-05-31', sex: 'F', who: 'writer, Nobel Prize in Literature 2015',
    en: 'Alexievich, Svetlana', de: 'Alexijewitsch, Swetlana', fr: 'Alexievitch, Svetlana', pl: 'Aleksijewicz, Swietłana',
    cs: 'Alexijevičová, Světlana', es: 'Alexiévich, Svetlana', it: 'Aleksievič, Svetlana', nl: 'Alexijevitsj, Svetlana',
    sv: 'Aleksijevitj, Svetlana', fi: 'Aleksijevitš, Svetlana',
  },
  {
    id: 'victoria-azarenka', lang: 'be', family: 'Азаранка', given: 'Вікторыя', born: '1989-07-31', sex: 'F', who: 'tennis player',
    en: 'Azarenka, Victoria', de: 'Asarenka, Victoria', pl: 'Azarenka, Wiktoria', cs: 'Azarenková, Viktoria',
  },
  {
    id: 'aryna-sabalenka', lang: 'be', family: 'Сабаленка', given: 'Арына', born: '1998-05-05', sex: 'F', who: 'tennis player',
    en: 'Sabalenka, Aryna', cs: 'Sabalenková, Aryna',
  },
  {
    id: 'vasil-bykau', lang: 'be', family: 'Быкаў', given: 'Васіль', born: '1924-06-19', sex: 'M', who: 'writer',
    en: 'Bykov, Vasil # Russian form of the family name, usual in English translations', pl: 'Bykau, Wasil',
  },
  // --- Bulgarian ---------------------------------------------------------------------------------------------------
  {
    id: 'hristo-stoichkov', lang: 'bg', family: 'Стоичков', given: 'Христо', born: '1966-02-08', sex: 'M', who: 'footballer',
    en: 'Stoichkov, Hristo', de: 'Stoitschkow, Christo', fr: 'Stoitchkov, Hristo', pl: 'Stoiczkow, Christo', cs: 'Stoičkov, Christo ?',
    hr: 'Stoičkov, Hristo', nl: 'Stoitsjkov, Christo ?', hu: 'Sztoicskov, Hriszto',
  },
  {
    id: 'dimitar-berbatov', lang: 'bg', family: 'Бербатов', given: 'Димитър', born: '1981-01-30', sex: 'M', who: 'footballer',
    en: 'Berbatov, Dimitar', de: 'Berbatow, Dimitar', pl: 'Berbatow, Dimityr',
  },
  {
    id: 'grigor-dimitrov', lang: 'bg', family: 'Димитров', given: 'Григор', born: '1991-05-16', sex: 'M', who: 'tennis player',
    en: 'Dimitrov, Grigor', de: 'Dimitrow, Grigor', pl: 'Dimitrow, Grigor',
  },
  {
    id: 'georgi-dimitrov', lang: 'bg', family: 'Димитров', given: 'Георги', born: '1882-06-18', sex: 'M', who: 'communist leader of Bulgaria',
    en: 'Dimitrov, Georgi', de: 'Dimitrow, Georgi', pl: 'Dymitrow, Georgi', es: 'Dimitrov, Gueorgui ?',
  },
  {
    id: 'todor-zhivkov', lang: 'bg', family: 'Живков', given: 'Тодор', born: '1911-09-07', sex: 'M', who: 'communist leader of Bulgaria (1954–1989)',
    en: 'Zhivkov, Todor', de: 'Schiwkow, Todor', fr: 'Jivkov, Todor', pl: 'Żiwkow, Todor', cs: 'Živkov, Todor', it: 'Živkov, Todor',
    nl: 'Zjivkov, Todor', sv: 'Zjivkov, Todor', hu: 'Zsivkov, Todor', ro: 'Jivkov, Todor',
  },
  {
    id: 'boyko-borisov', lang: 'bg', family: 'Борисов', given: 'Бойко', born: '1959-06-13', sex: 'M', who: 'Prime Minister of Bulgaria',
    en: ['Borissov, Boyko', 'Borisov, Boyko'], de: 'Borissow, Bojko', fr: 'Borissov, Boïko', pl: 'Borisow, Bojko', cs: 'Borisov, Bojko',
    es: 'Borísov, Boiko', hu: 'Boriszov, Bojko', ro: 'Borisov, Boiko',
  },
  {
    id: 'rumen-radev', lang: 'bg', family: 'Радев', given: 'Румен', born: '1963-06-18', sex: 'M', who: 'President of Bulgaria',
    en: 'Radev, Rumen', de: 'Radew, Rumen', fr: 'Radev, Roumen', pl: 'Radew, Rumen',
  },
  {
    id: 'stefka-kostadinova', lang: 'bg', family: 'Костадинова', given: 'Стефка', born: '1965-03-25', sex: 'F', who: 'high jumper',
    en: 'Kostadinova, Stefka', de: 'Kostadinowa, Stefka', pl: 'Kostadinowa, Stefka', cs: 'Kostadinovová, Stefka',
  },
  {
    id: 'hristo-botev', lang: 'bg', family: 'Ботев', given: 'Христо', born: '1848-01-06', sex: 'M', who: 'poet and revolutionary',
    en: 'Botev, Hristo', de: 'Botew, Christo', pl: 'Botew, Christo', hu: 'Botev, Hriszto',
  },
  {
    id: 'vasil-levski', lang: 'bg', family: 'Левски', given: 'Васил', born: '1837-07-18', sex: 'M', who: 'revolutionary',
    en: 'Levski, Vasil', de: 'Lewski, Wassil', pl: 'Lewski, Wasił', fr: 'Levski, Vassil',
  },
  // --- Serbian -----------------------------------------------------------------------------------------------------
  {
    id: 'novak-djokovic', lang: 'sr', family: 'Ђоковић', given: 'Новак', born: '1987-05-22', sex: 'M', who: 'tennis player',
    sr: 'Đoković, Novak', en: 'Djokovic, Novak', pl: 'Djoković, Novak', cs: 'Djokovič, Novak', hu: 'Djokovics, Novak',
  },
  {
    id: 'slobodan-milosevic', lang: 'sr', family: 'Милошевић', given: 'Слободан', born: '1941-08-20', sex: 'M', who: 'President of Serbia and of Yugoslavia',
    sr: 'Milošević, Slobodan', en: 'Milosevic, Slobodan', hu: 'Milosevics, Szlobodan ?', ro: 'Miloșevici, Slobodan',
  },
  {
    id: 'radovan-karadzic', lang: 'sr', family: 'Караџић', given: 'Радован', born: '1945-06-19', sex: 'M', who: 'Bosnian Serb wartime leader',
    sr: 'Karadžić, Radovan', en: 'Karadzic, Radovan', hu: 'Karadzsics, Radovan', ro: 'Karadzici, Radovan ?',
  },
  {
    id: 'vuk-karadzic', lang: 'sr', family: 'Караџић', given: 'Вук', born: '1787-11-07', sex: 'M', decoy: true, who: 'philologist, reformer of the Serbian language',
    sr: 'Karadžić, Vuk', en: 'Karadzic, Vuk', hu: 'Karadzsics, Vuk',
  },
  {
    id: 'ratko-mladic', lang: 'sr', family: 'Младић', given: 'Ратко', born: '1942-03-12', sex: 'M', who: 'Bosnian Serb wartime commander',
    sr: 'Mladić, Ratko', en: 'Mladic, Ratko', hu: 'Mladics, Ratko', ro: 'Mladici, Ratko ?',
  },
  {
    id: 'aleksandar-vucic', lang: 'sr', family: 'Вучић', given: 'Александар', born: '1970-03-05', sex: 'M', who: 'President of Serbia',
    sr: 'Vučić, Aleksandar', en: 'Vucic, Aleksandar', hu: 'Vucsics, Aleksandar', ro: 'Vucici, Aleksandar ?',
  },
  {
    id: 'zoran-djindjic', lang: 'sr', family: 'Ђинђић', given: 'Зоран', born: '1952-08-01', sex: 'M', who: 'Prime Minister of Serbia (2001–2003)',
    sr: 'Đinđić, Zoran', en: 'Djindjic, Zoran', de: 'Djindjić, Zoran',
  },
  {
    id: 'ivo-andric', lang: 'sr', family: 'Андрић', given: 'Иво', born: '1892-10-09', sex: 'M', who: 'writer, Nobel Prize in Literature 1961',
    sr: 'Andrić, Ivo', en: 'Andric, Ivo',
  },
  {
    id: 'nikola-jokic', lang: 'sr', family: 'Јокић', given: 'Никола', born: '1995-02-19', sex: 'M', who: 'basketball player',
    sr: 'Jokić, Nikola', en: 'Jokic, Nikola',
  },
  // --- Greek -------------------------------------------------------------------------------------------------------
  {
    id: 'konstantinos-karamanlis', lang: 'el', family: 'Καραμανλής', given: 'Κωνσταντίνος', born: '1907-03-08', sex: 'M', who: 'Prime Minister and President of Greece',
    en: ['Karamanlis, Konstantinos', 'Karamanlis, Constantine'], fr: 'Caramanlis, Constantin', es: 'Karamanlís, Konstantinos ?',
    it: 'Caramanlis, Costantino ?', pl: 'Karamanlis, Konstandinos', hu: 'Karamanlisz, Konsztantinosz',
  },
  {
    id: 'kostas-karamanlis', lang: 'el', family: 'Καραμανλής', given: 'Κωνσταντίνος', born: '1956-09-14', sex: 'M', who: 'Prime Minister of Greece (2004–2009), nephew of Konstantinos Karamanlis',
    aliases: ['Κώστας Καραμανλής'],
    en: 'Karamanlis, Kostas', fr: 'Caramanlis, Costas', hu: 'Karamanlisz, Kosztasz',
  },
  {
    id: 'alexis-tsipras', lang: 'el', family: 'Τσίπρας', given: 'Αλέξης', born: '1974-07-28', sex: 'M', who: 'Prime Minister of Greece (2015–2019)',
    en: 'Tsipras, Alexis', pl: 'Cipras, Aleksis', hr: 'Cipras, Aleksis', sl: 'Cipras, Aleksis', hu: 'Ciprasz, Alékszisz',
  },
  {
    id: 'nikos-kazantzakis', lang: 'el', family: 'Καζαντζάκης', given: 'Νίκος', born: '1883-02-18', sex: 'M', who: 'novelist',
    en: 'Kazantzakis, Nikos', fr: ['Kazantzaki, Nikos # the form of French editions of his books', 'Kazantzákis, Níkos'],
    hu: 'Kazantzakisz, Nikosz',
  },
  {
    id: 'andreas-papandreou', lang: 'el', family: 'Παπανδρέου', given: 'Ανδρέας', born: '1919-02-05', sex: 'M', who: 'Prime Minister of Greece',
    en: 'Papandreou, Andreas', fr: 'Papandréou, Andréas', es: 'Papandreu, Andreas', pl: 'Papandreu, Andreas', hu: 'Papandreu, Andreasz',
  },
  {
    id: 'george-papandreou', lang: 'el', family: 'Παπανδρέου', given: 'Γεώργιος', born: '1952-06-16', sex: 'M', who: 'Prime Minister of Greece (2009–2011)',
    aliases: ['Γιώργος Παπανδρέου'],
    en: 'Papandreou, George # English form of the given name', de: 'Papandreou, Giorgos', fr: 'Papandréou, Georges',
    es: 'Papandreu, Yorgos', pl: 'Papandreu, Jorgos', hu: 'Papandreu, Jórgosz ?',
  },
  {
    id: 'kyriakos-mitsotakis', lang: 'el', family: 'Μητσοτάκης', given: 'Κυριάκος', born: '1968-03-04', sex: 'M', who: 'Prime Minister of Greece',
    en: 'Mitsotakis, Kyriakos', pl: 'Mitsotakis, Kiriakos ?', hu: 'Micotakisz, Kiriákosz',
  },
  {
    id: 'konstantinos-mitsotakis', lang: 'el', family: 'Μητσοτάκης', given: 'Κωνσταντίνος', born: '1918-10-18', sex: 'M', decoy: true, who: 'Prime Minister of Greece (1990–1993), father of Kyriakos Mitsotakis',
    en: ['Mitsotakis, Konstantinos', 'Mitsotakis, Constantine'], pl: 'Mitsotakis, Konstandinos ?',
  },
  {
    id: 'yanis-varoufakis', lang: 'el', family: 'Βαρουφάκης', given: 'Γιάνης', born: '1961-03-24', sex: 'M', who: 'economist, Greek Finance Minister (2015)',
    en: 'Varoufakis, Yanis', es: 'Varufakis, Yanis', pl: 'Warufakis, Janis', cs: 'Varufakis, Janis', hr: 'Varufakis, Janis',
    hu: 'Varufakisz, Janisz',
  },
  {
    id: 'mikis-theodorakis', lang: 'el', family: 'Θεοδωράκης', given: 'Μίκης', born: '1925-07-29', sex: 'M', who: 'composer',
    en: 'Theodorakis, Mikis', fr: 'Théodorakis, Míkis ?', hu: 'Theodorakisz, Mikisz',
  },
  {
    id: 'melina-mercouri', lang: 'el', family: 'Μερκούρη', given: 'Μελίνα', born: '1920-10-18', sex: 'F', who: 'actress, Greek Minister of Culture',
    en: 'Mercouri, Melina',
  },
  {
    id: 'maria-callas', lang: 'el', family: 'Κάλλας', given: 'Μαρία', born: '1923-12-02', sex: 'F', who: 'soprano',
    en: 'Callas, Maria', hu: 'Callas, Mária',
  },
  {
    id: 'stefanos-tsitsipas', lang: 'el', family: 'Τσιτσιπάς', given: 'Στέφανος', born: '1998-08-12', sex: 'M', who: 'tennis player',
    en: 'Tsitsipas, Stefanos', hu: 'Cicipasz, Sztefanosz',
  },
  {
    id: 'eleftherios-venizelos', lang: 'el', family: 'Βενιζέλος', given: 'Ελευθέριος', born: '1864-08-23', sex: 'M', who: 'Prime Minister of Greece',
    en: 'Venizelos, Eleftherios', fr: 'Venizélos, Elefthérios', it: 'Venizelos, Eleutherios', pl: 'Wenizelos, Eleftherios',
    hu: 'Venizelosz, Eleftheriosz',
  },
  {
    id: 'evangelos-venizelos', lang: 'el', family: 'Βενιζέλος', given: 'Ευάγγελος', born: '1957-01-01', sex: 'M', decoy: true, who: 'Greek Deputy Prime Minister (2011–2015)',
    en: 'Venizelos, Evangelos', pl: 'Wenizelos, Ewangelos ?',
  },
  {
    id: 'antonis-samaras', lang: 'el', family: 'Σαμαράς', given: 'Αντώνης', born: '1951-05-23', sex: 'M', who: 'Prime Minister of Greece (2012–2015)',
    en: 'Samaras, Antonis', es: 'Samarás, Antonis', pl: 'Samaras, Andonis', hu: 'Szamarasz, Antonisz',
  },
  {
    id: 'giorgos-seferis', lang: 'el', family: 'Σεφέρης', given: 'Γιώργος', born: '1900-03-13', sex: 'M', who: 'poet, Nobel Prize in Literature 1963',
    en: ['Seferis, George', 'Seferis, Giorgos'], fr: 'Séféris, Georges', es: 'Seferis, Yorgos', pl: 'Seferis, Jorgos',
    hu: 'Szeferisz, Jorgosz',
  },
  {
    id: 'odysseas-elytis', lang: 'el', family: 'Ελύτης', given: 'Οδυσσέας', born: '1911-11-02', sex: 'M', who: 'poet, Nobel Prize in Literature 1979',
    en: 'Elytis, Odysseas', pl: 'Elitis, Odiseas', hu: 'Elitisz, Odisszeasz',
  },
  {
    id: 'ioannis-kapodistrias', lang: 'el', family: 'Καποδίστριας', given: 'Ιωάννης', born: '1776-02-11', sex: 'M', who: 'first Governor of Greece',
    en: ['Kapodistrias, Ioannis', 'Capodistria, John'], fr: 'Capodistria, Jean', it: 'Capodistria, Giovanni', pl: 'Kapodistrias, Joanis ?',
  },
  // --- Arabic ------------------------------------------------------------------------------------------------------
  {
    id: 'abdelaziz-bouteflika', lang: 'ar', family: 'بوتفليقة', given: 'عبد العزيز', born: '1937-03-02', sex: 'M', who: 'President of Algeria (1999–2019)',
    latin: 'Bouteflika, Abdelaziz',
    fr: 'Bouteflika, Abdelaziz', es: 'Buteflika, Abdelaziz', pl: 'Buteflika, Abdelaziz', hu: 'Buteflika, Abdelaziz',
    de: 'Bouteflika, Abd al-Aziz ?',
  },
  {
    id: 'emir-abdelkader', lang: 'ar', family: 'الجزائري', given: 'عبد القادر', born: '1808-09-06', sex: 'M', who: 'leader of the Algerian resistance to French conquest',
    fr: ['Abd el-Kader # given name alone, as the French and German press name him', 'Abdelkader # given name alone (Maghreb spelling)', 'El Djezairi, Abdelkader'],
    en: ['al-Jazairi, Abd al-Qadir # the form of English-language books and encyclopaedias more than of the news', "al-Jaza'iri, Abd al-Qadir # the form of English-language books and encyclopaedias"],
  },
  {
    id: 'abdelkader-bensalah', lang: 'ar', family: 'بن صالح', given: 'عبد القادر', born: '1941-11-24', sex: 'M', who: 'interim President of Algeria (2019)',
    latin: 'Bensalah, Abdelkader',
    fr: 'Bensalah, Abdelkader',
  },
  {
    id: 'abdelmadjid-tebboune', lang: 'ar', family: 'تبون', given: 'عبد المجيد', born: '1945-11-17', sex: 'M', who: 'President of Algeria',
    latin: 'Tebboune, Abdelmadjid',
    fr: 'Tebboune, Abdelmadjid', es: 'Tebún, Abdelmayid ?',
  },
  {
    id: 'ahmed-ben-bella', lang: 'ar', family: 'بن بلة', given: 'أحمد', born: '1916-12-25', sex: 'M', who: 'first President of Algeria',
    latin: 'Ben Bella, Ahmed',
    fr: 'Ben Bella, Ahmed', pl: 'Ben Bella, Ahmad ?',
  },
  {
    id: 'zine-el-abidine-ben-ali', lang: 'ar', family: 'بن علي', given: 'زين العابدين', born: '1936-09-03', sex: 'M', who: 'President of Tunisia (1987–2011)',
    latin: 'Ben Ali, Zine El Abidine',
    fr: 'Ben Ali, Zine el-Abidine', en: 'Ben Ali, Zine El Abidine', pl: 'Ben Ali, Zin al-Abidin ?',
  },
  {
    id: 'habib-bourguiba', lang: 'ar', family: 'بورقيبة', given: 'الحبيب', sex: 'M', who: 'first President of Tunisia (date of birth disputed, left out)',
    latin: 'Bourguiba, Habib',
    fr: 'Bourguiba, Habib', es: 'Burguiba, Habib', pl: 'Burgiba, Habib', cs: 'Burgiba, Habíb ?', hu: 'Burgiba, Habib ?',
  },
  {
    id: 'abderrahmane-youssoufi', lang: 'ar', family: 'اليوسفي', given: 'عبد الرحمن', born: '1924-03-08', sex: 'M', who: 'Prime Minister of Morocco (1998–2002)',
    latin: 'Youssoufi, Abderrahmane',
    fr: 'Youssoufi, Abderrahmane', es: 'Yusufi, Abderrahman ?',
  },
  {
    id: 'mohammed-bin-salman', lang: 'ar', family: 'آل سعود', given: 'محمد بن سلمان', born: '1985-08-31', sex: 'M', who: 'Crown Prince and Prime Minister of Saudi Arabia',
    latin: 'Al Saud, Mohammed bin Salman',
    en: ['Mohammed bin Salman # given names (with the father’s name) alone, as the press names him', 'Al Saud, Mohammed bin Salman'],
    fr: ['Mohammed ben Salmane # given names alone, as the French press names him', 'Al Saoud, Mohammed ben Salmane'],
    es: 'Mohamed bin Salmán # given names alone', hu: 'Mohammed bin Szalmán # given names alone',
    pl: 'Muhammad ibn Salman # given names alone ?',
  },
  {
    id: 'salman-bin-abdulaziz', lang: 'ar', family: 'آل سعود', given: 'سلمان بن عبد العزيز', born: '1935-12-31', sex: 'M', decoy: true, who: 'King of Saudi Arabia, father of Mohammed bin Salman',
    latin: 'Al Saud, Salman bin Abdulaziz',
    en: ['Salman bin Abdulaziz # given names alone', 'Salman bin Abdul Aziz # given names alone', 'Al Saud, Salman bin Abdulaziz'],
    fr: 'Salmane ben Abdelaziz # given names alone', de: 'Salman ibn Abd al-Aziz # given names alone',
  },
  {
    id: 'gamal-abdel-nasser', lang: 'ar', family: 'عبد الناصر', given: 'جمال', born: '1918-01-15', sex: 'M', who: 'President of Egypt (1956–1970)',
    en: ['Abdel Nasser, Gamal', 'Nasser # the short form of the family name the press uses'], it: 'Abd el-Nasser, Gamal',
    pl: 'Abdel Naser, Gamal', cs: 'Abdel Násir, Gamál', hu: 'Abden-Nasszer, Gamal ?',
  },
  {
    id: 'anwar-sadat', lang: 'ar', family: 'السادات', given: 'أنور', born: '1918-12-25', sex: 'M', who: 'President of Egypt (1970–1981)',
    en: ['Sadat, Anwar', 'el-Sadat, Anwar'], de: 'as-Sadat, Anwar', fr: ['el-Sadate, Anouar', 'Sadate, Anouar'], it: 'al-Sadat, Anwar',
    cs: 'as-Sádát, Anvar ?', hu: 'Szadat, Anvar',
  },
  {
    id: 'hosni-mubarak', lang: 'ar', family: 'مبارك', given: 'حسني', born: '1928-05-04', sex: 'M', who: 'President of Egypt (1981–2011)',
    en: 'Mubarak, Hosni', de: 'Mubarak, Husni', fr: 'Moubarak, Hosni', cs: 'Mubarak, Husní', hu: 'Mubarak, Hoszni',
    nl: 'Moebarak, Hosni',
  },
  {
    id: 'mohamed-morsi', lang: 'ar', family: 'مرسي', given: 'محمد', sex: 'M', who: 'President of Egypt (2012–2013) (date of birth not written: not known well enough here)',
    en: ['Morsi, Mohamed', 'Mursi, Mohamed'], de: 'Mursi, Mohammed', es: 'Mursi, Mohamed', pl: 'Mursi, Muhammad', cs: 'Mursí, Muhammad ?',
    hu: 'Murszi, Mohamed',
  },
  {
    id: 'abdel-fattah-el-sisi', lang: 'ar', family: 'السيسي', given: 'عبد الفتاح', born: '1954-11-19', sex: 'M', who: 'President of Egypt',
    latin: 'El-Sisi, Abdel Fattah',
    en: ['el-Sisi, Abdel Fattah', 'al-Sisi, Abdel Fattah'], de: 'al-Sisi, Abd al-Fattah', fr: 'al-Sissi, Abdel Fattah',
    es: 'al Sisi, Abdelfatah ?',
  },
  {
    id: 'muammar-gaddafi', lang: 'ar', family: 'القذافي', given: 'معمر', sex: 'M', who: 'ruler of Libya (1969–2011) (date of birth uncertain, left out)',
    en: ['Gaddafi, Muammar', 'Qaddafi, Muammar', 'Gadhafi, Moammar'], de: 'al-Gaddafi, Muammar', fr: 'Kadhafi, Mouammar',
    es: ['Gadafi, Muamar', 'el Gadafi, Muamar'], it: 'Gheddafi, Muammar', pl: 'Kaddafi, Muammar', cs: 'Kaddáfí, Muammar',
    hr: 'Gadafi, Moamer', sl: 'Gadafi, Moamer ?', pt: 'Kadafi, Muammar ?', nl: 'Khadaffi, Moammar ?', sv: 'Khadaffi, Muammar ?',
    hu: 'Kadhafi, Moammer',
  },
  {
    id: 'saddam-hussein', lang: 'ar', family: 'حسين', given: 'صدام', born: '1937-04-28', sex: 'M', who: 'President of Iraq (1979–2003)',
    en: 'Hussein, Saddam', es: 'Husein, Sadam', pl: 'Husajn, Saddam', cs: 'Husajn, Saddám', hr: 'Husein, Sadam', nl: 'Hoessein, Saddam',
    hu: 'Huszein, Szaddám',
  },
  {
    id: 'bashar-al-assad', lang: 'ar', family: 'الأسد', given: 'بشار', born: '1965-09-11', sex: 'M', who: 'President of Syria (2000–2024)',
    en: ['al-Assad, Bashar', 'Assad, Bashar'], de: 'al-Assad, Baschar', fr: 'el-Assad, Bachar', es: 'al Asad, Bashar',
    pl: 'al-Asad, Baszszar', cs: 'Asad, Bašár', hu: 'el-Aszad, Bassár',
  },
  {
    id: 'hafez-al-assad', lang: 'ar', family: 'الأسد', given: 'حافظ', born: '1930-10-06', sex: 'M', decoy: true, who: 'President of Syria (1971–2000), father of Bashar al-Assad',
    en: 'al-Assad, Hafez', de: 'al-Assad, Hafis', fr: 'el-Assad, Hafez', pl: 'al-Asad, Hafiz', cs: 'al-Asad, Háfiz ?',
    hu: 'el-Aszad, Háfez ?',
  },
  {
    id: 'yasser-arafat', lang: 'ar', family: 'عرفات', given: 'ياسر', born: '1929-08-24', sex: 'M', who: 'Chairman of the PLO',
    en: ['Arafat, Yasser', 'Arafat, Yasir'], de: 'Arafat, Jassir', pl: 'Arafat, Jasir', cs: 'Arafat, Jásir', hr: 'Arafat, Jaser ?',
    hu: 'Arafat, Jasszer',
  },
  {
    id: 'mahmoud-abbas', lang: 'ar', family: 'عباس', given: 'محمود', born: '1935-11-15', sex: 'M', who: 'President of the Palestinian Authority',
    en: 'Abbas, Mahmoud', de: 'Abbas, Mahmud', es: 'Abás, Mahmud', cs: 'Abbás, Mahmúd', hu: 'Abbász, Mahmúd',
  },
  {
    id: 'mahmoud-darwish', lang: 'ar', family: 'درويش', given: 'محمود', born: '1941-03-13', sex: 'M', who: 'poet',
    en: 'Darwish, Mahmoud', de: 'Darwisch, Mahmud', fr: 'Darwich, Mahmoud', es: 'Darwish, Mahmud', pl: 'Darwisz, Mahmud',
  },
  {
    id: 'osama-bin-laden', lang: 'ar', family: 'بن لادن', given: 'أسامة', born: '1957-03-10', sex: 'M', who: 'founder of al-Qaeda',
    en: ['bin Laden, Osama', 'bin Laden, Usama', 'bin Ladin, Usama'], fr: 'ben Laden, Oussama', cs: 'bin Ládin, Usáma',
    sv: 'bin Ladin, Usama ?', hu: 'bin Laden, Oszama',
  },
  {
    id: 'ayman-al-zawahiri', lang: 'ar', family: 'الظواهري', given: 'أيمن', born: '1951-06-19', sex: 'M', who: 'leader of al-Qaeda (2011–2022)',
    en: 'al-Zawahiri, Ayman', de: 'al-Sawahiri, Aiman', es: 'al Zawahiri, Aymán', pl: 'az-Zawahiri, Ajman', cs: 'az-Zavahrí, Ajmán ?',
  },
  {
    id: 'naguib-mahfouz', lang: 'ar', family: 'محفوظ', given: 'نجيب', born: '1911-12-11', sex: 'M', who: 'novelist, Nobel Prize in Literature 1988',
    en: 'Mahfouz, Naguib', de: 'Machfus, Nagib', es: 'Mahfuz, Naguib', it: 'Mahfuz, Nagib', pl: 'Mahfuz, Nadżib', cs: 'Mahfúz, Nagíb',
    hu: 'Mahfúz, Nagíb',
  },
  {
    id: 'mohamed-salah', lang: 'ar', family: 'صلاح', given: 'محمد', born: '1992-06-15', sex: 'M', who: 'footballer',
    latin: 'Salah, Mohamed',
    en: 'Salah, Mohamed', hu: 'Szalah, Mohamed',
  },
  {
    id: 'riyad-mahrez', lang: 'ar', family: 'محرز', given: 'رياض', born: '1991-02-21', sex: 'M', who: 'footballer',
    latin: 'Mahrez, Riyad',
    en: 'Mahrez, Riyad',
  },
];

/** Kinds of negative case: the query names the second person of a pair, and the first must not come first. */
export type NegativeKind = 'same-family' | 'feminine-form' | 'similar-family' | 'same-given' | 'other-year';

export const NEGATIVE_KINDS: Record<NegativeKind, string> = {
  'same-family': 'same family name, another given name',
  'feminine-form': 'the feminine (or masculine) form of the family name, another person',
  'similar-family': 'a similar family name',
  'same-given': 'the same given name, another family name',
  'other-year': 'the same name, another year of birth (queried as family, given, year)',
};

/** Pairs of real people in PEOPLE with similar names; each is the other's negative, both ways. */
export const NEGATIVE_PAIRS: [string, string, NegativeKind][] = [
  ['taras-shevchenko', 'andriy-shevchenko', 'same-family'],
  ['vitali-klitschko', 'wladimir-klitschko', 'same-family'],
  ['dmitry-medvedev', 'daniil-medvedev', 'same-family'],
  ['dmitri-shostakovich', 'maxim-shostakovich', 'same-family'],
  ['lev-tolstoy', 'aleksey-tolstoy', 'same-family'],
  ['sergei-ivanov', 'igor-ivanov', 'same-family'],
  ['alexander-zakharchenko', 'vitaliy-zakharchenko', 'same-family'],
  ['grigor-dimitrov', 'georgi-dimitrov', 'same-family'],
  ['radovan-karadzic', 'vuk-karadzic', 'same-family'],
  ['andreas-papandreou', 'george-papandreou', 'same-family'],
  ['kyriakos-mitsotakis', 'konstantinos-mitsotakis', 'same-family'],
  ['eleftherios-venizelos', 'evangelos-venizelos', 'same-family'],
  ['bashar-al-assad', 'hafez-al-assad', 'same-family'],
  ['mohammed-bin-salman', 'salman-bin-abdulaziz', 'same-family'],
  ['nikita-khrushchev', 'sergei-khrushchev', 'same-family'],
  ['yulia-tymoshenko', 'semyon-timoshenko', 'same-family'],
  ['alexei-navalny', 'yulia-navalnaya', 'feminine-form'],
  ['mikhail-gorbachev', 'raisa-gorbacheva', 'feminine-form'],
  ['boris-yeltsin', 'naina-yeltsina', 'feminine-form'],
  ['vladimir-putin', 'lyudmila-putina', 'feminine-form'],
  ['volodymyr-zelensky', 'olena-zelenska', 'feminine-form'],
  ['marat-safin', 'dinara-safina', 'feminine-form'],
  ['lev-tolstoy', 'tatyana-tolstaya', 'feminine-form'],
  ['taras-shevchenko', 'yuri-shevchuk', 'similar-family'],
  ['andriy-shevchenko', 'yuri-shevchuk', 'similar-family'],
  ['yulia-tymoshenko', 'anatoliy-tymoshchuk', 'similar-family'],
  ['garry-kasparov', 'anatoly-karpov', 'similar-family'],
  ['zine-el-abidine-ben-ali', 'ahmed-ben-bella', 'similar-family'],
  ['mohamed-salah', 'abdelkader-bensalah', 'similar-family'],
  ['leonid-kravchuk', 'leonid-kuchma', 'same-given'],
  ['viktor-yushchenko', 'viktor-yanukovych', 'same-given'],
  ['alexei-navalny', 'alexei-leonov', 'same-given'],
  ['abdelkader-bensalah', 'emir-abdelkader', 'same-given'],
  ['mahmoud-abbas', 'mahmoud-darwish', 'same-given'],
  ['mohamed-morsi', 'mohamed-salah', 'same-given'],
  ['konstantinos-karamanlis', 'kostas-karamanlis', 'other-year'],
];

// --- Worked examples of published romanization tables --------------------------------------------------------------
// Only tables whose worked examples are known reliably here. The Ukrainian national transliteration's table gives, for
// every letter, examples of place and personal names; the personal names are below, as the table prints them.

export const UA_NATIONAL =
  'Ukrainian national transliteration (Cabinet of Ministers of Ukraine resolution No. 55 of 27 January 2010), table of examples';

/** The personal names among the table's examples: [Cyrillic, Latin]. */
export const UA_NATIONAL_EXAMPLES: [string, string][] = [
  ['Андрій', 'Andrii'],
  ['Борисенко', 'Borysenko'],
  ['Володимир', 'Volodymyr'],
  ['Богдан', 'Bohdan'],
  ['Згурський', 'Zghurskyi'],
  ['Ґалаґан', 'Galagan'],
  ['Дмитро', 'Dmytro'],
  ['Олег', 'Oleh'],
  ['Есмань', 'Esman'],
  ['Гаєвич', 'Haievych'],
  ['Жанна', 'Zhanna'],
  ['Казимирчук', 'Kazymyrchuk'],
  ['Михайленко', 'Mykhailenko'],
  ['Іващенко', 'Ivashchenko'],
  ['Їжакевич', 'Yizhakevych'],
  ['Олексій', 'Oleksii'],
  ['Коваленко', 'Kovalenko'],
  ['Леонід', 'Leonid'],
  ['Маринич', 'Marynych'],
  ['Наталія', 'Nataliia'],
  ['Онищенко', 'Onyshchenko'],
  ['Петро', 'Petro'],
  ['Рибчинський', 'Rybchynskyi'],
  ['Соломія', 'Solomiia'],
  ['Троць', 'Trots'],
  ['Уляна', 'Uliana'],
  ['Філіпчук', 'Filipchuk'],
  ['Христина', 'Khrystyna'],
  ['Стеценко', 'Stetsenko'],
  ['Шевченко', 'Shevchenko'],
  ['Гаращенко', 'Harashchenko'],
  ['Юрій', 'Yurii'],
  ['Ярошенко', 'Yaroshenko'],
  ['Костянтин', 'Kostiantyn'],
];

/** Names put together from those examples ([family, given], both from the table; not real people). */
export const UA_NATIONAL_NAMES: [string, string][] = [
  ['Коваленко', 'Олексій'],
  ['Михайленко', 'Наталія'],
  ['Онищенко', 'Петро'],
  ['Ярошенко', 'Соломія'],
  ['Стеценко', 'Христина'],
  ['Гаращенко', 'Уляна'],
  ['Іващенко', 'Дмитро'],
  ['Рибчинський', 'Леонід'],
  ['Згурський', 'Олег'],
  ['Казимирчук', 'Богдан'],
  ['Філіпчук', 'Жанна'],
  ['Маринич', 'Костянтин'],
  ['Троць', 'Юрій'],
  ['Ґалаґан', 'Володимир'],
  ['Їжакевич', 'Андрій'],
  ['Борисенко', 'Соломія'],
  ['Гаєвич', 'Олексій'],
  ['Есмань', 'Наталія'],
];

/** Real people in PEOPLE whose family and given names are both among the table's examples. */
export const UA_NATIONAL_PEOPLE = ['andriy-shevchenko'];

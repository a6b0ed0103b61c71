// Number-word lexicons for Bokmål, Nynorsk and English. Bokmål and Nynorsk
// share one table: real texts mix the forms, and no Norwegian number word is
// an ordinary word in the other variant.

/** Cardinal words that are numbers wherever they stand (lower-case). */
export const NO_CARDINALS: ReadonlyMap<string, number> = new Map([
  ['null', 0], ['én', 1], ['èn', 1],
  ['to', 2], ['tre', 3], ['fire', 4], ['fem', 5], ['seks', 6], ['sju', 7], ['syv', 7],
  ['åtte', 8], ['ni', 9], ['ti', 10], ['elleve', 11], ['tolv', 12], ['tretten', 13],
  ['fjorten', 14], ['femten', 15], ['seksten', 16], ['sytten', 17], ['søtten', 17],
  ['atten', 18], ['nitten', 19], ['tjue', 20], ['tyve', 20], ['tretti', 30], ['tredve', 30],
  ['førti', 40], ['femti', 50], ['seksti', 60], ['sytti', 70], ['søtti', 70], ['åtti', 80],
  ['nitti', 90], ['hundre', 100], ['tusen', 1000],
]);

export const EN_CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
]);

/** Words that mean "one" only in some contexts: articles, pronouns. */
export const NO_ONE_WORDS = new Set(['en', 'ett', 'ein', 'eitt', 'et', 'eit', 'ei']);
/** The neuter forms: "ett"/"eitt" are the numeral in careful writing. */
export const NO_NEUTER_ONE = new Set(['ett', 'eitt']);
export const EN_ONE_WORDS = new Set(['one', 'a', 'an']);

/** Large multipliers. Norwegian "billion" is 10^12, English 10^9. */
export const NO_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['million', 1e6], ['millioner', 1e6], ['millionar', 1e6], ['millionen', 1e6],
  ['milliard', 1e9], ['milliarder', 1e9], ['milliardar', 1e9],
  ['billion', 1e12], ['billioner', 1e12], ['billionar', 1e12],
]);
export const EN_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9],
  ['trillion', 1e12], ['trillions', 1e12],
]);
/** Abbreviated multipliers after a figure; the period is taken with them. */
export const NO_MULT_ABBR: ReadonlyMap<string, number> = new Map([
  ['mill', 1e6], ['mln', 1e6], ['mio', 1e6], ['mrd', 1e9], ['mia', 1e9],
]);
/** English suffixes ("$4.5bn", "£3m", "50k"): "m" and "k" only with a currency. */
export const EN_MULT_ABBR: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['mn', 1e6], ['mln', 1e6],
]);
export const CURRENCY_ONLY_MULT_ABBR: ReadonlyMap<string, number> = new Map([
  ['m', 1e6], ['k', 1e3], ['b', 1e9],
]);

/** "et dusin" is exact; "et titall" is an estimate. */
export const GROUP_WORDS: ReadonlyMap<string, { value: number; approximate: boolean }> = new Map([
  ['dusin', { value: 12, approximate: false }], ['dozen', { value: 12, approximate: false }],
  ['titall', { value: 10, approximate: true }], ['titalls', { value: 10, approximate: true }],
  ['tjuetall', { value: 20, approximate: true }], ['tjuetalls', { value: 20, approximate: true }],
  ['hundretall', { value: 100, approximate: true }], ['hundretalls', { value: 100, approximate: true }],
  ['tusentall', { value: 1000, approximate: true }], ['tusentalls', { value: 1000, approximate: true }],
]);

export const HALF_WORDS = new Set(['halv', 'halvt', 'halve', 'half']);
export const ONE_AND_HALF: ReadonlyMap<string, number> = new Map([
  ['halvannen', 1.5], ['halvannet', 1.5], ['halvanna', 1.5], ['halvannan', 1.5], ['halvtanna', 1.5],
]);
/** Fraction nouns: "en tredjedel", "to tredjedeler", "a quarter". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['tredjedel', 1 / 3], ['tredjedeler', 1 / 3], ['tredjedelar', 1 / 3], ['tredel', 1 / 3], ['tredeler', 1 / 3],
  ['fjerdedel', 0.25], ['fjerdedeler', 0.25], ['firedel', 0.25], ['firedeler', 0.25], ['firedelar', 0.25],
  ['femtedel', 0.2], ['femtedeler', 0.2], ['tidel', 0.1], ['tideler', 0.1], ['tiendedel', 0.1],
  ['tiendedeler', 0.1], ['hundredel', 0.01], ['hundredeler', 0.01],
  // Definite plurals: "de nordligste to tredelene av landet".
  ['tredjedelene', 1 / 3], ['tredelene', 1 / 3], ['fjerdedelene', 0.25], ['firedelene', 0.25], ['femtedelene', 0.2],
  ['tidelene', 0.1], ['tiendedelene', 0.1], ['hundredelene', 0.01],
  ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 0.25], ['quarters', 0.25], ['fifth', 0.2], ['fifths', 0.2],
]);
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 0.2], ['⅛', 0.125],
]);

/** Unambiguous ordinal words. "andre"/"annen" (mostly "other"), "second" (also a
 *  time unit) and Bokmål "fyrste" (a prince) are left out on purpose. */
export const NO_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['første', 1], ['tredje', 3], ['fjerde', 4], ['femte', 5], ['sjette', 6], ['sjuende', 7],
  ['syvende', 7], ['åttende', 8], ['niende', 9], ['tiende', 10], ['ellevte', 11], ['tolvte', 12],
  ['trettende', 13], ['fjortende', 14], ['femtende', 15], ['sekstende', 16], ['syttende', 17],
  ['attende', 18], ['nittende', 19], ['tjuende', 20], ['tyvende', 20], ['trettiende', 30],
  ['førtiende', 40], ['femtiende', 50], ['sekstiende', 60], ['syttiende', 70], ['åttiende', 80],
  ['nittiende', 90], ['hundrede', 100], ['tusende', 1000],
]);
export const NN_ORDINALS: ReadonlyMap<string, number> = new Map([['fyrste', 1]]);
export const EN_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['hundredth', 100],
  ['thousandth', 1000],
]);

// Parts for single-token compounds ("tjuefem", "femogtjue", "tohundreogfemti").
export const NO_UNITS: ReadonlyMap<string, number> = new Map([
  ['en', 1], ['ein', 1], ['én', 1], ['ett', 1], ['eitt', 1], ['et', 1], ['to', 2], ['tre', 3], ['fire', 4],
  ['fem', 5], ['seks', 6], ['sju', 7], ['syv', 7], ['åtte', 8], ['ni', 9],
]);
export const NO_TEENS: ReadonlyMap<string, number> = new Map([
  ['ti', 10], ['elleve', 11], ['tolv', 12], ['tretten', 13], ['fjorten', 14], ['femten', 15],
  ['seksten', 16], ['sytten', 17], ['søtten', 17], ['atten', 18], ['nitten', 19],
]);
export const NO_TENS: ReadonlyMap<string, number> = new Map([
  ['tjue', 20], ['tyve', 20], ['tretti', 30], ['tredve', 30], ['førti', 40], ['femti', 50],
  ['seksti', 60], ['sytti', 70], ['søtti', 70], ['åtti', 80], ['nitti', 90],
]);
export const EN_UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);
export const EN_TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

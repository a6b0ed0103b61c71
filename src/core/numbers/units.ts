// Currencies, percent words and measurement units that may follow or precede
// a figure. Symbols and abbreviations belong to the figure's span ("25 %",
// "5 km", "kr 500"); unit words are metadata like a counted noun ("tre år").

export interface Currency {
  code: string;
  /** Value of one of these in the currency's main unit ("øre" is 0.01 NOK). */
  factor: number;
}

const c = (code: string, factor = 1): Currency => ({ code, factor });

/** Symbols glued to or standing before a figure. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, Currency> = new Map([
  ['$', c('USD')], ['€', c('EUR')], ['£', c('GBP')], ['¥', c('JPY')], ['₽', c('RUB')], ['₴', c('UAH')],
  ['₹', c('INR')], ['₩', c('KRW')],
]);

/** ISO codes, matched case-sensitively (upper case only: "NOK 300", "300 USD"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'NOK', 'USD', 'EUR', 'GBP', 'SEK', 'DKK', 'ISK', 'CHF', 'JPY', 'CNY', 'RUB', 'UAH', 'INR', 'CAD', 'AUD',
  'KRW', 'KPW', 'PLN', 'TRY', 'BRL', 'ZAR',
]);

/** Currency words after a figure (lower-cased). */
export const CURRENCY_WORDS: ReadonlyMap<string, Currency> = new Map([
  ['kroner', c('NOK')], ['krone', c('NOK')], ['kronar', c('NOK')], ['kr', c('NOK')], ['nkr', c('NOK')],
  ['kroners', c('NOK')], ['øre', c('NOK', 0.01)], ['kroner,-', c('NOK')],
  ['dollar', c('USD')], ['dollars', c('USD')], ['us-dollar', c('USD')], ['us-dollars', c('USD')], ['usd', c('USD')], ['dollaren', c('USD')], ['cent', c('USD', 0.01)], ['cents', c('USD', 0.01)],
  ['euro', c('EUR')], ['euros', c('EUR')],
  ['pund', c('GBP')], ['pound', c('GBP')], ['pounds', c('GBP')], ['pence', c('GBP', 0.01)],
  ['rubler', c('RUB')], ['rubel', c('RUB')], ['rublar', c('RUB')], ['roubles', c('RUB')], ['rubles', c('RUB')],
  ['yen', c('JPY')], ['yuan', c('CNY')], ['renminbi', c('CNY')], ['rupi', c('INR')], ['rupees', c('INR')],
  ['hryvnia', c('UAH')], ['hryvnja', c('UAH')], ['hryvnjaer', c('UAH')], ['won', c('KRW')],
  ['franc', c('CHF')], ['francs', c('CHF')], ['zloty', c('PLN')], ['lira', c('TRY')],
  ['crowns', c('NOK')], ['kronor', c('SEK')], ['kronur', c('ISK')],
]);

/** Adjectives that pick the country of a currency word ("svenske kroner"). */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['kroner', new Map([
    ['norske', 'NOK'], ['svenske', 'SEK'], ['danske', 'DKK'], ['islandske', 'ISK'],
    ['norwegian', 'NOK'], ['swedish', 'SEK'], ['danish', 'DKK'],
  ])],
  ['krone', new Map([['norske', 'NOK'], ['svenske', 'SEK'], ['danske', 'DKK']])],
  ['kronar', new Map([['norske', 'NOK'], ['svenske', 'SEK'], ['danske', 'DKK']])],
  ['dollar', new Map([
    ['amerikanske', 'USD'], ['kanadiske', 'CAD'], ['australske', 'AUD'], ['us', 'USD'], ['canadian', 'CAD'],
    ['australian', 'AUD'],
  ])],
  ['dollars', new Map([['us', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD']])],
  ['pund', new Map([['britiske', 'GBP']])],
  ['pounds', new Map([['british', 'GBP']])],
  ['crowns', new Map([['norwegian', 'NOK'], ['swedish', 'SEK'], ['danish', 'DKK']])],
]);

/** Currency words that may stand before a figure: "kr 500", "kr. 500". */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, Currency> = new Map([
  ['kr', c('NOK')], ['nkr', c('NOK')],
]);

export interface PercentWord {
  unit: string;
}
/** Percent words and signs; "pp" marks percentage points. */
export const PERCENT_WORDS: ReadonlyMap<string, PercentWord> = new Map([
  ['%', { unit: '%' }], ['prosent', { unit: '%' }], ['pst', { unit: '%' }], ['percent', { unit: '%' }],
  ['prosentpoeng', { unit: 'pp' }], ['prosentpoengs', { unit: 'pp' }], ['prosentpoenget', { unit: 'pp' }],
  ['pp', { unit: 'pp' }], ['promille', { unit: '‰' }], ['‰', { unit: '‰' }],
]);

/** Symbols and abbreviations of measurement units, kept in the span. Multi-token
 *  ones ("km/t") are matched on the glued lower-case text. */
export const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['mg', 'mg'],
  ['l', 'l'], ['dl', 'dl'], ['cl', 'cl'], ['ml', 'ml'], ['km2', 'km²'], ['km²', 'km²'], ['m2', 'm²'], ['m²', 'm²'],
  ['m3', 'm³'], ['m³', 'm³'], ['kvm', 'm²'], ['daa', 'daa'],
  ['km/t', 'km/t'], ['km/h', 'km/h'], ['m/s', 'm/s'], ['mph', 'mph'], ['kn', 'kn'],
  ['°', '°'], ['°c', '°C'], ['°f', '°F'], ['℃', '°C'],
  ['kw', 'kW'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'],
  ['hk', 'hk'], ['ft', 'ft'], ['lb', 'lb'], ['lbs', 'lb'], ['oz', 'oz'],
  ['ss', 'ss'], ['ts', 'ts'], ['stk', 'stk'],
]);

/** Unit words, metadata only. Time units make the figure a duration. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['år', 'år'], ['års', 'år'], ['måned', 'måned'], ['måneder', 'måned'], ['månad', 'måned'], ['månader', 'måned'],
  ['mnd', 'måned'], ['uke', 'uke'], ['uker', 'uke'], ['veke', 'uke'], ['veker', 'uke'], ['døgn', 'døgn'],
  ['dag', 'dag'], ['dager', 'dag'], ['dagar', 'dag'], ['time', 'time'], ['timer', 'time'], ['timar', 'time'],
  ['minutt', 'minutt'], ['minutter', 'minutt'], ['sekund', 'sekund'], ['sekunder', 'sekund'],
  ['tiår', 'tiår'], ['århundre', 'århundre'], ['århundrer', 'århundre'], ['kvarter', 'kvarter'],
  ['year', 'year'], ['years', 'year'], ['month', 'month'], ['months', 'month'], ['week', 'week'], ['weeks', 'week'],
  ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'],
  ['seconds', 'second'], ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
]);

export const MEASURE_WORDS: ReadonlyMap<string, string> = new Map([
  ['kilometer', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['meter', 'm'],
  ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['centimeter', 'cm'], ['millimeter', 'mm'], ['mil', 'mil'],
  ['miles', 'mi'], ['mile', 'mi'], ['kilo', 'kg'], ['kilogram', 'kg'], ['kilos', 'kg'], ['kilograms', 'kg'],
  ['gram', 'g'], ['grams', 'g'], ['tonn', 't'], ['tonnes', 't'], ['tons', 't'], ['liter', 'l'], ['litres', 'l'],
  ['liters', 'l'], ['grader', '°'], ['degrees', '°'], ['hektar', 'ha'], ['hectares', 'ha'], ['dekar', 'daa'],
['kvadratmeter', 'm²'], ['kvadratkilometer', 'km²'], ['kubikkmeter', 'm³'], ['fot', 'ft'],
  ['feet', 'ft'], ['knop', 'kn'], ['megawatt', 'MW'], ['gigawatt', 'GW'], ['terawattimer', 'TWh'],
  ['fat', 'fat'], ['barrels', 'bbl'],
]);

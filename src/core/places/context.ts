// Lexicons for the context rules: they find places the gazetteer cannot
// know (hamlets, mountains, streets, buildings) from how Norwegian and English
// name them, and keep names of people and organisations out. All entries are
// folded keys (lower case, see normalize.ts).

import type { Lang, PlaceType } from '../model';
import { KeyFilter, KeySet } from '../text/keyfilter';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Word endings with a value, tested without scanning the whole list:
 *  endings of three letters or more are grouped by their last three letters,
 *  shorter ones by their last two, so a word ending like many entries
 *  ("-sen" of "Hansen" against dozens of "-en" endings) compares against few. */
export class SuffixMap<T> {
  // Keyed by the last code units as one number: no substring per lookup.
  // Each group keeps entry order (index), ending and value in parallel arrays.
  private readonly long = new Map<number, Group<T>>();
  private readonly short = new Map<number, Group<T>>();
  private readonly exact = new Map<string, T>();
  private readonly exactMay: KeyFilter;
  /** Length of the longest entry: a longer word is never an exact match. */
  private readonly maxLen: number;
  /** One bit per pair of last two code units (6 bits each) of any entry:
   *  a word whose pair is unset ends with no entry, and is turned away
   *  without the two map probes. */
  private readonly ends = new Uint8Array(512);

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    let maxLen = 0;
    entries.forEach((e, index) => {
      const s = e[0];
      if (s.length < 2) throw new Error(`SuffixMap: ending "${s}" is shorter than two letters`);
      if (!this.exact.has(s)) this.exact.set(s, e[1]);
      if (s.length > maxLen) maxLen = s.length;
      const pair = endPair(s);
      this.ends[pair >> 3] |= 1 << (pair & 7);
      const map = s.length >= 3 ? this.long : this.short;
      const k = s.length >= 3 ? tail3(s) : tail2(s);
      let g = map.get(k);
      if (!g) map.set(k, (g = { index: [], ends: [], values: [] }));
      g.index.push(index);
      g.ends.push(s);
      g.values.push(e[1]);
    });
    this.maxLen = maxLen;
    this.exactMay = new KeyFilter(this.exact.keys());
  }

  /** Value of the first ending w has with at least `minStem` letters before it. */
  get(w: string, minStem = 2): T | undefined {
    const n = w.length;
    if (n < 3 || !this.mayEnd(w)) return undefined;
    // The first matching entry in list order, from either group.
    const a = this.long.get(tail3(w));
    const ia = a ? firstIn(a, w, minStem) : -1;
    const b = this.short.get(tail2(w));
    const ib = b ? firstIn(b, w, minStem) : -1;
    if (ia < 0) return ib < 0 ? undefined : b!.values[ib];
    if (ib < 0 || a!.index[ia] < b!.index[ib]) return a!.values[ia];
    return b!.values[ib];
  }

  /** Some entry has w's last two code units (w has at least two). */
  private mayEnd(w: string): boolean {
    const e = endPair(w);
    return (this.ends[e >> 3] & (1 << (e & 7))) !== 0;
  }

  /** w is one of the endings itself, or ends with one. */
  match(w: string): T | undefined {
    if (w.length < 2 || !this.mayEnd(w)) return undefined;
    return (w.length <= this.maxLen && this.exactMay.mayHave(w) ? this.exact.get(w) : undefined) ?? this.get(w);
  }
}

interface Group<T> {
  index: number[];
  ends: string[];
  values: T[];
}

/** Position in g of its first ending that w has with `minStem` letters before it, or -1. */
function firstIn<T>(g: Group<T>, w: string, minStem: number): number {
  const ends = g.ends;
  for (let k = 0; k < ends.length; k++) {
    const s = ends[k];
    if (w.length >= s.length + minStem && w.endsWith(s)) return k;
  }
  return -1;
}

/** The last two code units, 6 bits each, of a string of two or more. */
function endPair(w: string): number {
  const n = w.length;
  return ((w.charCodeAt(n - 2) & 63) << 6) | (w.charCodeAt(n - 1) & 63);
}

function tail2(w: string): number {
  return w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1);
}

/** The last three code units mixed into a small integer (collisions only
 *  put an entry in a group it cannot match; endsWith decides). */
function tail3(w: string): number {
  const n = w.length;
  return ((w.charCodeAt(n - 3) << 18) ^ (w.charCodeAt(n - 2) << 9) ^ w.charCodeAt(n - 1)) & 0x3fffffff;
}

/** Endings without a value. */
export class SuffixSet extends SuffixMap<true> {
  constructor(suffixes: readonly string[]) {
    super(suffixes.map((s) => [s, true] as const));
  }

  endsWith(w: string): boolean {
    return this.get(w) === true;
  }

  matches(w: string): boolean {
    return this.match(w) === true;
  }
}

/** Prepositions after which a capitalised name is usually a location, per
 *  language (Norwegian "at" is "that", English "i" is a pronoun). */
const LOCATIVE_NO = set(`
  i på ved utenfor utanfor nær nære gjennom langs innenfor innanfor bortenfor ovenfor nedenfor rundt omkring
  fra frå til mot mellom via over hjemme heime
`);
const LOCATIVE_EN = set('in at near from to into through across outside inside around towards toward via within throughout');
// Probed with the word before every capitalised word: filtered, so most of those are never hashed.
const LOCATIVE_NO_KEYS = new KeySet(LOCATIVE_NO);
const LOCATIVE_EN_KEYS = new KeySet(LOCATIVE_EN);
export const locativeSet = (lang: Lang): KeySet => (lang === 'en' ? LOCATIVE_EN_KEYS : LOCATIVE_NO_KEYS);

/** Prepositions that also take people and organisations a lot ("fra NRK",
 *  "til Hansen", "mot Clinton"); a guess after them needs a toponym-looking word. */
export const WEAK_LOCATIVE = set('fra frå til mot mellom via over from to towards toward');

/** "nord for X", "sør i X": a direction word then one of these. */
export const DIRECTION = set('nord sør øst vest aust nordvest nordøst sørvest sørøst nordaust søraust north south east west');
export const AFTER_DIRECTION = set('for i på av of');

/** Words that qualify the place name after them and belong to it
 *  ("Søndre Nordstrand", "Øvre Eiker", "New Jersey" is in the gazetteer). */
export const QUALIFIERS = set(`
  nord sør øst vest aust nordre søndre søre østre vestre austre øvre nedre indre ytre midtre store lille
  gamle nye sankt st north south east west northern southern eastern western northeastern northwestern
  southeastern southwestern upper lower greater central
  new old little great san santa são saint
`);

/** The positional QUALIFIERS written in lower case between a preposition and a place ("i indre
 *  Sogn", "in northern Syria"), and the adjectives of COMPASS_PREFIX ("i det nordlige Syria"). */
export const POSITION_ADJECTIVES = set(`
  indre ytre nordre søndre østre vestre austre øvre nedre midtre nordlige sørlige østlige vestlige
  nordlege sørlege austlege vestlege northern southern eastern western central
`);

/** Prefixes of compass compounds: "Nord-Irak", "Sør-Libanon", "Øst-Ukraina". */
export const COMPASS_PREFIX = set(`
  nord sør øst vest aust midt sentral indre ytre nordvest nordøst sørvest sørøst nordaust søraust nord-øst sør-øst
  nord-vest sør-vest sørlige nordlige østlige vestlige
`);

/** Heads of a region's name that end it ("Dane County", "Millcreek Township", "Jefferson Parish"). */
export const REGION_HEADS = set('county parish township borough');

/** Capitalised heads that make a name run a facility or street
 *  ("Grand Hotel Bristol", "Ullevål universitetssykehus", "Hotel X"). */
export const FACILITY_HEADS = new Map<string, PlaceType>([
  ...[...set(`hotel hotell hostel motel kafé kafe café cafe kaffebar restaurant pub bar galleri galerie gallery
    museum museet museo musée stadion stadium arena kirke kyrkje
    church cathedral katedral domkirke kapell chapel slott castle castello palace palass tårn bru bro
    bridge flyplass lufthavn airport stasjon station terminal sykehus sjukehus universitetssykehus
    universitetssjukehus hospital fengsel prison hallen`)].map((w) => [w, 'facility'] as [string, PlaceType]),
  ...[...set('gate gata gaten vei veien veg vegen allé street avenue road lane drive quay wharf plass plassen square torg torget parken boulevard')]
    .map((w) => [w, 'street'] as [string, PlaceType]),
  // English geographic heads ("Pine Creek", "Lake Placid", "Death Valley").
  ...[...set('creek river lake bay falls harbor harbour')].map((w) => [w, 'water'] as [string, PlaceType]),
  ...[...set('valley hill hills mountain mountains canyon island islands peninsula')].map((w) => [w, 'landform'] as [string, PlaceType]),
  // A US county or township ("Dane County", "Millcreek Township"): counted only as the run's last
  // word (see facilityHead), since "Orange County Sheriff Don Barnes" goes on to a person.
  ...[...REGION_HEADS].map((w) => [w, 'region'] as [string, PlaceType]),
]);

/** English heads that make a capitalised run of two words or more a place where they end it
 *  ("Frick Park", "Steamboat Springs", "Summit County Courthouse", "Ross Barnett Reservoir"). Only
 *  last: first or alone they are as often a surname ("Park Ji-sung", "Beach said"). */
export const EN_LAST_HEADS = new Map<string, PlaceType>([
  ...[...set('park plaza')].map((w) => [w, 'place'] as [string, PlaceType]),
  ...[...set('springs heights beach')].map((w) => [w, 'town'] as [string, PlaceType]),
  ...[...set('courthouse building')].map((w) => [w, 'facility'] as [string, PlaceType]),
  ...[...set('parkway highway expressway freeway turnpike loop')].map((w) => [w, 'street'] as [string, PlaceType]),
  ['reservoir', 'water'],
]);

/** Lower-case nouns naming a kind of place; a capitalised name right after
 *  one is that place ("byen Tromsø", "restaurant Hafnia", "området Nyrøysa",
 *  "sushirestauranten Etika"). Matched as endings of compounds too. */
export const PLACE_NOUNS = new SuffixSet([
  'byen', 'bygda', 'grenda', 'tettstedet', 'staden', 'øya', 'øyen', 'halvøya', 'fjellet', 'toppen', 'elva', 'elven',
  'innsjøen', 'vatnet', 'vannet', 'fjorden', 'dalen', 'området', 'bydelen', 'forstaden', 'regionen', 'provinsen',
  'delstaten', 'fylket', 'kommunen', 'landet', 'hovedstaden', 'gården', 'garden', 'gata', 'gaten', 'veien', 'vegen', 'plassen',
  'torget', 'restauranten', 'restaurant', 'kafeen', 'kaféen', 'kafé', 'baren', 'puben', 'utestedet', 'nattklubben',
  'hotellet', 'stadion', 'stadionet', 'arenaen', 'senteret', 'stasjonen', 'flyplassen', 'leiren', 'anlegget',
  'huset', 'kinoen', 'teatret', 'teateret', 'biblioteket', 'kirken', 'kyrkja', 'sykehuset', 'sjukehuset', 'skipet', 'båten',
  'town', 'village', 'province',
]);

/** English place-name endings: in English text a bare capitalised word after
 *  "in"/"at" is a place only with one of these ("in Congress" is not). */
export const EN_SUFFIXES = new SuffixSet([
  'ton', 'ville', 'burg', 'burgh', 'borough', 'ford', 'port', 'field', 'land', 'shire', 'stan', 'ia', 'wood', 'mouth',
  'ham', 'by', 'chester', 'caster', 'cester', 'wich', 'minster', 'bridge', 'dale', 'grad', 'pol', 'polis', 'sk',
  'ovo', 'evo', 'ino', 'abad', 'pur', 'pura', 'vik', 'fjord', 'holm', 'strand', 'berg', 'stad', 'heim', 'sund',
]);

/** Lower-case nouns that, right after a place name, belong to the name as
 *  NorNE marks it ("Bergen kommune", "Florø sentrum", "Kilen kapell"). Matched
 *  as word endings, so "fjellkyrkje" and "sentralsjukehus" count too. */
export const TAILS = new SuffixMap<PlaceType>([
  ['fylkeskommune', 'region'], ['kommunestyre', 'region'], ['kommune', 'region'], ['fylke', 'region'], ['bystyre', 'region'],
  ['sentrum', 'place'], ['stasjon', 'facility'], ['lufthavn', 'facility'], ['flyplass', 'facility'], ['tinghus', 'facility'],
  ['rådhus', 'facility'], ['sykehus', 'facility'], ['sjukehus', 'facility'], ['kirke', 'facility'], ['kyrkje', 'facility'],
  ['kapell', 'facility'], ['stadion', 'facility'], ['museum', 'facility'], ['hotell', 'facility'], ['havn', 'facility'],
  ['hamn', 'facility'], ['bru', 'facility'], ['gate', 'street'], ['allé', 'street'], ['plass', 'street'], ['torg', 'street'],
  ['kino', 'facility'], ['konserthus', 'facility'], ['kulturhus', 'facility'],
]);

/** Words before a road's number ("Interstate 35", "Highway 44", "Route 9"). */
export const ROAD_WORDS = set('interstate highway route');

/** An ordinal's letters after its digits ("14th", "1st"). */
export const ORDINAL_LETTERS = set('st nd rd th');

/** Compass words before an ordinal street ("Southeast 14th Street"). */
export const EN_COMPASS = set('north south east west northeast northwest southeast southwest');

/** Street heads after an ordinal ("North 30th Street", "5th Avenue"). */
export const ORDINAL_STREET_HEADS = set('street avenue road boulevard drive place');

/** Lower-case nouns that, right after a place name, make it an
 *  organisation's name ("Voss gymnas", "Bergen turlag"): no place then. */
export const ORG_TAILS = set(`
  gymnas skole skule vidaregåande videregående folkehøgskole folkehøgskule høgskole høgskule universitet
  idrettslag fotballklubb ballklubb turlag mållag sogelag historielag sanitetsforening musikkorps skolekorps
  sparebank bryggeri avis mållag ungdomslag bondelag politidistrikt politikammer tingrett herredsrett byrett
  lagmannsrett lensmannskontor lensmannskontoret bispedømme fylkeslag lokallag krinslag krets fylkesparti arbeiderparti
  institutt instituttet brannvesen havnevesen
`);

/** Endings of compound ORG_TAILS ("Bergen katedralskole", "Voss sportsklubb",
 *  "Oslo tingrett"), lower case only. */
export const ORG_TAIL_ENDINGS = new SuffixSet([
  'skole', 'skule', 'gymnas', 'gymnasium', 'korps', 'klubb', 'forening', 'foreining', 'lag', 'bank', 'avis', 'rett',
  'universitet', 'høgskole', 'høgskule', 'parti', 'institutt', 'distrikt',
]);

/** Adjectives allowed between a name and its tail ("Vågå gamle kyrkje"). */
export const TAIL_ADJECTIVES = set('gamle nye store vesle lille');

/** Endings of Norwegian toponyms in definite form (natural features and
 *  buildings): sure enough to mark a capitalised word without a preposition.
 *  Longest first matters only for the type. */
export const STRONG_SUFFIXES = new SuffixMap<PlaceType>([
  ['fjorden', 'water'], ['sundet', 'water'], ['vatnet', 'water'], ['vannet', 'water'], ['elva', 'water'], ['elven', 'water'],
  ['sjøen', 'water'], ['havet', 'water'], ['bukta', 'water'], ['bukten', 'water'], ['kanalen', 'water'], ['fossen', 'water'],
  ['fjella', 'landform'], ['fjellet', 'landform'], ['fjellene', 'landform'], ['breen', 'landform'], ['tinden', 'landform'],
  ['toppen', 'landform'], ['nuten', 'landform'], ['nipa', 'landform'], ['heia', 'landform'], ['heii', 'landform'],
  ['vidda', 'landform'], ['halvøya', 'landform'], ['halvøyen', 'landform'], ['øya', 'landform'], ['øyane', 'landform'],
  ['øyene', 'landform'], ['holmen', 'landform'], ['neset', 'landform'], ['odden', 'landform'], ['dalen', 'landform'],
  ['skaret', 'landform'], ['støylen', 'place'], ['stølen', 'place'], ['setra', 'place'], ['seter', 'place'],
  ['gata', 'street'], ['gaten', 'street'], ['veien', 'street'], ['vegen', 'street'], ['plassen', 'street'],
  ['torget', 'street'], ['stredet', 'street'], ['stigen', 'street'], ['stien', 'street'], ['bakken', 'street'], ['brygga', 'street'], ['brygge', 'street'],
  ['parken', 'street'], ['brua', 'facility'], ['broa', 'facility'], ['broen', 'facility'], ['tunnelen', 'facility'],
  ['stasjonen', 'facility'], ['sykehuset', 'facility'], ['sjukehuset', 'facility'], ['hospitalet', 'facility'],
  ['kirken', 'facility'], ['kyrkja', 'facility'], ['katedralen', 'facility'], ['museet', 'facility'], ['museum', 'facility'],
  ['hallen', 'facility'], ['senteret', 'facility'], ['bygget', 'facility'], ['bygningen', 'facility'], ['huset', 'facility'],
  ['slottet', 'facility'], ['borgen', 'facility'], ['festningen', 'facility'], ['stadion', 'facility'], ['arenaen', 'facility'],
  ['hytta', 'facility'], ['anlegget', 'facility'], ['fengselet', 'facility'], ['flyplassen', 'facility'], ['lufthavn', 'facility'],
  ['kaia', 'facility'], ['kaien', 'facility'], ['havna', 'facility'], ['havnen', 'facility'], ['terminalen', 'facility'],
]);

/** Endings of Norwegian place names in general; also common in surnames, so
 *  they count only after a locative preposition. */
export const WEAK_SUFFIXES = new SuffixSet([
  'fjord', 'fjell', 'dal', 'dalen', 'vik', 'vika', 'vågen', 'våg', 'nes', 'ness', 'sund', 'berg', 'by', 'bø', 'stad', 'heim',
  'rud', 'set', 'seter', 'li', 'lia', 'land', 'ås', 'øy', 'øya', 'haug', 'mo', 'voll', 'vang', 'havn', 'hamn', 'holm',
  'strand', 'botn', 'eid', 'sand', 'sjø', 'tveit', 'gard', 'gård', 'rød', 'bu', 'hus', 'kollen', 'åsen', 'myra', 'mark',
  'marka', 'skog', 'skogen', 'foss', 'stua', 'stuen', 'bakken', 'hagen', 'løkka', 'lykkja', 'landet', 'stranda',
  'sanden', 'moen', 'vollen', 'vær', 'været', 'berget', 'haugen', 'tunet', 'garden', 'neset', 'sundet', 'holmen', 'vågen',
]);

/** Endings of organisation, media and institution names ("Aftenposten",
 *  "Arbeiderpartiet", "Stortinget"): never guessed as places. */
export const ORG_SUFFIXES = new SuffixSet([
  'posten', 'bladet', 'blad', 'budstikke', 'avisen', 'avisa', 'tidende', 'tidene', 'partiet', 'laget', 'lag', 'forbundet', 'foreningen', 'forening',
  'rådet', 'banken', 'kassen', 'tinget', 'direktoratet', 'departementet', 'tilsynet', 'selskapet', 'kompaniet', 'gruppen',
  'klubben', 'klubb', 'korps', 'korpset', 'instituttet', 'institutt', 'universitetet', 'høgskolen', 'høyskolen',
  'skolen', 'skulen', 'akademiet', 'nemnda', 'utvalget', 'styret', 'ligaen', 'serien', 'tv', 'radio', 'kringkasting',
  'politiet', 'forsvaret', 'kommunen', 'regjeringen', 'regjeringa', 'domstolen', 'retten', 'lagmannsretten', 'tingretten',
  'thinget', 'utvalet', 'utvalget', 'komiteen', 'komitéen', 'kommisjonen', 'avtalen', 'avtala', 'lova', 'loven',
  'bevegelsen', 'bevegelsa', 'saken', 'saka', 'meldingen', 'meldinga', 'rapporten', 'programmet', 'prosjektet',
  'ordningen', 'ordninga', 'reformen', 'reforma', 'kampanjen', 'festivalen', 'konferansen', 'møtet', 'debatten',
  'valget', 'valet', 'aksjonen', 'alliansen', 'unionen', 'fronten', 'flotiljen', 'brigaden', 'bataljonen',
  'regimentet', 'hæren', 'flåten', 'marinen', 'ledelsen', 'leiinga', 'ledelse', 'staben', 'sekretariatet',
  'kontoret', 'byrået', 'etaten', 'mannen', 'forvalteren', 'forvaltaren', 'verket', 'vesenet', 'vesen', 'tjenesten', 'tenesta', 'tjeneste',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'agency', 'service', 'bank', 'group', 'party', 'council',
  'airlines', 'airways', 'fc', 'united',
]);

/** Endings of school names in definite form ("Steinerskolen", "Fjellskulen"). */
export const SCHOOL_SUFFIXES = new SuffixSet(['skolen', 'skulen', 'skole', 'skule']);

/** Endings of ORG_SUFFIXES that name events and documents, not bodies: a
 *  place after "i" is where it happened ("Klimakonferansen i Paris"). */
export const EVENT_SUFFIXES = new SuffixSet([
  'avtalen', 'avtala', 'lova', 'loven', 'saken', 'saka', 'meldingen', 'meldinga', 'rapporten', 'programmet',
  'prosjektet', 'ordningen', 'ordninga', 'reformen', 'reforma', 'kampanjen', 'festivalen', 'konferansen', 'møtet',
  'debatten', 'valget', 'valet', 'aksjonen',
]);

/** Capitalised words that end or build organisation names ("Korea News
 *  Service", "Bergen Kino", "Norges Bank"): a place followed by one is part
 *  of that name. */
export const ORG_WORDS = set(`
  as asa sa ab ltd inc corp co gmbh ag plc llc il fk bk sk if ik fotball fotballklubb ballklubb idrettslag
  bank sparebank forsikring kraft energi energy group gruppen holding invest capital media news nyheter avis
  service services agency airlines airways air kino teater universitet university college school skole skule
  høgskole høyskole kommune fylkeskommune sykehusforvaltning partners consulting bygg eiendom shipping
  times post tribune herald journal daily telegraph review magazine tv radio records film filmfestival festival
  symfoniorkester orkester kor korps club klubb society foundation stiftelse institute institutt council
  federation forbund union league liga cup open games marathon maraton grand prix
  department court alliance commission board authority committee association coalition police sheriff
  corporation company schools health research watch ledger gazette press fund trust network utilities
  guild utility chamber bureau transit division legislature management guard army navy corps
`);

/** Organisations, parties and platforms that follow "i", "på", "fra" as
 *  often as places do ("i Høyre", "på Facebook", "fra NRK"). */
export const NOT_PLACES = set(`
  høyre høgre venstre frp ap sp sv krf rødt raudt mdg raudekrossen facebook twitter instagram youtube snapchat tiktok netflix spotify
  google internett internet nett tv web linkedin wikipedia microsoft apple amazon
  equinor statoil telenor hydro yara dnb storebrand orkla schibsted gjensidige norwegian sas widerøe finn
  nrk vg tv2 dagbladet aftenposten e24 nettavisen klassekampen
`);

/** Norwegian parties: after a place they make a local branch's name
 *  ("Oslo Høyre", "Bergen Ap"), an organisation. */
export const PARTIES = set('høyre høgre venstre frp ap sp sv krf rødt raudt mdg');

/** Capitalised words for a party's member or a title, that a US state or city stands before or
 *  after: "Democrat of Minnesota", "a Texas Democrat", "former Arizona Gov. Renata Soliz". */
export const EN_PARTY_MEMBERS: ReadonlySet<string> = new Set([
  'Democrat', 'Democrats', 'Republican', 'Republicans', 'Independent', 'Gov', 'Governor', 'Sen', 'Senator', 'Rep',
  'Representative', 'Congressman', 'Congresswoman', 'Mayor', 'Lt',
]);

/** The AP's abbreviations of US states (those with a period; short names are written out). */
export const AP_STATES: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
]);

/** The AP's two-letter abbreviations of US states, written with their periods ("W.Va." is one). */
export const AP_DOTTED_STATES: ReadonlySet<string> = new Set(['N.C.', 'S.C.', 'N.D.', 'S.D.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'R.I.', 'W.Va.', 'D.C.']);

/** Sports clubs' letters after their place, exact case: idrettslag, fotballklubb, håndballklubb, sportsklubb … */
export const CLUB_LETTERS: ReadonlySet<string> = new Set(['IL', 'IF', 'IK', 'HK', 'FK', 'SK', 'BK', 'TIL', 'BBK', 'FC', 'SF', 'HIL', 'OIL', 'IBK', 'HF']);
/** One-letter and short party marks in brackets after a politician ("(H)", "(V)", "(Frp)"), exact case. */
export const PARTY_LETTERS = set('H V A Sp SV KrF Frp FrP Ap R MDG D');

/** Person titles and roles whose capitalised follower is a person. */
export const PERSON_TITLES = set(`
  herr fru frøken dr prof president statsminister minister kong dronning prins prinsesse general kaptein
  pastor biskop ordfører sir lady lord mr mrs ms miss saint senator guvernør governor mayor sheriff
  dommer judge advokat statsråd rådmann varaordfører varaordførar ordførar stortingsrepresentant professor
  direktør prest sogneprest trener trenar forfatter forfattar leiar lege overlege redaktør
`);

/** Endings of compound role nouns ("justisminister", "politisjef",
 *  "partileder", "fotballtrener"): a capitalised word right after one is a
 *  person. Tested with a stem before the ending, so the verb "leder" is not one. */
export const PERSON_ROLE_ENDINGS = new SuffixSet([
  'minister', 'ordfører', 'ordførar', 'direktør', 'sjef', 'leder', 'leiar', 'trener', 'trenar', 'professor',
  'rådgiver', 'rådgjevar', 'forsker', 'forskar', 'advokat', 'dommer', 'dommar', 'prest', 'biskop', 'talsmann',
  'talskvinne', 'talsperson', 'representant', 'sekretær', 'formann', 'president', 'forfatter', 'forfattar',
  'journalist', 'redaktør', 'lege', 'spiller', 'spelar', 'sanger', 'songar', 'kunstner', 'kunstnar', 'komponist',
  'lensmann', 'politiker', 'politikar', 'økonom', 'ekspert',
]);

// Probed with the word before every capitalised word: filtered, so most of those are never hashed.
const PERSON_TITLE_KEYS = new KeySet(PERSON_TITLES);

export function isPersonTitle(w: string): boolean {
  return PERSON_TITLE_KEYS.has(w) || PERSON_ROLE_ENDINGS.endsWith(w);
}

/** Verbs of saying: a capitalised name right after one ("sier Gram") or
 *  right before one ("Gram sier") is mostly a person. */
export const SPEECH_VERBS = set(`
  sier sa seier sei forteller fortel fortalde fortalte mener meiner meinte mente skriver skriv skreiv skrev
  understreker understrekar understreka understreket påpeker påpeikar peiker peikar opplyser opplyste uttaler
  uttalte svarer svarar svarte spør spurde spurte forklarer forklarar forklarte hevder hevdar hevda hevdet
  legger legg tror trur innrømmer innrømmer medgir konstaterer konstaterte
  said says told added
`);

/** Verbs of a match: a town's name as their subject is its team
 *  ("Southampton vant finalen mot Cardiff"), an organisation. */
export const MATCH_VERBS = set('vant tapte slo vann tapa spilte spelte scoret scora beat won lost');
/** Before the opponent in a match ("mot Cardiff", "over Molde"). */
export const MATCH_OPPONENT = set('mot over against');

/** Pronouns that may stand between a verb of saying and "til" ("sier han til NRK"). */
export const SPEAKER_PRONOUNS = set('han hun ho hon dei de vi eg jeg dere me he she they we');

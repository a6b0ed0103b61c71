// What kind of source a name or noun phrase is: news agency, outlet,
// organisation, document, group or person. General lexicons of the news
// trade and of Norwegian/English word formation, not lists of one article's names.

import type { SourceType } from '../model';
import { lastWord } from '../text/words';
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** Wire services. Names are matched case-sensitively, as written in bylines. */
const AGENCIES = new Set([
  'NTB', 'AP', 'AFP', 'Reuters', 'Yonhap', 'TASS', 'Tass', 'Interfax', 'RIA Novosti', 'RIA', 'Xinhua', 'Kyodo',
  'dpa', 'DPA', 'ANSA', 'EFE', 'TT', 'Ritzau', 'STT', 'KCNA', 'Bloomberg', 'Associated Press',
  'Agence France-Presse', 'Ukrinform', 'UNIAN', 'Anadolu', 'IRNA', 'WAFA', 'PTI', 'Press Association', 'PA',
  'Korean Central News Agency', 'Europa Press', 'Belga', 'APA', 'Keystone-SDA', 'Lusa', 'CTK', 'PAP', 'MTI',
]);

const MEDIA = new Set([
  'VG', 'Aftenposten', 'Dagbladet', 'NRK', 'TV 2', 'TV2', 'Dagens Næringsliv', 'DN', 'E24', 'Klassekampen',
  'Nettavisen', 'Bergens Tidende', 'BT', 'Adresseavisen', 'Stavanger Aftenblad', 'Vårt Land', 'Morgenbladet',
  'Fædrelandsvennen', 'Nordlys', 'iTromsø', 'Finansavisen', 'Dagsavisen', 'Bladet', 'Avisa Nordland', 'P4',
  'BBC', 'CNN', 'Fox News', 'Al Jazeera', 'CBS', 'NBC', 'ABC', 'New York Times', 'The New York Times',
  'Washington Post', 'The Washington Post', 'Wall Street Journal', 'The Wall Street Journal', 'Financial Times',
  'The Guardian', 'Guardian', 'The Times', 'The Economist', 'Le Monde', 'Der Spiegel', 'Spiegel', 'Bild',
  'Politico', 'Axios', 'SVT', 'DR', 'YLE', 'Yle', 'Expressen', 'Aftonbladet', 'Dagens Nyheter', 'Svenska Dagbladet',
  'Politiken', 'Berlingske', 'Helsingin Sanomat', 'Kyiv Independent', 'Meduza', 'RT', 'Sky News', 'The Independent',
  'Daily Mail', 'The Telegraph', 'Telegraph', 'Süddeutsche Zeitung', 'Frankfurter Allgemeine', 'Haaretz',
  'Times of Israel', 'NHK', 'Kommersant', 'Izvestija', 'Pravda', 'Novaja Gazeta',
]);

// Name endings that say "outlet": "… Times", "… Post", "Bergens Tidende"; with a genitive -s too ("Tønsbergs Blads nettutgave").
const MEDIA_WORDS = /(?:^|\s)(?:Times|Post|Tidende|Avis|Avisa|News|Journal|Herald|Tribune|Gazette|Gazeta|Zeitung|Dagblad|Dagbladet|Blad|Bladet|Posten|Radio|TV)s?$/;
const AGENCY_WORDS = /(?:^|\s)(?:Agency|News Service|Press|Presse|Nyhetsbyrå)$/;
const ORG_WORDS =
  /(?:departement(?:et)?|direktorat(?:et)?|tilsyn(?:et)?|tjenesten?|tenesta|kontor(?:et)?|politi(?:et)?|regjering(?:en)?|kommune|fylkeskommune|universitet(?:et)?|sykehus(?:et)?|sjukehus(?:et)?|bank(?:en)?|parti(?:et)?|forbund(?:et)?|nemnd(?:a)?|rett(?:en)?|domstol(?:en)?|styre(?:t)?|selskap(?:et)?|institutt(?:et)?|senter|senteret|forening(?:en)?|lag(?:et)?|råd(?:et)?|utvalg(?:et)?|komité(?:en)?|ASA|AS|Inc\.?|Ltd\.?|Corp\.?|Group|Agency|Service|Ministry|Office|Council|Union|Institute|Department|Court|Commission|Authority|Bank|Party|Army|Command|Police|Forces)$/i;

/** Common nouns (singular indefinite stems) naming an organisation when definite: "politiet". */
const ORG_NOUNS = [
  'politi', 'regjering', 'departement', 'direktorat', 'tilsyn', 'kontor', 'presidentkontor', 'kommune', 'sykehus',
  'sjukehus', 'universitet', 'selskap', 'konsern', 'etterretning', 'etterretningstjeneste', 'tjeneste', 'hær',
  'forsvar', 'militær', 'ledelse', 'administrasjon', 'myndighet', 'styre', 'ambassade', 'parti',
  'forbund', 'organisasjon', 'utvalg', 'komité', 'domstol', 'rett', 'påtalemyndighet', 'påtalemakt', 'ministerium',
  'kreml', 'nemnd', 'tilsynet', 'brannvesen', 'redningstjeneste', 'hovedredningssentral', 'etat', 'apparat',
  'etterretningsapparat', 'politidistrikt', 'fylkesmann', 'statsforvalter', 'byråd', 'bystyre', 'kommunestyre',
  'storting', 'regjeringsapparat', 'government', 'ministry', 'police', 'army', 'military', 'office', 'agency',
  'department', 'company', 'spokesman',
];
const DOCUMENT_NOUNS = [
  'rapport', 'uttalelse', 'uttale', 'pressemelding', 'undersøkelse', 'studie', 'statistikk', 'dokument', 'brev',
  'dom', 'notat', 'tall', 'analyse', 'kunngjøring', 'melding', 'erklæring', 'vedtak', 'avgjørelse', 'utredning',
  'evaluering', 'måling', 'meningsmåling', 'anslag', 'prognose', 'beregning', 'gransking', 'kjennelse',
  'fråsegn', 'granskingsrapport', 'report', 'statement', 'study', 'survey', 'document', 'letter', 'ruling',
  'figures', 'data', 'analysis', 'poll', 'estimate',
];
const COUNTRY_NOUNS = ['land', 'nasjon', 'stat', 'stormakt', 'country', 'nation', 'state'];
const POSSESSIVE_TAIL = /\s+(?:hans|hennes|deres|dens|dets|hennar|deira|his|her|their|its)$/;
const MEDIA_NOUNS = ['avis', 'avisa', 'medie', 'medium', 'media', 'kanal', 'nettsted', 'magasin', 'tidsskrift', 'nettavis', 'tv-kanal', 'newspaper', 'outlet', 'broadcaster', 'network'];
const AGENCY_NOUNS = ['nyhetsbyrå', 'byrå', 'nyheitsbyrå', 'agency', 'wire'];

// Role and title words: metadata, never part of a source's name.
const ROLES = new Set([
  'president', 'statsminister', 'utenriksminister', 'forsvarsminister', 'justisminister', 'finansminister',
  'helseminister', 'minister', 'statsråd', 'generalsekretær', 'talsperson', 'talsmann', 'talskvinne',
  'pressetalsperson', 'pressesjef', 'sjef', 'leder', 'direktør', 'generaldirektør', 'ordfører', 'varaordfører',
  'rådmann', 'professor', 'forsker', 'seniorforsker', 'ekspert', 'analytiker', 'kommunikasjonssjef',
  'kommunikasjonsrådgiver', 'rådgiver', 'politimester', 'politiinspektør', 'innsatsleder', 'operasjonsleder',
  'vaktsjef', 'advokat', 'forsvarer', 'aktor', 'statsadvokat', 'dommer', 'general', 'oberst', 'major', 'kaptein',
  'admiral', 'sjefredaktør', 'redaktør', 'journalist', 'korrespondent', 'ambassadør', 'kansler', 'konge',
  'kong', 'dronning', 'prins', 'prinsesse', 'biskop', 'pave', 'senator', 'guvernør', 'borgermester', 'partileder',
  'nestleder', 'stortingsrepresentant', 'kommentator', 'lege', 'overlege', 'styreleder', 'konsernsjef',
  'administrerende', 'lærer', 'læreren', 'lærar', 'læraren', 'rektor', 'prorektor', 'dekan', 'instituttleder', 'avdelingsleder', 'fagsjef', 'overingeniør',
  'sjeføkonom', 'økonom', 'seniorrådgiver', 'fylkesordfører', 'fylkesmann', 'statsforvalter', 'riksadvokat',
  'sysselmester', 'sokneprest', 'prest', 'trener', 'skipper', 'visepresident', 'viseadmiral', 'generalløytnant', 'generalmajor', 'brigader', 'sersjant',
  'statsministeren', 'presidenten', 'lederen', 'sjefen', 'talspersonen', 'talsmannen', 'eksperten', 'forskeren',
  'prime', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'director', 'ceo', 'chairman',
  'chairwoman', 'chair', 'governor', 'mayor', 'senator', 'representative', 'analyst', 'colonel', 'sergeant',
  'ambassador', 'chancellor', 'king', 'queen', 'prince', 'pope', 'judge', 'prosecutor', 'lawyer', 'attorney',
  'commander', 'head', 'leader', 'official', 'researcher', 'economist', 'vice', 'deputy', 'sec.', 'gen.', 'dr.',
  'prof.', 'mr.', 'mrs.', 'ms.', 'dr', 'prof', 'mr', 'mrs', 'ms', 'fru', 'herr',
  // Family words used as titles: "Pappa Tore", "venninnen Noreen Walsh".
  'pappa', 'mamma', 'bestefar', 'bestemor', 'onkel', 'tante', 'venninne', 'venninnen', 'kollega', 'kollegaen',
]);
// Compounds end in a role: "utenriksminister", "politiinspektør", "pressetalsperson".
const ROLE_SUFFIX =
  /(?:minister|ministeren|sjef|sjefen|leder|lederen|direktør|direktøren|sekretær|sekretæren|talsperson|talspersonen|talsmann|talsmannen|rådgiver|rådgiveren|forsker|forskeren|president|presidenten|inspektør|inspektøren|ordfører|ordføreren|advokat|advokaten|redaktør|redaktøren|general|generalen|ekspert|eksperten|professor|professoren|analytiker|analytikeren|ambassadør|ambassadøren|representant|representanten|mester|mesteren|leiar|leiaren|operatør|operatøren|ansvarlig|ansvarlege|koordinator|koordinatoren|medarbeider|medarbeidaren|vakt|vakta|fører|føreren|førar|føraren|fullmektig|konsulent|konsulenten|assistent|assistenten|betjent|offiser|offiseren|kommandant|kommandanten|formann|formannen|talskvinne|talskvinna|ordførar|ordføraren|rådgjevar|rådgjevaren|forskar|forskaren|kirurg|kirurgen|kritiker|kritikeren|sykepleier|sykepleieren|sjukepleiar|sjukepleiaren|forfatter|forfatteren|politiker|politikeren|fotograf|fotografen|psykolog|psykologen|biolog|biologen|sosiolog|sosiologen|historiker|historikeren|dommer|dommeren|bartender|bartenderen|aktor|aktoren|prest|presten|lærer|læreren|rektor|rektoren)$/;

/** Plural people ("eksperter", "sørkoreanerne", "innbyggjarane"). */
const GROUP_SUFFIX = /(?:ere|erne|arar|arane|ene|er|ar|ane|ørene|ører|ists|ers|ians|ans|ees|ials|people|officials|sources|experts)$/;

const ACRONYM = /^[\p{Lu}\d&-]{2,8}s?$/u;

/**
 * Words and word endings read from the end of a word, one letter at a time: asked of many
 * words and of stems inside them ("dommer" in "dommeren"), so it takes the word and where
 * the stem ends instead of a sliced copy, and rules most words out on their last letter or
 * two without hashing the whole word or trying every ending that shares its last letters.
 */
class EndTrie {
  /** node * 0x10000 + char code → child node; node 0 is the root. */
  private readonly next = new Map<number, number>();
  /** Per node: WORD (a whole entry ends here), SUFFIX (an ending ends here). */
  private flags: number[] = [0];

  add(word: string, flag: number): void {
    let node = 0;
    for (let i = word.length - 1; i >= 0; i--) {
      const key = node * 0x10000 + word.charCodeAt(i);
      let child = this.next.get(key);
      if (child === undefined) {
        child = this.flags.length;
        this.flags.push(0);
        this.next.set(key, child);
      }
      node = child;
    }
    this.flags[node] |= flag;
  }

  /** Whether s.slice(0, end), plus `extra` (a char code) after it if not 0, is an entry or ends in an ending. */
  has(s: string, end: number, extra = 0): boolean {
    let node = 0;
    if (extra !== 0) {
      const child = this.next.get(extra);
      if (child === undefined) return false;
      node = child;
      const f = this.flags[node];
      if (f & SUFFIX || (end === 0 && f & WORD)) return true;
    }
    for (let i = end - 1; i >= 0; i--) {
      const child = this.next.get(node * 0x10000 + s.charCodeAt(i));
      if (child === undefined) return false;
      node = child;
      const f = this.flags[node];
      if (f & SUFFIX || (i === 0 && f & WORD)) return true;
    }
    return false;
  }

  /** Whether s.slice(0, end) is a whole entry (endings not counted). */
  hasWord(s: string, end: number): boolean {
    if (end === 0) return false;
    let node = 0;
    for (let i = end - 1; i >= 0; i--) {
      const child = this.next.get(node * 0x10000 + s.charCodeAt(i));
      if (child === undefined) return false;
      node = child;
    }
    return (this.flags[node] & WORD) !== 0;
  }
}
const WORD = 1;
const SUFFIX = 2;

const ROLE_TRIE = new EndTrie();
for (const w of ROLES) ROLE_TRIE.add(w, WORD);
for (const e of ROLE_SUFFIX.source.replace(/^\(\?:|\)\$$/g, '').split('|')) ROLE_TRIE.add(e, SUFFIX);

export function isRoleWord(lower: string): boolean {
  return ROLE_TRIE.has(lower, lower.length);
}

/** isRoleWord(lower.slice(0, end)), or of that stem with an "e" after it (withE), without the copy:
 *  "dommer" in "dommeren", "lege" in "legen". */
export function isRoleStem(lower: string, end: number, withE = false): boolean {
  return ROLE_TRIE.has(lower, end, withE ? 101 : 0);
}

/** A title before a name, in its definite form too: "journalisten Ola Hansen". Alone, "Fylkesmannen"
 *  and "Kongen" name an office, so the definite form counts only where a name follows. */
export function isTitleBeforeName(lower: string): boolean {
  if (isRoleWord(lower)) return true;
  const n = lower.length;
  return n > 5 && lower.endsWith('en') && (ROLE_TRIE.hasWord(lower, n - 2) || ROLE_TRIE.hasWord(lower, n - 1));
}

// People in the plural that act and speak together ("naboene", "innbyggjarane"), besides plural titles.
const GROUP_STEMS = new Set([
  'nabo', 'innbygger', 'innbyggjar', 'beboer', 'bebuar', 'elev', 'velger', 'veljar', 'student', 'demonstrant',
  'aktivist', 'passasjer', 'pasient', 'kunde', 'opprører', 'soldat', 'arbeider', 'arbeidar', 'tilhenger', 'motstander',
]);
const GROUP_IRREGULAR = new Set(['bønder', 'bøndene', 'foreldre', 'foreldrene', 'medlemmer', 'medlemmene', 'ansatte', 'tilsette']);
const GROUP_STEM_TRIE = new EndTrie();
for (const w of GROUP_STEMS) GROUP_STEM_TRIE.add(w, WORD);
const PLURAL_ENDINGS = ['erne', 'arane', 'ene', 'ane', 'ne', 'er', 'ar', 'e'];

/** A Norwegian plural noun for people ("forskerne", "ekspertar", "naboene"): a group a later "de" may refer to. */
export function isGroupNoun(lower: string): boolean {
  if (lower.length < 5) return false;
  if (GROUP_IRREGULAR.has(lower)) return true;
  for (const e of PLURAL_ENDINGS) {
    if (!lower.endsWith(e)) continue;
    // The stem before the ending, read in place.
    const stem = lower.length - e.length;
    if (stem >= 4 && (GROUP_STEM_TRIE.hasWord(lower, stem) || isRoleStem(lower, stem))) return true;
  }
  return false;
}

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && TWO_CAPITALS.test(word);
}

const DEFINITE_OR_PLURAL = /^(?:en|et|a|er|ene|ane|ar|e|n|t|s|ets|ens|r|ne|rne)$/;
const COMPOUND_TAIL = /^(?:en|et|a|er|ene|ane|ar|e|n|t)?$/;

function headMatches(head: string, stems: readonly string[]): boolean {
  // Bokmål/Nynorsk definite and plural endings on a known stem.
  for (const s of stems) {
    // Every test below needs the stem somewhere in the head: one search rules most stems out.
    const i = head.lastIndexOf(s);
    if (i < 0) continue;
    if (head === s) return true;
    if (head.startsWith(s) && DEFINITE_OR_PLURAL.test(head.slice(s.length))) return true;
    // Compounds: "presidentkontoret" ends in a known stem.
    if (head.length > s.length + 3 && i > 0 && COMPOUND_TAIL.test(head.slice(i + s.length))) return true;
  }
  return false;
}

export interface KindHints {
  /** The phrase contains a proper name (capitalised beyond the sentence start). */
  proper: boolean;
  /** It names a country or capital in the gazetteer. */
  country: boolean;
  /** It is a place of any kind in the gazetteer (an island, a town): never a person. */
  place?: boolean;
  /** A role word stood before it ("president X"). */
  role?: string;
  /** Descriptor noun before the name ("nyhetsbyrået Yonhap", "avisen VG"). */
  descriptor?: string;
  /** Number of name tokens. */
  words: number;
}

export function sourceTypeOf(name: string, hints: KindHints): SourceType {
  if (AGENCIES.has(name) || AGENCY_WORDS.test(name)) return 'agency';
  if (MEDIA.has(name) || (hints.proper && MEDIA_WORDS.test(name))) return 'media';
  // "kontoret hans": the head is the noun before the possessive.
  const lower = name.toLowerCase().replace(POSSESSIVE_TAIL, '');
  const head = lastWord(lower);
  const desc = hints.descriptor === undefined ? undefined : lastWord(hints.descriptor.toLowerCase());
  if (desc && headMatches(desc, AGENCY_NOUNS)) return 'agency';
  if (desc && headMatches(desc, MEDIA_NOUNS)) return 'media';
  if (hints.country) return 'country';
  if (hints.place) return 'organisation';
  if (hints.proper) {
    if (ORG_WORDS.test(name) || isAcronym(name)) return 'organisation';
    if (desc && (headMatches(desc, ORG_NOUNS) || ORG_WORDS.test(desc))) return 'organisation';
    return hints.role || hints.words >= 2 ? 'person' : 'organisation';
  }
  if (headMatches(head, MEDIA_NOUNS)) return 'media';
  if (headMatches(head, AGENCY_NOUNS)) return 'agency';
  if (headMatches(head, DOCUMENT_NOUNS)) return 'document';
  if (headMatches(head, COUNTRY_NOUNS)) return 'country';
  if (headMatches(head, ORG_NOUNS) || ORG_WORDS.test(head)) return 'organisation';
  if (isRoleWord(head)) return 'person';
  if (GROUP_SUFFIX.test(head)) return 'group';
  return 'organisation';
}

// Lower-case words that end an organisation's name ("Statens vegvesen", "Statistisk sentralbyrå").
const NAME_TAILS = /(?:vesen|vesenet|byrå|byrået|verk|verket|etat|etaten|tilsyn|tilsynet|direktorat|direktoratet|institutt|instituttet|departement|departementet|senter|sentret|senteret|forbund|forbundet|lag|laget|råd|rådet|nemnd|nemnda|universitet|universitetet|sykehus|sjukehus|høgskole|høgskule|kommune|fylkeskommune|politidistrikt|tjeneste|tjenesten|teneste|tenesta|bank|banken|fond|fondet|forsikring|selskap|selskapet|parti|partiet)$/;

/** A name ending in an organisation word: "Environment Agency", "Department", "Statens vegvesen"-like endings in English and Norwegian. */
export function isOrgName(name: string): boolean {
  return ORG_WORDS.test(name);
}

export function isOrgTail(lower: string): boolean {
  return NAME_TAILS.test(lower);
}

export function isDocumentNoun(lower: string): boolean {
  return headMatches(lower, DOCUMENT_NOUNS);
}

/** A common noun naming an organisation: "politiet", "direktoratet", "departementet". */
export function isOrgNoun(lower: string): boolean {
  return headMatches(lower, ORG_NOUNS);
}

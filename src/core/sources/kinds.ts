// What kind of source a name or noun phrase is: news agency, outlet,
// organisation, document, group or person. General lexicons of the news
// trade and of Norwegian/English word formation, not lists of one article's names.

import type { SourceType } from '../model';
import { lastWord } from '../text/words';
import { isWebAddress } from '../text/tokenize';
import { KeyFilter, isLatin1 as isLatin1Word, lowerLatin1 } from '../text/keyfilter';
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
const MEDIA_WORDS = /(?:^|\s)(?:Times|Post|Tidende|Avis|Avisa|News|Journal|Herald|Tribune|Gazette|Ledger|Sentinel|Chronicle|Courier|Dispatch|Examiner|Inquirer|Observer|Bulletin|Gazeta|Zeitung|Dagblad|Dagbladet|Blad|Bladet|Posten|Radio|TV)s?$/;
const AGENCY_WORDS = /(?:^|\s)(?:Agency|News Service|Press|Presse|Nyhetsbyrå)$/;
// Norwegian heads end a compound as well as a name ("Arbeidstilsynet", "Fellesforbundet"); the company
// forms and English words are words of their own, and the company forms are written in capitals: a
// name merely ending in the same letters is a person's ("Thomas Haugas", "Ellen Harcourt").
const ORG_HEADS =
  /(?:departement(?:et)?|direktorat(?:et)?|tilsyn(?:et)?|tjenesten?|tenesta|kontor(?:et)?|politi(?:et)?|regjering(?:en)?|kommune|fylkeskommune|universitet(?:et)?|sykehus(?:et)?|sjukehus(?:et)?|bank(?:en)?|parti(?:et)?|forbund(?:et)?|nemnd(?:a)?|rett(?:en)?|domstol(?:en)?|styre(?:t)?|selskap(?:et)?|institutt(?:et)?|senter|senteret|forening(?:en)?|lag(?:et)?|råd(?:et)?|utvalg(?:et)?|komité(?:en)?)$/i;
const ORG_FORMS = /\s(?:ASA|AS|AB|HF|SA|IKS|KF|Inc\.?|Ltd\.?|Corp\.?|LLC|GmbH|plc)$/;
const ORG_ENGLISH = /(?:^|\s)(?:Group|Agency|Service|Ministry|Office|Council|Union|Institute|Department|Court|Commission|Authority|Bank|Party|Army|Command|Police|Forces|Organization|Organisation|Association|Federation|Foundation|Committee|Corporation|Company|Board|Center|Centre|University|College|Administration|Bureau|Coalition|League|Alliance|Society|Fund|Nations|Network|Guard|Navy|Senate|Congress|Assembly|Parliament)$/i;
/** A company's name without its legal form ("Havbris Marin" of "Havbris Marin AS"), or undefined. */
export function withoutCompanyForm(name: string): string | undefined {
  const m = ORG_FORMS.exec(name);
  return m && m.index >= 3 ? name.slice(0, m.index) : undefined;
}

function orgEnding(name: string): boolean {
  return ORG_HEADS.test(name) || ORG_FORMS.test(name) || ORG_ENGLISH.test(name) || HEALTH_TRUST.test(name) || CLUB_FORMS.test(name);
}
/** A sports club by the letters after its name: "Confluence FC", "Sogndal IL", "Odd BK". */
const CLUB_FORMS = /\s(?:FC|AFC|SC|CF|IL|IF|SK|BK|FK|TIL|BIL)$/;
// The health trusts are named by "Helse" or "Sykehuset" before their region ("Helse Bergen", "Helse
// Møre og Romsdal", "Sykehuset Innlandet"): bodies, though the name ends on a place.
const HEALTH_TRUST = /^(?:Helse|Sykehuset|Sjukehuset)\s\p{Lu}/u;

/** Common nouns (singular indefinite stems) naming an organisation when definite: "politiet". */
const ORG_NOUNS = [
  'politi', 'regjering', 'departement', 'direktorat', 'tilsyn', 'kontor', 'presidentkontor', 'kommune', 'sykehus',
  'sjukehus', 'universitet', 'selskap', 'firma', 'bedrift', 'konsern', 'etterretning', 'etterretningstjeneste', 'tjeneste', 'hær',
  'forsvar', 'militær', 'ledelse', 'administrasjon', 'myndighet', 'styre', 'ambassade', 'parti',
  'forbund', 'organisasjon', 'utvalg', 'komité', 'råd', 'domstol', 'rett', 'påtalemyndighet', 'påtalemakt', 'ministerium',
  'kreml', 'nemnd', 'tilsynet', 'brannvesen', 'redningstjeneste', 'hovedredningssentral', 'etat', 'apparat',
  'etterretningsapparat', 'politidistrikt', 'fylkesmann', 'statsforvalter', 'statsforvaltar', 'byråd', 'bystyre', 'kommunestyre',
  'storting', 'regjeringsapparat', 'government', 'ministry', 'police', 'army', 'military', 'office', 'agency',
  'department', 'company', 'spokesman', 'klubb', 'forening', 'foreining',
  // Public ombudsmen's offices ("Barneombudet", "Pasient- og brukarombodet i Vestland").
  'ombud', 'ombod',
  'tankesmie', 'institutt', 'byrå', 'stiftelse', 'rederi', 'kjede', 'gruppe',
];
const DOCUMENT_NOUNS = [
  'rapport', 'uttalelse', 'uttale', 'pressemelding', 'undersøkelse', 'studie', 'statistikk', 'dokument', 'brev',
  'dom', 'notat', 'tall', 'regnskap', 'analyse', 'kunngjøring', 'melding', 'erklæring', 'vedtak', 'avgjørelse', 'utredning',
  'evaluering', 'måling', 'meningsmåling', 'avstemning', 'avstemming', 'anslag', 'prognose', 'beregning', 'gransking', 'kjennelse',
  'merknad', 'e-post', 'epost', 'tekstmelding', 'fråsegn', 'granskingsrapport', 'undersøking', 'avgjerd', 'utgreiing', 'kunngjering', 'meiningsmåling', 'berekning',
  'utsegn', 'brosjyre', 'plakat', 'oversikt', 'avtale', 'kontrakt', 'lov', 'lovforslag', 'forskrift', 'tiltale',
  'tiltalebeslutning', 'begjæring', 'søknad', 'klage', 'høringssvar', 'lovframlegg', 'forslag', 'framlegg', 'report', 'statement', 'study', 'survey', 'document', 'letter', 'ruling',
  'figures', 'data', 'analysis', 'poll', 'estimate', 'email', 'e-mail', 'memo', 'transcript', 'tweet', 'video',
  'vurdering', 'teljing', 'kartlegging',
  'footage', 'photo', 'audit', 'investigation', 'census', 'projection', 'forecast', 'research', 'result',
  // A court's and a newsroom's papers: "the complaint alleges", "a notice to readers said".
  'notice', 'filing', 'complaint', 'lawsuit', 'indictment', 'affidavit', 'petition', 'advisory', 'bulletin', 'announcement', 'dissent',
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
  'vaktsjef', 'advokat', 'forsvarer', 'aktor', 'statsadvokat', 'dommer', 'bostyrer', 'bustyrar', 'general', 'oberst', 'major', 'kaptein',
  'admiral', 'sjefredaktør', 'redaktør', 'journalist', 'korrespondent', 'ambassadør', 'kommissær', 'kansler', 'konge',
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
  // English offices and trades named before a name ("Councilman Raul Ortiz", "GOP strategist Jo Roe").
  'councilman', 'councilwoman', 'councilmember', 'councillor', 'congressman', 'congresswoman', 'assemblyman',
  'assemblywoman', 'alderman', 'commissioner', 'sheriff', 'superintendent', 'treasurer', 'comptroller', 'pastor',
  'rabbi', 'reverend', 'lieutenant', 'lawmaker', 'legislator', 'adviser', 'advisor', 'aide', 'strategist',
  'pollster', 'columnist', 'editor', 'correspondent', 'founder', 'co-founder', 'officer',
  // Family words used as titles: "Pappa Tore", "venninnen Noreen Walsh".
  'pappa', 'mamma', 'bestefar', 'bestemor', 'onkel', 'tante', 'venninne', 'venninnen', 'kollega', 'kollegaen',
  // Nynorsk offices whose Bokmål form is above or has no common ending with it.
  'statsforvaltar', 'dommar', 'trenar', 'forsvarar', 'lensmann', 'tillitsvald', 'tillitsvalgt', 'jordmor',
  // The police's officer on duty, named by duty alone ("Ifølge vakthavende fikk …").
  'vakthavende', 'vakthavande',
  // A court's parties and experts, adjectives and participles used as nouns ("den tiltalte", "den sakkunnige").
  'tiltalte', 'siktede', 'sikta', 'fornærmede', 'fornærma', 'domfelte', 'sakkyndige', 'sakkunnige',
]);
// Compounds end in a role: "utenriksminister", "politiinspektør", "pressetalsperson".
const ROLE_SUFFIX =
  /(?:minister|ministeren|sjef|sjefen|leder|lederen|direktør|direktøren|sekretær|sekretæren|talsperson|talspersonen|talsmann|talsmannen|rådgiver|rådgiveren|forsker|forskeren|president|presidenten|inspektør|inspektøren|ordfører|ordføreren|advokat|advokaten|redaktør|redaktøren|general|generalen|ekspert|eksperten|professor|professoren|analytiker|analytikeren|ambassadør|ambassadøren|kommissær|kommissæren|representant|representanten|mester|mesteren|leiar|leiaren|operatør|operatøren|ansvarlig|ansvarlege|koordinator|koordinatoren|medarbeider|medarbeidaren|vakt|vakta|fører|føreren|førar|føraren|fullmektig|konsulent|konsulenten|assistent|assistenten|betjent|offiser|offiseren|kommandant|kommandanten|formann|formannen|talskvinne|talskvinna|ordførar|ordføraren|rådgjevar|rådgjevaren|forskar|forskaren|kirurg|kirurgen|kritiker|kritikeren|sykepleier|sykepleieren|sjukepleiar|sjukepleiaren|forfatter|forfatteren|politiker|politikeren|fotograf|fotografen|psykolog|psykologen|biolog|biologen|sosiolog|sosiologen|historiker|historikeren|dommer|dommeren|bartender|bartenderen|aktor|aktoren|prest|presten|lærer|læreren|rektor|rektoren|meister|meisteren|dommar|dommaren|forfattar|forfattaren|politikar|politikaren|historikar|historikaren|analytikar|analytikaren|medarbeidar|lege|legen|revisor|revisoren|ingeniør|ingeniøren|arkitekt|arkitekten|rådmann|rådmannen|geolog|geologen|økolog|økologen|arkeolog|arkeologen|kriminolog|kriminologen|meteorolog|meteorologen|teolog|teologen|zoolog|zoologen|ornitolog|ornitologen|hydrolog|hydrologen|glasiolog|glasiologen|mekler|mekleren|meklar|meklaren|seismolog|seismologen|virolog|virologen|epidemiolog|epidemiologen|onkolog|onkologen|kardiolog|kardiologen|nevrolog|nevrologen|radiolog|radiologen|klimatolog|klimatologen|etnolog|etnologen|antropolog|antropologen|fysiolog|fysiologen|økonom|økonomen)$/;

/** Plural people ("eksperter", "sørkoreanerne", "innbyggjarane"). */
const GROUP_SUFFIX = /(?:ere|erne|arar|arane|ene|er|ar|ane|ørene|ører|ists|ers|ians|ans|ees|ials|people|officials|sources|experts)$/;

const ACRONYM = /^[\p{Lu}\d&-]{2,8}s?$/u;

/**
 * The edges of a trie: (node * 0x10000 + char code) → child node, in an open-addressed typed
 * array. Asked of nearly every word, a step or two each: a probe here is a multiply and a
 * compare or two, where a Map hashes a number in a builtin call. Each key is stored beside its
 * child, so that a step reads one cache line, not one in each of two arrays: the tries are
 * read between other stages' work, from memory more often than from cache.
 */
class Edges {
  /** Pairs: slots[2h] is a key (-1: empty), slots[2h + 1] its child. */
  private slots = new Int32Array(2048).fill(-1);
  /** 32 − log2(capacity): the slot is the top bits of a multiplicative hash. */
  private shift = 22;
  private size = 0;

  /** The child, or -1. */
  get(key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = slots[2 * h];
      if (k === key) return slots[2 * h + 1];
      if (k === -1) return -1;
    }
  }

  set(key: number, val: number): void {
    // Keys are int32: a trie of more than 32767 nodes would not fit.
    if (key > 0x7fffffff) throw new Error('trie too large');
    if (4 * (this.size + 1) > this.slots.length) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (slots[2 * h] !== -1 && slots[2 * h] !== key) h = (h + 1) & mask;
    if (slots[2 * h] === -1) this.size++;
    slots[2 * h] = key;
    slots[2 * h + 1] = val;
  }

  /** The node `word` read from its end leads to, creating the missing ones with `newNode`
   *  (which returns the new node's number): how every trie here is filled. */
  insertFromEnd(word: string, newNode: () => number): number {
    let node = 0;
    for (let i = word.length - 1; i >= 0; i--) {
      const key = node * 0x10000 + word.charCodeAt(i);
      let child = this.get(key);
      if (child < 0) {
        child = newNode();
        this.set(key, child);
      }
      node = child;
    }
    return node;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i], old[i + 1]);
  }
}

/**
 * Words and word endings read from the end of a word, one letter at a time: asked of many
 * words and of stems inside them ("dommer" in "dommeren"), so it takes the word and where
 * the stem ends instead of a sliced copy, and rules most words out on their last letter or
 * two without hashing the whole word or trying every ending that shares its last letters.
 */
class EndTrie {
  /** node * 0x10000 + char code → child node; node 0 is the root. */
  private readonly next = new Edges();
  /** Per node: WORD (a whole entry ends here), SUFFIX (an ending ends here). A byte each, where
   *  an array of numbers takes eight: read at every step, it stays in cache. */
  private flags = new Uint8Array(256);
  private nodes = 1;

  add(word: string, flag: number): void {
    const node = this.next.insertFromEnd(word, () => this.newNode());
    this.flags[node] |= flag;
  }

  private newNode(): number {
    if (this.nodes === this.flags.length) {
      const grown = new Uint8Array(2 * this.nodes);
      grown.set(this.flags);
      this.flags = grown;
    }
    return this.nodes++;
  }

  /** Whether s.slice(0, end), plus `extra` (a char code) after it if not 0, is an entry or ends in an ending. */
  has(s: string, end: number, extra = 0): boolean {
    let node = 0;
    if (extra !== 0) {
      const child = this.next.get(extra);
      if (child < 0) return false;
      node = child;
      const f = this.flags[node];
      if (f & SUFFIX || (end === 0 && f & WORD)) return true;
    }
    for (let i = end - 1; i >= 0; i--) {
      const child = this.next.get(node * 0x10000 + s.charCodeAt(i));
      if (child < 0) return false;
      node = child;
      const f = this.flags[node];
      if (f & SUFFIX || (i === 0 && f & WORD)) return true;
    }
    return false;
  }

  /** has(s, s.length) of s lower-cased code unit by code unit (Latin-1 letters only), without the copy. */
  hasFolded(s: string): boolean {
    let node = 0;
    for (let i = s.length - 1; i >= 0; i--) {
      const child = this.next.get(node * 0x10000 + lowerLatin1(s.charCodeAt(i)));
      if (child < 0) return false;
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
      if (child < 0) return false;
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

/** A title only by its ending ("nattevakt", "Skjoldvakt"), not one listed whole. */
export function isRoleByEnding(lower: string): boolean {
  return isRoleWord(lower) && !ROLE_TRIE.hasWord(lower, lower.length);
}

/** isRoleWord(word.toLowerCase()) for a word of Latin-1 code units (see isLatin1), without the copy. */
export function isRoleWordFolded(word: string): boolean {
  return ROLE_TRIE.hasFolded(word);
}

/** isRoleWord(lower.slice(0, end)), or of that stem with an "e" after it (withE), without the copy:
 *  "dommer" in "dommeren", "lege" in "legen". */
export function isRoleStem(lower: string, end: number, withE = false): boolean {
  return ROLE_TRIE.has(lower, end, withE ? 101 : 0);
}

/** A word a person is titled with before or beside a name: a role ("ordfører"), a role's stem with an
 *  "e" ("dommere"), or a title before a name in its definite form ("journalisten"). Lower-case. */
export function isTitleWord(lower: string): boolean {
  return isRoleWord(lower) || (lower.endsWith('e') && isRoleStem(lower, lower.length - 1)) || isTitleBeforeName(lower);
}

/** A title before a name, in its definite form too: "journalisten Ola Hansen". Alone, "Fylkesmannen"
 *  and "Kongen" name an office, so the definite form counts only where a name follows. */
export function isTitleBeforeName(lower: string): boolean {
  if (isRoleWord(lower)) return true;
  const n = lower.length;
  return n > 5 && lower.endsWith('en') && (ROLE_TRIE.hasWord(lower, n - 2) || ROLE_TRIE.hasWord(lower, n - 1));
}

// Everyday nouns for a person met for the first time ("en kompis", "ei kvinne"), with their gender
// where the word gives it ('x': none); compounds on them count too ("småbarnsmor", "nabokvinne").
const NEW_PERSON: Array<[string, 'm' | 'f' | 'x']> = [
  ['kvinne', 'f'], ['dame', 'f'], ['jente', 'f'], ['mor', 'f'], ['søster', 'f'], ['venninne', 'f'],
  ['mann', 'm'], ['gutt', 'm'], ['far', 'm'], ['bror', 'm'], ['kompis', 'x'], ['venn', 'x'],
  ['nabo', 'x'], ['kamerat', 'x'], ['tenåring', 'x'], ['sjåfør', 'x'], ['passasjer', 'x'], ['pasient', 'x'], ['elev', 'x'],
  ['student', 'x'], ['beboer', 'x'], ['bebuar', 'x'], ['pensjonist', 'x'],
  // Trades a passer-by is named by ("En fisker fra Leikanger sier", "Ein tømrar frå Hyen meiner"),
  // in both written forms. (Not those that are also verbs: "arbeider", "pendler".)
  ['fisker', 'x'], ['fiskar', 'x'], ['bonde', 'x'], ['gardbruker', 'x'], ['gardbrukar', 'x'], ['tømrer', 'x'], ['tømrar', 'x'],
  ['snekker', 'x'], ['snikkar', 'x'], ['snekkar', 'x'], ['elektriker', 'x'], ['rørlegger', 'x'], ['røyrleggjar', 'x'], ['mekaniker', 'x'],
  ['frisør', 'x'], ['turist', 'x'], ['syklist', 'x'], ['bilist', 'x'], ['innbygger', 'x'], ['innbyggjar', 'x'],
];

/** An everyday singular noun for a person ("kvinne", "småbarnsmor"; only the word itself when
 *  `exact`), with its gender ('x' where the word gives none); undefined for any other word. */
export function newPersonNoun(lower: string, exact = false): 'm' | 'f' | 'x' | undefined {
  for (const e of NEW_PERSON) {
    if (lower === e[0] || (!exact && lower.length - e[0].length >= 3 && lower.endsWith(e[0]))) return e[1];
  }
  return undefined;
}

// The definite forms of those nouns ("kvinnen", "kvinna", "mannen", "mora"), to the gender.
const DEFINITE_NEW_PERSON = new Map<string, 'm' | 'f' | 'x'>();
// And of the nouns for a relative ("mora", "faren"), to the noun itself.
const DEFINITE_KIN = new Map<string, string>();
const KIN = new Set(['mor', 'far', 'bror', 'søster']);
for (const [w, g] of NEW_PERSON) {
  const forms = w.endsWith('e') ? [w + 'n', w.slice(0, -1) + 'a'] : [w + 'en', ...(g === 'f' ? [w + 'a'] : [])];
  for (const f of forms) {
    DEFINITE_NEW_PERSON.set(f, g);
    if (KIN.has(w)) DEFINITE_KIN.set(f, w);
  }
}

/** "mora" → "mor", "faren" → "far": the noun for a relative a definite form is of, if it is one. */
export function definiteKin(lower: string): string | undefined {
  return DEFINITE_KIN.get(lower);
}

/** "kvinnen", "mannen", "jenta": an everyday person noun made definite, with its gender ('x': none). */
export function definitePersonNoun(lower: string): 'm' | 'f' | 'x' | undefined {
  return DEFINITE_NEW_PERSON.get(lower);
}

// People in the plural that act and speak together ("naboene", "innbyggjarane"), besides plural titles.
const GROUP_STEMS = new Set([
  'nabo', 'innbygger', 'innbyggjar', 'beboer', 'bebuar', 'elev', 'velger', 'veljar', 'student', 'demonstrant',
  'aktivist', 'passasjer', 'pasient', 'kunde', 'opprører', 'soldat', 'arbeider', 'arbeidar', 'tilhenger', 'motstander',
  'fisker', 'fiskar', 'pendler', 'pendlar', 'turist', 'flyktning', 'innvandrer', 'innvandrar', 'forbruker', 'forbrukar',
  'leietaker', 'leigetakar', 'huseier', 'huseigar', 'grunneier', 'grunneigar', 'bilist', 'syklist', 'deltaker', 'deltakar',
  'tilskuer', 'tilskodar', 'medarbeider', 'medarbeidar',
]);
// Adjectives and participles used as nouns for people ("fastbuande", "pårørende") name groups as they are.
const GROUP_IRREGULAR = new Set(['bønder', 'bøndene', 'foreldre', 'foreldrene', 'foreldra', 'medlemmer', 'medlemmene', 'ansatte', 'tilsette',
  'fastboende', 'fastbuande', 'pårørende', 'pårørande', 'reisende', 'reisande', 'tilreisende', 'tilreisande', 'frivillige',
  'næringsdrivende', 'næringsdrivande', 'streikende', 'streikande']);
// Asked of most plural-looking words: a filter turns nearly all away before the set hashes them.
const GROUP_IRREGULAR_MAY = new KeyFilter(GROUP_IRREGULAR);
const GROUP_STEM_TRIE = new EndTrie();
for (const w of GROUP_STEMS) GROUP_STEM_TRIE.add(w, WORD);

/** One of those people in the singular ("grunneigar", "pendler"): a person where a phrase says so
 *  ("Ein grunneigar ved vassdraget meiner"), though some are verbs too. */
export function isGroupMember(lower: string): boolean {
  return GROUP_STEMS.has(lower);
}
// "r" after a stem ending in "e": "leger" (lege), "psykologer" is "psykolog" + "er".
const PLURAL_ENDINGS = ['erne', 'arane', 'ene', 'ane', 'ne', 'er', 'ar', 'e', 'r'];

/** A Norwegian plural noun for people ("forskerne", "ekspertar", "naboene"): a group a later "de" may refer to. */
/** An English plural for people: "officials", "lawmakers", "residents", "people". */
export function isEnglishPeopleNoun(lower: string): boolean {
  return lower === 'people' || (lower.endsWith('s') && (isRoleWord(lower.slice(0, -1)) || ENGLISH_PEOPLE_PLURAL.test(lower) || ENGLISH_PEOPLE_IN_ORS.has(lower)));
}
// Plurals for people in "-ors", an ending things share ("errors", "sectors"): listed.
const ENGLISH_PEOPLE_IN_ORS = new Set(['neighbors', 'neighbours', 'investors', 'donors', 'senators', 'governors', 'doctors', 'editors',
  'inspectors', 'auditors', 'mediators', 'contractors', 'survivors', 'visitors', 'counselors', 'creditors', 'operators', 'sponsors', 'tutors']);
// English endings of GROUP_SUFFIX, and "-ents" ("residents", "parents").
const ENGLISH_PEOPLE_PLURAL = /(?:ers|ents|ists|ians|ans|ees|ials)$/;

export function isGroupNoun(lower: string): boolean {
  if (lower.length < 5) return false;
  if (GROUP_IRREGULAR_MAY.mayHave(lower) && GROUP_IRREGULAR.has(lower)) return true;
  // Every plural ending ends in "e" or "r": other words try none of them.
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 101 && last !== 114) return false;
  for (const e of PLURAL_ENDINGS) {
    if (!lower.endsWith(e)) continue;
    // The stem before the ending, read in place.
    const stem = lower.length - e.length;
    if (stem >= 4 && (GROUP_STEM_TRIE.hasWord(lower, stem) || isRoleStem(lower, stem))) return true;
  }
  return false;
}

export function isAcronym(word: string): boolean {
  // Two to nine code units, the second a capital, digit, "&" or "-": an ordinary capitalised
  // word ("Han", "Regjeringen") is turned away on its second letter without the patterns.
  const c = word.charCodeAt(1);
  if (word.length < 2 || word.length > 9 || (c >= 97 && c <= 122)) return false;
  return ACRONYM.test(word) && TWO_CAPITALS.test(word);
}

// headMatches tells which of the noun lists above a head noun belongs to: a stem as it stands,
// with a definite or plural ending ("politiet", "rapportene"), or ending a compound
// ("presidentkontoret"). Asked of the head of every common phrase, five lists at a time: one
// trie of all the stems, read from the end of the head, answers all five at once where a
// search per stem took some 130 string searches.
const MEDIA_KIND = 1;
const AGENCY_KIND = 2;
const DOCUMENT_KIND = 4;
const COUNTRY_KIND = 8;
const ORG_KIND = 16;

/** Endings after a whole stem ("rapport" + "ene"); the empty one is the stem itself. */
const DEFINITE_OR_PLURAL = ['', 'en', 'et', 'a', 'er', 'ene', 'ane', 'ar', 'e', 'n', 't', 's', 'ets', 'ens', 'r', 'ne', 'rne'];
/** Endings after a stem that ends a compound ("presidentkontor" + "et"). */
const COMPOUND_TAIL = new Set(['', 'en', 'et', 'a', 'er', 'ene', 'ane', 'ar', 'e', 'n', 't']);
/** The non-empty endings by their last letter, in DEFINITE_OR_PLURAL's order, with whether each
 *  may end a compound: a head ending in "g" tries no ending, one in "t" only "et", "t", "ets". */
const TAILS_BY_LAST = new Map<number, Array<{ tail: string; compound: boolean }>>();
for (const tail of DEFINITE_OR_PLURAL) {
  if (tail === '') continue;
  const c = tail.charCodeAt(tail.length - 1);
  const list = TAILS_BY_LAST.get(c) ?? [];
  list.push({ tail, compound: COMPOUND_TAIL.has(tail) });
  TAILS_BY_LAST.set(c, list);
}

/** Stems read from their last letter; a node where a stem ends carries its lists and the stem. */
class StemTrie {
  private readonly next = new Edges();
  private kinds: number[] = [0];
  private stems: string[] = [''];
  /** The last head asked of kindsOf, and its answer. */
  private lastHead = '';
  private lastMask = 0;

  add(stem: string, kind: number): void {
    const node = this.next.insertFromEnd(stem, () => {
      this.stems.push('');
      return this.kinds.push(0) - 1;
    });
    this.kinds[node] |= kind;
    this.stems[node] = stem;
  }

  /** The lists (a mask of *_KIND) `head` matches: for some stem s of a list, head is s, or s plus
   *  a definite or plural ending, or head.length > s.length + 3 and the last s in head stands
   *  after its first letter with only a compound tail after it. */
  kindsOf(head: string): number {
    // The same head is often asked again at once (isDocumentNoun then isOrgNoun of one word).
    if (head === this.lastHead) return this.lastMask;
    const n = head.length;
    // The empty ending first, then those ending in the head's last letter, as DEFINITE_OR_PLURAL lists them.
    let mask = n > 0 ? this.walk(head, n, true) : 0;
    const tails = n > 0 ? TAILS_BY_LAST.get(head.charCodeAt(n - 1)) : undefined;
    if (tails) {
      for (const { tail, compound } of tails) {
        if (tail.length < n && head.endsWith(tail)) mask |= this.walk(head, n - tail.length, compound);
      }
    }
    this.lastHead = head;
    this.lastMask = mask;
    return mask;
  }

  /** The lists of the stems that end head.slice(0, end) (see kindsOf). */
  private walk(head: string, end: number, compound: boolean): number {
    const n = head.length;
    let mask = 0;
    let node = 0;
    for (let i = end - 1; i >= 0; i--) {
      const child = this.next.get(node * 0x10000 + head.charCodeAt(i));
      if (child < 0) break;
      node = child;
      const k = this.kinds[node];
      if (k === 0) continue;
      if (i === 0) mask |= k;
      else if (compound) {
        const s = this.stems[node];
        // The last occurrence of the stem must be this one.
        if (n > s.length + 3 && head.indexOf(s, i + 1) < 0) mask |= k;
      }
    }
    return mask;
  }
}

const STEMS = new StemTrie();
for (const [list, kind] of [[MEDIA_NOUNS, MEDIA_KIND], [AGENCY_NOUNS, AGENCY_KIND], [DOCUMENT_NOUNS, DOCUMENT_KIND],
  [COUNTRY_NOUNS, COUNTRY_KIND], [ORG_NOUNS, ORG_KIND]] as const) for (const s of list) STEMS.add(s, kind);

/** Whether `head` is, ends in or inflects a stem of the list `kind` (see StemTrie.kindsOf). */
function headMatches(head: string, kind: number): boolean {
  return (STEMS.kindsOf(head) & kind) !== 0;
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

/** The phrase without a possessive after its noun ("kontoret hans" → "kontoret"). Every
 *  possessive ends in "s", "r" or "a": other phrases skip the pattern's search. */
function possessiveTail(lower: string): string {
  const c = lower.charCodeAt(lower.length - 1);
  return c === 115 || c === 114 || c === 97 ? lower.replace(POSSESSIVE_TAIL, '') : lower;
}

export function sourceTypeOf(name: string, hints: KindHints): SourceType {
  if (AGENCIES.has(name) || AGENCY_WORDS.test(name)) return 'agency';
  // "firda.no", "nrk.no": a site quoted is its newsroom.
  if (isWebAddress(name)) return 'media';
  if (MEDIA.has(name) || (hints.proper && MEDIA_WORDS.test(name))) return 'media';
  const desc = hints.descriptor === undefined ? undefined : lastWord(hints.descriptor.toLowerCase());
  const descKinds = desc ? STEMS.kindsOf(desc) : 0;
  if (descKinds & AGENCY_KIND) return 'agency';
  if (descKinds & MEDIA_KIND) return 'media';
  if (hints.country) return 'country';
  if (hints.place) return 'organisation';
  if (hints.proper) {
    // "Halden & Pryce", "Procter & Gamble": partners' names joined by an ampersand are a firm.
    if (orgEnding(name) || isAcronym(name) || name.includes(' & ')) return 'organisation';
    if (desc && (descKinds & ORG_KIND || orgEnding(desc))) return 'organisation';
    // "Fagforbundet Kinn", "Utdanningsforbundet Ringsaker": a body's definite compound before its place.
    // So does a body's own word ("Sparebanken Vest"), or a name opening on a nation's adjective or
    // genitive ("Norsk Hydro", "Statens Kartverk"): no person's name opens so.
    if (!hints.role && hints.words >= 2) {
      const first = name.slice(0, name.indexOf(' '));
      if (hints.words === 2 && ((DEFINITE_COMPOUND_END.test(first) && isOrgCompound(first)) || orgEnding(first))) return 'organisation';
      if (ORG_OPENERS.has(first.toLowerCase())) return 'organisation';
    }
    return hints.role || hints.words >= 2 ? 'person' : 'organisation';
  }
  // "kontoret hans": the head is the noun before the possessive (a proper name needs no head).
  const lower = possessiveTail(name.toLowerCase());
  const head = lastWord(lower);
  const kinds = STEMS.kindsOf(head);
  if (kinds & MEDIA_KIND) return 'media';
  if (kinds & AGENCY_KIND) return 'agency';
  if (kinds & DOCUMENT_KIND) return 'document';
  if (kinds & COUNTRY_KIND) return 'country';
  if (kinds & ORG_KIND || orgEnding(head)) return 'organisation';
  if (isRoleWord(head)) return 'person';
  if (GROUP_SUFFIX.test(head)) return 'group';
  return 'organisation';
}

const DEFINITE_COMPOUND_END = /(?:et|en)$/;
const ORG_OPENERS = new Set(['norsk', 'norske', 'svensk', 'svenske', 'dansk', 'danske', 'nordisk', 'nordiske', 'statens', 'norges', 'noregs']);

// Lower-case words that end an organisation's name ("Statens vegvesen", "Statistisk sentralbyrå").
const NAME_TAILS = /(?:vesen|vesenet|byrå|byrået|verk|verket|etat|etaten|tilsyn|tilsynet|direktorat|direktoratet|institutt|instituttet|departement|departementet|senter|sentret|senteret|forbund|forbundet|lag|laget|råd|rådet|nemnd|nemnda|kommisjon|kommisjonen|universitet|universitetet|sykehus|sjukehus|høgskole|høgskule|kommune|fylkeskommune|politidistrikt|tjeneste|tjenesten|teneste|tenesta|bank|banken|fond|fondet|forsikring|selskap|selskapet|parti|partiet|myndighet|myndigheten|statsforvalteren|statsforvaltaren|fylkesmannen|sysselmannen)$/;

// Asked of words inside names, one at a time: read from the word's end, most words are turned
// away on their last letter or two, where the pattern was tried at every position of the word.
const ORG_TAIL_TRIE = new EndTrie();
for (const e of NAME_TAILS.source.replace(/^\(\?:|\)\$$/g, '').split('|')) ORG_TAIL_TRIE.add(e, SUFFIX);

/** A name ending in an organisation word: "Environment Agency", "Department", "Statens vegvesen"-like endings in English and Norwegian. */
export function isOrgName(name: string): boolean {
  return orgEnding(name);
}

export function isOrgTail(lower: string): boolean {
  return ORG_TAIL_TRIE.has(lower, lower.length);
}

export function isDocumentNoun(lower: string): boolean {
  return headMatches(lower, DOCUMENT_KIND);
}

// Heads whose compounds name one body ("Helsedirektoratet", "Arbeidstilsynet", "Naturvernforbundet",
// "Skatteetaten", "Høyesterett", "Havarikommisjonen"), unlike "-regjeringen" or "-selskapet", which describe one.
const NAMING_HEADS = ['direktorat', 'tilsyn', 'departement', 'forbund', 'etat', 'institutt', 'nemnd', 'rett', 'byrå', 'ombud', 'kommisjon'];
const NAMING_FORMS = new Set(NAMING_HEADS.flatMap((h) => [h, h + 'et', h + 'en', h + 'a']));
const NAMING_TRIE = new EndTrie();
for (const f of NAMING_FORMS) NAMING_TRIE.add(f, SUFFIX);

/** A compound on a head that names an organisation ("Helsedirektoratet"), not the head itself
 *  ("Direktoratet"); read as written, folded letter by letter (asked of sentence openers). */
export function isOrgCompound(word: string): boolean {
  if (word.length < 8 || !isLatin1Word(word) || !NAMING_TRIE.hasFolded(word)) return false;
  return !NAMING_FORMS.has(word.toLowerCase());
}

/** isOrgTail of the word lower-cased, without the copy where it is Latin-1. */
export function isOrgTailFolded(word: string): boolean {
  return isLatin1Word(word) ? ORG_TAIL_TRIE.hasFolded(word) : isOrgTail(word.toLowerCase());
}

/** A common noun naming an organisation: "politiet", "direktoratet", "departementet". */
export function isOrgNoun(lower: string): boolean {
  return headMatches(lower, ORG_KIND);
}

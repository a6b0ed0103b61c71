// Token-level cues the place rules read: capitals, sentence starts,
// prepositions before a name, word classes, and how sure a gazetteer
// candidate is. Small pure functions over tokens, no allocation on the hot path.

import type { PlaceType } from '../model';
import { Token, TokenKind } from '../text/tokenize';
import {
  AFTER_DIRECTION, DIRECTION, EN_COMPASS, EN_LAST_HEADS, EN_PARTY_MEMBERS, POSITION_ADJECTIVES, EVENT_SUFFIXES, FACILITY_HEADS, REGION_HEADS, ORG_TAIL_ENDINGS, NOT_PLACES, ORG_SUFFIXES, ORG_TAILS, ORG_WORDS, PLACE_NOUNS,
  STRONG_SUFFIXES, TAILS, TAIL_ADJECTIVES, WEAK_LOCATIVE,
} from './context';
import type { DocState } from './doc';
import type { Candidate } from './gazetteer';
import { foldKey, isAllCaps, startsUpper } from './normalize';
import { COMMON_WORDS, FIRST_NAMES } from './stoplist';
import { KeySet } from '../text/keyfilter';
import { firstNameGender } from '../names/firstNames';

/** Foreign places smaller than this need more than a bare capitalised word. */
const SMALL_PLACE = 15000;
/** A foreign place this big stands on its own mid-sentence. */
const FOREIGN_SURE = 50000;
/** A Nordic village smaller than this needs a preposition or a sure mention
 *  elsewhere (hamlet names are often also surnames, films, farms). */
const NORDIC_SURE = 2000;

/** Norwegian definite noun endings ("byen", "landet", "øya", "fjellene"). */
export const DEFINITE = /^[a-zæøå]{2,}(?:en|et|ene|ane|a)$/;
export const LIST_JOINERS = new Set([',', 'og', 'eller', 'samt', 'and', 'or', '&']);
const OPENERS = new Set(['«', '"', '“', '„', '‘', '(', '[', '–', '—', '-', ':', '•', '*', '|']);
const NORDIC = new Set(['NO', 'SE', 'DK', 'FI', 'IS', 'FO', 'SJ', 'AX', 'GL']);


/** Lower-case form of a word, without allocating for words already in lower case. */
export function lower(w: string): string {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 && w.length < 2 ? w : startsUpper(w) || hasUpper(w) ? w.toLowerCase() : w;
}

function hasUpper(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) return true;
  }
  return false;
}

export function isWordUpper(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Word && startsUpper(t.text);
}

/** Sentence start, or only opening quotes/dashes/colons before it. */
export function isInitial(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind !== TokenKind.Punct || !OPENERS.has(t.text)) return false;
  }
  return true;
}

/** Like a sentence start: at the start, or right after an opening quote or dash. */
export function afterOpener(toks: Token[], i: number): boolean {
  return i === 0 || isInitial(toks, i) || (toks[i - 1].kind === TokenKind.Punct && OPENERS.has(toks[i - 1].text));
}

// Folded keys of the current sentence's tokens, filled as rules ask: a
// capitalised word is read by several rules, and each fold is a new string.
// The arrays are kept from sentence to sentence: keys[k] is the current
// sentence's only when keyGen[k] holds the current generation.
let keyToks: Token[] | undefined;
let keys: string[] = [];
let keyGen = new Int32Array(64);
let gen = 1;

/** foldKey of token k's text, computed once per sentence (toks). */
export function keyAt(toks: Token[], k: number): string {
  if (toks !== keyToks) {
    keyToks = toks;
    nextGen();
  }
  if (k >= keyGen.length) {
    const grown = new Int32Array(Math.max(k + 1, 2 * keyGen.length));
    grown.set(keyGen);
    keyGen = grown;
  }
  if (keyGen[k] === gen) return keys[k];
  while (keys.length <= k) keys.push('');
  const f = foldKey(toks[k].text);
  keys[k] = f;
  keyGen[k] = gen;
  return f;
}

/** Let go of the last sentence's keys (and its tokens) after a text. */
export function forgetKeys(): void {
  keyToks = undefined;
  keys = [];
  // A hostile text's one huge sentence does not keep its size for the life of the process.
  if (keyGen.length > 4096) keyGen = new Int32Array(64);
  nextGen();
}

function nextGen(): void {
  if (++gen === 0x7fffffff) {
    keyGen.fill(0);
    gen = 1;
  }
}

/** Place context before token i: 1 = a locative preposition ("i", "på"),
 *  2 = a weak one ("fra", "til", "mot": they take people too), 3 = a noun
 *  naming a kind of place ("byen", "restaurant"), 0 = none. */
export type Prep = 0 | 1 | 2 | 3;
// Probed with the word before every capitalised word: filtered, so most of those are never hashed.
const AFTER_DIRECTION_KEYS = new KeySet(AFTER_DIRECTION);
export function locativeBefore(toks: Token[], i: number, doc: DocState, prevLow = i > 0 ? lower(toks[i - 1].text) : ''): Prep {
  const p = toks[i - 1];
  if (!p || p.kind !== TokenKind.Word) return 0;
  const w = prevLow;
  if (doc.locative.has(w)) return WEAK_LOCATIVE.has(w) ? 2 : 1;
  if (AFTER_DIRECTION_KEYS.has(w) && i >= 2 && DIRECTION.has(lower(toks[i - 2].text))) return 1;
  if (w === p.text && PLACE_NOUNS.matches(w)) return 3;
  // "i indre Sogn", "in northern Syria": a lower-case adjective of position between the preposition and the name.
  if (w === p.text && POSITION_ADJECTIVES.has(w) && i >= 2 && toks[i - 2].kind === TokenKind.Word) {
    const q = lower(toks[i - 2].text);
    if (doc.locative.has(q)) return WEAK_LOCATIVE.has(q) ? 2 : 1;
  }
  return 0;
}


/** A preposition or place noun strong enough to make a name a place. */
export function strong(prep: Prep): boolean {
  return prep === 1 || prep === 3;
}

/** "London-ambassadør", "Oslo-politiet": a compound ending in a common noun. */
export function isNounCompound(w: string): boolean {
  const dash = w.lastIndexOf('-');
  return dash > 0 && dash < w.length - 1 && !startsUpper(w.slice(dash + 1));
}

/** "EØS-avtalen", "NATO-hovedkvarteret", "TV-kanalen": an acronym compound is a thing, not a place. */
export function isAcronymCompound(w: string): boolean {
  const dash = w.indexOf('-');
  return dash > 1 && isAllCaps(w, dash);
}

export function strongSuffixType(w: string): PlaceType | undefined {
  return STRONG_SUFFIXES.get(w);
}

/** "kommune", or a compound ending in it ("fjellkyrkje", "sentralsjukehus"). */
export function tailType(w: string): PlaceType | undefined {
  return TAILS.match(w);
}

// One set for the three lists: isStopWord runs for most capitalised words.
// Filtered: most keys asked about are no stop word, and are turned away unhashed.
const STOP_WORDS = new KeySet(new Set([...COMMON_WORDS, ...FIRST_NAMES, ...NOT_PLACES]));

export function isStopWord(key: string): boolean {
  return STOP_WORDS.has(key);
}

/** isStopWord, also through a genitive ("Høyres", "Regjeringens"). */
export function isStopWordOrGenitive(key: string): boolean {
  return isStopWord(key) || (key.length > 3 && key.endsWith('s') && isStopWord(key.slice(0, key.endsWith("'s") ? -2 : -1)));
}

/** A gazetteer hit a bare capitalised word may stand on: a country, a hand
 *  table entry, a Nordic place or a foreign one of some size, by its own name.
 *  (A 30,000-person town abroad named "Obama" is more often the person.) */
export function isSure(c: Candidate): boolean {
  const r = c.rec;
  const pop = r.population ?? 0;
  return c.strong && (r.hand || r.notable || r.type === 'capital' || pop >= FOREIGN_SURE
    || (NORDIC.has(r.cc) && (pop >= NORDIC_SURE || r.type !== 'town')));
}

/** Enough for a sentence-initial capitalised word. */
export function isSureInitial(c: Candidate): boolean {
  const r = c.rec;
  return c.strong && (r.hand || r.notable || r.type === 'capital' || NORDIC.has(r.cc) || (r.population ?? 0) >= SMALL_PLACE);
}

/** Big enough that a surname elsewhere in the text does not make it a person. */
export function isProminent(c: Candidate): boolean {
  const r = c.rec;
  return c.strong && (r.type === 'country' || r.type === 'continent' || r.type === 'water' || (r.population ?? 0) >= 100000);
}

/** Token i ends an organisation's name: "Sysselmannen for <place>",
 *  "University of <place>" (a capitalised word mid-sentence before for/of),
 *  "Universitetet i Bergen", "Fylkesmannen i Vest-Agder" (an institution before i). */
export function endsOrgName(toks: Token[], i: number, doc: DocState, prevLow = i > 0 ? lower(toks[i - 1].text) : ''): boolean {
  if (i < 2) return false;
  const p = prevLow;
  if (p !== 'for' && p !== 'of' && p !== 'i') return false;
  const x = toks[i - 2];
  if (!isWordUpper(x)) return false;
  // "Republican of Oklahoma", "Senator Dale Prentiss of Oklahoma": a party or a person is from a
  // place; only an institution is "of" it.
  if (p === 'of' && doc.lang === 'en' && (EN_PARTY_MEMBERS.has(x.text) || (i >= 3 && isWordUpper(toks[i - 3]) && (FIRST_NAMES.has(keyAt(toks, i - 3)) || firstNameGender(toks[i - 3].text) !== undefined)))) return false;
  if (p !== 'i') return !isInitial(toks, i - 2);
  const xk = keyAt(toks, i - 2);
  // "Miljøkonferansen i Johannesburg", "Oslo-avtalen i Washington": an event
  // or a document happens in a place; "Panteion-universitetet i Athen": a
  // name glued to a common noun is whole, and the place after it is one.
  if (EVENT_SUFFIXES.matches(xk) || isNounCompound(x.text)) return false;
  // At a sentence start "Politiet i Agder" is the police of a place.
  if (isInitial(toks, i - 2) && (COMMON_WORDS.has(xk) || doc.seenLower(x.text))) return false;
  return ORG_WORDS.has(xk) || ORG_SUFFIXES.matches(xk);
}

/** Which facility type a run's head word gives, if any. */
export function facilityHead(toks: Token[], from: number, to: number): PlaceType | undefined {
  if (to - from < 2) return undefined;
  for (let k = from; k < to; k++) {
    const key = keyAt(toks, k);
    const type = FACILITY_HEADS.get(key);
    if (!type || (REGION_HEADS.has(key) && k !== to - 1)) continue;
    // An organisation's word after the head makes the run its name: "Valley Crest Health",
    // "Fox River Research", "Montgomery County Emergency Management Agency".
    return orgWordIn(toks, k + 1, to) ? undefined : type;
  }
  return undefined;
}

/** The place type an English run's last word gives ("Frick Park", "Inner Dispersal Loop"), or a
 *  side of a city after its compass word ("the South Side"); none where a body's word is in the run
 *  ("Sunset Park Health Council") or the run is a first name and that word ("Sandra Park"). */
export function englishLastHead(toks: Token[], from: number, to: number, firstName: boolean): PlaceType | undefined {
  if (to - from < 2) return undefined;
  const last = keyAt(toks, to - 1);
  const type = last === 'side' ? (to - from === 2 && EN_COMPASS.has(keyAt(toks, from)) ? 'place' : undefined) : EN_LAST_HEADS.get(last);
  if (!type || (to - from === 2 && firstName)) return undefined;
  return orgWordIn(toks, from, to) ? undefined : type;
}

/** Some word of toks[from, to) ends or builds an organisation's name. */
export function orgWordIn(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const key = keyAt(toks, k);
    if (ORG_WORDS.has(key) || ORG_SUFFIXES.matches(key)) return true;
  }
  return false;
}

// Probed with the word after a name: filtered, so most of those are never hashed.
const TAIL_ADJECTIVE = new KeySet(TAIL_ADJECTIVES);
const ORG_TAIL = new KeySet(ORG_TAILS);

/** A lower-case tail noun after a name ("kommune", "gamle kyrkje"). */
export function tailAfter(toks: Token[], j: number): { end: number; type: PlaceType } | null {
  const a = toks[j];
  if (!a || a.kind !== TokenKind.Word || startsUpper(a.text)) return null;
  const w = lower(a.text);
  const type = tailType(w);
  if (type) return { end: j + 1, type };
  if (TAIL_ADJECTIVE.has(w)) {
    const b = toks[j + 1];
    if (b && b.kind === TokenKind.Word && !startsUpper(b.text)) {
      const tb = tailType(lower(b.text));
      if (tb && tb !== 'region') return { end: j + 2, type: tb };
    }
  }
  return null;
}

/** A lower-case noun after a name that makes it an organisation ("Voss gymnas"). */
export function tailOrg(toks: Token[], j: number): boolean {
  const a = toks[j];
  if (!a || a.kind !== TokenKind.Word) return false;
  const w = lower(a.text);
  return ORG_TAIL.has(w) || (w === a.text && ORG_TAIL_ENDINGS.endsWith(w));
}

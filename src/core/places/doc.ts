// What one detection run knows about the whole text: the proposals of pass
// 1 and the evidence pass 2 decides them by (sure places, surnames, words
// the text also writes in lower case).

import type { Lang, PlaceType } from '../model';
import type { Paragraph } from '../text/segment';
import { locativeSet } from './context';
import { type KeySet, isLatin1, lowerLatin1 } from '../text/keyfilter';
import type { Candidate, Gazetteer } from './gazetteer';

/** What pass 1 proposes for one span; pass 2 decides with whole-text knowledge. */
export interface Proposal {
  start: number;
  end: number;
  /** Folded key of the name without genitive -s (for one-sense-per-text). */
  key: string;
  cands: Candidate[];
  /** Type for a guessed place (no gazetteer candidates) or a facility/tail override. */
  type?: PlaceType;
  /** Needs confirmation by a sure mention elsewhere in the text. */
  needsDoc: boolean;
  /** Vetoed when the same word is a person's surname in the text. */
  surnameRisk: boolean;
  /** For an unknown word ending in -s: the word without it (see decide). */
  genitiveOf?: string;
  rule: string;
}

/** Every proposal is built here, so they all share one object shape. */
export function proposal(
  start: number, end: number, key: string, cands: Candidate[], type: PlaceType | undefined,
  needsDoc: boolean, surnameRisk: boolean, rule: string, genitiveOf?: string,
): Proposal {
  return { start, end, key, cands, type, needsDoc, surnameRisk, genitiveOf, rule };
}

/** No gazetteer candidates (shared, never changed). */
export const NONE: Candidate[] = [];


/** Buckets of the lower-case word index (a power of two). */
const BUCKETS = 1024;

/** A word starts with a lower-case letter: only such words answer seenLower. */
function lowerInitial(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe6 || c === 0xf8 || c === 0xe5;
}

/** text at `at` reads w lower-cased (w all Latin-1: one code unit each way). */
function sameLower(text: string, at: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(at + k) !== lowerLatin1(w.charCodeAt(k))) return false;
  return true;
}

/** Bucket by length, first and last code unit: no string hashing, and words
 *  that differ in any of the three never meet in a chain. */
function bucketOf(first: number, n: number, last: number): number {
  return ((first << 5) ^ (n << 7) ^ last) & (BUCKETS - 1);
}

// The chain arrays are shared by all DocStates: texts are detected one at a
// time (explainPlaces is synchronous), and typed arrays per text cost
// off-heap allocations. A state whose chains a later text has overwritten
// builds them again (see chainBuild). A text of more words than SHARED_MAX
// (one huge line is one slice) gets arrays of its own, so the shared ones
// never keep a hostile text's size for the life of the process.
const SHARED_MAX = 1 << 16;
const sharedHead = new Int32Array(BUCKETS);
const shared: Chains = { head: sharedHead, next: new Int32Array(4096), start: new Int32Array(4096), len: new Int32Array(4096) };
/** Count of chain builds so far: the shared arrays hold the last one's chains. */
let chainBuilds = 0;

interface Chains { head: Int32Array; next: Int32Array; start: Int32Array; len: Int32Array }

export class DocState {
  readonly proposals: Proposal[] = [];
  /** Keys used as places with some certainty somewhere in the text. */
  readonly established = new Set<string>();
  /** Last words of multi-word person-like names ("Espen Thomassen"), counted. */
  private readonly surnameVotes = new Map<string, number>();
  /** Words the text surely uses as a person's name: after a known first name
   *  ("Per Gram") or a person title ("ordfører Gram"), counted. */
  private readonly personVotes = new Map<string, number>();
  /** Uses of a word right after a locative preposition ("i Horten"), counted. */
  private readonly placeVotes = new Map<string, number>();
  /** Capitalised single words pass 1 could not decide, for one-sense-per-text. */
  readonly pending: Array<{ start: number; end: number; key: string; initial: boolean }> = [];
  readonly locative: KeySet;
  /** Keys of the undecided capitalised words (see pending). */
  readonly pendingKeys = new Set<string>();
  /** How many lower-case-initial words the chains hold (see seenLower); -1 before they are built. */
  private chainCount = -1;
  /** Which build of the shared chain arrays is this text's (see chainBuilds). */
  private chainBuild = 0;
  /** The shared arrays, or this text's own when it has too many words for them. */
  private chains: Chains = shared;
  /** Chain links followed so far; past a bound the Set replaces the chains. */
  private walked = 0;
  private lower: Set<string> | undefined;

  constructor(
    readonly text: string,
    private readonly paragraphs: Paragraph[],
    readonly gaz: Gazetteer,
    readonly lang: Lang,
  ) {
    this.locative = locativeSet(lang);
  }

  /** Does the word occur in lower case anywhere in the text? ("Bud" vs "bud"). */
  seenLower(word: string): boolean {
    // A word of Latin-1 letters is lower-cased code unit by code unit as it
    // is compared, without a lower-case copy (see sameLower).
    const latin1 = isLatin1(word);
    const w = latin1 ? word : word.toLowerCase();
    const n = w.length;
    if (n === 0 || !lowerInitial(lowerLatin1(w.charCodeAt(0)))) return false;
    if (this.lower) return this.lower.has(latin1 ? w.toLowerCase() : w);
    // A text asks about a few dozen words. Chaining its words by length and
    // first and last letter costs a few integer writes per token, where a Set
    // hashes every token and a scan per question reads them all again.
    if (this.chainCount < 0 || (this.chains === shared && this.chainBuild !== chainBuilds)) this.buildChains();
    const text = this.text;
    const { head, next, start, len } = this.chains;
    let found = false;
    let steps = 0;
    for (let k = head[bucketOf(lowerLatin1(w.charCodeAt(0)), n, lowerLatin1(w.charCodeAt(n - 1)))] - 1; k >= 0; k = next[k] - 1) {
      steps++;
      if (len[k] === n && (latin1 ? sameLower(text, start[k], w) : text.startsWith(w, start[k]))) { found = true; break; }
    }
    // Crowded chains (a hostile text of look-alike words): the Set keeps it linear.
    this.walked += steps;
    if (this.walked > 4 * this.chainCount + 64) {
      const words = new Set<string>();
      for (let k = 0; k < this.chainCount; k++) words.add(text.slice(start[k], start[k] + len[k]));
      this.lower = words;
    }
    return found;
  }

  /** Chains the text's lower-case-initial words by bucket. A token's text is
   *  the text's span [start, end); its letters are read from the token's own
   *  string, which is flat for all but long words, where the text may be a
   *  slice of a bigger string (each read then goes through the slice). */
  private buildChains(): void {
    let total = 0;
    for (const p of this.paragraphs) total += p.tokens.length;
    if (total > SHARED_MAX) {
      this.chains = { head: new Int32Array(BUCKETS), next: new Int32Array(total), start: new Int32Array(total), len: new Int32Array(total) };
    } else if (shared.next.length < total) {
      const size = Math.min(SHARED_MAX, Math.max(total, 2 * shared.next.length));
      shared.next = new Int32Array(size);
      shared.start = new Int32Array(size);
      shared.len = new Int32Array(size);
    }
    // Links are index + 1, so a zeroed head is all empty chains; next[k] is
    // written before any link reaches it.
    const own = this.chains;
    const head = own.head.fill(0);
    const next = own.next;
    const starts = own.start;
    const lens = own.len;
    let k = 0;
    for (const p of this.paragraphs) {
      const toks = p.tokens;
      for (let j = 0; j < toks.length; j++) {
        const t = toks[j];
        const w = t.text;
        const n = w.length;
        if (n <= 0) continue;
        const c = w.charCodeAt(0);
        if (!lowerInitial(c)) continue;
        const b = bucketOf(c, n, w.charCodeAt(n - 1));
        starts[k] = t.start;
        lens[k] = n;
        next[k] = head[b];
        head[b] = ++k;
      }
    }
    this.chainCount = k;
    if (own === shared) this.chainBuild = ++chainBuilds;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  propose(p: Proposal, establish: boolean, vote = false): void {
    this.proposals.push(p);
    if (establish) this.established.add(p.key);
    if (vote) this.placeVotes.set(p.key, (this.placeVotes.get(p.key) ?? 0) + 1);
  }

  addPending(u: { start: number; end: number; key: string; initial: boolean }): void {
    this.pending.push(u);
    this.pendingKeys.add(u.key);
  }

  addSurname(key: string): void {
    this.surnameVotes.set(key, (this.surnameVotes.get(key) ?? 0) + 1);
  }

  /** A word used as part of a person's name. `sure` when a known first name
   *  or a person title goes before it; a genitive counts for its base too. */
  notePersonName(key: string, sure: boolean): void {
    this.addSurname(key);
    if (sure) this.personVotes.set(key, (this.personVotes.get(key) ?? 0) + 1);
    if (key.length > 3 && key.endsWith('s')) this.notePersonName(key.slice(0, key.endsWith("'s") ? -2 : -1), sure);
  }

  /** One sense per text: a word the text surely uses as a person's name
   *  ("Per Gram", "ordfører Gram") at least as often as it puts it after a
   *  locative preposition is that person everywhere in the text. */
  isPerson(key: string): boolean {
    const s = this.personVotes.get(key);
    return s !== undefined && s >= (this.placeVotes.get(key) ?? 0);
  }

  /** The text uses the word as a surname at least as often as it puts it
   *  after a locative preposition ("Ola Berge" … "gården på Berge"). */
  isSurname(key: string): boolean {
    const s = this.surnameVotes.get(key);
    return s !== undefined && s >= (this.placeVotes.get(key) ?? 0);
  }

  /** Used as a place with some certainty elsewhere in the text. */
  isEstablished(key: string): boolean {
    return this.established.has(key);
  }
}

// What one detection run knows about the whole text: the proposals of pass
// 1 and the evidence pass 2 decides them by (sure places, surnames, words
// the text also writes in lower case).

import type { Lang, PlaceType } from '../model';
import type { Paragraph } from '../text/segment';
import { TokenKind } from '../text/tokenize';
import { locativeSet } from './context';
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


/** Distinct seenLower questions answered by a scan before the set of lower-case words is built. */
const SCANS_BEFORE_SET = 8;

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
  readonly locative: Set<string>;
  /** Keys of the undecided capitalised words (see pending). */
  readonly pendingKeys = new Set<string>();
  private lower: Set<string> | undefined;
  /** Answers of seenLower found by scanning, before the set is built. */
  private readonly asked = new Map<string, boolean>();

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
    const w = word.toLowerCase();
    if (this.lower) return this.lower.has(w);
    // Most texts ask about a handful of words: a scan comparing lengths and first
    // letters costs far less than hashing every token into a set. Past a few
    // distinct questions (long texts) the set is built, so the cost stays linear.
    const known = this.asked.get(w);
    if (known !== undefined) return known;
    if (this.asked.size >= SCANS_BEFORE_SET) {
      this.lower = new Set();
      for (const p of this.paragraphs) for (const t of p.tokens) {
        const c = t.text.charCodeAt(0);
        if (t.kind === TokenKind.Word && ((c >= 97 && c <= 122) || c === 0xe6 || c === 0xf8 || c === 0xe5)) this.lower.add(t.text);
      }
      return this.lower.has(w);
    }
    const len = w.length;
    const c0 = w.charCodeAt(0);
    // As in the set: only words that start with a lower-case letter count.
    let found = false;
    const letter = (c0 >= 97 && c0 <= 122) || c0 === 0xe6 || c0 === 0xf8 || c0 === 0xe5;
    for (let pi = 0; pi < this.paragraphs.length && letter && !found; pi++) {
      const toks = this.paragraphs[pi].tokens;
      for (let k = 0; k < toks.length; k++) {
        const x = toks[k].text;
        if (x.length === len && x.charCodeAt(0) === c0 && x === w) { found = true; break; }
      }
    }
    this.asked.set(w, found);
    return found;
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

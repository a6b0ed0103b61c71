// One paragraph's tokens with the look-ups every matcher needs. A matcher
// reads tokens by index through this object and never touches the text
// outside its tokens, so all work stays proportional to the tokens it reads.

import type { Lang, NumberMeta } from '../model';
import { Token, TokenKind } from '../text/tokenize';
import type { Ymd } from './calendar';
import { isGroupSpace } from './digits';
import { isUpperLatin1, lowerWord } from '../text/keyfilter';

/** A recognised expression over tokens [s, e); meta undefined means "consumed,
 *  not a number" (a phone number, a page reference). */
export interface Match {
  s: number;
  e: number;
  meta?: NumberMeta;
}

const OPENERS = new Set(['«', '"', '“', '–', '-', '—', '(', '‘', '„', ':', "'", '[', '•', '*', '|']);
const UPPER = /^\p{Lu}/u;

export class Cx {
  readonly n: number;
  readonly no: boolean;

  constructor(
    readonly text: string,
    readonly toks: Token[],
    /** The paragraph's sentences: their token counts give where sentences start. */
    private readonly sentences: ReadonlyArray<{ tokens: unknown[] }>,
    readonly lang: Lang,
    readonly ref: Ymd | undefined,
  ) {
    this.n = toks.length;
    this.no = lang !== 'en';
  }

  /** Token indexes where sentences start, ascending; built when first asked
   *  (most paragraphs never ask). */
  private sentStarts: number[] | undefined;

  private starts(): number[] {
    if (this.sentStarts) return this.sentStarts;
    const starts: number[] = [];
    let at = 0;
    for (const s of this.sentences) {
      starts.push(at);
      at += s.tokens.length;
    }
    return (this.sentStarts = starts);
  }

  /** Lower-cased texts by token index, filled as matchers ask (several matchers
   *  and the hedge and unit look-ups ask for the same tokens). */
  private lower: Array<string | undefined> | undefined;

  /** Lower-cased token text, '' past either end. */
  w(i: number): string {
    if (i < 0 || i >= this.n) return '';
    const lower = (this.lower ??= new Array(this.n));
    let s = lower[i];
    if (s === undefined) lower[i] = s = lowerWord(this.toks[i].text);
    return s;
  }

  private isSentStart(i: number): boolean {
    // Few sentences per paragraph: a binary search is cheaper than a set per paragraph.
    const a = this.starts();
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] === i) return true;
      if (a[mid] < i) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  raw(i: number): string {
    return i >= 0 && i < this.n ? this.toks[i].text : '';
  }

  kind(i: number): TokenKind | 0 {
    return i >= 0 && i < this.n ? this.toks[i].kind : 0;
  }

  isNum(i: number): boolean {
    return this.kind(i) === TokenKind.Number;
  }

  isWord(i: number): boolean {
    return this.kind(i) === TokenKind.Word;
  }

  isPunct(i: number, ch?: string): boolean {
    return this.kind(i) === TokenKind.Punct && (ch === undefined || this.toks[i].text === ch);
  }

  /** Token i touches the token before it (no space between). */
  glued(i: number): boolean {
    return i > 0 && i < this.n && this.toks[i].start === this.toks[i - 1].end;
  }

  /** Exactly one grouping space between token i-1 and token i ("12 000"). */
  groupSpaced(i: number): boolean {
    return i > 0 && i < this.n && this.toks[i].start === this.toks[i - 1].end + 1
      && isGroupSpace(this.text.charCodeAt(this.toks[i - 1].end));
  }

  /** Token i is followed by a period glued to it. */
  dotAfter(i: number): boolean {
    return this.isPunct(i + 1, '.') && this.glued(i + 1);
  }

  capitalized(i: number): boolean {
    const w = this.raw(i);
    const c = w.charCodeAt(0);
    // Latin-1 without the regex.
    if (c <= 0xff) return isUpperLatin1(c);
    return UPPER.test(w);
  }

  /** First word of a sentence, possibly after an opening quote or dash. */
  sentenceInitial(i: number): boolean {
    // "Se på pallen: To legender": a capital after a colon opens a clause like a sentence.
    if (this.isPunct(i - 1, ':')) return true;
    let j = i;
    while (j > 0 && !this.isSentStart(j) && this.kind(j - 1) === TokenKind.Punct && OPENERS.has(this.toks[j - 1].text)) j--;
    return this.isSentStart(j);
  }

  /** A capitalised word in the middle of a sentence is a name, not a number word. */
  nameLike(i: number): boolean {
    return this.capitalized(i) && !this.sentenceInitial(i) && this.raw(i) !== this.raw(i).toUpperCase();
  }

  start(i: number): number {
    return this.toks[i].start;
  }

  end(i: number): number {
    return this.toks[i].end;
  }

  slice(s: number, e: number): string {
    return this.text.slice(this.toks[s].start, this.toks[e - 1].end);
  }

  /** Lower-cased word ending right before token `end`, a glued period joined ("ca."). */
  wordBefore(end: number): { w: string; first: number } | undefined {
    const i = end - 1;
    if (i < 0) return undefined;
    if (this.isPunct(i, '.') && this.glued(i) && this.isWord(i - 1)) return { w: this.w(i - 1) + '.', first: i - 1 };
    if (this.isWord(i)) return { w: this.w(i), first: i };
    return undefined;
  }

  /** Is any of the words within `radius` tokens of i in the set? */
  near(i: number, radius: number, words: ReadonlySet<string>): boolean {
    const a = Math.max(0, i - radius);
    const b = Math.min(this.n - 1, i + radius);
    for (let j = a; j <= b; j++) if (j !== i && words.has(this.w(j))) return true;
    return false;
  }
}

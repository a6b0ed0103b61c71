// The number recogniser's one pass: every paragraph's tokens are walked once;
// at each token a hash probe on its lower-cased text picks the few matchers
// that can start there, the longest expression found is taken and the walk
// resumes after it. Matchers only look a bounded number of tokens ahead.

import type { Lang, NumberMeta } from '../model';
import type { Paragraph } from '../text/segment';
import { Token, TokenKind } from '../text/tokenize';
import { KeyFilter, isLatin1 } from '../text/keyfilter';
import { EN_MONTHS, EN_MONTH_ABBR, EN_WEEKDAYS, NO_MONTHS, NO_MONTH_ABBR, NO_WEEKDAYS, parseIsoDate } from './calendar';
import { CURRENCY_CODES } from './units';
import { Cx, Match } from './context';
import { cueBefore } from './cues';
import { matchDate } from './dates';
import { matchBetween, matchQuantity } from './quantity';
import { isRelativeStart, matchRelative, matchWeekday } from './relative';
import { listBullet, phoneRun } from './skip';
import {
  matchAged, matchCommaAge, matchDecadeHead, matchDecadeS, matchDigitOrdinal, matchDigitWord, matchMultiple, matchOrdinalWord, matchParenAge,
  matchSeasonYear, matchWeekNumber,
} from './special';
import { WORD_TIMES, matchClock, matchTimeToken, matchWordTime } from './times';
import { cardinalWord, hyphenHeads, plainNumberWords, rangeWord } from './wordnum';
import {
  EN_ONE_WORDS, EN_ORDINALS, FRACTIONS, NN_ORDINALS, NO_ONE_WORDS, NO_ORDINALS, ONE_AND_HALF, VULGAR_FRACTIONS,
} from './words';

export { linkConflicts } from './conflicts';

export interface NumberHit {
  start: number;
  end: number;
  meta: NumberMeta;
}

export interface NumberContext {
  language: Lang;
  /** ISO date of the article ("2024-10-18"); weekdays and "i går" resolve against it. */
  referenceDate?: string;
  /** Report "i går", "i dag", "forrige uke", "yesterday" (default true). They hold no
   *  figure, so a caller that only wants checkable figures may leave them out. */
  relativeDates?: boolean;
}

type Matcher = (cx: Cx, i: number) => Match | undefined;

// Which matchers may start at a word, by its lower-cased text. Built once.
const NO_TRIGGERS = new Map<string, Matcher[]>();
const EN_TRIGGERS = new Map<string, Matcher[]>();

function add(map: Map<string, Matcher[]>, words: Iterable<string>, m: Matcher): void {
  for (const w of words) {
    const list = map.get(w) ?? [];
    if (!list.includes(m)) list.push(m);
    map.set(w, list);
  }
}

const RANGE_WORDS_NO = ['fra', 'frå', 'mellom'];
const RANGE_WORDS_EN = ['from', 'between'];
{
  const both = [NO_TRIGGERS, EN_TRIGGERS];
  add(NO_TRIGGERS, RANGE_WORDS_NO, matchDate);
  add(EN_TRIGGERS, RANGE_WORDS_EN, matchDate);
  add(NO_TRIGGERS, ['mellom'], matchBetween);
  add(EN_TRIGGERS, ['between'], matchBetween);
  add(NO_TRIGGERS, [...NO_MONTHS.keys(), ...NO_MONTH_ABBR.keys()], matchDate);
  add(EN_TRIGGERS, [...EN_MONTHS.keys(), ...EN_MONTH_ABBR.keys()], matchDate);
  for (const m of both) {
    add(m, ['i', 'forrige', 'førre', 'sist', 'neste', 'denne', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'this']
      .filter(isRelativeStart), matchRelative);
  }
  add(NO_TRIGGERS, ['forrige', 'sist', 'førre', 'neste', 'kommende', 'førstkommende'], matchWeekday);
  add(EN_TRIGGERS, ['last', 'next', 'this', 'coming', 'past', 'previous'], matchWeekday);
  add(NO_TRIGGERS, NO_WEEKDAYS.keys(), matchWeekday);
  add(EN_TRIGGERS, EN_WEEKDAYS.keys(), matchWeekday);
  add(NO_TRIGGERS, ['kl', 'klokka', 'klokken', 'kloka'], matchClock);
  add(NO_TRIGGERS, [...WORD_TIMES.keys(), 'ett', 'eitt', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni', 'ti',
    'elleve', 'tolv'], matchWordTime);
  add(NO_TRIGGERS, ['kr', 'nkr', 'minus'], matchQuantity);
  add(EN_TRIGGERS, ['minus'], matchQuantity);
  add(NO_TRIGGERS, ['høsten', 'våren', 'sommeren', 'vinteren', 'hausten', 'sommaren', 'julen', 'jula', 'påsken', 'påska'],
    matchSeasonYear);
  add(EN_TRIGGERS, ['spring', 'summer', 'autumn', 'fall', 'winter'], matchSeasonYear);
  add(NO_TRIGGERS, ['uke', 'veke'], matchWeekNumber);
  add(EN_TRIGGERS, ['week'], matchWeekNumber);
  add(NO_TRIGGERS, ['dobbelt', 'tredobbelt', 'firedobbelt'], matchMultiple);
  add(EN_TRIGGERS, ['twice', 'thrice'], matchMultiple);
  add(EN_TRIGGERS, ['aged'], matchAged);
  add(NO_TRIGGERS, [...NO_ORDINALS.keys(), ...NN_ORDINALS.keys()], matchOrdinalWord);
  add(EN_TRIGGERS, [...EN_ORDINALS.keys(), 'second'], matchOrdinalWord);
  add(NO_TRIGGERS, [...NO_ONE_WORDS, 'én', 'èn', ...ONE_AND_HALF.keys()], matchQuantity);
  add(EN_TRIGGERS, [...EN_ONE_WORDS], matchQuantity);
  // Number words and fraction nouns: probing for them costs one hash look-up.
  add(NO_TRIGGERS, [...plainNumberWords('no'), ...FRACTIONS.keys()], matchQuantity);
  add(EN_TRIGGERS, [...plainNumberWords('en'), ...FRACTIONS.keys()], matchQuantity);
}

/** Every trigger word is Latin-1 (see matchersAt); were one not, every capitalised word would be lower-cased. */
const TRIGGERS_LATIN1 = [...NO_TRIGGERS.keys(), ...EN_TRIGGERS.keys()].every(isLatin1);
const NO_MAY_TRIGGER = new KeyFilter(NO_TRIGGERS.keys());
const EN_MAY_TRIGGER = new KeyFilter(EN_TRIGGERS.keys());

const NUMBER_MATCHERS: Matcher[] = [matchDecadeS, matchDecadeHead, matchDate, matchTimeToken, matchDigitOrdinal, matchCommaAge, matchQuantity];
const WORD_NUMBER: Matcher[] = [matchQuantity];
/** $ € £ ¥ ₽ ₴ ₹ ₩ - − +: a currency sign or a sign before a figure (a code test, not a hash probe per punctuation token). */
function isCurrencyPunct(c: number): boolean {
  switch (c) {
    case 0x24: case 0x20ac: case 0xa3: case 0xa5: case 0x20bd: case 0x20b4: case 0x20b9: case 0x20a9:
    case 0x2d: case 0x2212: case 0x2b:
      return true;
  }
  return false;
}
const CURRENCY_PREFIX: Matcher[] = [matchQuantity];
const QUOTE_DECADE: Matcher[] = [matchDecadeS];
const PAREN: Matcher[] = [matchParenAge];

// Module-local aliases: hot paths then read a constant, not an import binding.
const NUM = TokenKind.Number;
const PUNCT = TokenKind.Punct;
const DIGIT_WORD: Matcher[] = [matchDigitWord];

/** Where the next occurrence of something starts in the text, at or after `from`; -1 if none. */
type Find = (text: string, from: number) => number;

/** The next occurrence of a pattern, searched natively and again only once the
 *  walk over the tokens has passed it: asking whether a word holds one is then
 *  one comparison instead of a loop over its characters. */
class NextMark {
  private at = -1;

  constructor(private readonly text: string, private readonly find: Find) {}

  /** May text[start, end) hold an occurrence? False means surely not. Starts must not decrease. */
  within(start: number, end: number): boolean {
    if (this.at < start) {
      const at = this.find(this.text, start);
      this.at = at < 0 ? Infinity : at;
    }
    return this.at < end;
  }
}

const findHyphen: Find = (text, from) => text.indexOf('-', from);
const NUMBER_PART = /hundre|tusen/gi;
const findNumberPart: Find = (text, from) => {
  NUMBER_PART.lastIndex = from;
  const m = NUMBER_PART.exec(text);
  return m ? m.index : -1;
};
const NO_HEADS = new KeyFilter(hyphenHeads('no'));
const EN_HEADS = new KeyFilter(hyphenHeads('en'));

/** What matchersAt needs for one text: the language's trigger table and
 *  prefilters for its per-word tests, chosen and built once per text. */
class Scan {
  readonly triggers: Map<string, Matcher[]>;
  readonly may: KeyFilter;
  private readonly heads: KeyFilter;
  private readonly hyphen: NextMark;
  private readonly numberPart: NextMark | undefined;

  constructor(text: string, no: boolean) {
    this.triggers = no ? NO_TRIGGERS : EN_TRIGGERS;
    this.may = no ? NO_MAY_TRIGGER : EN_MAY_TRIGGER;
    this.heads = no ? NO_HEADS : EN_HEADS;
    this.hyphen = new NextMark(text, findHyphen);
    this.numberPart = no ? new NextMark(text, findNumberPart) : undefined;
  }

  /** False when the word w at token t (w is t's text, or its lower case if that
   *  has the same length) is surely no compound number or range for cardinalWord
   *  and rangeWord: no "hundre" or "tusen" (Norwegian) in it, and no hyphen right
   *  after a number word ("tjue-fem", "to-tre"). Most hyphenated words
   *  ("Nord-Korea") are settled here without a slice or a hash probe. */
  mayBeCompound(t: Token, w: string): boolean {
    if (this.numberPart !== undefined && this.numberPart.within(t.start, t.end)) return true;
    if (!this.hyphen.within(t.start, t.end)) return false;
    const dash = w.indexOf('-');
    return dash > 0 && this.heads.mayHaveLowerEdges(dash, w.charCodeAt(0), w.charCodeAt(dash - 1));
  }
}

/** Matchers that may start at token i. Most words are turned away by a filter
 *  on their length and first and last code units (KeyFilter.mayHaveEdges), before any
 *  hash probe; only capitalised words that may be a trigger are lower-cased. */
function matchersAt(cx: Cx, i: number, scan: Scan): Matcher[] | undefined {
  const t = cx.toks[i];
  if (t.kind === NUM) return NUMBER_MATCHERS;
  const text = t.text;
  const len = text.length;
  const c = text.charCodeAt(0);
  if (t.kind === PUNCT) {
    // A punctuation token is one code point: every trigger is one code unit, tested by its code.
    if (len !== 1) return undefined;
    if (isCurrencyPunct(c)) return CURRENCY_PREFIX;
    if (c === 40 /* ( */) return PAREN;
    if (c === 39 || c === 0x2019 /* ' ’ */) return QUOTE_DECADE;
    return undefined;
  }
  if (c >= 48 && c <= 57) return DIGIT_WORD;
  const { triggers, may } = scan;
  const last = text.charCodeAt(len - 1);
  const direct = may.mayHaveEdges(len, c, last) ? triggers.get(text) : undefined;
  if (direct) return direct;
  // The form the compound test reads: a capitalised word lower-cased.
  let w = text;
  if ((c >= 65 && c <= 90) || c >= 192) {
    if (len === 3 && isUpperAZ(text.charCodeAt(1)) && isUpperAZ(last) && CURRENCY_CODES.has(text)) {
      return CURRENCY_PREFIX; // codes are three letters A–Z
    }
    // Trigger words are Latin-1, so the word's lower case may be one only if the
    // filter says so of its lower-cased first and last code units (see mayHaveLowerEdges).
    if (!TRIGGERS_LATIN1 || may.mayHaveLowerEdges(len, c, last) || (len >= 5 && scan.mayBeCompound(t, text))) {
      w = text.toLowerCase();
      if (w !== text && may.mayHave(w)) {
        const list = triggers.get(w);
        if (list) return list;
      }
    }
  }
  // Every vulgar fraction (½ ¼ ¾ ⅓ …) is one code unit from U+00BC on.
  if (len === 1 && c >= 0xbc && VULGAR_FRACTIONS.has(text)) return WORD_NUMBER;
  // Closed compounds ("tohundre", "totusen") and ranges ("to-tre", "fem-seks").
  if (len >= 5 && (w.length !== len || scan.mayBeCompound(t, w)) && mayBeCompoundNumber(w, cx.no)) {
    if (cardinalWord(w, cx.lang) !== undefined || rangeWord(w, cx.lang) !== undefined) return WORD_NUMBER;
  }
  return undefined;
}

function isUpperAZ(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The word has an inner hyphen, or (Norwegian) "hundre" or "tusen" in it, in any case. One
 *  loop over the characters: this runs for nearly every word of five letters or more, where
 *  three indexOf calls cost more than the scan. Letters compare with their case bit (| 32)
 *  set, so a capitalised word needs no lower-case copy. */
function mayBeCompoundNumber(w: string, no: boolean): boolean {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c === 45) { if (i > 0) return true; }
    else if (no && (c | 32) === 117 /* u */ && i > 0) {
      const p = w.charCodeAt(i - 1) | 32;
      if ((p === 104 && restIs(w, i + 1, 'ndre')) || (p === 116 && restIs(w, i + 1, 'sen'))) return true;
    }
  }
  return false;
}

/** w has the lower-case ASCII letters s at `at`, in either case. */
function restIs(w: string, at: number, s: string): boolean {
  if (at + s.length > w.length) return false;
  for (let k = 0; k < s.length; k++) if ((w.charCodeAt(at + k) | 32) !== s.charCodeAt(k)) return false;
  return true;
}

// Hedges apply to quantities; "under 2. verdenskrig" is not a hedged date.
const HEDGEABLE = new Set(['count', 'money', 'percent', 'range', 'duration', 'age', 'year', 'decade', 'time']);

/** Numbers, dates and times in the text, sorted, non-overlapping. */
export function detectNumbers(text: string, paragraphs: Paragraph[], ctx: NumberContext): NumberHit[] {
  const ref = parseIsoDate(ctx.referenceDate);
  const out: NumberHit[] = [];
  const scan = new Scan(text, ctx.language !== 'en');
  for (const p of paragraphs) {
    const cx = new Cx(text, p.tokens, p.sentences, ctx.language, ref);
    scanParagraph(cx, out, ctx.relativeDates !== false, scan);
  }
  return out;
}

function scanParagraph(cx: Cx, out: NumberHit[], relative: boolean, scan: Scan): void {
  let lastEnd = 0;
  for (let i = 0; i < cx.n;) {
    const ms = matchersAt(cx, i, scan);
    if (!ms) { i++; continue; }
    if (cx.toks[i].kind !== TokenKind.Word) {
      const skip = Math.max(phoneRun(cx, i), listBullet(cx, i));
      if (skip > i) { i = skip; continue; }
    }
    let best: Match | undefined;
    for (const m of ms) {
      if (m === matchRelative && !relative) continue;
      const r = m(cx, i);
      if (r && r.e > r.s && (!best || r.e > best.e)) best = r;
    }
    if (!best) { i++; continue; }
    // A match may reach back one token ("US$"); never over the previous hit.
    if (best.meta && best.s >= lastEnd) {
      out.push(hit(cx, best));
      lastEnd = best.e;
    }
    i = Math.max(best.e, i + 1);
  }
}

function hit(cx: Cx, m: Match): NumberHit {
  const meta = m.meta!;
  // 8,3 × 10^6 is 8300000.000000001 in binary floating point.
  if (meta.value !== undefined) meta.value = tidy(meta.value);
  if (meta.valueEnd !== undefined) meta.valueEnd = tidy(meta.valueEnd);
  if (!meta.approximate && HEDGEABLE.has(meta.kind)) {
    const cue = cueBefore(m.s, cx);
    if (cue) {
      meta.approximate = true;
      meta.approxCue = cx.slice(cue.first, m.s);
    }
  }
  return { start: cx.start(m.s), end: cx.end(m.e - 1), meta };
}

function tidy(v: number): number {
  // Whole numbers below 10^15 are exact already, and nearly every figure is one:
  // they skip the round trip through a string.
  if (Number.isInteger(v) && v < 1e15 && v > -1e15) return v;
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(15)) : v;
}

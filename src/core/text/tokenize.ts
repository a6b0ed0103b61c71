// A single-pass tokenizer over character codes. It is the hottest loop of the
// analyzer, so it classifies characters through a lookup table instead of a
// regex (a regex exec allocates a match array per token).

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
}

// Character classes. Tokens are, in order of preference at a position:
//  1. digits with internal separators ("12.000", "18.10.2024", "12:39:31", "3,5"),
//     optionally glued to letters by a hyphen ("69-åring", "1960-tallet");
//  2. words: letters, marks and digits, joined by hyphens or apostrophes
//     ("Nord-Koreas", "Kim Jong-un", "Mulligan's");
//  3. any other single code point (so a surrogate pair is never split).
const enum C {
  Unknown = 0,
  Space = 1,
  Digit = 2,
  /** Letters, marks and non-decimal numbers. */
  Alnum = 3,
  Other = 4,
}

const SPACE_RE = /\s/;
const DIGIT_RE = /\p{Nd}/u;
const ALNUM_RE = /[\p{L}\p{M}\p{N}]/u;
const BMP = new Uint8Array(0x10000);

function classifyCodePoint(cp: number): C {
  const ch = String.fromCodePoint(cp);
  if (SPACE_RE.test(ch)) return C.Space;
  if (DIGIT_RE.test(ch)) return C.Digit;
  if (ALNUM_RE.test(ch)) return C.Alnum;
  return C.Other;
}

// Classes are computed on first sight of a code unit and cached.
function classOf(cp: number): C {
  if (cp < 0x10000) {
    let c = BMP[cp] as C;
    if (c === C.Unknown) BMP[cp] = c = classifyCodePoint(cp);
    return c;
  }
  return classifyCodePoint(cp);
}

const isSeparator = (c: number) => c === 46 || c === 44 || c === 58; // . , :
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
const isJoiner = (c: number) => isHyphen(c) || c === 39 || c === 0x2019; // - ‐ ‑ ' ’

/** The first half of a surrogate pair: a string must not be cut after it. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Code point at i and its length in code units (lone surrogates count as themselves). */
function cpAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

// Tokens are gathered in one array kept from call to call and copied out at their exact count:
// an array grown by push reallocates its store several times over (16, 40, 76, 130, … slots),
// and every store but the last is garbage. A paragraph of more than SCRATCH_MAX tokens lets go
// of the grown array, so a hostile one-line text does not keep its size for the life of the process.
const SCRATCH_MAX = 1 << 12;
let scratch: Token[] = [];
const NO_TOKEN: Token = { start: 0, end: 0, kind: TokenKind.Punct, text: '' };

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens = scratch;
  let n = 0;
  let i = from;
  while (i < to) {
    const u = text.charCodeAt(i);
    if (u === 32) { i++; continue; }
    const cp = isHighSurrogate(u) ? cpAt(text, i, to) : u;
    const cls = classOf(cp);
    if (cls === C.Space) { i += width(cp); continue; }
    const start = i;
    let kind: TokenKind;
    if (cls === C.Digit) {
      i = digitRun(text, i, to);
      // "12.000", "3,5": a separator counts only between digits.
      while (i + 1 < to && isSeparator(text.charCodeAt(i)) && classOf(cpAt(text, i + 1, to)) === C.Digit) {
        i = digitRun(text, i + 1, to);
      }
      let asciiNumber = true;
      for (let k = start; asciiNumber && k < i; k++) {
        const c = text.charCodeAt(k);
        if (!((c >= 48 && c <= 57) || isSeparator(c))) asciiNumber = false;
      }
      kind = asciiNumber ? TokenKind.Number : TokenKind.Word;
      // "69-åring": letters (not digits) glued on by a hyphen.
      while (i + 1 < to && isHyphen(text.charCodeAt(i)) && isLetterOrMark(text, i + 1, to)) {
        i = letterRun(text, i + 1, to);
        kind = TokenKind.Word;
      }
    } else if (cls === C.Alnum) {
      // The first code point is read already.
      i = alnumRun(text, i + width(cp), to);
      while (i + 1 < to && isJoiner(text.charCodeAt(i)) && isAlnumAt(text, i + 1, to)) i = alnumRun(text, i + 1, to);
      // "vg.no", "www.nrk.no", "firda.no": a web address is one word (a newspaper quoted by its site).
      if (i + 2 < to && text.charCodeAt(i) === 46 && isAlnumAt(text, i + 1, to)) i = webAddressEnd(text, i, to);
      kind = TokenKind.Word;
    } else {
      i += width(cp);
      kind = TokenKind.Punct;
    }
    tokens[n++] = { start, end: i, kind, text: text.slice(start, i) };
  }
  const out = tokens.slice(0, n);
  // Keep no token (nor through its text, the text) past the call.
  if (n > SCRATCH_MAX) scratch = [];
  else tokens.fill(NO_TOKEN, 0, n);
  return out;
}

// Top-level domains a Norwegian or English news text names sites by.
const WEB_TLDS: ReadonlySet<string> = new Set(['no', 'com', 'org', 'net', 'se', 'dk', 'fi', 'is', 'uk', 'de', 'eu', 'io', 'nu', 'info']);

/** A web address as the tokenizer joins one ("vg.no"): one word whose last label is a top-level domain. */
export function isWebAddress(word: string): boolean {
  const dot = word.lastIndexOf('.');
  return dot > 0 && word.indexOf(' ') < 0 && WEB_TLDS.has(word.slice(dot + 1));
}

/** Where a web address that goes on at the period at i ends ("vg.no"), or i where it is none.
 *  At most three more labels of at most 24 code units each are read: a long run of glued periods
 *  ("á.á.á.…") must not be read again from every word in it. */
function webAddressEnd(text: string, i: number, to: number): number {
  let end = i;
  let label = i;
  for (let n = 0; n < 3 && end + 1 < to && text.charCodeAt(end) === 46 && isAlnumAt(text, end + 1, to); n++) {
    label = end + 1;
    end = alnumRun(text, label, Math.min(to, label + 24));
  }
  // (A label cut at the bound, or one more label after the last read, is no address either.)
  if (end < to && (isAlnumAt(text, end, to) || (text.charCodeAt(end) === 46 && end + 1 < to && isAlnumAt(text, end + 1, to)))) return i;
  // (In lower case only: "kom.No er …" is a sentence run on with no space, "No" its first word.)
  return WEB_TLDS.has(text.slice(label, end)) ? end : i;
}

function digitRun(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = cpAt(text, i, to);
    if (classOf(cp) !== C.Digit) break;
    i += width(cp);
  }
  return i;
}

function alnumRun(text: string, i: number, to: number): number {
  while (i < to) {
    // Most characters are below the surrogates and already classified: one table read.
    const u = text.charCodeAt(i);
    if (u < 0xd800) {
      const k = BMP[u];
      if (k === C.Alnum || k === C.Digit) { i++; continue; }
      if (k !== C.Unknown) break;
    }
    const cp = cpAt(text, i, to);
    const c = classOf(cp);
    if (c !== C.Alnum && c !== C.Digit) break;
    i += width(cp);
  }
  return i;
}

function isAlnumAt(text: string, i: number, to: number): boolean {
  const c = classOf(cpAt(text, i, to));
  return c === C.Alnum || c === C.Digit;
}

// Letters and marks only (\p{L}\p{M}): the suffix of "69-åring" may not hold digits.
const LETTER_MARK_RE = /[\p{L}\p{M}]/u;
const LETTER_MARK = new Uint8Array(0x10000);
function isLetterOrMark(text: string, i: number, to: number): boolean {
  const cp = cpAt(text, i, to);
  if (classOf(cp) !== C.Alnum) return false;
  if (cp < 0x10000) {
    let v = LETTER_MARK[cp];
    if (v === 0) LETTER_MARK[cp] = v = LETTER_MARK_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  return LETTER_MARK_RE.test(String.fromCodePoint(cp));
}

function letterRun(text: string, i: number, to: number): number {
  while (i < to && isLetterOrMark(text, i, to)) i += width(cpAt(text, i, to));
  return i;
}

const UPPER = /^\p{Lu}/u;
/** Does the word start with an upper-case letter? Asked of most tokens: ASCII is answered without the regex. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(word);
}

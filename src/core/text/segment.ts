// Linear paragraph and sentence splitting. Intl.Segmenter is super-linear on
// large strings and splits after "bl.a.", "ca.", "kl." and initials, so the
// splitting here works on our own tokens with an abbreviation list.

import { Token, TokenKind, tokenize } from './tokenize';
import { AbbreviationKind, abbreviationKind, capitalisedTitle, mayBeAbbreviation } from './abbreviations';

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Paragraph {
  start: number;
  end: number;
  /** Every token of the paragraph; each sentence's tokens are a slice of it. */
  tokens: Token[];
  sentences: Sentence[];
}

/** A sentence ends at . ! ? or … (a code test: it is asked of every punctuation token). */
function isTerminal(t: Token): boolean {
  if (t.kind !== TokenKind.Punct || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']']);
const OPENERS = new Set(['«', '"', '“', '–', '-', '—', '(', '‘', '„']);
const UPPER = /^[\p{Lu}\p{Nd}]/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITAL_LETTER = /^\p{Lu}/u;
// A line that ends like this may be hard-wrapped into the next one.
const CONTINUES = /[\p{L}\p{N},\-]$/u;

/** Splits text into paragraphs: blank lines always split, a single newline
 *  splits unless the text is visibly hard-wrapped (a line ending mid-phrase
 *  followed by one starting in lower case). */
export function paragraphSpans(text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let paraStart = -1;
  let paraEnd = -1;
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    // Trim the line.
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
      paraStart = -1;
    } else if (paraStart < 0) {
      paraStart = s;
      paraEnd = e;
    } else {
      const prevLast = text.slice(Math.max(paraStart, paraEnd - 1), paraEnd);
      const nextFirst = text.slice(s, s + 2);
      if (CONTINUES.test(prevLast) && LOWER_START.test(nextFirst)) {
        paraEnd = e;
      } else {
        out.push({ start: paraStart, end: paraEnd });
        paraStart = s;
        paraEnd = e;
      }
    }
    if (lineEnd >= to) break;
    lineStart = lineEnd + 1;
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff
    || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x0b || c === 0x0c;
}

/** Splits one paragraph's tokens into sentences. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isTerminal(t)) continue;
    // Runs like "?!" or "..." end together.
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end
      && isTerminal(tokens[last + 1])) last++;
    while (last + 1 < tokens.length && tokens[last + 1].kind === TokenKind.Punct && CLOSERS.has(tokens[last + 1].text)
      && tokens[last + 1].start === tokens[last].end) last++;
    const next = tokens[last + 1];
    if (!next) { i = last; continue; }
    const nt = next.text;
    if (t.text === '.' && last === i) {
      const abbr = abbreviationBefore(text, tokens, i);
      if (abbr === AbbreviationKind.Continues) continue;
      if (abbr === AbbreviationKind.MayEnd && !CAPITAL_LETTER.test(nt)) continue;
    }
    // '' (two apostrophes) opens a quotation in some English newspapers: "… plant. ''That is …".
    const doubled = nt === "'" && tokens[last + 2]?.text === "'" && tokens[last + 2].start === next.end;
    if (!(opensUpperOrDigit(nt) || OPENERS.has(nt) || doubled)) { i = last; continue; }
    out.push({ start: tokens[first].start, end: tokens[last].end, tokens: tokens.slice(first, last + 1) });
    first = last + 1;
    i = last;
  }
  if (first < tokens.length) {
    // A paragraph of one sentence (a line of most wire copy) shares its token array, uncopied.
    out.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, tokens: first === 0 ? tokens : tokens.slice(first) });
  }
  return out;
}

/** UPPER.test(w), with ASCII answered by its code: this is asked at every sentence end. */
function opensUpperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER.test(w);
}

/** Tokens of the longest dotted abbreviation looked for ("t.o.m.", "U.S.A." are six). */
const DOTTED_RUN_MAX = 12;

/** Is the period at tokens[i] the end of an abbreviation or an initial? */
function abbreviationBefore(text: string, tokens: Token[], i: number): AbbreviationKind {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return AbbreviationKind.None;
  if (prev.kind === TokenKind.Word && prev.text.length === 1 && CAPITAL_LETTER.test(prev.text)) return AbbreviationKind.Continues;
  // "(D-N.Y.)", "R-S.C.,": a party and state tag, a hyphen before a lone capital.
  if (prev.kind === TokenKind.Word && hyphenInitial(prev.text)) return AbbreviationKind.Continues;
  // Collect the dotted run: "bl.a." is tokens bl . a . (Abbreviations are short: a run of
  // hundreds of glued periods, "á.á.á.…", is read only as far back as the longest could reach,
  // where walking it all from every period made a long line of them quadratic.)
  let j = i - 1;
  while (j - 1 >= 0 && i - j < DOTTED_RUN_MAX && tokens[j - 1].end === tokens[j].start && (tokens[j - 1].text === '.' || tokens[j].text === '.')) j--;
  if (!mayBeAbbreviation(text, tokens[j].start, tokens[i].end)) return AbbreviationKind.None;
  const written = text.slice(tokens[j].start, tokens[i].end);
  if (capitalisedTitle(written)) return AbbreviationKind.Continues;
  return abbreviationKind(written.toLowerCase());
}

function hyphenInitial(word: string): boolean {
  const n = word.length;
  return n >= 3 && word.charCodeAt(n - 2) === 45 && CAPITAL_LETTER.test(word[n - 1]);
}

export function segment(text: string, from = 0, to = text.length): Paragraph[] {
  return paragraphSpans(text, from, to).map((p) => {
    const tokens = tokenize(text, p.start, p.end);
    return { start: p.start, end: p.end, tokens, sentences: splitSentences(text, tokens) };
  });
}

// A single-pass tokenizer. One global regex walks the text once, so the cost is
// linear in its length; whitespace is skipped by the regex itself.

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

// Alternatives, in order:
//  1. digits with internal separators ("12.000", "18.10.2024", "12:39:31", "3,5"),
//     optionally glued to a word by a hyphen ("69-åring", "1960-tallet");
//  2. words: letters, marks and digits, joined by hyphens or apostrophes
//     ("Nord-Koreas", "Kim Jong-un", "Mulligan's");
//  3. any other single code point (so a surrogate pair is never split).
const TOKEN_RE =
  /\p{Nd}+(?:[.,:]\p{Nd}+)*(?:[-\u2010\u2011][\p{L}\p{M}]+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|\S/gu;

const DIGIT_START = /^\p{Nd}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const t = m[0];
    const start = m.index + from;
    let kind: TokenKind;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^[\d.,:]+$/.test(t)) kind = TokenKind.Number;
    else if (t.length === 1 && !LETTER_OR_DIGIT.test(t)) kind = TokenKind.Punct;
    else if (t.length === 2 && c >= 0xd800 && c <= 0xdbff) kind = TokenKind.Punct;
    else if (DIGIT_START.test(t) && /^[\d.,:]+$/.test(t)) kind = TokenKind.Number;
    else kind = TokenKind.Word;
    tokens.push({ start, end: start + t.length, kind, text: t });
  }
  return tokens;
}

const UPPER = /^\p{Lu}/u;
export function isCapitalized(word: string): boolean {
  return UPPER.test(word);
}

// Which words are inside a quotation, read token by token. One tracker serves the
// claim units (claims.ts) and the mention layer (mentions.ts), so both agree on it.
//
// Real text leaves quotation marks unmatched: a « closed by a straight ", an outer
// quotation never closed around an inner one. Without recovery everything after the
// fault reads as quoted, and the attributions there (", sier X") are lost. The
// recovery reads only the mark and its neighbours, so the loop stays linear; only a
// paragraph that ends inside a « quotation is read a second time (see unclosed).

import type { Token } from '../text/tokenize';
import { TokenKind } from '../text/tokenize';

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '“', '„']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '”']);

export interface QuoteState {
  /** Open «, “ and „ quotations not yet closed. */
  depth: number;
  /** A straight " quotation is open. */
  straight: boolean;
  /** Offset of the mark that opened the outermost open quotation. */
  outer: number;
  /** That quotation opened with «. (English leaves “ and " open at the end of each paragraph of a quotation that runs on: no fault.) */
  outerGuillemet: boolean;
  /** Offset of a mark whose quotation the paragraph never closes: it ends with its sentence. */
  limit: number;
}

export function quoteState(): QuoteState {
  return { depth: 0, straight: false, outer: -1, outerGuillemet: false, limit: -1 };
}

/** Outside any quotation, as at a paragraph or unit start; a known unclosed mark stays known. */
export function resetQuote(st: QuoteState): void {
  st.depth = 0;
  st.straight = false;
}

/**
 * At the end of a sentence. A paragraph that ends inside a quotation has lost a closing
 * mark, and all it says after the opening would read as quoted: its caller reads it again
 * with `limit` set (see unclosed), and that quotation then stops at its sentence end.
 */
export function endSentence(st: QuoteState): void {
  if (st.limit >= 0 && st.outer === st.limit) resetQuote(st);
}

/** After a paragraph: the opening mark to limit on a second reading, or -1 if all closed. */
export function unclosed(st: QuoteState): number {
  return inQuote(st) && st.limit < 0 && st.outerGuillemet ? st.outer : -1;
}

export const enum QuoteMark {
  None = 0,
  Open = 1,
  Close = 2,
}

/** '' (two apostrophes) as a straight quotation mark, as some English newspapers write it. */
export function doubledApostrophe(toks: readonly Token[], k: number): boolean {
  return toks[k].text === "'" && k + 1 < toks.length && toks[k + 1].text === "'" && toks[k + 1].start === toks[k].end;
}

export function inQuote(st: QuoteState): boolean {
  return st.depth > 0 || st.straight;
}

/**
 * Reads token k into the state; says whether it opened or closed a quotation.
 * `cues` are the lower-case reporting verbs: a closing mark followed by one (", sier X")
 * ends whatever quotation is still open.
 */
export function stepQuote(st: QuoteState, toks: readonly Token[], k: number, cues: ReadonlyMap<string, unknown> | ReadonlySet<string>): QuoteMark {
  const t = toks[k];
  if (t.kind !== TokenKind.Punct) return QuoteMark.None;
  const x = t.text;
  // Most punctuation is a comma or a full stop: a character test turns it away before the set lookups.
  if (!quoteChar(x.charCodeAt(0))) return QuoteMark.None;
  if (x === '"' || doubledApostrophe(toks, k)) {
    if (st.straight) {
      st.straight = false;
      closeBeforeCue(st, toks, k, cues);
      return QuoteMark.Close;
    }
    // «…," — a straight mark written as a closer (glued to the word or comma before it,
    // not to the word after) ends the open « quotation instead of opening a new one.
    if (st.depth > 0 && closerShape(toks, k)) {
      st.depth--;
      closeBeforeCue(st, toks, k, cues);
      return QuoteMark.Close;
    }
    if (st.depth === 0) {
      st.outer = t.start;
      st.outerGuillemet = false;
    }
    st.straight = true;
    return QuoteMark.Open;
  }
  if (OPEN_QUOTES.has(x)) {
    if (st.depth === 0 && !st.straight) {
      st.outer = t.start;
      st.outerGuillemet = x === '«';
    }
    st.depth++;
    return QuoteMark.Open;
  }
  if (CLOSE_QUOTES.has(x)) {
    if (st.depth > 0) st.depth--;
    closeBeforeCue(st, toks, k, cues);
    return QuoteMark.Close;
  }
  return QuoteMark.None;
}

/** The first character of every mark read here: " ' « » “ ” „. */
function quoteChar(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e);
}

function closerShape(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (k === 0 || toks[k - 1].end !== t.start) return false;
  const next = k + 1 < toks.length ? toks[k + 1] : undefined;
  return !next || next.start > t.end || next.kind === TokenKind.Punct;
}

// «Om jeg skulle beskrive «Boka» i en setning … noe «du», sa X.": the attribution after a
// closing mark is the narrator's, so no quotation can still be open there.
function closeBeforeCue(st: QuoteState, toks: readonly Token[], k: number, cues: ReadonlyMap<string, unknown> | ReadonlySet<string>): void {
  if (st.depth === 0 && !st.straight) return;
  let j = k + 1;
  if (j < toks.length && toks[j].text === ',') j++;
  if (j < toks.length && toks[j].kind === TokenKind.Word && cues.has(toks[j].text)) {
    st.depth = 0;
    st.straight = false;
  }
}

/** The sentence opens with a quotation mark. */
export function opensQuotation(toks: readonly Token[]): boolean {
  if (toks.length === 0) return false;
  const x = toks[0].text;
  return toks[0].kind === TokenKind.Punct && (OPEN_QUOTES.has(x) || x === '"');
}

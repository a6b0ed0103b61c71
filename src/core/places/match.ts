// Gazetteer matching over tokens: the longest name at a token (with the
// genitive -s), exact-case acronyms, and the Norwegian→English
// transliteration fallback.

import { Token, TokenKind } from '../text/tokenize';
import { isSure, keyAt } from './cues';
import { Candidate, Gazetteer } from './gazetteer';
import { isAllCaps } from './normalize';
import { englishVariants } from './translit';
import { BoundedMemo } from '../text/memo';

/** Longest name the gazetteer is asked for, in tokens. */
const MAX_TOKENS = 8;

export interface Match {
  end: number; // token index, exclusive
  cands: Candidate[];
  key: string;
  genitive: boolean;
}


/** Longest gazetteer name starting at token i. Keys are built incrementally,
 *  one fold and one hash lookup per token, stopping as soon as the key is not
 *  the start of a longer name. */
export function gazMatch(toks: Token[], i: number, gaz: Gazetteer, firstKey?: string): Match | null {
  let key = '';
  let best: Match | null = null;
  const last = Math.min(toks.length, i + MAX_TOKENS);
  for (let j = i; j < last; j++) {
    const t = toks[j];
    if (j > i) {
      // A name never runs on into the next clause.
      if (t.kind === TokenKind.Punct && t.text !== '.' && t.text !== "'" && t.text !== '’' && t.text !== '-') break;
      if (t.start > toks[j - 1].end) key += ' ';
    }
    const f = j === i && firstKey !== undefined ? firstKey : keyAt(toks, j);
    key += f;
    const e = gaz.at(key);
    if (Gazetteer.placeAt(e)) {
      best = { end: j + 1, cands: gaz.candidatesAt(e), key, genitive: false };
    } else if (t.kind === TokenKind.Word && f.length > 2 && f.charCodeAt(f.length - 1) === 115 /* s */) {
      // Genitive: "Nord-Koreas", "Noregs", "Norway's".
      const base = key.slice(0, key.length - (f.endsWith("'s") ? 2 : 1));
      const g = gaz.at(base);
      if (Gazetteer.placeAt(g)) best = { end: j + 1, cands: gaz.candidatesAt(g), key: base, genitive: true };
    }
    if (!Gazetteer.prefixAt(e)) break;
  }
  return best;
}

function joinAdjacent(toks: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += toks[k].text;
  return s;
}

/** Exact-case acronym ("USA", "EU", "USAs", "U.S."). */
export function acronymMatch(toks: Token[], i: number, gaz: Gazetteer): Match | null {
  const t = toks[i];
  let end = i + 1;
  // Dotted forms: U . S . → "U.S."
  while (end < toks.length && end < i + 6 && toks[end].start === toks[end - 1].end
    && (toks[end].text === '.' || (toks[end].kind === TokenKind.Word && toks[end].text.length === 1))) end++;
  // The tokens are adjacent, so the raw text is one slice of the original.
  const src = t.text;
  for (let e = end; e > i; e--) {
    const raw = '=' + (e === i + 1 ? src : joinAdjacent(toks, i, e));
    const hit = gaz.at(raw);
    if (Gazetteer.placeAt(hit)) return { end: e, cands: gaz.candidatesAt(hit), key: raw, genitive: false };
  }
  if (src.length > 2 && src.endsWith('s') && isAllCaps(src, src.length - 1)) {
    const key = '=' + src.slice(0, -1);
    const hit = gaz.at(key);
    if (Gazetteer.placeAt(hit)) return { end: i + 1, cands: gaz.candidatesAt(hit), key, genitive: true };
  }
  return null;
}

/** Tokens from..to are exactly one sure gazetteer place. */
export function surePlaceRun(toks: Token[], from: number, to: number, gaz: Gazetteer): boolean {
  const m = gazMatch(toks, from, gaz);
  return !!m && m.end === to && m.cands.some(isSure);
}

// translitCands' answers by key: the gazetteer never changes, and the same
// names come back in text after text, while each answer costs a few regex
// rewrites and look-ups. Cleared when full, so it stays small.
const translitMemo = new BoundedMemo<Candidate[] | null>(4096);

/** Places found by their own name under an English-style spelling of key
 *  (shared answers: callers must not change them). */
export function translitCands(key: string, gaz: Gazetteer): Candidate[] | null {
  // Every rewrite needs a "j" (see englishVariants): most keys have none.
  if (key.indexOf('j') < 0) return null;
  const cands = translitMemo.get(key);
  return cands !== undefined ? cands : translitMemo.set(key, translitFresh(key, gaz));
}

function translitFresh(key: string, gaz: Gazetteer): Candidate[] | null {
  for (const v of englishVariants(key)) {
    let cands = gaz.lookup(v).filter((c) => c.strong);
    if (!cands.length && v.endsWith('s')) cands = gaz.lookup(v.slice(0, -1)).filter((c) => c.strong);
    if (cands.length) return cands;
  }
  return null;
}

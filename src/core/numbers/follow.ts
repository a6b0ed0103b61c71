// What comes right after a figure: a unit, a currency, a percent word, or the
// noun it counts. Used both to build spans and to tell a year ("i 2001") from
// a count ("2000 soldater").

import type { Cx } from './context';
import { adjectiveCandidate, isStopWord, nounCandidate, participleLike } from './counted';
import { CURRENCY_CODES, CURRENCY_WORDS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS, UNIT_SYMBOLS } from './units';
import { multiplierWord } from './wordnum';
import { NO_MULT_ABBR } from './words';

/** The noun counted by a figure ending before token i: [noun as written lower-cased, its index]. */
export function countedAfter(cx: Cx, i: number): [string, number] | undefined {
  const lang = cx.no ? 'no' : 'en';
  for (let k = 0, j = i; k < 3; k++, j++) {
    if (!cx.isWord(j) || cx.glued(j)) return undefined;
    const w = cx.w(j);
    // Capitalised words are names ("1500 Wagner-soldater" aside); English adjectives of nationality are the exception.
    if (cx.capitalized(j) && cx.no) return undefined;
    if (!cx.capitalized(j) && nounCandidate(w, lang) && !isQuantityWord(cx, j)) {
      // An adjective before a noun: look one further.
      const nextNoun = cx.isWord(j + 1) && !cx.glued(j + 1) && !cx.capitalized(j + 1)
        && (nounCandidate(cx.w(j + 1), lang) || isQuantityWord(cx, j + 1));
      if (k < 2 && nextNoun && adjectiveCandidate(w, cx.raw(j), lang)) continue;
      // "1500 ansatte." is a noun; "2006 krevde kommunen" a verb before its subject.
      if (participleLike(w, lang) && cx.isWord(j + 1) && !cx.glued(j + 1) && !isStopWord(cx.w(j + 1))) return undefined;
      return [w, j];
    }
    if (k < 2 && adjectiveCandidate(w, cx.raw(j), lang)) continue;
    return undefined;
  }
  return undefined;
}

function isQuantityWord(cx: Cx, j: number): boolean {
  const w = cx.w(j);
  return PERCENT_WORDS.has(w) || CURRENCY_WORDS.has(w) || TIME_UNITS.has(w) || MEASURE_WORDS.has(w)
    || multiplierWord(w, cx.lang) !== undefined || NO_MULT_ABBR.has(w);
}

/** A unit, currency, percent word or multiplier at i: the figure before is surely a quantity. */
export function quantityFollows(cx: Cx, i: number): boolean {
  if (i >= cx.n) return false;
  const w = cx.w(i);
  if (cx.isWord(i) && isQuantityWord(cx, i)) return true;
  return CURRENCY_CODES.has(cx.raw(i)) || PERCENT_WORDS.has(w) || (UNIT_SYMBOLS.has(w) && !cx.capitalized(i));
}

/** Does something that makes the figure before i a quantity follow at i? */
export function countFollows(cx: Cx, i: number): boolean {
  return quantityFollows(cx, i) || countedAfter(cx, i) !== undefined;
}

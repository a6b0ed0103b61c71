// Number words over several tokens: "to hundre og femti tusen", "en halv
// million", "to og en halv", "twenty five", "a dozen", "et titall". Decides
// too when "en", "ett", "one", "a" are numbers rather than articles or
// pronouns: only with a multiplier, a half, a fraction noun, or (for the
// numeral forms "ett"/"eitt"/"one") in contexts that leave no doubt.

import type { Cx } from './context';
import { nounCandidate } from './counted';
import { TIME_UNITS } from './units';
import { cardinalWord, multiplierWord } from './wordnum';
import {
  EN_MULTIPLIERS, EN_ONE_WORDS, FRACTIONS, GROUP_WORDS, HALF_WORDS, NO_MULTIPLIERS, NO_NEUTER_ONE, NO_ONE_WORDS,
  ONE_AND_HALF,
} from './words';

export interface WordCore {
  s: number;
  e: number;
  value: number;
  /** "et titall": the word that makes it an estimate. */
  approxWord?: string;
  /** Ends with a large multiplier ("to millioner"), so a currency may follow. */
  scaled: boolean;
}

const HUNDRED = new Set(['hundre', 'hundred']);
const THOUSAND = new Set(['tusen', 'thousand']);
const AND = new Set(['og', 'and']);
// Before "ett": words that make it the numeral ("bare ett", "mer enn ett").
const ONE_BEFORE = new Set(['bare', 'berre', 'kun', 'nøyaktig', 'akkurat', 'minst', 'over', 'under', 'nesten', 'enn',
  'ikke', 'ikkje', 'only', 'just', 'exactly', 'than', 'least']);
const ONE_AFTER = new Set(['av', 'eller', 'til', 'or', 'to']);
const EN_ONE_NOT_BEFORE = new Set(['no', 'the', 'this', 'that', 'every', 'any', 'each', 'which', 'any', 'someone', 'anyone',
  'everyone', 'another', 'only']);
const EN_ONE_NOT_AFTER = new Set(['day', 'way', 'thing', 'another', 'side', 'hand', 'time', 'more', 'of', 'who', 'that',
  'which', 'such', 'can', 'could', 'would', 'should', 'might', 'must', 'will', 'does', 'did', 'is', 'was', 'has', 'in']);

// Words after "en"/"et"/"a" that make it a number.
const ONE_FOLLOWERS = new Set([...GROUP_WORDS.keys(), ...FRACTIONS.keys(), ...HALF_WORDS, ...HUNDRED, ...THOUSAND,
  ...NO_MULTIPLIERS.keys(), ...EN_MULTIPLIERS.keys(), ...AND]);

/** "en", "et", "a", "an": a one-word that is not the numeral form ("ett", "one", "én"). */
function isArticle(cx: Cx, w: string): boolean {
  return isOneWord(cx, w) && !NO_NEUTER_ONE.has(w) && w !== 'one';
}

function isOneWord(cx: Cx, w: string): boolean {
  return cx.no ? NO_ONE_WORDS.has(w) : EN_ONE_WORDS.has(w);
}

/** Value of a plain cardinal word at i (no articles), honouring names and homographs. */
export function cardinalAt(cx: Cx, i: number): number | undefined {
  if (!cx.isWord(i)) return undefined;
  const w = cx.w(i);
  const v = cardinalWord(w, cx.lang);
  if (v === undefined) return undefined;
  if (cx.nameLike(i)) return undefined;
  if (cx.no) {
    // "et tre" is a tree; "hus av tre." is made of wood.
    if (w === 'tre') {
      const p = cx.w(i - 1);
      if (p === 'et' || p === 'ett' || p === 'eit' || p === 'det') return undefined;
      if (p === 'av' && !cx.isWord(i + 1) && cardinalWord(cx.w(i - 2), cx.lang) === undefined) return undefined;
    }
    if (w === 'ti' && cx.w(i + 1) === 'stille') return undefined;
    // "å tre inn", "å fire på kravene": verbs after the infinitive marker.
    if (cx.w(i - 1) === 'å') return undefined;
    if (w === 'tusen' && cx.w(i + 1) === 'takk') return undefined;
  }
  return v;
}

/** "ett"/"one" as the numeral, not the article or pronoun. */
function numeralOne(cx: Cx, i: number): boolean {
  const w = cx.w(i);
  if (cx.no) {
    if (!NO_NEUTER_ONE.has(w)) return false;
    const next = cx.w(i + 1);
    return ONE_BEFORE.has(cx.w(i - 1)) || ONE_AFTER.has(next) || TIME_UNITS.has(next) || !cx.isWord(i + 1);
  }
  if (w !== 'one' || cx.nameLike(i)) return false;
  if (EN_ONE_NOT_BEFORE.has(cx.w(i - 1))) return false;
  const next = cx.w(i + 1);
  if (EN_ONE_NOT_AFTER.has(next)) return false;
  return ONE_BEFORE.has(cx.w(i - 1)) || ONE_AFTER.has(next) || (cx.isWord(i + 1) && nounCandidate(next, 'en'));
}

function scaleAt(cx: Cx, i: number): number | undefined {
  if (!cx.isWord(i)) return undefined;
  const w = cx.w(i);
  if (HUNDRED.has(w)) return 100;
  if (THOUSAND.has(w)) return 1000;
  return multiplierWord(w, cx.lang);
}

export function halfAfterAnd(cx: Cx, i: number): number {
  // "og en halv", "og et halvt", "and a half": returns the index after, or -1.
  if (AND.has(cx.w(i)) && isOneWord(cx, cx.w(i + 1)) && HALF_WORDS.has(cx.w(i + 2))) return i + 3;
  return -1;
}

/** A number written in words starting at token i. */
export function parseWordSeq(cx: Cx, i: number): WordCore | undefined {
  const w = cx.w(i);
  let group = 0;
  let total = 0;
  let j = i;
  let scaled = false;
  // What the last word was decides what may follow.
  let last: 'none' | 'small' | 'tens' | 'hundred' | 'thousand' | 'big' | 'half' = 'none';

  // Articles are frequent: leave at once unless a number-making word follows (before
  // the name test below, which would turn them away too but costs more).
  if (isArticle(cx, w) && !ONE_FOLLOWERS.has(cx.w(i + 1))) return undefined;
  if (cx.nameLike(i)) return undefined;
  const half = ONE_AND_HALF.get(w);
  if (half !== undefined) {
    group = half; j = i + 1; last = 'half';
  } else if (isOneWord(cx, w) || w === 'én' || w === 'èn') {
    const next = cx.w(i + 1);
    // Articles are frequent: leave at once unless a number-making word follows.
    if (!ONE_FOLLOWERS.has(next) && !NO_NEUTER_ONE.has(w) && w !== 'one' && w !== 'én' && w !== 'èn') return undefined;
    const g = GROUP_WORDS.get(next);
    if (g && cx.isWord(i + 1)) {
      return { s: i, e: i + 2, value: g.value, approxWord: g.approximate ? cx.raw(i + 1) : undefined, scaled: false };
    }
    const f = FRACTIONS.get(next);
    if (f !== undefined && !next.endsWith('s') && !next.endsWith('er')) return { s: i, e: i + 2, value: f, scaled: false };
    if (HALF_WORDS.has(next)) { group = 0.5; j = i + 2; last = 'half'; }
    else if (scaleAt(cx, i + 1) !== undefined) { group = 1; j = i + 1; last = 'small'; }
    else if (halfAfterAnd(cx, i + 1) > 0) { group = 1.5; j = halfAfterAnd(cx, i + 1); last = 'half'; }
    else if (w === 'én' || w === 'èn' || numeralOne(cx, i)) { group = 1; j = i + 1; last = 'small'; }
    else return undefined;
  } else {
    const v = cardinalAt(cx, i);
    if (v === undefined) return undefined;
    if (v === 100) { group = 100; last = 'hundred'; }
    else if (v === 1000) { total = 1000; last = 'thousand'; }
    else { group = v; last = v >= 20 && v % 10 === 0 ? 'tens' : 'small'; }
    j = i + 1;
  }

  for (;;) {
    if (j >= cx.n || !cx.isWord(j) || cx.glued(j)) break;
    const x = cx.w(j);
    const scale = scaleAt(cx, j);
    if (scale === 100) {
      if (last === 'hundred' || last === 'half' || group >= 100) break;
      group = (group || 1) * 100; last = 'hundred';
    } else if (scale === 1000) {
      if (last === 'thousand' || last === 'big') break;
      total += (group || 1) * 1000; group = 0; last = 'thousand';
    } else if (scale !== undefined) {
      if (total + group >= scale) break;
      total = (total + (group || 1)) * scale; group = 0; last = 'big'; scaled = true;
    } else if (AND.has(x)) {
      const h = halfAfterAnd(cx, j);
      if (h > 0 && last !== 'half' && last !== 'big') { group += 0.5; j = h; last = 'half'; continue; }
      // "hundre og tjue", "tusen og en": "og" joins only after a multiplier.
      if (last !== 'hundred' && last !== 'thousand') break;
      const nv = isOneWord(cx, cx.w(j + 1)) ? 1 : cardinalAt(cx, j + 1);
      if (nv === undefined || nv >= 100 || cx.glued(j + 1)) break;
      group += nv; last = nv >= 20 && nv % 10 === 0 ? 'tens' : 'small'; j += 2; continue;
    } else if (GROUP_WORDS.has(x) && !GROUP_WORDS.get(x)!.approximate && last === 'small') {
      group *= 12; last = 'big';
    } else if (FRACTIONS.has(x) && last === 'small' && total === 0 && group < 10) {
      // "to tredjedeler", "three quarters"
      group *= FRACTIONS.get(x)!; j++; break;
    } else {
      const v = cardinalAt(cx, j);
      if (v === undefined) break;
      if (last === 'tens' && !cx.no && v < 10) { group += v; last = 'small'; }
      else if ((last === 'hundred' || last === 'thousand') && v < 100 && group % 100 === 0) {
        group += v; last = v >= 20 && v % 10 === 0 ? 'tens' : 'small';
      } else break;
    }
    j++;
  }
  return { s: i, e: j, value: total + group, scaled };
}

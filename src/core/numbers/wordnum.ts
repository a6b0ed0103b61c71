// Values of single number-word tokens, including Norwegian closed compounds
// ("tjuefem", "femogtjue", "tohundreogfemti", "totusen") and hyphenated ones
// ("tjue-fem", "twenty-five"). Every lookup is a hash probe on a part of the
// word, so the cost is linear in the word's length.

import type { Lang } from '../model';
import {
  EN_CARDINALS, EN_MULTIPLIERS, EN_TENS, EN_UNITS, FRACTIONS, NO_CARDINALS, NO_MULTIPLIERS, NO_TEENS, NO_TENS, NO_UNITS,
} from './words';

// Every Norwegian spelling of 1–99 that may stand inside a compound.
const NO_BELOW_100 = new Map<string, number>();
for (const [w, v] of NO_UNITS) NO_BELOW_100.set(w, v);
for (const [w, v] of NO_TEENS) NO_BELOW_100.set(w, v);
for (const [t, tv] of NO_TENS) {
  NO_BELOW_100.set(t, tv);
  for (const [u, uv] of NO_UNITS) {
    NO_BELOW_100.set(t + u, tv + uv);
    // Old counting, "femogtjue", "enogtyve".
    NO_BELOW_100.set(u + 'og' + t, tv + uv);
  }
}

/** Every single-token spelling of 1–99 in Norwegian or English, for the trigger table. */
export function plainNumberWords(lang: 'no' | 'en'): string[] {
  if (lang === 'no') return [...NO_CARDINALS.keys(), ...NO_BELOW_100.keys()];
  const en = [...EN_CARDINALS.keys()];
  for (const [t] of EN_TENS) for (const [u] of EN_UNITS) en.push(t + '-' + u);
  return en;
}

/** Every part before the first hyphen with which cardinalWord or rangeWord may
 *  find a value in a hyphenated word ("tjue-fem", "to-tre", "twenty-five",
 *  "two-thirds"), Norwegian words holding "hundre" or "tusen" aside: a word
 *  whose head is none of these is no number, and need not be sliced to tell. */
export function hyphenHeads(lang: 'no' | 'en'): string[] {
  const ones = ['en', 'one', 'ett', 'ein'];
  if (lang === 'no') return [...ones, ...NO_CARDINALS.keys(), ...NO_BELOW_100.keys()];
  return [...ones, ...EN_CARDINALS.keys(), ...EN_TENS.keys(), ...EN_UNITS.keys()];
}

// A compound may not be longer than "syttisjuhundreogsyttisju"-like forms;
// longer tokens are not numbers and are not worth slicing.
const MAX_COMPOUND = 40;

function below1000(w: string): number | undefined {
  const h = w.indexOf('hundre');
  if (h < 0) return NO_BELOW_100.get(w);
  const left = w.slice(0, h);
  let right = w.slice(h + 6);
  const lv = left === '' ? 1 : NO_UNITS.get(left) ?? (left === 'ti' ? 10 : undefined);
  if (lv === undefined) return undefined;
  if (right.startsWith('og')) right = right.slice(2);
  if (right === '') return lv * 100;
  const rv = NO_BELOW_100.get(right);
  return rv === undefined ? undefined : lv * 100 + rv;
}

/** Value of a Norwegian closed compound of two or more parts, or undefined. */
function noCompound(w: string): number | undefined {
  if (w.length > MAX_COMPOUND || w.length < 5) return undefined;
  const t = w.indexOf('tusen');
  if (t < 0) {
    const v = below1000(w);
    // Single units like "en"/"et" are handled by the caller, not here.
    return v !== undefined && !NO_UNITS.has(w) ? v : undefined;
  }
  const left = w.slice(0, t);
  let right = w.slice(t + 5);
  const lv = left === '' ? 1 : below1000(left);
  if (lv === undefined) return undefined;
  if (right.startsWith('og')) right = right.slice(2);
  if (right === '') return left === '' ? undefined : lv * 1000;
  const rv = below1000(right);
  return rv === undefined ? undefined : lv * 1000 + rv;
}

/** Value of one lower-cased word token as a cardinal, or undefined. Articles
 *  ("en", "et", "a", "one") are not cardinals here; the caller decides. */
export function cardinalWord(w: string, lang: Lang): number | undefined {
  if (lang === 'en') {
    const v = EN_CARDINALS.get(w);
    if (v !== undefined) return v;
    const dash = w.indexOf('-');
    if (dash > 0) {
      const head = w.slice(0, dash);
      const tail = w.slice(dash + 1);
      const tv = EN_TENS.get(head);
      const uv = EN_UNITS.get(tail);
      if (tv !== undefined && uv !== undefined) return tv + uv;
      // "two-thirds", "three-quarters", "one-third"
      const f = FRACTIONS.get(tail);
      const n = EN_UNITS.get(head);
      if (f !== undefined && n !== undefined && n < 10) return n * f;
    }
    return undefined;
  }
  const v = NO_CARDINALS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    // "tjue-fem" is 25; "fem-seks" is a range and handled by rangeWord().
    const tv = NO_TENS.get(w.slice(0, dash));
    const uv = NO_UNITS.get(w.slice(dash + 1));
    if (tv !== undefined && uv !== undefined && w.indexOf('-', dash + 1) < 0) return tv + uv;
    return undefined;
  }
  return noCompound(w);
}

/** "fem-seks", "to-tre", "ti-tolv", "five-six": a small range in one token. */
export function rangeWord(w: string, lang: Lang): [number, number] | undefined {
  const dash = w.indexOf('-');
  if (dash <= 0 || w.indexOf('-', dash + 1) >= 0) return undefined;
  const a = w.slice(0, dash);
  const b = w.slice(dash + 1);
  const one = lang === 'en' ? 'one' : 'en';
  const av = a === one || a === 'ett' || a === 'ein' ? 1 : cardinalWord(a, lang);
  const bv = cardinalWord(b, lang);
  if (av === undefined || bv === undefined || !(av < bv) || bv > 1000) return undefined;
  return [av, bv];
}

export function multiplierWord(w: string, lang: Lang): number | undefined {
  return lang === 'en' ? EN_MULTIPLIERS.get(w) : NO_MULTIPLIERS.get(w);
}

// What stands around a figure and belongs to its span: a multiplier
// ("millioner", "mrd.", "bn"), a currency before or after it ("kr 500",
// "500 kroner", "$4.5"), a percent word or sign, a unit symbol ("km", "°C").
// Unit words ("tre år", "fem kilometer") are reported but left out of the span.

import type { NumberKind } from '../model';
import type { Cx } from './context';
import {
  Currency, CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_WORDS,
  PERCENT_WORDS, TIME_UNITS, UNIT_SYMBOLS,
} from './units';
import { multiplierWord } from './wordnum';
import { CURRENCY_ONLY_MULT_ABBR, EN_MULT_ABBR, NO_MULT_ABBR } from './words';

/** A multiplier after a figure: "millioner", "mrd.", "bn", "tusen"; "m"/"k" only with a currency. */
export function scaleAfter(cx: Cx, i: number, withCurrency: boolean): { factor: number; e: number } | undefined {
  if (!cx.isWord(i)) return undefined;
  const w = cx.w(i);
  const big = multiplierWord(w, cx.lang) ?? (w === 'tusen' || w === 'thousand' ? 1000 : undefined);
  if (big !== undefined) return { factor: big, e: i + 1 };
  const no = cx.no ? NO_MULT_ABBR.get(w) : undefined;
  // "mill." and "mrd." are abbreviations with their period; "bn" and "m" take none.
  if (no !== undefined) return { factor: no, e: cx.dotAfter(i) ? i + 2 : i + 1 };
  const abbr = EN_MULT_ABBR.get(w) ?? (withCurrency && cx.glued(i) ? CURRENCY_ONLY_MULT_ABBR.get(w) : undefined);
  if (abbr !== undefined) return { factor: abbr, e: i + 1 };
  return undefined;
}

/** A currency standing before a figure: its token span and where the figure starts. */
export function currencyBefore(cx: Cx, i: number): { cur: Currency; s: number; at: number } | undefined {
  const raw = cx.raw(i);
  // Symbols, codes and "kr"/"nkr" are three code units at most, and none is a figure:
  // most figures and number words are turned away before any hash probe.
  if (raw.length > 3 || cx.isNum(i)) return undefined;
  const sym = CURRENCY_SYMBOLS.get(raw);
  if (sym) {
    // "US$ 5", "US$5"
    const s = cx.raw(i - 1) === 'US' && cx.glued(i) ? i - 1 : i;
    return { cur: sym, s, at: i + 1 };
  }
  if (CURRENCY_CODES.has(raw)) return { cur: { code: raw, factor: 1 }, s: i, at: i + 1 };
  const w = CURRENCY_PREFIX_WORDS.get(cx.w(i));
  if (w && cx.isWord(i)) return { cur: w, s: i, at: cx.dotAfter(i) ? i + 2 : i + 1 };
  return undefined;
}

export interface Suffix {
  e: number;
  kind?: NumberKind;
  unit?: string;
  cur?: Currency;
  /** Index where a counted noun may start. */
  countedAt: number;
}

/** What follows a figure at i. */
export function suffixAfter(cx: Cx, i: number): Suffix {
  const w = cx.w(i);
  const raw = cx.raw(i);
  // Percent
  const pw = PERCENT_WORDS.get(w);
  if (pw) {
    let e = i + 1;
    if (w === 'pst' && cx.dotAfter(i)) e++;
    return { e, kind: 'percent', unit: pw.unit, countedAt: e };
  }
  if (!cx.no && w === 'per' && cx.w(i + 1) === 'cent') return { e: i + 2, kind: 'percent', unit: '%', countedAt: i + 2 };
  if (!cx.no && w === 'percentage' && (cx.w(i + 1) === 'points' || cx.w(i + 1) === 'point')) {
    return { e: i + 2, kind: 'percent', unit: 'pp', countedAt: i + 2 };
  }
  // Currency
  const adj = CURRENCY_ADJECTIVES.get(cx.w(i + 1))?.get(w);
  if (adj && cx.isWord(i)) return currencyEnd(cx, i + 1, { code: adj, factor: 1 });
  const cw = CURRENCY_WORDS.get(w);
  if (cw && cx.isWord(i)) return currencyEnd(cx, i, cw);
  if (CURRENCY_CODES.has(raw)) return currencyEnd(cx, i, { code: raw, factor: 1 });
  const sym = CURRENCY_SYMBOLS.get(raw);
  if (sym) return { e: i + 1, kind: 'money', cur: sym, countedAt: i + 1 };
  // Unit symbols, possibly over glued tokens ("km/t", "°C")
  const u3 = cx.glued(i + 1) && cx.glued(i + 2) ? UNIT_SYMBOLS.get(w + cx.w(i + 1) + cx.w(i + 2)) : undefined;
  if (u3) return { e: i + 3, unit: u3, countedAt: i + 3 };
  const u2 = cx.glued(i + 1) ? UNIT_SYMBOLS.get(w + cx.w(i + 1)) : undefined;
  if (u2) return { e: i + 2, unit: u2, countedAt: i + 2 };
  const u1 = UNIT_SYMBOLS.get(w);
  // Symbols are written in lower case ("km") or in their own mixed case ("MW", "kWh"); "5 M" or "5 Km-" are not units.
  if (u1 && (raw === '°' || (cx.isWord(i) && !(cx.isWord(i + 1) && cx.glued(i + 1)) && (raw === w || raw === u1)))) {
    return { e: i + 1, unit: u1, countedAt: i + 1 };
  }
  // Unit words, metadata only, are lower case: "8 Mile" is a title.
  if (!cx.isWord(i) || cx.capitalized(i)) return { e: i, countedAt: i };
  const tu = TIME_UNITS.get(w);
  if (tu) return { e: i, kind: 'duration', unit: tu, countedAt: -1 };
  const mu = MEASURE_WORDS.get(w);
  if (mu) return { e: i, unit: mu, countedAt: -1 };
  return { e: i, countedAt: i };
}

function currencyEnd(cx: Cx, i: number, cur: Currency): Suffix {
  let e = i + 1;
  if ((cx.w(i) === 'kr' || cx.w(i) === 'nkr') && cx.dotAfter(i) && !cx.capitalized(i + 2)) e++;
  e = priceDash(cx, e);
  return { e, kind: 'money', cur, countedAt: e };
}

/** Norwegian price notation ",-" after a figure or currency. */
export function priceDash(cx: Cx, e: number): number {
  if (cx.isPunct(e, ',') && cx.glued(e) && (cx.raw(e + 1) === '-' || cx.raw(e + 1) === '–') && cx.glued(e + 1)) return e + 2;
  return e;
}

/** A word glued to a figure that still belongs to it: "5km", "4.5bn", "1990s", "10kr". */
export function suffixGlueOk(cx: Cx, i: number): boolean {
  const w = cx.w(i);
  return UNIT_SYMBOLS.has(w) || CURRENCY_WORDS.has(w) || PERCENT_WORDS.has(w) || CURRENCY_SYMBOLS.has(cx.raw(i))
    || NO_MULT_ABBR.has(w) || EN_MULT_ABBR.has(w) || CURRENCY_CODES.has(cx.raw(i));
}

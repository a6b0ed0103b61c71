// Figures with what belongs to them: "12.000", "12 000", "8,3 millioner
// kroner", "$4.5 billion", "kr 500,-", "25 %", "10–15 prosent", "tre år",
// "fire brigader". The span is the figure with its multiplier, currency,
// percent word or unit symbol; the counted noun and unit words are metadata.

import type { NumberKind, NumberMeta } from '../model';
import type { Cx, Match } from './context';
import { countedAfter } from './follow';
import { isThousandsGroup, parseDigits } from './digits';
import { inShortTitle, isLabel, isSkipContext } from './skip';
import { currencyBefore, priceDash, scaleAfter, suffixAfter, suffixGlueOk } from './suffix';
import type { Currency } from './units';
import { rangeWord } from './wordnum';
import { halfAfterAnd, parseWordSeq } from './wordseq';
import { FRACTIONS, VULGAR_FRACTIONS } from './words';

interface Core {
  s: number;
  e: number;
  value: number;
  digits: boolean;
  /** Digits only, no separators or groups: may be a year. */
  plain: boolean;
  approxWord?: string;
  scaled: boolean;
}

const DASHES = new Set(['-', '–', '—', '‒']);
const MAX_DIGITS = 15;
const SIGNS = new Set(['-', '−', '+']);

/** Digits at i, with space-grouped thousands and a glued vulgar fraction. null = junk to skip. */
function digitCore(cx: Cx, i: number): Core | null | undefined {
  if (!cx.isNum(i)) {
    const f = VULGAR_FRACTIONS.get(cx.raw(i));
    return f !== undefined ? { s: i, e: i + 1, value: f, digits: true, plain: false, scaled: false } : undefined;
  }
  const t = cx.raw(i);
  // Identifiers and hostile runs of digits are not figures anyone checks.
  if (t.length > MAX_DIGITS + 6) return null;
  const dv = parseDigits(t, cx.lang);
  if (!dv || dv.intDigits > MAX_DIGITS) return null;
  let value = dv.value;
  let e = i + 1;
  let plain = dv.plain;
  if (dv.plain && t.length <= 3) {
    const parts = [t];
    while (cx.isNum(e) && cx.groupSpaced(e) && isThousandsGroup(cx.raw(e), true)) {
      parts.push(cx.raw(e));
      e++;
      if (cx.raw(e - 1).length > 3) break;
    }
    if (parts.length > 1) {
      value = Number(parts.join('').replace(',', '.'));
      plain = false;
    }
  }
  const f = VULGAR_FRACTIONS.get(cx.raw(e));
  if (f !== undefined && cx.glued(e)) { value += f; e++; plain = false; }
  // "15 og en halv måned"
  const h = dv.plain ? halfAfterAnd(cx, e) : -1;
  if (h > 0) { value += 0.5; e = h; plain = false; }
  return { s: i, e, value, digits: true, plain, scaled: false };
}

function core(cx: Cx, i: number): Core | null | undefined {
  if (cx.isNum(i) || VULGAR_FRACTIONS.has(cx.raw(i))) return digitCore(cx, i);
  if (!cx.isWord(i)) return undefined;
  const r = rangeWord(cx.w(i), cx.lang);
  if (r && !cx.nameLike(i)) return { s: i, e: i + 1, value: r[0], digits: false, plain: false, scaled: false };
  const wc = parseWordSeq(cx, i);
  // Spelled out: the spread this replaces cost a polymorphic object clone per number word.
  return wc ? { s: wc.s, e: wc.e, value: wc.value, digits: false, plain: false, approxWord: wc.approxWord, scaled: wc.scaled } : undefined;
}

const AGE_WORDS = new Set(['gammel', 'gamle', 'gml', 'old', 'gamal', 'gamalt']);
const AGE_VERBS = new Set(['fylte', 'fyller', 'fylt', 'fylle', 'turned', 'turns', 'aged']);
const YEAR_CUES = new Set(['i', 'fra', 'frå', 'til', 'siden', 'sidan', 'innen', 'innan', 'før', 'etter', 'år', 'året',
  'in', 'since', 'from', 'until', 'by', 'before', 'after', 'year', 'of', 'høsten', 'våren', 'sommeren', 'vinteren',
  'hausten', 'sommaren', 'vinteren', 'våren', 'rundt', 'omkring', 'tidlig', 'sent', 'midten', 'utgangen', 'starten',
  'slutten', 'løpet', 'frem', 'fram', 'mellom', 'ca', 'cirka', 'januar', 'desember', 'during', 'early', 'late', 'mid']);
const DETERMINERS = new Set(['de', 'dei', 'disse', 'desse', 'the', 'these', 'those', 'alle', 'all', 'ytterligere',
  'ytterlegare', 'nye', 'new', 'another', 'other', 'andre', 'hele', 'heile', 'totalt', 'cirka', 'ca']);

const ALLOWED_LEFT = new Set(['(', '«', '"', '“', '‘', "'", '[', '~', '≈', '±', '>', '<', '–', '—', '-', '−', '+', '*']);
const ALLOWED_RIGHT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '»', '"', '”', '’', "'", '%', '‰', '…', '-', '–',
  '—', '°', '*', '+']);

/** Everything from a figure at `i` on; `s` is where the span starts (a sign, a currency). */
function quantityFrom(cx: Cx, s: number, i: number, pre: Currency | undefined, sign: number): Match | undefined {
  const c = core(cx, i);
  if (c === null) return { s, e: i + 1 };
  if (!c) return undefined;
  if (c.digits && s === c.s && isLabel(cx, c.s)) return { s, e: labelEnd(cx, c.e) };
  // Figures glued into URLs, paths and codes ("vg.no/2024/10", "#12") are not figures.
  if (c.digits && s === c.s && cx.glued(c.s) && !ALLOWED_LEFT.has(cx.raw(c.s - 1))) return { s, e: c.e };
  let value = c.value * sign;
  let e = c.e;
  let scaled = c.scaled;
  let valueEnd: number | undefined;
  const rw = !c.digits && c.e === c.s + 1 ? rangeWord(cx.w(c.s), cx.lang) : undefined;
  if (rw) valueEnd = rw[1];
  // "45 hundredeler", "3 fjerdedeler": a count of parts, the fraction noun in the span.
  const part = c.digits && !pre && cx.isWord(e) ? FRACTIONS.get(cx.w(e)) : undefined;
  if (part !== undefined) {
    return { s, e: e + 1, meta: { kind: 'count', value: tidyPart(value * part), approximate: false } };
  }
  const sc = scaleAfter(cx, e, pre !== undefined);
  if (sc) {
    value *= sc.factor;
    if (valueEnd !== undefined) valueEnd *= sc.factor;
    e = sc.e;
    scaled = true;
  }
  // Ranges: "10–15", "2 til 3 millioner"
  if (valueEnd === undefined) {
    const r = rangeAfter(cx, c, e, pre !== undefined);
    if (r) {
      if (!scaled && r.factor !== 1) { value *= r.factor; scaled = true; }
      valueEnd = r.value;
      e = r.e;
      if (valueEnd < value) [value, valueEnd] = [valueEnd, value];
    }
  }
  if (c.digits && e === c.e && cx.glued(e) && !ALLOWED_RIGHT.has(cx.raw(e)) && !suffixGlueOk(cx, e)) return { s, e };

  let cur = pre;
  let kind: NumberKind = 'count';
  let unit: string | undefined;
  let countedAt = e;
  if (!cur && priceDash(cx, e) > e) {
    // "1.500,-" is a price in kroner without the word.
    cur = { code: 'NOK', factor: 1 };
    e = priceDash(cx, e);
    countedAt = e;
  } else if (!cur) {
    const sf = suffixAfter(cx, e);
    countedAt = sf.countedAt;
    if (sf.kind === 'money' && sf.cur) { cur = sf.cur; e = sf.e; }
    else if (sf.kind === 'percent') { kind = 'percent'; unit = sf.unit; e = sf.e; }
    else if (sf.kind === 'duration') { kind = 'duration'; unit = sf.unit; }
    else if (sf.unit) { unit = sf.unit; e = sf.e; }
  } else {
    e = priceDash(cx, e);
    countedAt = e;
  }
  if (cur) {
    kind = 'money';
    unit = cur.code;
    value *= cur.factor;
    if (valueEnd !== undefined) valueEnd *= cur.factor;
  }

  const meta: NumberMeta = { kind, value, approximate: false };
  if (valueEnd !== undefined) {
    meta.valueEnd = valueEnd;
    if (kind === 'count') meta.kind = 'range';
  }
  if (unit) meta.unit = unit;
  if (c.approxWord) { meta.approximate = true; meta.approxCue = c.approxWord; }

  if (kind === 'duration') {
    // The unit word stands at e; "gammel"/"old" after it makes an age.
    if ((AGE_WORDS.has(cx.w(e + 1)) || AGE_VERBS.has(cx.w(s - 1))) && (unit === 'år' || unit === 'year')) meta.kind = 'age';
  } else if (kind === 'count') {
    const bare = !scaled && valueEnd === undefined && !unit && c.digits && c.plain;
    // "i 2001", "siden 1994": a year whatever follows, unless a unit did.
    if (bare && yearByCue(cx, s, c)) return yearMatch(s, e, value);
    const noun = countedAt >= 0 && !cx.isPunct(countedAt) ? countedAfter(cx, countedAt) : undefined;
    // "the 2020 election": an English year before a singular noun.
    if (bare && noun && !cx.no && yearLike(cx, c) && value >= 1900 && !englishPlural(noun[0])) return yearMatch(s, e, value);
    if (noun) meta.counted = noun[0];
    else if (!scaled && valueEnd === undefined && !unit) {
      // A name before a year-like figure names a product or an edition, not a year.
      if (bare && (isSkipContext(cx, s) || inShortTitle(cx, s, c.e))) return { s, e: c.e };
      if (bare && isYear(cx, s, c)) return yearMatch(s, e, value);
      if (AGE_VERBS.has(cx.w(s - 1)) && value < 130) meta.kind = 'age';
    }
  } else if (kind === 'percent' && (cx.w(countedAt) === 'av' || cx.w(countedAt) === 'of')) {
    const k = DETERMINERS.has(cx.w(countedAt + 1)) ? countedAt + 2 : countedAt + 1;
    const noun = countedAfter(cx, k);
    if (noun) meta.counted = noun[0];
  }
  // "dobbelt så mange", "tre ganger så mange"
  if (!c.digits && kind === 'count' && (cx.w(e) === 'ganger' || cx.w(e) === 'gonger' || cx.w(e) === 'times') && isAsMany(cx, e + 1)) {
    return { s, e: e + 3, meta: { kind: 'count', value, unit: '×', approximate: false } };
  }
  return { s, e, meta };
}

// 45 × 0,01 is 0.45000000000000007 in binary floating point.
function tidyPart(v: number): number {
  return Number(v.toPrecision(12));
}

function isAsMany(cx: Cx, i: number): boolean {
  const w = cx.w(i);
  return (w === 'så' || w === 'as') && cx.isWord(i + 1) && !cx.glued(i + 1);
}

function rangeAfter(cx: Cx, c: Core, i: number, withCurrency: boolean): { value: number; factor: number; e: number } | undefined {
  const w = cx.w(i);
  const dash = cx.isPunct(i) && DASHES.has(w);
  const til = cx.isWord(i) && (w === 'til' || (w === 'to' && !cx.no));
  if (!dash && !til) return undefined;
  // "fra 10 til 20" is a change, not a range.
  if (til) {
    const p = cx.w(c.s - 1);
    if (p === 'fra' || p === 'frå' || p === 'from') return undefined;
  }
  const c2 = core(cx, i + 1);
  if (!c2 || c2.digits !== c.digits) return undefined;
  let v2 = c2.value;
  let e = c2.e;
  const sc = scaleAfter(cx, e, withCurrency);
  let factor = 1;
  if (sc) { v2 *= sc.factor; factor = sc.factor; e = sc.e; }
  if (!(c2.value > c.value)) {
    // A glued "3-1" is a score: one expression, whichever side is larger.
    if (!(dash && c.digits && cx.glued(i) && cx.glued(i + 1) && c.value < 100 && v2 < 100)) return undefined;
  }
  return { value: v2, factor, e };
}

const EN_IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle',
  'sheep', 'fish', 'aircraft', 'feet', 'teeth', 'mice', 'geese', 'crew']);

function englishPlural(w: string): boolean {
  return (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('is') && !w.endsWith('us')) || EN_IRREGULAR_PLURALS.has(w);
}

function yearLike(cx: Cx, c: Core): boolean {
  return cx.raw(c.s).length === 4 && c.value >= 1000 && c.value <= 2100;
}

function yearByCue(cx: Cx, s: number, c: Core): boolean {
  return yearLike(cx, c) && YEAR_CUES.has(cx.w(s - 1));
}

function isYear(cx: Cx, s: number, c: Core): boolean {
  return yearLike(cx, c) && !DETERMINERS.has(cx.w(s - 1)) && c.value >= 1900;
}

function yearMatch(s: number, e: number, value: number): Match {
  return { s, e, meta: { kind: 'year', value, iso: String(value), approximate: false } };
}

/** A figure in digits or words at i, or a currency or sign before one. */
export function matchQuantity(cx: Cx, i: number): Match | undefined {
  const pre = currencyBefore(cx, i);
  if (pre) {
    const at = cx.isPunct(pre.at) && SIGNS.has(cx.raw(pre.at)) ? pre.at + 1 : pre.at;
    if (!cx.isNum(at) || (cx.isWord(i) && cx.glued(at) && cx.raw(i) !== 'kr')) return undefined;
    return quantityFrom(cx, pre.s, at, pre.cur, 1);
  }
  const w = cx.w(i);
  if (cx.isPunct(i) && SIGNS.has(w)) {
    // A sign glued to the figure and not to what precedes: "-5 grader", "−3,5 prosent".
    if (!cx.isNum(i + 1) || !cx.glued(i + 1) || cx.glued(i) || cx.isNum(i - 1)) return undefined;
    return quantityFrom(cx, i, i + 1, undefined, w === '+' ? 1 : -1);
  }
  if (w === 'minus' && cx.isNum(i + 1)) return quantityFrom(cx, i, i + 1, undefined, -1);
  return quantityFrom(cx, i, i, undefined, 1);
}

/** "mellom 10 og 20 prosent": one range including "mellom". */
export function matchBetween(cx: Cx, i: number): Match | undefined {
  const w = cx.w(i);
  if (w !== 'mellom' && w !== 'between') return undefined;
  const c1 = core(cx, i + 1);
  if (!c1) return undefined;
  let e = c1.e;
  let v1 = c1.value;
  const sc1 = scaleAfter(cx, e, false);
  if (sc1) { v1 *= sc1.factor; e = sc1.e; }
  if (cx.w(e) !== 'og' && cx.w(e) !== 'and') return undefined;
  const m = quantityFrom(cx, e + 1, e + 1, undefined, 1);
  if (!m || !m.meta || m.meta.value === undefined) return undefined;
  const mk = m.meta.kind;
  if (mk !== 'count' && mk !== 'money' && mk !== 'percent' && mk !== 'range' && mk !== 'duration' && mk !== 'year') return undefined;
  // Years that did not make a date range (see dates.ts) are counts here.
  const meta: NumberMeta = { ...m.meta, value: v1, valueEnd: m.meta.value };
  delete meta.iso;
  // "mellom 2 og 3 millioner": the multiplier applies to both.
  if (!sc1) meta.value = v1 * scaleOf(cx, m);
  if (mk === 'count' || mk === 'year') meta.kind = 'range';
  return { s: i, e: m.e, meta };
}

/** The multiplier inside a matched figure, 1 when it has none. */
function scaleOf(cx: Cx, m: Match): number {
  for (let k = m.s + 1; k < m.e; k++) {
    const sc = scaleAfter(cx, k, false);
    if (sc) return sc.factor;
  }
  return 1;
}

/** A label's number may be a range or a list ("§§ 7-8", "side 3–5"): skip it whole. */
function labelEnd(cx: Cx, e: number): number {
  if (DASHES.has(cx.raw(e)) && cx.isNum(e + 1)) return e + 2;
  return e;
}

// Calendar dates, whole: "3. oktober", "17. mai 2024", "februar 2022",
// "18.10.2024", "2024-10-18", "October 3, 2024", and ranges of them: "fra 8.
// til 13. oktober", "8.–13. oktober", "mellom 8. og 13. oktober", "2015–2020".

import type { NumberMeta } from '../model';
import {
  EN_MONTHS, EN_MONTH_ABBR, NO_MONTHS, NO_MONTH_ABBR, isoDate, isoMonth, isoMonthDay, monthYear, nearestYear,
  validDay,
} from './calendar';
import type { Cx, Match } from './context';
import { countFollows, quantityFollows } from './follow';
import { futureContext } from './tense';
import { clockAfter } from './times';
const LETTER_START = /^\p{L}/u;

type AtomKind = 'full' | 'day' | 'month' | 'year';
export interface Atom {
  s: number;
  e: number;
  kind: AtomKind;
  y?: number;
  m?: number;
  d?: number;
  /** A month name with no day or year, used when deciding on lone months. */
  lone?: boolean;
}

const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const TWO = /^\d{2}$/;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const DASHES = new Set(['-', '–', '—', '‒']);

/** A month name or abbreviation at i: [month, index after it] or undefined. */
function monthAt(cx: Cx, i: number, needDayOrYear: boolean): [number, number] | undefined {
  if (!cx.isWord(i)) return undefined;
  let w = cx.w(i);
  // "17. mai-feiringen", "1. mai-toget": the month heads a compound.
  const dash = needDayOrYear ? w.indexOf('-') : -1;
  if (dash > 0 && LETTER_START.test(w.slice(dash + 1, dash + 2))) w = w.slice(0, dash);
  if (cx.no) {
    const m = NO_MONTHS.get(w);
    // "Mars", "August" mid-sentence are names; months are lower case in Norwegian.
    if (m !== undefined && (!cx.nameLike(i) || needDayOrYear)) return [m, i + 1];
    const a = NO_MONTH_ABBR.get(w);
    if (a !== undefined && needDayOrYear && !cx.capitalized(i)) return [a, cx.dotAfter(i) ? i + 2 : i + 1];
    return undefined;
  }
  if (!cx.capitalized(i)) return undefined;
  const m = EN_MONTHS.get(w);
  if (m !== undefined) return [m, i + 1];
  const a = EN_MONTH_ABBR.get(w);
  if (a !== undefined && needDayOrYear) return [a, cx.dotAfter(i) ? i + 2 : i + 1];
  return undefined;
}

function yearAt(cx: Cx, i: number): number | undefined {
  if (!cx.isNum(i) || !YEAR.test(cx.raw(i))) return undefined;
  const y = Number(cx.raw(i));
  return y >= 1000 && y <= 2999 ? y : undefined;
}

function twoDigitYear(cx: Cx, yy: number): number {
  const refYY = cx.ref ? cx.ref.y % 100 : 30;
  return yy <= refYY + 5 ? 2000 + yy : 1900 + yy;
}

/** Day number at i (1–31) with what may follow it: [day, index after]. */
function dayAt(cx: Cx, i: number): [number, number] | undefined {
  if (!cx.isNum(i) || !DAY.test(cx.raw(i)) || (i > 0 && cx.glued(i) && !DASHES.has(cx.raw(i - 1)))) return undefined;
  const d = Number(cx.raw(i));
  if (d < 1 || d > 31) return undefined;
  let j = i + 1;
  if (cx.no) {
    if (cx.dotAfter(i)) j++;
  } else if (cx.glued(j) && ORDINAL_SUFFIX.has(cx.w(j))) j++;
  return [d, j];
}

/** One date-like unit at i. */
export function dateAtom(cx: Cx, i: number): Atom | undefined {
  const t = cx.raw(i);
  if (cx.isNum(i)) {
    const nd = NUMERIC_DATE.exec(t);
    if (nd) {
      const d = +nd[1], m = +nd[2];
      const y = nd[3].length === 2 ? twoDigitYear(cx, +nd[3]) : +nd[3];
      return validDay(d, m, y) ? { s: i, e: i + 1, kind: 'full', y, m, d } : undefined;
    }
    const glue = numericGlued(cx, i);
    if (glue) return glue;
    const day = dayAt(cx, i);
    if (day) {
      const [d, j] = day;
      let k = j;
      if (!cx.no && cx.w(k) === 'of') k++;
      const mon = monthAt(cx, k, true);
      if (mon && validDay(d, mon[0])) {
        const y = yearAt(cx, mon[1]);
        if (y !== undefined && !quantityFollows(cx, mon[1] + 1)) return { s: i, e: mon[1] + 1, kind: 'full', y, m: mon[0], d };
        return { s: i, e: mon[1], kind: 'full', m: mon[0], d };
      }
      // "8." alone is only a date inside a range that names the month later.
      if (j > i + 1) return { s: i, e: j, kind: 'day', d };
      if (!cx.no) return { s: i, e: j, kind: 'day', d };
    }
    const y = yearAt(cx, i);
    if (y !== undefined) return { s: i, e: i + 1, kind: 'year', y };
    return undefined;
  }
  const mon = monthAt(cx, i, false) ?? monthAt(cx, i, true);
  if (!mon) return undefined;
  const [m, j] = mon;
  if (!cx.no) {
    const day = dayAt(cx, j);
    if (day && validDay(day[0], m)) {
      let k = day[1];
      if (cx.isPunct(k, ',')) k++;
      const y = yearAt(cx, k);
      if (y !== undefined) return { s: i, e: k + 1, kind: 'full', y, m, d: day[0] };
      return { s: i, e: day[1], kind: 'full', m, d: day[0] };
    }
  }
  const y = yearAt(cx, j);
  if (y !== undefined && !quantityFollows(cx, j + 1)) return { s: i, e: j + 1, kind: 'month', y, m };
  // A bare abbreviation ("okt") is not a date.
  if (monthAt(cx, i, false) === undefined) return undefined;
  return { s: i, e: j, kind: 'month', m, lone: true };
}

/** "2024-10-18", "18/10/2024", "10/18/2024" written as glued tokens. */
function numericGlued(cx: Cx, i: number): Atom | undefined {
  const sep = cx.raw(i + 1);
  if ((sep !== '-' && sep !== '/') || !cx.glued(i + 1) || !cx.glued(i + 2) || cx.raw(i + 3) !== sep || !cx.glued(i + 3)
    || !cx.glued(i + 4) || !cx.isNum(i + 2) || !cx.isNum(i + 4)) return undefined;
  if (cx.glued(i + 5) && !cx.isPunct(i + 5)) return undefined;
  const a = cx.raw(i), b = cx.raw(i + 2), c = cx.raw(i + 4);
  let y: number, m: number, d: number;
  if (sep === '-' && YEAR.test(a) && TWO.test(b) && TWO.test(c)) { y = +a; m = +b; d = +c; }
  else if (sep === '/' && DAY.test(a) && DAY.test(b) && (YEAR.test(c) || TWO.test(c))) {
    y = c.length === 2 ? twoDigitYear(cx, +c) : +c;
    // English texts write month first unless the first figure cannot be a month.
    if (!cx.no && +a <= 12) { m = +a; d = +b; } else { d = +a; m = +b; }
  } else return undefined;
  return validDay(d, m, y) ? { s: i, e: i + 5, kind: 'full', y, m, d } : undefined;
}

const RANGE_PREFIX = new Set(['fra', 'frå', 'mellom', 'from', 'between']);
const AND_PREFIX = new Set(['mellom', 'between']);

function connectorAt(cx: Cx, i: number, prefix: string | undefined, a1: Atom): number | undefined {
  const w = cx.w(i);
  if (cx.isPunct(i) && DASHES.has(w)) return i + 1;
  if (w === 'til' || w === 'till' || w === 'until' || w === 'through' || (w === 'to' && !cx.no)) {
    // Without "fra", "3. oktober til 5. november" may be a move, not a span.
    return (prefix !== undefined && !AND_PREFIX.has(prefix)) || a1.kind === 'day' ? i + 1 : undefined;
  }
  if ((w === 'og' || w === 'and') && ((prefix !== undefined && AND_PREFIX.has(prefix)) || a1.kind === 'day')) return i + 1;
  if (w === '/' && a1.kind === 'year' && cx.glued(i) && cx.glued(i + 1)) return i + 1;
  return undefined;
}

/** Dates, month names and date ranges starting at token i. */
export function matchDate(cx: Cx, i: number): Match | undefined {
  const w = cx.w(i);
  const prefix = RANGE_PREFIX.has(w) ? w : undefined;
  const a1 = dateAtom(cx, prefix ? i + 1 : i);
  if (!a1) return undefined;
  const conn = connectorAt(cx, a1.e, prefix, a1);
  if (conn !== undefined) {
    const r = range(cx, a1, conn, prefix !== undefined);
    if (r) return { s: prefix ? i : a1.s, e: r.e, meta: r.meta };
  }
  if (a1.kind === 'day' || a1.kind === 'year') return undefined;
  if (a1.lone && !loneMonthOk(cx, a1.s)) return undefined;
  return single(cx, a1);
}

function single(cx: Cx, a: Atom): Match {
  const meta: NumberMeta = { kind: 'date', approximate: false };
  const ref = cx.ref;
  if (a.kind === 'full') {
    const y = a.y ?? relativeYearAfter(cx, a.e) ?? (ref ? nearestYear(ref, a.m!, a.d) : undefined);
    meta.iso = y !== undefined ? isoDate(y, a.m!, a.d!) : isoMonthDay(a.m!, a.d!);
    let e = a.e;
    if (a.y === undefined && relativeYearAfter(cx, a.e) !== undefined) e += 2;
    const time = clockAfter(cx, e);
    if (time) {
      meta.kind = 'datetime';
      meta.iso += 'T' + time.iso;
      return { s: a.s, e: time.e, meta };
    }
    return { s: a.s, e, meta };
  }
  // A month, with or without a year.
  const y = a.y ?? (ref ? monthYear(ref, a.m!, futureContext(cx, a.s)) : undefined);
  if (y !== undefined) meta.iso = isoMonth(y, a.m!);
  return { s: a.s, e: a.e, meta };
}

/** "3. oktober i fjor" / "i år": the year the phrase after the date names. */
function relativeYearAfter(cx: Cx, i: number): number | undefined {
  if (!cx.ref || cx.w(i) !== 'i') return undefined;
  const w = cx.w(i + 1);
  if (w === 'fjor') return cx.ref.y - 1;
  if (w === 'år') return cx.ref.y;
  return undefined;
}

const EN_MONTH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'early', 'late', 'mid',
  'last', 'next', 'this', 'of', 'before', 'after', 'throughout']);

function loneMonthOk(cx: Cx, i: number): boolean {
  if (cx.no) return !cx.nameLike(i) && (!cx.capitalized(i) || cx.sentenceInitial(i));
  // "may"/"march" are verbs; any month alone needs a preposition in English.
  return EN_MONTH_CUES.has(cx.w(i - 1));
}

function range(cx: Cx, a1: Atom, at: number, prefixed: boolean): { e: number; meta: NumberMeta } | undefined {
  const a2 = a1.kind === 'year' ? yearEnd(cx, at, a1.y!) : dateAtom(cx, at);
  if (!a2) return undefined;
  const meta: NumberMeta = { kind: 'date-range', approximate: false };
  const ref = cx.ref;
  if (a1.kind === 'year') {
    if (a2.kind !== 'year' || a2.y! <= a1.y! || quantityFollows(cx, a2.e)) return undefined;
    // "1500-2000 soldater" counts; "2007-2008 satte forskerne" is a period.
    // Before 1800 a round pair is more often a count ("mellom 1500 og 2000 deltok").
    if (a1.y! < 1800 || a2.y! > 2100) return undefined;
    if (a1.y! < 1900 && countFollows(cx, a2.e)) return undefined;
    meta.iso = String(a1.y);
    meta.isoEnd = String(a2.y);
    return { e: a2.e, meta };
  }
  if (a1.kind === 'full' && a2.kind === 'day' && a1.m !== undefined && a2.d! > a1.d!) {
    // "October 8-13", "Oct. 8 and 13": the second day shares the month.
    const y = a1.y ?? (ref ? nearestYear(ref, a1.m, a1.d) : undefined);
    meta.iso = y !== undefined ? isoDate(y, a1.m, a1.d!) : isoMonthDay(a1.m, a1.d!);
    meta.isoEnd = y !== undefined ? isoDate(y, a1.m, a2.d!) : isoMonthDay(a1.m, a2.d!);
    if (!validDay(a2.d!, a1.m)) return undefined;
    return { e: a2.e, meta };
  }
  if (a1.kind === 'day' || a1.kind === 'full') {
    if (a2.kind !== 'full') return undefined;
    if (a1.kind === 'full' && a1.m === undefined) return undefined;
    const m2 = a2.m!, d2 = a2.d!;
    const y2 = a2.y ?? (ref ? nearestYear(ref, m2, d2) : undefined);
    let m1 = a1.m ?? m2;
    let y1 = a1.y ?? y2;
    if (a1.kind === 'day' && a1.d! > d2) { m1 = m2 === 1 ? 12 : m2 - 1; if (m2 === 1 && y1 !== undefined) y1--; }
    if (!validDay(a1.d!, m1)) return undefined;
    meta.iso = y1 !== undefined ? isoDate(y1, m1, a1.d!) : isoMonthDay(m1, a1.d!);
    meta.isoEnd = y2 !== undefined ? isoDate(y2, m2, d2) : isoMonthDay(m2, d2);
    return { e: a2.e, meta };
  }
  // Month to month.
  if (a2.kind !== 'month' || (!prefixed && a1.y === undefined && a2.y === undefined && !cx.no)) return undefined;
  const y2 = a2.y ?? (ref ? monthYear(ref, a2.m!, futureContext(cx, a2.s)) : undefined);
  const y1 = a1.y ?? (y2 !== undefined ? (a1.m! <= a2.m! ? y2 : y2 - 1) : undefined);
  if (y1 !== undefined) meta.iso = isoMonth(y1, a1.m!);
  if (y2 !== undefined) meta.isoEnd = isoMonth(y2, a2.m!);
  return { e: a2.e, meta };
}

/** Second year of a range: "2015–2020", "2022/23", "2015-16". */
function yearEnd(cx: Cx, i: number, y1: number): Atom | undefined {
  const y = yearAt(cx, i);
  if (y !== undefined) return { s: i, e: i + 1, kind: 'year', y };
  if (cx.isNum(i) && TWO.test(cx.raw(i)) && cx.glued(i)) {
    const y2 = Math.floor(y1 / 100) * 100 + Number(cx.raw(i));
    return { s: i, e: i + 1, kind: 'year', y: y2 };
  }
  return undefined;
}

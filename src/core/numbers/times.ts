// Times of day: "klokka 23", "kl. 14.30", "12:39:31", "14-tiden", "2 p.m.".
// The clock word is part of the span; a bare "14.30" without one is a decimal.

import type { NumberMeta } from '../model';
import { isoTime } from './calendar';
import type { Cx, Match } from './context';
import { cardinalWord } from './wordnum';

const CLOCK_WORDS = new Set(['kl', 'klokka', 'klokken', 'kloka']);
const COLON_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DOT_TIME = /^(\d{1,2})[.:](\d{2})$/;
const HOUR = /^\d{1,2}$/;
const DASHES = new Set(['-', '–', '—']);

interface Hm {
  h: number;
  m: number;
  s?: number;
}

function valid(t: Hm): boolean {
  return t.h <= 24 && t.m <= 59 && (t.s === undefined || t.s <= 59) && !(t.h === 24 && (t.m > 0 || (t.s ?? 0) > 0));
}

/** A time value in one token after a clock word: "23", "14.30", "09:00". */
function clockValue(t: string): Hm | undefined {
  let r: Hm | undefined;
  if (HOUR.test(t)) r = { h: +t, m: 0 };
  else {
    const c = COLON_TIME.exec(t) ?? DOT_TIME.exec(t);
    if (c) r = { h: +c[1], m: +c[2], s: c[3] !== undefined ? +c[3] : undefined };
  }
  return r && valid(r) ? r : undefined;
}

function iso(t: Hm): string {
  return isoTime(t.h, t.m, t.s);
}

/** "klokka 14", "kl. 14.30", "kl 10–12": [end index, iso] for a clock word at i. */
function clockPhrase(cx: Cx, i: number): { e: number; iso: string; approximate: boolean } | undefined {
  if (!CLOCK_WORDS.has(cx.w(i))) return undefined;
  let j = i + 1;
  if (cx.w(i) === 'kl' && cx.dotAfter(i)) j++;
  const raw = cx.raw(j);
  let approximate = false;
  let t: Hm | undefined;
  if (cx.isNum(j)) t = clockValue(raw);
  else if (cx.isWord(j)) {
    // "klokka 14-tiden", "klokka tre", "klokka halv fire" (half past three)
    const m = /^(\d{1,2}(?:[.:]\d{2})?)-tid(?:en|a)$/.exec(cx.w(j));
    if (m) { t = clockValue(m[1]); approximate = true; }
    else {
      const half = cx.w(j) === 'halv';
      const h = cardinalWord(cx.w(half ? j + 1 : j), cx.lang);
      if (h !== undefined && h >= 1 && h <= 24) {
        t = half ? { h: h - 1, m: 30 } : { h, m: 0 };
        if (half) j++;
      }
    }
  }
  if (!t) return undefined;
  let e = j + 1;
  // "kl. 10–12", "klokka 10 til 12"
  const conn = cx.w(e);
  if ((DASHES.has(conn) || conn === 'til') && cx.isNum(e + 1) && clockValue(cx.raw(e + 1))) e += 2;
  return { e, iso: iso(t), approximate };
}

export function matchClock(cx: Cx, i: number): Match | undefined {
  const c = clockPhrase(cx, i);
  if (!c) return undefined;
  const meta: NumberMeta = { kind: 'time', iso: c.iso, approximate: c.approximate };
  if (c.approximate) meta.approxCue = '-tiden';
  return { s: i, e: c.e, meta };
}

/** A time right after a date or weekday: "18.10.2024 12:39:31", "3. oktober kl. 14", "Friday at 2 p.m.". */
export function clockAfter(cx: Cx, i: number): { e: number; iso: string } | undefined {
  let j = i;
  if (cx.isPunct(j, ',')) j++;
  const c = clockPhrase(cx, j);
  if (c) return c;
  if (!cx.no && cx.w(j) === 'at' && cx.isNum(j + 1)) {
    const t = amPm(cx, j + 1);
    if (t) return { e: t.e, iso: iso(t.t) };
  }
  if (cx.isNum(j) && !cx.glued(j)) {
    const m = COLON_TIME.exec(cx.raw(j));
    if (m) {
      const t: Hm = { h: +m[1], m: +m[2], s: m[3] !== undefined ? +m[3] : undefined };
      if (valid(t)) return { e: j + 1, iso: iso(t) };
    }
    if (!cx.no) {
      const a = amPm(cx, j);
      if (a) return { e: a.e, iso: iso(a.t) };
    }
  }
  return undefined;
}

/** "2 p.m.", "2pm", "2:30 PM", "11.30am": a number followed by a meridiem marker. */
function amPm(cx: Cx, i: number): { e: number; t: Hm } | undefined {
  const raw = cx.raw(i);
  let t: Hm | undefined;
  if (HOUR.test(raw)) t = { h: +raw, m: 0 };
  else {
    const m = DOT_TIME.exec(raw);
    if (m) t = { h: +m[1], m: +m[2] };
  }
  if (!t || t.h < 1 || t.h > 12 || t.m > 59) return undefined;
  let j = i + 1;
  const w = cx.w(j);
  let pm: boolean;
  if (w === 'pm' || w === 'am') { pm = w === 'pm'; j++; }
  else if ((w === 'p' || w === 'a') && cx.dotAfter(j) && cx.w(j + 2) === 'm' && cx.glued(j + 2)) {
    pm = w === 'p';
    j += cx.dotAfter(j + 2) ? 4 : 3;
  } else return undefined;
  const h = pm ? (t.h % 12) + 12 : t.h % 12;
  return { e: j, t: { h, m: t.m } };
}

// Norwegian writes decimals with a comma, so "14.30" (two digits after a
// period) reads as a time of day; "12.000" (three) is a thousand separator.
const NO_DOT_TIME = /^(\d{1,2})\.(\d{2})$/;

/** A time token standing alone ("12:39", "12:39:31", Norwegian "14.30") or an English "2 p.m.". */
export function matchTimeToken(cx: Cx, i: number): Match | undefined {
  const raw = cx.raw(i);
  if (!cx.no) {
    const a = amPm(cx, i);
    if (a) return { s: i, e: a.e, meta: { kind: 'time', iso: iso(a.t), approximate: false } };
  }
  if (cx.no) {
    const d = NO_DOT_TIME.exec(raw);
    if (d && !cx.glued(i)) {
      const t: Hm = { h: +d[1], m: +d[2] };
      if (valid(t) && t.h < 24) return { s: i, e: i + 1, meta: { kind: 'time', iso: iso(t), approximate: false } };
    }
  }
  const m = COLON_TIME.exec(raw);
  if (m) {
    const t: Hm = { h: +m[1], m: +m[2], s: m[3] !== undefined ? +m[3] : undefined };
    // "3:1" scores and "1:50 000" map scales are not times.
    if (!valid(t) || (cx.glued(i + 1) && !cx.isPunct(i + 1))) return undefined;
    return { s: i, e: i + 1, meta: { kind: 'time', iso: iso(t), approximate: false } };
  }
  return undefined;
}

/** "14-tiden", "14.30-tiden" as one token. */
export function timeWord(w: string): { iso: string } | undefined {
  const m = /^(\d{1,2}(?:[.:]\d{2})?)-tid(?:en|a)$/.exec(w);
  if (!m) return undefined;
  const t = clockValue(m[1]);
  return t ? { iso: iso(t) } : undefined;
}

// Hours in words that tell the time with what follows them, not with "klokka".
const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['ett', 1], ['eitt', 1], ['to', 2], ['tre', 3], ['fire', 4], ['fem', 5], ['seks', 6], ['sju', 7], ['syv', 7], ['åtte', 8],
  ['ni', 9], ['ti', 10], ['elleve', 11], ['tolv', 12],
]);
// "ett om natten", "sju om morgonen": the part of the day makes a bare hour a time.
const DAY_PARTS: ReadonlyMap<string, number> = new Map([
  ['natten', 0], ['natta', 0], ['morgenen', 1], ['morgonen', 1], ['formiddagen', 1], ['ettermiddagen', 12],
  ['ettermiddag', 12], ['kvelden', 12], ['kvelds', 12],
]);
/** "syvtiden", "åttetida": the approximate hour as one word, keyed by the word. */
export const WORD_TIMES: ReadonlyMap<string, number> = new Map(
  [...HOUR_WORDS].flatMap(([w, h]) => [[w + 'tiden', h], [w + 'tida', h], [w + '-tiden', h], [w + '-tida', h]] as Array<[string, number]>),
);

/** "syvtiden", "ett om natten", "ti om kvelden" (Norwegian). */
export function matchWordTime(cx: Cx, i: number): Match | undefined {
  if (cx.nameLike(i)) return undefined;
  const w = cx.w(i);
  const approx = WORD_TIMES.get(w);
  if (approx !== undefined) {
    return { s: i, e: i + 1, meta: { kind: 'time', iso: isoTime(approx, 0), approximate: true, approxCue: '-tiden' } };
  }
  const h = HOUR_WORDS.get(w);
  if (h === undefined || cx.w(i + 1) !== 'om') return undefined;
  const part = DAY_PARTS.get(cx.w(i + 2));
  if (part === undefined) return undefined;
  // "tolv om natten" is midnight, "ti om kvelden" 22:00.
  const hour = part === 12 ? (h === 12 ? 12 : h + 12) : h === 12 && part === 0 ? 0 : h;
  return { s: i, e: i + 3, meta: { kind: 'time', iso: isoTime(hour, 0), approximate: false } };
}

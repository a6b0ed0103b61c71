// Finds the article's byline/dateline near the top ("Av NTB | 18.10.2024
// 12:39:31", "Publisert 18.10.2024", "By Reuters, October 18, 2024",
// "WASHINGTON, Monday, March 3, 2014 — ..."). Its
// date is the reference weekdays and "i går" resolve against.

import type { Dateline } from './model';
import { EN_MONTHS, EN_MONTH_ABBR, NO_MONTHS, NO_MONTH_ABBR } from './numbers/calendar';

const HEAD_CHARS = 4000;
// Month names of both languages, from the number recogniser's calendar.
const MONTHS: Record<string, number> = Object.fromEntries([NO_MONTHS, EN_MONTHS, NO_MONTH_ABBR, EN_MONTH_ABBR].flatMap((m) => [...m]));
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DATE =
  `(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.?\\s+(${MONTH_ALT})\\.?\\s+(\\d{4})|(${MONTH_ALT})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))`;
const TIME = `(?:\\s*(?:,|kl\\.?|klokka|klokken|at)?\\s*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?`;
const BYLINE = `(?:(?:Av|Skrevet av|Tekst|By)\\s*:?\\s+([^|·•\\n\\r]{1,80}?)\\s*[|·•,–—-]\\s*)`;
const STAMP = `(?:(?:Publisert|Oppdatert|Publ\\.|Published|Updated|Posted)\\s*:?\\s*)`;
// Matched against one line at a time: anchored patterns without the m flag are
// tried at the line's start only, where an m-flag search of the head tries
// every position of it (a measurable cost on short articles).
const LINE_RE = new RegExp(`^[ \\t]*(?:${BYLINE}|${STAMP})?${DATE}${TIME}[ \\t]*$`, 'iu');
// "By Jonah Pell | Staff writer", "Av Kari Nes, journalist": a title after a bar or comma is no part of the name.
// "Av Marte Lien Haugen / NTB": a reporter and the agency, both named.
// The names may end on a news agency after a comma ("Av Kari Nes, NTB"): it wrote the text too.
// Anything else after a bar, a dot or a comma is where or when ("Av Hege Instanes | Bergen").
export const BYLINE_ONLY_RE = /^[ \t]*(?:Av|Skrevet av|By)[ \t]+(\p{Lu}[\p{L}. -]{0,60}?(?:[ \t]*\/[ \t]*\p{Lu}[\p{L}. -]{0,40}?)?(?:,[ \t]*\p{Lu}{2,5}(?=[ \t]*$))?)[ \t]*(?:[|·•,–—][ \t]*[\p{L} .]{0,40})?$/u;
// A wire dateline opens the first paragraph: "WASHINGTON, Monday, March 3, 2014 —",
// "OSLO, 3. mars 2014 (NTB):". Tried on each line's first characters only.
const WEEKDAY_ALT = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag';
const WIRE_RE = new RegExp(
  `^[ \t]*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[ \t]+(?!(?:${WEEKDAY_ALT})\\b)\\p{Lu}[\\p{L}.]{1,20}(?:[ \t]\\p{Lu}[\\p{L}.]{1,20})?)?),[ \t]+` +
  `(?:(?:${WEEKDAY_ALT}),?[ \t]+)?${DATE}(?=[ \t]*(?:[—–-]|\\(|:|$))`, 'iu');
const WIRE_HEAD = 160;
const TWO_CAPITALS = /\p{Lu}{2}/u;
// Longer lines are prose, not a dateline.
const MAX_LINE = 240;

/** Start and end offsets of the non-empty lines of the head, flat ([start, end, start, end, …]).
 *  Only offsets: a line's text is sliced only when a cheap test says a pattern may match it. */
function headLines(head: string): number[] {
  const out: number[] = [];
  // The next of each kind of line break, found by indexOf (native, where a
  // loop over every character of the head is not): a kind the head lacks
  // costs one search.
  let nl = head.indexOf('\n');
  let cr = head.indexOf('\r');
  let ls = head.indexOf('\u2028');
  let ps = head.indexOf('\u2029');
  let from = 0;
  while (from <= head.length) {
    let i = head.length;
    if (nl >= 0 && nl < i) i = nl;
    if (cr >= 0 && cr < i) i = cr;
    if (ls >= 0 && ls < i) i = ls;
    if (ps >= 0 && ps < i) i = ps;
    if (i > from) out.push(from, i);
    from = i + 1;
    if (nl >= 0 && nl < from) nl = head.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = head.indexOf('\r', from);
    if (ls >= 0 && ls < from) ls = head.indexOf('\u2028', from);
    if (ps >= 0 && ps < from) ps = head.indexOf('\u2029', from);
  }
  return out;
}

/** Year, month and day from the DATE groups starting at group k. */
function dateOf(m: RegExpExecArray, k: number): [number, number, number] {
  if (m[k]) return [+m[k + 2], +m[k + 1], +m[k]];
  if (m[k + 3]) return [+m[k + 3], +m[k + 4], +m[k + 5]];
  if (m[k + 6]) return [+m[k + 8], MONTHS[m[k + 7].toLowerCase()], +m[k + 6]];
  return [+m[k + 11], MONTHS[m[k + 9].toLowerCase()], +m[k + 10]];
}

/** First offset in [from, to) that is not a space or a tab (`to` if none). */
function skipBlanks(s: string, from: number, to: number): number {
  while (from < to && (s.charCodeAt(from) === 32 || s.charCodeAt(from) === 9)) from++;
  return from;
}

/** Could the line s[from, to) open with a wire dateline ("WASHINGTON, …")? A capital first and
 *  a comma soon after: WIRE_RE is tried on every line of the head, and most are prose. Only
 *  what a match that passes findDateline's capitals test must have is required here. */
function wireCandidate(s: string, from: number, to: number): boolean {
  const k = skipBlanks(s, from, to);
  if (k >= to) return false;
  const c = s.charCodeAt(k);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || c > 0x370)) return false;
  // The place is written in capitals, its second character too: "The mayor, who …" is no dateline
  // (and the case-blind pattern is costly on such a line).
  if (k + 1 < to) {
    const second = s.charAt(k + 1);
    if (second !== second.toUpperCase()) return false;
  }
  // The place is capitals, marks, spaces and . ' ’ - up to the first comma, at most 41 of them,
  // and a space or a tab follows that comma; ASCII outside that set rules the line out.
  const stop = Math.min(to - 1, k + 42);
  for (let j = k + 1; j < stop; j++) {
    const d = s.charCodeAt(j);
    if (d === 44) {
      const after = s.charCodeAt(j + 1);
      return after === 32 || after === 9;
    }
    if (d < 128 && !((d >= 65 && d <= 90) || d === 32 || d === 46 || d === 39 || d === 45)) return false;
  }
  return false;
}

/** Could LINE_RE match the line s[from, to)? Its date or time comes last, so the line
 *  ends in a digit (bar spaces and tabs): most lines of a head are prose and
 *  are turned away without running the pattern. */
function mayBeDated(s: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k--;
  if (k < from) return false;
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** Could BYLINE_ONLY_RE match the line s[from, to)? It opens with "Av", "Skrevet av" or
 *  "By" (bar spaces and tabs), so its first letter is an A, S or B. */
function mayBeByline(s: string, from: number, to: number): boolean {
  const k = skipBlanks(s, from, to);
  if (k >= to) return false;
  const c = s.charCodeAt(k) | 32;
  return c === 97 || c === 115 || c === 98; // a, s, b
}

export function findDateline(text: string): Dateline | undefined {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const lines = headLines(head);
  for (let li = 0; li < lines.length; li += 2) {
    const at = lines[li];
    const lineEnd = lines[li + 1];
    // A long line is prose: only its first WIRE_HEAD characters may hold a wire dateline.
    const long = lineEnd - at > MAX_LINE;
    const full = long || !mayBeDated(head, at, lineEnd) ? null : LINE_RE.exec(head.slice(at, lineEnd));
    const cut = long ? at + WIRE_HEAD : lineEnd;
    const m = full ?? (wireCandidate(head, at, cut) ? WIRE_RE.exec(head.slice(at, cut)) : null);
    // The pattern is case-blind for the month names; a wire dateline's place is in capitals.
    if (!m || (!full && (m[1] !== m[1].toUpperCase() || !TWO_CAPITALS.test(m[1])))) continue;
    // Both patterns hold the date's groups from the second on.
    const [y, mo, d] = dateOf(m, 2);
    // Only the first dated line counts, as a search of the whole head found it.
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) break;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    const start = at + (m[0].length - m[0].trimStart().length);
    const end = at + m[0].trimEnd().length;
    const dateline: Dateline = { start, end, text: text.slice(start, end), date };
    if (!full) return dateline;
    if (m[1]) dateline.byline = m[1].trim();
    if (m[14] && +m[14] < 24 && +m[15] < 60) {
      dateline.dateTime = `${date}T${pad(+m[14])}:${m[15]}${m[16] ? ':' + m[16] : ''}`;
    }
    return dateline;
  }
  for (let li = 0; li < lines.length; li += 2) {
    const at = lines[li];
    const lineEnd = lines[li + 1];
    if (lineEnd - at > MAX_LINE) continue;
    const b = mayBeByline(head, at, lineEnd) ? BYLINE_ONLY_RE.exec(head.slice(at, lineEnd)) : null;
    if (!b) continue;
    const start = at + (b[0].length - b[0].trimStart().length);
    const end = at + b[0].trimEnd().length;
    return { start, end, text: text.slice(start, end), byline: b[1].trim() };
  }
  return undefined;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

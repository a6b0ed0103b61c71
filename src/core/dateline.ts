// Finds the article's byline/dateline near the top ("Av NTB | 18.10.2024
// 12:39:31", "Publisert 18.10.2024", "By Reuters, October 18, 2024"). Its
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
const BYLINE_ONLY_RE = /^[ \t]*(?:Av|Skrevet av|By)[ \t]+(\p{Lu}[\p{L}. -]{0,60}?)[ \t]*$/u;
// Longer lines are prose, not a dateline.
const MAX_LINE = 240;

/** Start offsets and texts of the short lines of the head, in order. */
function shortLines(head: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let from = 0;
  for (let i = 0; i <= head.length; i++) {
    const c = i < head.length ? head.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    if (i > from && i - from <= MAX_LINE) out.push([from, head.slice(from, i)]);
    from = i + 1;
  }
  return out;
}

export function findDateline(text: string): Dateline | undefined {
  const lines = shortLines(text.slice(0, HEAD_CHARS));
  for (const [at, line] of lines) {
    const m = LINE_RE.exec(line);
    if (!m) continue;
    let y: number, mo: number, d: number;
    if (m[2]) { d = +m[2]; mo = +m[3]; y = +m[4]; }
    else if (m[5]) { y = +m[5]; mo = +m[6]; d = +m[7]; }
    else if (m[8]) { d = +m[8]; mo = MONTHS[m[9].toLowerCase()]; y = +m[10]; }
    else { mo = MONTHS[m[11].toLowerCase()]; d = +m[12]; y = +m[13]; }
    // Only the first dated line counts, as a search of the whole head found it.
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) break;
    const start = at + (m[0].length - m[0].trimStart().length);
    const end = at + m[0].trimEnd().length;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    const dateline: Dateline = { start, end, text: text.slice(start, end), date };
    if (m[1]) dateline.byline = m[1].trim();
    if (m[14] && +m[14] < 24 && +m[15] < 60) {
      dateline.dateTime = `${date}T${pad(+m[14])}:${m[15]}${m[16] ? ':' + m[16] : ''}`;
    }
    return dateline;
  }
  for (const [at, line] of lines) {
    const b = BYLINE_ONLY_RE.exec(line);
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

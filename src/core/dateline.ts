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
const LINE_RE = new RegExp(`^[ \\t]*(?:${BYLINE}|${STAMP})?${DATE}${TIME}[ \\t]*$`, 'imu');
const BYLINE_ONLY_RE = /^[ \t]*(?:Av|Skrevet av|By)[ \t]+(\p{Lu}[\p{L}. -]{0,60}?)[ \t]*$/mu;

export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const m = LINE_RE.exec(head);
  if (m) {
    let y: number, mo: number, d: number;
    if (m[2]) { d = +m[2]; mo = +m[3]; y = +m[4]; }
    else if (m[5]) { y = +m[5]; mo = +m[6]; d = +m[7]; }
    else if (m[8]) { d = +m[8]; mo = MONTHS[m[9].toLowerCase()]; y = +m[10]; }
    else { mo = MONTHS[m[11].toLowerCase()]; d = +m[12]; y = +m[13]; }
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      const date = `${y}-${pad(mo)}-${pad(d)}`;
      const dateline: Dateline = { start, end, text: text.slice(start, end), date };
      if (m[1]) dateline.byline = m[1].trim();
      if (m[14] && +m[14] < 24 && +m[15] < 60) {
        dateline.dateTime = `${date}T${pad(+m[14])}:${m[15]}${m[16] ? ':' + m[16] : ''}`;
      }
      return dateline;
    }
  }
  const b = BYLINE_ONLY_RE.exec(head);
  if (b) {
    const start = b.index + (b[0].length - b[0].trimStart().length);
    const end = b.index + b[0].trimEnd().length;
    return { start, end, text: text.slice(start, end), byline: b[1].trim() };
  }
  return undefined;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

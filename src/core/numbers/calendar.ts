// Month and weekday names, and the little date arithmetic the resolver needs.
// Dates are plain {y, m, d} numbers; Date is used only in UTC for weekdays
// and day offsets, so the result never depends on the machine's time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Full month names, Norwegian (both variants) and English, lower-cased. */
export const NO_MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['februar', 2], ['mars', 3], ['april', 4], ['mai', 5], ['juni', 6], ['juli', 7],
  ['august', 8], ['september', 9], ['oktober', 10], ['november', 11], ['desember', 12],
]);
export const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);
/** Abbreviations, accepted only next to a day or a year ("3. okt.", "Oct. 3"). */
export const NO_MONTH_ABBR: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['okt', 10], ['nov', 11], ['des', 12],
]);
export const EN_MONTH_ABBR: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** The base forms of the Bokmål and Nynorsk weekdays, 0 = Monday. */
export const NO_WEEKDAY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['mandag', 0], ['måndag', 0], ['tirsdag', 1], ['tysdag', 1], ['onsdag', 2], ['torsdag', 3],
  ['fredag', 4], ['lørdag', 5], ['laurdag', 5], ['søndag', 6], ['sundag', 6],
];

/** Weekdays, 0 = Monday. Definite and genitive forms count ("fredagen", "fredagens"). */
export const NO_WEEKDAYS: ReadonlyMap<string, number> = buildNoWeekdays();
export const EN_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);

function buildNoWeekdays(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [w, d] of NO_WEEKDAY_NAMES) {
    m.set(w, d);
    m.set(w + 's', d);
    m.set(w + 'en', d);
    m.set(w + 'ens', d);
  }
  return m;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function validDay(d: number, m: number, y?: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (y === undefined ? (m === 2 ? 29 : daysInMonth(2001, m)) : daysInMonth(y, m));
}

export function parseIsoDate(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const r = { y: +m[1], m: +m[2], d: +m[3] };
  return validDay(r.d, r.m, r.y) ? r : undefined;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
/** A month and day without a known year, ISO 8601 "--MM-DD". */
export function isoMonthDay(m: number, d: number): string {
  return `--${pad(m)}-${pad(d)}`;
}
export function isoTime(h: number, min: number, s?: number): string {
  return s === undefined ? `${pad(h)}:${pad(min)}` : `${pad(h)}:${pad(min)}:${pad(s)}`;
}

function toUtc(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}
function fromUtc(ms: number): Ymd {
  const x = new Date(ms);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}
export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * 86400000);
}
/** 0 = Monday. */
export function weekdayOf(d: Ymd): number {
  return (new Date(toUtc(d)).getUTCDay() + 6) % 7;
}
export function ymdIso(d: Ymd): string {
  return isoDate(d.y, d.m, d.d);
}

/** The year that puts month/day nearest to the reference date; news mostly
 *  tells of the recent past and the near future. */
export function nearestYear(ref: Ymd, m: number, d = 1): number {
  let best = ref.y;
  let bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!validDay(d, m, y)) continue;
    const dist = Math.abs(toUtc({ y, m, d }) - toUtc(ref));
    if (dist < bestDist) { best = y; bestDist = dist; }
  }
  return best;
}

/** Most recent month m on or before the reference month, or the next one on or after it. */
export function monthYear(ref: Ymd, m: number, future: boolean): number {
  if (future) return m >= ref.m ? ref.y : ref.y + 1;
  return m <= ref.m ? ref.y : ref.y - 1;
}

/** Weekday resolved against the reference: past → on or before, future → on or after. */
export function resolveWeekday(ref: Ymd, wd: number, dir: 'past' | 'future' | 'last' | 'next'): Ymd {
  const cur = weekdayOf(ref);
  let delta: number;
  if (dir === 'past') delta = -((cur - wd + 7) % 7);
  else if (dir === 'future') delta = (wd - cur + 7) % 7;
  else if (dir === 'last') delta = -(((cur - wd + 7) % 7) || 7);
  else delta = ((wd - cur + 7) % 7) || 7;
  return addDays(ref, delta);
}

/** Monday of the week containing d, shifted by n weeks. */
export function weekStart(d: Ymd, n: number): Ymd {
  return addDays(d, -weekdayOf(d) + 7 * n);
}

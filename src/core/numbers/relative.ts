// Dates relative to the article's date: weekdays ("torsdag", "forrige fredag"),
// "i går", "i morgen", "i fjor", "forrige uke", "yesterday". A weekday in news
// means the most recent such day on or before the reference date unless the
// sentence speaks of the future ("skal", "neste", "will").

import type { NumberMeta } from '../model';
import {
  EN_WEEKDAYS, NO_WEEKDAYS, Ymd, addDays, isoDate, isoMonth, nearestYear, resolveWeekday, weekStart, ymdIso,
} from './calendar';
import type { Cx, Match } from './context';
import { dateAtom } from './dates';
import { futureContext } from './tense';
import { clockAfter } from './times';


type Rel =
  | { unit: 'day'; n: number }
  | { unit: 'week'; n: number }
  | { unit: 'month'; n: number }
  | { unit: 'year'; n: number };

// Phrases of one or two words, keyed by the words joined with a space.
const PHRASES: ReadonlyMap<string, Rel> = new Map<string, Rel>([
  ['i går', { unit: 'day', n: -1 }], ['i gær', { unit: 'day', n: -1 }], ['i dag', { unit: 'day', n: 0 }],
  ['i morgen', { unit: 'day', n: 1 }], ['i morgon', { unit: 'day', n: 1 }], ['i forgårs', { unit: 'day', n: -2 }],
  ['i overmorgen', { unit: 'day', n: 2 }], ['i overmorgon', { unit: 'day', n: 2 }],
  ['i fjor', { unit: 'year', n: -1 }], ['i år', { unit: 'year', n: 0 }],
  ['forrige uke', { unit: 'week', n: -1 }], ['førre veke', { unit: 'week', n: -1 }], ['sist uke', { unit: 'week', n: -1 }],
  ['neste uke', { unit: 'week', n: 1 }], ['neste veke', { unit: 'week', n: 1 }], ['denne uken', { unit: 'week', n: 0 }],
  ['denne uka', { unit: 'week', n: 0 }], ['denne veka', { unit: 'week', n: 0 }],
  ['forrige måned', { unit: 'month', n: -1 }], ['førre månad', { unit: 'month', n: -1 }],
  ['neste måned', { unit: 'month', n: 1 }], ['neste månad', { unit: 'month', n: 1 }],
  ['neste år', { unit: 'year', n: 1 }], ['forrige år', { unit: 'year', n: -1 }],
  ['yesterday', { unit: 'day', n: -1 }], ['today', { unit: 'day', n: 0 }], ['tomorrow', { unit: 'day', n: 1 }],
  ['last week', { unit: 'week', n: -1 }], ['next week', { unit: 'week', n: 1 }], ['this week', { unit: 'week', n: 0 }],
  ['last month', { unit: 'month', n: -1 }], ['next month', { unit: 'month', n: 1 }],
  ['last year', { unit: 'year', n: -1 }], ['next year', { unit: 'year', n: 1 }], ['this year', { unit: 'year', n: 0 }],
]);
const FIRST_WORDS = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]));
/** The two-word phrases by first word, then second: "i" is common, and looking
 *  the pair up word by word builds no joined string to hash. */
const PAIRS = new Map<string, Map<string, Rel>>();
for (const [p, rel] of PHRASES) {
  const sp = p.indexOf(' ');
  if (sp < 0) continue;
  const first = p.slice(0, sp);
  let seconds = PAIRS.get(first);
  if (!seconds) PAIRS.set(first, (seconds = new Map()));
  seconds.set(p.slice(sp + 1), rel);
}

export function isRelativeStart(w: string): boolean {
  return FIRST_WORDS.has(w);
}

function resolve(ref: Ymd, r: Rel): { iso: string; isoEnd?: string } {
  switch (r.unit) {
    case 'day': return { iso: ymdIso(addDays(ref, r.n)) };
    case 'week': {
      const mon = weekStart(ref, r.n);
      return { iso: ymdIso(mon), isoEnd: ymdIso(addDays(mon, 6)) };
    }
    case 'month': {
      const k = ref.y * 12 + ref.m - 1 + r.n;
      return { iso: isoMonth(Math.floor(k / 12), (k % 12) + 1) };
    }
    case 'year': return { iso: String(ref.y + r.n) };
  }
}

export function matchRelative(cx: Cx, i: number): Match | undefined {
  const w = cx.w(i);
  let rel = PHRASES.get(w);
  let e = i + 1;
  if (!rel && cx.isWord(i + 1)) {
    rel = PAIRS.get(w)?.get(cx.w(i + 1));
    e = i + 2;
  }
  if (!rel) return undefined;
  // "i år 2000" names a year, not this year.
  if (cx.isNum(e) && rel.unit === 'year') return undefined;
  const meta: NumberMeta = { kind: rel.unit === 'week' ? 'date-range' : 'date', approximate: false };
  if (cx.ref) Object.assign(meta, resolve(cx.ref, rel));
  if (rel.unit === 'day' && meta.iso) {
    const t = clockAfter(cx, e);
    if (t) return { s: i, e: t.e, meta: { ...meta, kind: 'datetime', iso: meta.iso + 'T' + t.iso } };
  }
  return { s: i, e, meta };
}

const LAST = new Set(['forrige', 'sist', 'førre', 'last', 'past', 'previous']);
const NEXT = new Set(['neste', 'kommende', 'førstkommende', 'next', 'this', 'coming']);

function weekdayAt(cx: Cx, i: number): number | undefined {
  if (!cx.isWord(i)) return undefined;
  if (cx.no) {
    // Norwegian weekdays are lower case; a capital mid-sentence is a name.
    if (cx.nameLike(i)) return undefined;
    return NO_WEEKDAYS.get(cx.w(i));
  }
  return cx.capitalized(i) ? EN_WEEKDAYS.get(cx.w(i)) : undefined;
}

/** "torsdag", "forrige fredag", "fredag 18. oktober", "torsdag kl. 14". */
export function matchWeekday(cx: Cx, i: number): Match | undefined {
  const s = i;
  let wdIdx = i;
  let dir: 'past' | 'future' | 'last' | 'next' | undefined;
  const w = cx.w(i);
  if (LAST.has(w) || NEXT.has(w)) {
    dir = LAST.has(w) ? 'last' : 'next';
    wdIdx = i + 1;
  }
  const wd = weekdayAt(cx, wdIdx);
  if (wd === undefined) return undefined;
  let e = wdIdx + 1;
  const meta: NumberMeta = { kind: 'date', approximate: false };
  // "fredag 18. oktober", "Friday, October 18"
  const at = cx.isPunct(e, ',') && !cx.no ? e + 1 : e;
  const atom = dateAtom(cx, at);
  if (atom && atom.kind === 'full' && atom.m !== undefined) {
    const y = atom.y ?? (cx.ref ? nearestYear(cx.ref, atom.m, atom.d!) : undefined);
    meta.iso = y !== undefined ? isoDate(y, atom.m, atom.d!) : undefined;
    e = atom.e;
  } else if (cx.ref) {
    const d = dir ?? (futureContext(cx, wdIdx) ? 'future' : 'past');
    meta.iso = ymdIso(resolveWeekday(cx.ref, wd, d));
  }
  const t = clockAfter(cx, e);
  if (t) {
    meta.kind = 'datetime';
    if (meta.iso) meta.iso += 'T' + t.iso;
    e = t.e;
  }
  if (meta.iso === undefined) delete meta.iso;
  return { s, e, meta };
}

// Figures that count the same thing with values that cannot both be true:
// "12.000 soldater" against "så mange som 10.000 soldater". Two figures count
// the same thing when their counted nouns share a stem ("soldater",
// "soldatene") or, without a noun, when they share a measurement unit.
// Hedges widen a figure into an interval first, so "over 10.000" and
// "12.000" agree. Figures more than ten times apart are taken to describe
// different things ("ti soldater ble drept" is not a rival of "12.000 soldater").

import type { NumberHit } from './detect';
import { stems } from './counted';
import type { Bound } from './cues';
import { boundOf } from './cues';

const COMPARABLE = new Set(['count', 'range']);
const MAX_RATIO = 10;
// Each hit is compared with at most this many earlier hits of its group, so a
// huge text with thousands of "personer" stays linear.
const WINDOW = 64;

interface Interval {
  lo: number;
  hi: number;
}

function interval(h: NumberHit): Interval | undefined {
  const v = h.meta.value;
  if (v === undefined || !Number.isFinite(v)) return undefined;
  const end = h.meta.valueEnd ?? v;
  let lo = Math.min(v, end);
  let hi = Math.max(v, end);
  const b: Bound | undefined = h.meta.approximate && h.meta.approxCue ? boundOf(h.meta.approxCue) : undefined;
  if (b === 'lower') hi = Infinity;
  else if (b === 'upper') lo = 0;
  else if (b === 'about' || (h.meta.approximate && !b)) { lo *= 0.9; hi *= 1.1; }
  return { lo, hi };
}

function groupKeys(h: NumberHit): string[] {
  const m = h.meta;
  if (!COMPARABLE.has(m.kind) && !(m.kind === 'percent' && m.counted)) return [];
  // Range and count compare with each other; percent only with percent.
  const kind = m.kind === 'percent' ? 'percent' : 'count';
  if (m.counted) return [...new Set([...stems(m.counted, 'no'), ...stems(m.counted, 'en')])].map((s) => kind + ':' + s);
  if (m.unit && m.unit !== '×') return ['unit:' + m.unit];
  return [];
}

/** For each hit, the indexes of the hits it disagrees with. */
export function linkConflicts(hits: NumberHit[]): number[][] {
  const out: Array<Set<number>> = hits.map(() => new Set<number>());
  const groups = new Map<string, number[]>();
  const ivs = hits.map(interval);
  hits.forEach((h, i) => {
    const iv = ivs[i];
    if (!iv) return;
    for (const key of groupKeys(h)) {
      const g = groups.get(key) ?? [];
      for (let k = Math.max(0, g.length - WINDOW); k < g.length; k++) {
        const j = g[k];
        if (out[i].has(j)) continue;
        if (disagree(iv, ivs[j]!, h, hits[j])) { out[i].add(j); out[j].add(i); }
      }
      g.push(i);
      groups.set(key, g);
    }
  });
  return out.map((s) => [...s].sort((a, b) => a - b));
}

function disagree(a: Interval, b: Interval, ha: NumberHit, hb: NumberHit): boolean {
  if (a.lo <= b.hi && b.lo <= a.hi) return false;
  const x = Math.abs(ha.meta.value!);
  const y = Math.abs(hb.meta.value!);
  if (x === 0 || y === 0) return true;
  return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/** Writes the conflicts into each hit's meta as hit indexes (callers map them to entity ids). */
export function annotateConflicts(hits: NumberHit[]): void {
  const c = linkConflicts(hits);
  hits.forEach((h, i) => {
    if (c[i].length) h.meta.conflictsWith = c[i];
    else delete h.meta.conflictsWith;
  });
}

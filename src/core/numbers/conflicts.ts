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
import { runToEnd } from '../steps';

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

function groupKeys(h: NumberHit, memo: Map<string, string[]>): readonly string[] {
  const m = h.meta;
  if (!COMPARABLE.has(m.kind) && !(m.kind === 'percent' && m.counted)) return NONE;
  // Range and count compare with each other; percent only with percent.
  const kind = m.kind === 'percent' ? 'percent' : 'count';
  if (m.counted) {
    // The same nouns come back again and again in a long text: stem each once.
    const memoKey = kind + ':' + m.counted;
    let keys = memo.get(memoKey);
    if (!keys) {
      keys = [...new Set([...stems(m.counted, 'no'), ...stems(m.counted, 'en')])].map((s) => kind + ':' + s);
      memo.set(memoKey, keys);
    }
    return keys;
  }
  if (m.unit && m.unit !== '×') return ['unit:' + m.unit];
  return NONE;
}
const NONE: readonly string[] = [];
const NO_HITS: readonly number[] = [];

/** For each hit, the indexes of the hits it disagrees with, in order (most have none: they share one empty array). */
export function linkConflicts(hits: NumberHit[]): ReadonlyArray<readonly number[]> {
  return runToEnd(linkConflictsSteps(hits, Infinity, 0));
}

/** linkConflicts, yielding `mark` after every `every` hits. */
export function* linkConflictsSteps(hits: NumberHit[], every: number, mark: number): Generator<number, ReadonlyArray<readonly number[]>> {
  // Rivals before a hit are found on its own turn; rivals after it are appended on
  // theirs, in order. Arrays only for the few hits that have a rival.
  const earlier: Array<number[] | undefined> = new Array(hits.length);
  const later: Array<number[] | undefined> = new Array(hits.length);
  const groups = new Map<string, number[]>();
  const memo = new Map<string, string[]>();
  const ivs: Array<Interval | undefined> = new Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    if (i % every === every - 1) yield mark;
    const h = hits[i];
    const keys = groupKeys(h, memo);
    if (!keys.length) continue;
    const iv = interval(h);
    if (!iv) continue;
    ivs[i] = iv;
    let mine: number[] | undefined;
    for (const key of keys) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      for (let k = Math.max(0, g.length - WINDOW); k < g.length; k++) {
        const j = g[k];
        // Two stems of one noun can put the same pair in two groups.
        if (keys.length > 1 && mine?.includes(j)) continue;
        if (disagree(iv, ivs[j]!, h, hits[j])) {
          (mine ??= []).push(j);
          (later[j] ??= []).push(i);
        }
      }
      g.push(i);
    }
    if (mine) earlier[i] = keys.length > 1 ? mine.sort((a, b) => a - b) : mine;
  }
  const out: Array<readonly number[]> = new Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    if (i % every === every - 1) yield mark;
    const e = earlier[i];
    const l = later[i];
    out[i] = e && l ? e.concat(l) : e ?? l ?? NO_HITS;
  }
  return out;
}

function disagree(a: Interval, b: Interval, ha: NumberHit, hb: NumberHit): boolean {
  if (a.lo <= b.hi && b.lo <= a.hi) return false;
  const x = Math.abs(ha.meta.value!);
  const y = Math.abs(hb.meta.value!);
  if (x === 0 || y === 0) return true;
  return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

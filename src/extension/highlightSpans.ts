// The highlights of one analysis as offsets, one list per decoration type.
// A 45 MB article has 1.6 million highlights: as vscode.Range objects (three
// objects each) they took ~220 MB of the extension host's heap, which every
// full collection has to go through; as typed arrays they take 13 MB, and
// Ranges are made only for what an editor is given (a window around the
// visible lines of a large article).
import type { Analysis, EntityKind } from '../core';

export type HighlightSlot = 'source' | 'number' | 'place' | 'name' | 'claim';
type EntitySlot = Exclude<HighlightSlot, 'claim'>;

/** People and organisations share one (quiet, off by default) highlight. */
const SLOT_OF: Record<EntityKind, EntitySlot> = { source: 'source', number: 'number', place: 'place', person: 'name', organisation: 'name' };

/** Spans in document order (the core returns entities and claims sorted by start). */
export class SpanList {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /**
   * Indexes of the spans that reach into [from, to): each starts before `to`
   * and ends at or after `from`. Like the line windows before it, it looks
   * back only a little for a span that starts before `from` (a long claim).
   */
  touching(from: number, to: number): number[] {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = Math.max(0, lo - LOOK_BACK); i < lo; i++) if (this.ends[i] >= from) out.push(i);
    for (let i = lo; i < this.length && this.starts[i] < to; i++) out.push(i);
    return out;
  }

  all(): number[] {
    return Array.from({ length: this.length }, (_, i) => i);
  }
}

/** How many spans before a window are checked for reaching into it. */
const LOOK_BACK = 50;

export type HighlightSpans = Record<HighlightSlot, SpanList>;

export function totalSpans(s: HighlightSpans): number {
  return s.source.length + s.number.length + s.place.length + s.name.length + s.claim.length;
}

/** Every YIELD_EVERY items the builder yields, so that its caller can give the event loop a turn. */
export const YIELD_EVERY = 1024;

/** The spans of `a`, built in steps (one yield per YIELD_EVERY items). */
export function* buildSpans(a: Analysis): Generator<void, HighlightSpans> {
  const count: Record<EntitySlot, number> = { source: 0, number: 0, place: 0, name: 0 };
  for (let i = 0; i < a.entities.length; i++) {
    count[SLOT_OF[a.entities[i].kind]]++;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) yield;
  }
  const lists = {
    source: new SpanList(new Int32Array(count.source), new Int32Array(count.source)),
    number: new SpanList(new Int32Array(count.number), new Int32Array(count.number)),
    place: new SpanList(new Int32Array(count.place), new Int32Array(count.place)),
    name: new SpanList(new Int32Array(count.name), new Int32Array(count.name)),
    claim: new SpanList(new Int32Array(a.claims.length), new Int32Array(a.claims.length)),
  };
  const at: Record<EntitySlot, number> = { source: 0, number: 0, place: 0, name: 0 };
  for (let i = 0; i < a.entities.length; i++) {
    const e = a.entities[i];
    const slot = SLOT_OF[e.kind];
    const list = lists[slot];
    list.starts[at[slot]] = e.start;
    list.ends[at[slot]++] = e.end;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) yield;
  }
  for (let i = 0; i < a.claims.length; i++) {
    lists.claim.starts[i] = a.claims[i].start;
    lists.claim.ends[i] = a.claims[i].end;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) yield;
  }
  return lists;
}

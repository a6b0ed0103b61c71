// Fast "what is at this offset" queries over one analysis, for hovers, the
// cursor following the claims tree and next/previous claim. Built once per
// analysis and cached; everything is a binary search, so a document with
// 100,000 claims answers as fast as one with ten.
import type { Analysis, Claim, Entity, Span } from '../../core';

export interface Lookup {
  /** Entities containing `offset` (start ≤ offset < end), innermost first. */
  entitiesAt(offset: number): Entity[];
  /** Claims containing `offset`; `inclusiveEnd` also counts the offset just after a claim (a cursor there). */
  claimsAt(offset: number, inclusiveEnd?: boolean): Claim[];
  /** The claim containing the figure, if any (who says it). */
  claimOf(span: Span): Claim | undefined;
  /** First claim starting after `offset`, or undefined. */
  claimAfter(offset: number): Claim | undefined;
  /** Last claim starting before `offset`, or undefined. */
  claimBefore(offset: number): Claim | undefined;
}

/** Spans sorted by start, with the running maximum of their ends: lets a
 *  backwards scan stop as soon as no earlier span can reach the offset. */
class SpanIndex<T extends Span> {
  private readonly maxEnd: Int32Array;

  constructor(readonly items: readonly T[]) {
    this.maxEnd = new Int32Array(items.length);
    let max = -1;
    items.forEach((s, i) => {
      max = Math.max(max, s.end);
      this.maxEnd[i] = max;
    });
  }

  /** Index of the last item with start ≤ offset, or -1. */
  lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.items.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  containing(offset: number, inclusiveEnd: boolean): T[] {
    const out: T[] = [];
    for (let i = this.lastStartingAtOrBefore(offset); i >= 0 && (inclusiveEnd ? this.maxEnd[i] >= offset : this.maxEnd[i] > offset); i--) {
      const s = this.items[i];
      if (inclusiveEnd ? s.end >= offset : s.end > offset) out.push(s);
    }
    // Innermost (shortest) first.
    return out.sort((a, b) => a.end - a.start - (b.end - b.start));
  }
}

const cache = new WeakMap<Analysis, Lookup>();

export function lookup(analysis: Analysis): Lookup {
  let l = cache.get(analysis);
  if (!l) {
    l = build(analysis);
    cache.set(analysis, l);
  }
  return l;
}

function build(a: Analysis): Lookup {
  // The core returns both arrays in document order; keep our own sorted
  // copies anyway so a future change there cannot break the searches.
  const byStart = <T extends Span>(xs: readonly T[]) => (isSorted(xs) ? xs : [...xs].sort((p, q) => p.start - q.start));
  const entities = new SpanIndex(byStart(a.entities));
  const claims = new SpanIndex(byStart(a.claims));
  return {
    entitiesAt: (offset) => entities.containing(offset, false),
    claimsAt: (offset, inclusiveEnd = false) => claims.containing(offset, inclusiveEnd),
    claimOf: (span) => claims.containing(span.start, false).find((c) => c.end >= span.end),
    claimAfter(offset) {
      return claims.items[claims.lastStartingAtOrBefore(offset) + 1];
    },
    claimBefore(offset) {
      const i = claims.lastStartingAtOrBefore(offset - 1);
      return i >= 0 ? claims.items[i] : undefined;
    },
  };
}

function isSorted(xs: readonly Span[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1].start > xs[i].start) return false;
  return true;
}

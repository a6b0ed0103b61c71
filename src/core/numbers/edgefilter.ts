// The trigger table's prefilter, asked with a word's length and its first and
// last code units as read from the document text. Most words are no trigger,
// and on a long text their token's own string is seldom still in the cache:
// reading the document text, which the scan walks in order, turns them away
// without loading it. Same slots as KeyFilter (text/keyfilter.ts).

import { lowerLatin1 } from '../text/keyfilter';

/** Answers false only for words that are surely not among the keys it was built from. */
export class EdgeFilter {
  // One bit per slot (8 KB): small enough to stay in cache beside its neighbours.
  private readonly bits = new Uint8Array(1 << 13);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      const n = k.length;
      if (!n) continue;
      const s = slot(n, k.charCodeAt(0), k.charCodeAt(n - 1));
      this.bits[s >> 3] |= 1 << (s & 7);
    }
  }

  /** May the word of length n, first code unit `first` and last `last`, be a key? */
  mayHave(n: number, first: number, last: number): boolean {
    if (n === 0) return false;
    const s = slot(n, first, last);
    return (this.bits[s >> 3] & (1 << (s & 7))) !== 0;
  }

  /** mayHave for the word's lower case, for keys of Latin-1 code units only. A
   *  word whose lower case is such a key has as many code units and lower-cases
   *  unit by unit (see lowerEdge); any other word gets an answer that does not
   *  matter, since its lower case holds a unit beyond Latin-1 and is no key. */
  mayHaveLower(n: number, first: number, last: number): boolean {
    return this.mayHave(n, lowerEdge(first), lowerEdge(last));
  }
}

/** The lower case of a code unit, where that is Latin-1: Latin-1 letters, and
 *  the only four units beyond it whose lower case is Latin-1 (Ÿ ẞ K Å; İ
 *  lower-cases to two units, the second beyond Latin-1). Other units are
 *  returned as they are. */
export function lowerEdge(c: number): number {
  if (c <= 0xff) return lowerLatin1(c);
  switch (c) {
    case 0x178: return 0xff;
    case 0x1e9e: return 0xdf;
    case 0x212a: return 0x6b;
    case 0x212b: return 0xe5;
  }
  return c;
}

function slot(n: number, first: number, last: number): number {
  return ((n & 15) << 12) | ((first & 63) << 6) | (last & 63);
}

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

  /** mayHave for the word's lower case. Only for words of Latin-1 code units:
   *  their lower case has the same length and changes no code unit but letters. */
  mayHaveLower(n: number, first: number, last: number): boolean {
    return this.mayHave(n, lowerLatin1(first), lowerLatin1(last));
  }
}

function slot(n: number, first: number, last: number): number {
  return ((n & 15) << 12) | ((first & 63) << 6) | (last & 63);
}

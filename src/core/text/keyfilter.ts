// A Map probe on a token hashes its text; for the many tokens that are no key
// that hash buys nothing. A filter on length and first and last code unit says
// "surely not a key" for most of them with three integer reads.

/** Answers false only for strings that are surely not among the keys it was built from. */
export class KeyFilter {
  // One bit per slot (8 KB): small enough to stay in cache beside its neighbours.
  private readonly bits = new Uint8Array(1 << 13);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      if (!k.length) continue;
      const s = slot(k);
      this.bits[s >> 3] |= 1 << (s & 7);
    }
  }

  mayHave(w: string): boolean {
    return w.length !== 0 && this.bitAt(slot(w));
  }

  /** mayHave for a word known by its length n and its first and last code units, with no string read. */
  mayHaveEdges(n: number, first: number, last: number): boolean {
    return n !== 0 && this.bitAt(edgeSlot(n, first, last));
  }

  /** mayHaveEdges for the word's lower case, for keys of Latin-1 code units only. A word whose
   *  lower case is such a key has as many code units and lower-cases unit by unit (see lowerEdge);
   *  any other word gets an answer that does not matter, as its lower case is no key. */
  mayHaveLowerEdges(n: number, first: number, last: number): boolean {
    return this.mayHaveEdges(n, lowerEdge(first), lowerEdge(last));
  }

  private bitAt(s: number): boolean {
    return (this.bits[s >> 3] & (1 << (s & 7))) !== 0;
  }

  /** mayHave(w.toLowerCase()) without building the lower-case string. Only
   *  for words of Latin-1 code units (see isLatin1): their lower case has
   *  the same length and changes no code unit but letters. */
  mayHaveLower(w: string): boolean {
    const n = w.length;
    return n !== 0 && this.bitAt(((n & 15) << 12) | ((lowerLatin1(w.charCodeAt(0)) & 63) << 6) | (lowerLatin1(w.charCodeAt(n - 1)) & 63));
  }
}

/** A set of words probed through a KeyFilter: most words are no member, and
 *  the filter turns them away before the set hashes them (a token's text is
 *  hashed on its first probe, so a word nobody else probes is never hashed). */
export class KeySet {
  private readonly filter: KeyFilter;

  constructor(private readonly set: ReadonlySet<string>) {
    this.filter = new KeyFilter(set);
  }

  has(w: string): boolean {
    return this.filter.mayHave(w) && this.set.has(w);
  }
}

/** An upper-case Latin-1 letter: A–Z and À–Þ but ×. */
export function isUpperLatin1(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Lower case of a Latin-1 code unit. */
export function lowerLatin1(c: number): number {
  return isUpperLatin1(c) ? c + 32 : c;
}

/** Every code unit is Latin-1, so toLowerCase maps code unit by code unit. */
export function isLatin1(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0xff) return false;
  return true;
}

/** w.toLowerCase(), without a new string for a word that has no upper-case
 *  letter (most words). */
export function lowerWord(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // An upper-case letter, or beyond Latin-1 where the runtime decides.
    if (isUpperLatin1(c) || c > 0xff) return w.toLowerCase();
  }
  return w;
}

function slot(w: string): number {
  const n = w.length;
  return edgeSlot(n, w.charCodeAt(0), w.charCodeAt(n - 1));
}

function edgeSlot(n: number, first: number, last: number): number {
  return ((n & 15) << 12) | ((first & 63) << 6) | (last & 63);
}

/** The lower case of a code unit, where that is Latin-1: Latin-1 letters, and the only four
 *  units beyond it whose lower case is Latin-1 (Ÿ ẞ K Å; İ lower-cases to two units, the second
 *  beyond Latin-1). Other units are returned as they are. */
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

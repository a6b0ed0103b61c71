// A per-name answer store for the mention layer.
//
// A Map keyed by a new string (a name sliced from the text) first hashes it in the runtime and
// then compares it with the stored key, some 400 machine instructions a probe. Here the name is
// hashed by a short loop over its code units in compiled code, and a hit is one string
// comparison. (For a token's own text a Map is the better choice: the hash it works out is kept
// on the string, and the other sets asked about the token reuse it.)
//
// Direct-mapped: each name has one slot, and a name landing in a taken slot replaces the one
// there. The store never grows (a long session of edits cannot swell it), and a name pushed
// out is only worked out again when next asked.

export class WordMemo<V> {
  private readonly keys: Array<string | undefined>;
  private readonly vals: Array<V | undefined>;
  private readonly mask: number;

  /** `bits`: log2 of the number of slots. */
  constructor(bits: number) {
    this.keys = new Array<string | undefined>(1 << bits).fill(undefined);
    this.vals = new Array<V | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
  }

  /** The kept answer for `word`, or undefined. */
  get(word: string): V | undefined {
    const slot = hashWord(word) & this.mask;
    return this.keys[slot] === word ? this.vals[slot] : undefined;
  }

  /** Keeps the answer (in place of whatever shared its slot) and returns it. */
  set(word: string, value: V): V {
    const slot = hashWord(word) & this.mask;
    this.keys[slot] = word;
    this.vals[slot] = value;
    return value;
  }
}

/** A multiplicative hash of the word's code units (any spread will do). */
function hashWord(w: string): number {
  let h = w.length;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

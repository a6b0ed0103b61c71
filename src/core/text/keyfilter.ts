// A Map probe on a token hashes its text; for the many tokens that are no key
// that hash buys nothing. A filter on length and first and last code unit says
// "surely not a key" for most of them with three integer reads.

/** Answers false only for strings that are surely not among the keys it was built from. */
export class KeyFilter {
  private readonly bits = new Uint8Array(1 << 16);

  constructor(keys: Iterable<string>) {
    for (const k of keys) if (k.length) this.bits[slot(k)] = 1;
  }

  mayHave(w: string): boolean {
    return w.length !== 0 && this.bits[slot(w)] === 1;
  }
}

function slot(w: string): number {
  const n = w.length;
  return ((n & 15) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(n - 1) & 63);
}

// Answers about everyday words (is it a person noun, a document noun, which places it may
// spell) are asked again and again, in text after text. They are kept, but a long session of
// edits must not grow the store without end: when full it forgets everything and refills.

export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Keeps the answer (forgetting all others first if full) and returns it. */
  set(key: string, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

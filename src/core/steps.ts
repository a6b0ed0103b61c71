// The whole-document work is written as generators that yield now and then, so
// a caller with an event loop can pause between steps. Callers without one
// just run them through.

/** Runs a stepwise computation to its end and returns its result. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

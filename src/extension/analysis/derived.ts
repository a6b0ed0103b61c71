// What Kilde works out once per analysis (the hover and cursor index, the
// status bar's counts), cached with the analysis. Each is written as a
// generator that pauses every PAUSE_EVERY items, so the same work can run to
// its end at once (a small analysis, or a caller that cannot wait) or in
// short turns of the event loop: for a 45 MB article, walking 1.5 million
// spans in the turn its analysis arrived in held the extension host 30–60 ms
// apiece. No vscode import: the unit tests use this.
import type { Analysis } from '../../core';
import { runToEnd } from '../../core/steps';
import { runInTurns } from './turns';

/** Items between pauses of a derivation: a few hundred microseconds of work. */
export const PAUSE_EVERY = 4096;

/** Whether a derivation at item `i` should pause. */
export const pauseAt = (i: number): boolean => (i & (PAUSE_EVERY - 1)) === PAUSE_EVERY - 1;

export class Derived<T> {
  private readonly done = new WeakMap<Analysis, T>();
  private readonly pending = new WeakMap<Analysis, Promise<T>>();

  constructor(private readonly derive: (analysis: Analysis) => Generator<void, T>) {}

  /** The value if it has been worked out. */
  known(analysis: Analysis): T | undefined {
    return this.done.get(analysis);
  }

  /** Whether it is being worked out in turns. */
  underWay(analysis: Analysis): boolean {
    return this.pending.has(analysis);
  }

  /** The value, worked out now if it has not been. */
  now(analysis: Analysis): T {
    let value = this.done.get(analysis);
    if (value === undefined) {
      value = runToEnd(this.derive(analysis));
      this.done.set(analysis, value);
    }
    return value;
  }

  /** The value, worked out in turns of the event loop if it has not been. */
  inTurns(analysis: Analysis): Promise<T> {
    const value = this.done.get(analysis);
    if (value !== undefined) return Promise.resolve(value);
    let building = this.pending.get(analysis);
    if (!building) {
      building = runInTurns(this.derive(analysis)).then((v) => {
        this.pending.delete(analysis);
        // now() may have worked it out meanwhile: keep that one, so that everyone shares it.
        const first = this.done.get(analysis) ?? v;
        this.done.set(analysis, first);
        return first;
      });
      this.pending.set(analysis, building);
    }
    return building;
  }
}

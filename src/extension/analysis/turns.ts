// Giving the extension host's event loop a turn during long work, so that
// requests from the window are answered meanwhile. No vscode import: the
// worker's host side uses these too, and its unit test runs outside VS Code.

// A request from the window needs a few turns of the event loop in the
// extension host: read, answered, and the answer written (VS Code's IPC
// writes on a zero-delay timer). Resuming after a single timer runs the next
// slice before the answer leaves, so every request waited about three slices
// (in code-server 1.100 with 50 ms slices, a command round trip took a median
// of 153 ms that way, 54 ms with the turns below). Browsers have no
// setImmediate; two timers do nearly as well there.
const immediate: ((cb: () => void) => void) | undefined = (globalThis as { setImmediate?: (cb: () => void) => void }).setImmediate;
export const nextTurn = (): Promise<void> => new Promise((resolve) => {
  setTimeout(() => (immediate ? immediate(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)), 0);
});

/**
 * Time-sliced loops over large analyses (decorations, the trees, the
 * outline). Several run at once after an analysis arrives, and all of them
 * resume in the same turn of the event loop, next to VS Code sending what
 * they made; so each gets a short slice of time rather than a fixed count
 * of items, whose cost varies with the machine and what else is running.
 */
export class TurnBudget {
  private since = performance.now();

  constructor(private readonly ms = 8) {}

  /** Whether the slice is used up; cheap enough to ask every few hundred items. */
  get spent(): boolean {
    return performance.now() - this.since >= this.ms;
  }

  /** For a loop at item `i`: time to yield? Asks the clock once every 1024 items only. */
  due(i: number): boolean {
    return (i & 1023) === 1023 && this.spent;
  }

  async yield(): Promise<void> {
    await nextTurn();
    this.since = performance.now();
  }
}

/**
 * Runs work written as a generator that pauses (yields) every few hundred
 * microseconds to its end, giving the event loop a turn each time a
 * TurnBudget's slice is spent. (The core's runToEnd runs one without turns.)
 */
export async function runInTurns<T>(steps: Generator<void, T>, budget = new TurnBudget()): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    if (budget.spent) await budget.yield();
    step = steps.next();
  }
  return step.value;
}

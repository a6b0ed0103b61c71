// Offset → zero-based line number, by binary search over line starts.
// Counts \n, \r\n and a lone \r as line breaks, as VS Code does.

export interface LineIndex {
  lineAt(offset: number): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  // indexOf skips long lines far faster than a loop over every character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      starts.push(next);
      if (next === cr + 2) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', next);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return { lineAt: (offset: number) => lastAtOrBefore(starts, offset) };
}

/** Index of the last of the ascending `starts` (starts[0] ≤ offset) that is ≤ `offset`. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

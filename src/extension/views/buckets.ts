// Long lists in a tree are cut into nested ranges ("1–1000", "1001–2000" …)
// so that no getChildren call hands VS Code more than PAGE items, and
// nothing is built for a range until it is expanded. 100,000 claims become
// 100 folders of 1000; a million, 1000 folders.

export const PAGE = 1000;

/** How many leaf items each child of a list of `count` covers (1 = no buckets). */
export function bucketSize(count: number): number {
  let size = 1;
  while (count / size > PAGE) size *= PAGE;
  return size;
}

export interface Bucket {
  /** Index of the first item, inclusive. */
  from: number;
  /** Index after the last item. */
  to: number;
}

/** The buckets (or, when the list is short, single items) a range is shown as. */
export function split(from: number, to: number): { size: number; parts: Bucket[] } {
  const size = bucketSize(to - from);
  const parts: Bucket[] = [];
  for (let i = from; i < to; i += size) parts.push({ from: i, to: Math.min(to, i + size) });
  return { size, parts };
}

/** The chain of buckets from the top of a list of `count` items down to item `index`. */
export function pathTo(count: number, index: number): Bucket[] {
  const path: Bucket[] = [];
  let from = 0;
  let to = count;
  for (let size = bucketSize(to - from); size > 1; size = bucketSize(to - from)) {
    const start = from + Math.floor((index - from) / size) * size;
    from = start;
    to = Math.min(to, start + size);
    path.push({ from, to });
  }
  return path;
}

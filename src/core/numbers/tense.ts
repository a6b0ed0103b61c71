// Does a sentence speak of the future? Decides whether "fredag" or "i mars"
// means the coming one or the last one. A few auxiliaries near the word are
// enough for news prose; everything else reads as past.

import type { Cx } from './context';

const FUTURE = new Set(['skal', 'ska', 'will', 'shall', 'kommende', 'neste', 'førstkommende', 'next']);

export function futureContext(cx: Cx, i: number): boolean {
  return cx.near(i, 4, FUTURE);
}

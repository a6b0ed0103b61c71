// Number recognition: figures, dates and times in Norwegian and English news.
export { detectNumbers } from './detect';
export type { NumberHit, NumberContext } from './detect';
export { linkConflicts, annotateConflicts } from './conflicts';

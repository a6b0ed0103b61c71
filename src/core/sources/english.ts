// English-only attribution logic: the cue list learned from PolNeAR train
// (data/enCues.generated.ts) and the English claim-content rules.

import type { CueForm } from './lexicon';
import { EN_CUE_COUNTS } from './data/enCues.generated';

/** A learned form is a cue when it is one at least this share of the times it appears. */
export const EN_CUE_MIN_PRECISION = 0.2;
/** Below this share, a learned form reports only with "that" or a colon after it. */
export const EN_CUE_FREE_PRECISION = 0.3;

/** The hand-written English verbs plus the learned ones (the hand-written entry wins). */
export function withLearnedCues(verbs: Map<string, CueForm>): Map<string, CueForm> {
  for (const [form, cue, seen] of EN_CUE_COUNTS) {
    const precision = cue / seen;
    if (precision < EN_CUE_MIN_PRECISION) continue;
    const adjunct = form.endsWith('ing');
    const old = verbs.get(form);
    if (old) { if (adjunct) old.adjunct = true; continue; }
    verbs.set(form, { lemma: form, adjunct, needsComplement: precision < EN_CUE_FREE_PRECISION && !adjunct });
  }
  return verbs;
}

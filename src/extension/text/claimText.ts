// A claim as text to paste elsewhere: `«quote» — Source (cue)` for direct
// speech, `Source: text` for the rest.
import type { Claim } from '../../core';
import { oneLine } from './snippet';

const OPENERS = '«"“”„\'‘';
const CLOSERS = '»"”“\'’';

/** The quoted words of a direct claim, without the reporting clause, the
 *  dash that opens a quote paragraph or the quotation marks themselves. */
export function quotedWords(claim: Claim): string {
  const text = claim.text;
  const cueAt = claim.cueSpan.start - claim.start;
  // «…», skriver X  /  – …, sa X: the quote comes before the cue.
  if (cueAt > 0 && cueAt <= text.length) {
    let q = text.slice(0, cueAt).trim().replace(/[,:]$/, '').trim();
    q = q.replace(/^[–—-]\s*/, '');
    if (q && OPENERS.includes(q[0]) && CLOSERS.includes(q[q.length - 1])) q = q.slice(1, -1);
    q = q.replace(/,$/, '').trim();
    if (q) return oneLine(q);
  }
  // X sier at «…»: the quote follows the cue.
  const open = text.search(/[«“„"]/);
  if (open >= 0) {
    const close = text.slice(open + 1).search(/[»”"]/);
    if (close > 0) return oneLine(text.slice(open + 1, open + 1 + close));
  }
  return oneLine(text.replace(/^[–—-]\s*/, ''));
}

/** What a claim whose text never names its source is said to be by, after a dash and at the start of a line. */
export interface UnknownSourceWords {
  inline: string;
  leading: string;
}

const ENGLISH: UnknownSourceWords = { inline: 'unknown source', leading: 'Unknown source' };

/** `unknown`: the UI's words for a claim with no source (no vscode here: plain text in, plain text out). */
export function claimWithSource(claim: Claim, unknown: UnknownSourceWords = ENGLISH): string {
  if (claim.kind === 'direct') return `«${quotedWords(claim)}» — ${claim.source || unknown.inline} (${claim.cue})`;
  return `${claim.source || unknown.leading}: ${oneLine(claim.text)}`;
}

// The verdicts a claim can carry, in the order menus and reports list them, and the
// 1–5 rating each stands for in schema.org ClaimReview (reviewRating.ratingValue).
import type { Verdict } from '../model';

export const VERDICTS: readonly Verdict[] = ['unchecked', 'checking', 'true', 'mostly-true', 'misleading', 'false', 'unverifiable'];

const KNOWN = new Set<string>(VERDICTS);

export function isVerdict(x: unknown): x is Verdict {
  return typeof x === 'string' && KNOWN.has(x);
}

/** A verdict someone reached: neither the default nor work in progress. */
export function isSettled(v: Verdict): boolean {
  return v !== 'unchecked' && v !== 'checking';
}

/**
 * ClaimReview's rating: 1 (false) to 5 (true), as fact-checkers publishing to Google's Fact Check
 * Tools commonly map theirs (worstRating 1, bestRating 5). "Unverifiable" says nothing about truth,
 * so it has no number: ClaimReview then carries its alternateName alone. Unsettled verdicts are
 * never exported.
 */
export const RATING: Readonly<Record<Verdict, number | undefined>> = {
  unchecked: undefined,
  checking: undefined,
  true: 5,
  'mostly-true': 4,
  misleading: 2,
  false: 1,
  unverifiable: undefined,
};

// schema.org ClaimReview (https://schema.org/ClaimReview), the markup fact-checkers publish so that
// search engines and the Fact Check Tools index can show their verdicts.
//
// The JSON-LD document is one object, { "@context": "https://schema.org", "@graph": [ …ClaimReview ] }:
// one context for every review, and still a single valid document (an empty graph) when nothing is
// settled yet. toClaimReviews gives the graph's nodes, without a context of their own.
//
// Exported: every review with a settled verdict that is anchored to a claim of the current
// analysis. A detached review (its claim no longer found in the text) is not: the claim it judged
// may have been reworded or removed, and publishing a verdict on text the article no longer holds
// would misquote it. The worklist report lists detached reviews instead.
import type { Analysis, AnchoredReview, Claim, SourceType, Verdict } from '../model';
import { isSettled, RATING } from './verdicts';

export interface FactChecker {
  name: string;
  url?: string;
}

export interface ClaimReviewInput {
  analysis: Analysis;
  anchored: readonly AnchoredReview[];
  /** Where the article is published: the claim's appearance. */
  articleUri: string;
  factChecker: FactChecker;
  /** ISO 8601 date (or date-time) of publication of the fact-check. */
  datePublished: string;
}

/** The verdicts' English names, as ClaimReview's reviewRating.alternateName and the report show them. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  unchecked: 'Unchecked',
  checking: 'Checking',
  true: 'True',
  'mostly-true': 'Mostly true',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

const BEST_RATING = 5;
const WORST_RATING = 1;

function schemaType(t: SourceType | undefined): 'Person' | 'Organization' {
  return t === 'person' ? 'Person' : 'Organization';
}

// One author per speaker: "Sør-Korea og Ukraina hevder …" has two, and their joint name is
// nobody's. No author when the text never says who.
function claimAuthor(claim: Claim, analysis: Analysis): object | object[] | undefined {
  if (claim.source === '') return undefined;
  const records = claim.sourceIds.map((id) => analysis.sources[id]).filter((s) => s !== undefined);
  if (records.length > 1) return records.map((s) => ({ '@type': schemaType(s.sourceType), name: s.name }));
  return { '@type': schemaType(records[0]?.sourceType), name: claim.source };
}

function rating(verdict: Verdict): object {
  const value = RATING[verdict];
  return {
    '@type': 'Rating',
    alternateName: VERDICT_LABEL[verdict],
    ...(value !== undefined ? { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING } : {}),
  };
}

function organisation(f: FactChecker): object {
  return { '@type': 'Organization', name: f.name, ...(f.url ? { url: f.url } : {}) };
}

function claimReview(claim: Claim, a: AnchoredReview, input: ClaimReviewInput): object {
  const author = claimAuthor(claim, input.analysis);
  return {
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: { '@type': 'CreativeWork', url: input.articleUri },
    },
    reviewRating: rating(a.review.verdict),
    author: organisation(input.factChecker),
    datePublished: input.datePublished,
    ...(a.review.note !== '' ? { reviewBody: a.review.note } : {}),
  };
}

/** The settled, anchored reviews, in document order of their claims. */
function exportable(input: ClaimReviewInput): { claim: Claim; anchored: AnchoredReview }[] {
  const claims = new Map(input.analysis.claims.map((c) => [c.id, c]));
  const out: { claim: Claim; anchored: AnchoredReview }[] = [];
  for (const a of input.anchored) {
    if (a.method === 'detached' || a.claimId === undefined || !isSettled(a.review.verdict)) continue;
    const claim = claims.get(a.claimId);
    if (claim) out.push({ claim, anchored: a });
  }
  return out.sort((x, y) => x.claim.start - y.claim.start || x.claim.id - y.claim.id);
}

export function toClaimReviews(input: ClaimReviewInput): object[] {
  return exportable(input).map(({ claim, anchored }) => claimReview(claim, anchored, input));
}

// ClaimReview is published inside <script type="application/ld+json">, where a note holding
// "</script>" would end the script and the rest would be read as HTML. JSON may spell any
// character as \uXXXX, so the markup characters are spelt that way and the data is unchanged.
const SCRIPT_UNSAFE = /[<>&]/g;
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function claimReviewJson(input: ClaimReviewInput): string {
  const doc = { '@context': 'https://schema.org', '@graph': toClaimReviews(input) };
  return JSON.stringify(doc, null, 2).replace(SCRIPT_UNSAFE, unicodeEscape) + '\n';
}

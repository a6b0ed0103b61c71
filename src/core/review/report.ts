// The fact-check report in Markdown: how far the check has come, then every claim under its
// verdict (in the order of VERDICTS), then the reviews whose claims are no longer in the text.
// Article text and notes are untrusted (a note may hold anything pasted from the web) and every
// piece of them goes through escapeMarkdownInline, so the report renders them as plain text.
import type { Analysis, AnchoredReview, Claim, NumberEntity, Review, Verdict } from '../model';
import { escapeMarkdownInline as esc } from '../format/escape';
import { UNKNOWN_SOURCE } from '../format/markdown';
import { VERDICT_LABEL } from './claimReview';
import { isSettled, VERDICTS } from './verdicts';
import { numbersWithin } from './worthiness';

export interface ReviewReportInput {
  title: string;
  analysis: Analysis;
  anchored: readonly AnchoredReview[];
}

/** A claim under one verdict: with the review that put it there, or without one (unchecked). */
interface Entry {
  claim: Claim;
  review?: Review;
}

const quote = (text: string) => `“${esc(text)}”`;

function figure(e: NumberEntity): string {
  const m = e.meta;
  const value = m.value === undefined ? undefined : m.valueEnd !== undefined ? `${m.value}–${m.valueEnd}` : String(m.value);
  const detail = [m.kind, m.iso, value, m.unit].filter((x) => x !== undefined && x !== '');
  return `${esc(e.text)} (${esc(detail.join(', '))})`;
}

function reviewLines(r: Review): string[] {
  const lines: string[] = [];
  if (r.note !== '') lines.push(`  - Note: ${esc(r.note)}`);
  if (r.author !== '') lines.push(`  - Reviewer: ${esc(r.author)}${r.modified ? ` (${esc(r.modified)})` : ''}`);
  return lines;
}

function entryLines({ claim, review }: Entry, analysis: Analysis): string[] {
  const figures = numbersWithin(claim, analysis).map(figure);
  const lines = [
    `- ${quote(claim.text)}`,
    `  - Source: ${esc(claim.source) || UNKNOWN_SOURCE} · cue: ${esc(claim.cue)} · line ${claim.line + 1}`,
  ];
  if (figures.length) lines.push(`  - Figures: ${figures.join('; ')}`);
  if (review) {
    lines.push(...reviewLines(review));
    // The verdict was given on the words saved with it; say so when the claim reads otherwise now.
    if (review.quote.exact !== claim.text) lines.push(`  - Worded differently when reviewed: ${quote(review.quote.exact)}`);
  }
  return lines;
}

function detachedLines(r: Review): string[] {
  return [`- ${quote(r.quote.exact)}: ${VERDICT_LABEL[r.verdict]}`, ...reviewLines(r)];
}

/** Splits the reviews into those on a claim of this analysis and those that lost their claim. */
function sortReviews(analysis: Analysis, anchored: readonly AnchoredReview[]) {
  const claimIds = new Set(analysis.claims.map((c) => c.id));
  const onClaim = new Map<number, Review[]>();
  const detached: Review[] = [];
  for (const a of anchored) {
    if (a.method !== 'detached' && a.claimId !== undefined && claimIds.has(a.claimId)) {
      const list = onClaim.get(a.claimId) ?? [];
      list.push(a.review);
      onClaim.set(a.claimId, list);
    } else {
      detached.push(a.review);
    }
  }
  detached.sort((x, y) => x.position.start - y.position.start);
  return { onClaim, detached };
}

function groupByVerdict(analysis: Analysis, onClaim: Map<number, Review[]>): Map<Verdict, Entry[]> {
  const groups = new Map<Verdict, Entry[]>(VERDICTS.map((v) => [v, []]));
  const inOrder = [...analysis.claims].sort((a, b) => a.start - b.start || a.id - b.id);
  for (const claim of inOrder) {
    const reviews = onClaim.get(claim.id);
    if (!reviews?.length) groups.get('unchecked')!.push({ claim });
    // Two reviewers may judge one claim: each verdict is listed.
    else for (const review of reviews) groups.get(review.verdict)!.push({ claim, review });
  }
  return groups;
}

function summary(analysis: Analysis, onClaim: Map<number, Review[]>, detached: number): string {
  const checked = analysis.claims.filter((c) => onClaim.get(c.id)?.some((r) => isSettled(r.verdict))).length;
  const parts = [`**${checked} of ${analysis.claims.length} claims checked**`];
  if (detached) parts.push(`${detached} detached review${detached === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export function toReviewReport(input: ReviewReportInput): string {
  const { analysis } = input;
  const { onClaim, detached } = sortReviews(analysis, input.anchored);
  const lines = [`# Fact-check: ${esc(input.title)}`, '', summary(analysis, onClaim, detached.length), ''];
  if (!analysis.claims.length) lines.push('_No attributed claims found._', '');
  for (const [verdict, entries] of groupByVerdict(analysis, onClaim)) {
    if (!entries.length) continue;
    lines.push(`## ${VERDICT_LABEL[verdict]} (${entries.length})`, '');
    for (const entry of entries) lines.push(...entryLines(entry, analysis));
    lines.push('');
  }
  if (detached.length) {
    lines.push(`## Detached reviews (${detached.length})`, '', '_Their claims are no longer found in the text._', '');
    for (const r of detached) lines.push(...detachedLines(r));
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

// kilde review FILE: the fact-check of one article, from the reviews Kilde in
// VS Code keeps in FILE.kilde.json, anchored again to the text as it is now
// (so an article edited since, outside VS Code too, still gets its verdicts).
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import type { AnchoredReview, Analysis, LangOption } from '../core/model';
import { anchorReviews } from '../core/review/anchor';
import { claimReviewJson } from '../core/review/claimReview';
import { toReviewReport } from '../core/review/report';
import { parseSidecar, sidecarName } from '../core/review/sidecar';
import type { ReviewFormat } from './args';
import { InputError, readInput } from './input';

export interface ReviewOptions {
  format: ReviewFormat;
  lang: LangOption;
  factChecker?: string;
  factCheckerUrl?: string;
}

/** The sidecar's path beside `file`. */
export function sidecarPath(file: string): string {
  return file.slice(0, file.length - basename(file).length) + sidecarName(basename(file));
}

/** The text to print; throws InputError (exit 2) for a missing or unusable sidecar. */
export async function reviewText(file: string, options: ReviewOptions): Promise<{ text: string; warnings: string[] }> {
  const input = await readInput(file);
  const side = sidecarPath(file);
  let json: string;
  try {
    json = await readFile(side, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no reviews file ${side} (set a verdict in VS Code first)` : `cannot read ${side}: ${(err as Error).message.split('\n')[0]}`);
  }
  const read = parseSidecar(json);
  if (!read.ok) throw new InputError(`${side}: ${read.error}`);
  const analysis = analyze(input.text, { language: options.lang });
  const anchored = anchorReviews(input.text, analysis.claims, read.reviews);
  const articleUri = pathToFileURL(resolve(file)).href;
  let text: string;
  switch (options.format) {
    case 'claimreview':
      text = claimReviewJson({
        analysis, anchored, articleUri,
        factChecker: { name: options.factChecker ?? '', url: options.factCheckerUrl },
        datePublished: new Date().toISOString().slice(0, 10),
      });
      break;
    case 'md':
      text = toReviewReport({ title: basename(file), analysis, anchored });
      break;
    case 'json':
      text = `${JSON.stringify(reviewsJson(file, analysis, anchored), null, 2)}\n`;
      break;
  }
  return { text: text.endsWith('\n') ? text : `${text}\n`, warnings: input.warnings };
}

/** Every review with how it was anchored and, when it has one, its claim as it is now. */
function reviewsJson(file: string, analysis: Analysis, anchored: readonly AnchoredReview[]): object {
  return {
    file,
    claims: analysis.claims.length,
    reviews: anchored.map(({ review, method, claimId, start, end }) => {
      const claim = claimId !== undefined ? analysis.claims[claimId] : undefined;
      return {
        id: review.id,
        verdict: review.verdict,
        note: review.note,
        author: review.author,
        created: review.created,
        modified: review.modified,
        anchor: method,
        start,
        end,
        quote: review.quote.exact,
        claim: claim && { id: claim.id, text: claim.text, source: claim.source, cue: claim.cue, line: claim.line + 1 },
      };
    }),
  };
}

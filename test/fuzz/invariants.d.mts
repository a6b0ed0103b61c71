// Types for invariants.mjs (plain JavaScript, shared with scripts/fuzz.mjs).
import type { Analysis } from '../../src/core/model';

export interface LabelledSpan {
  what: string;
  start: number;
  end: number;
  text?: string;
}

/** Every span the analysis reports, with a label for messages. */
export function spans(a: Analysis): LabelledSpan[];
/** Every rule the analysis of `text` breaks, one line each (empty when all hold). */
export function violations(text: string, a: Analysis): string[];
/** Throws an AssertionError listing every broken rule. */
export function checkInvariants(text: string, a: Analysis): void;
/** What toBrat(analysis, text) output must satisfy; one line per problem. */
export function bratViolations(text: string, ann: string): string[];

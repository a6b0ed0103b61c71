// Which claims to check first. Fact-checkers start with what can be checked against a record, so a
// claim gets one of three tiers:
//
//   2  it holds a figure or a date (a number entity inside the claim's span) or a comparison
//      (one of the words below): a number, a date or "higher than" can be looked up;
//   1  the text names who said it (claim.source is not empty, however vague the name): someone
//      can be asked;
//   0  the rest.
//
// The comparison words are a general list of Norwegian (bokmål, nynorsk) and English comparison
// markers, change verbs and superlatives, written from grammar, not fitted to any text. Words that
// are as often something else are left out: nb "steg" (also "a step"), nb/nn "fall" ("case"),
// en "record" ("on the record"), en "most" ("most people").
//
// byCheckWorthiness orders by tier, highest first, then in document order.
import type { Analysis, Claim, NumberEntity, Span } from '../model';

const COMPARISON_WORDS: readonly string[] = [
  // bokmål
  'enn', 'flere', 'færre', 'mer', 'mindre', 'høyere', 'lavere', 'større', 'dobbelt så', 'halvparten så',
  'sammenlignet med', 'sammenliknet med', 'økte', 'økt', 'øker', 'økning', 'falt', 'faller', 'sank', 'synker',
  'stiger', 'nedgang', 'oppgang', 'doblet', 'tredoblet', 'halvert', 'flest', 'færrest', 'høyest', 'lavest',
  'størst', 'minst', 'rekord',
  // nynorsk (where it differs)
  'fleire', 'meir', 'høgare', 'lågare', 'auka', 'aukar', 'auke', 'søkk', 'sokk', 'dobla', 'halvera', 'høgast',
  'lågast', 'samanlikna med',
  // English
  'than', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'twice as',
  'half as', 'compared with', 'compared to', 'rose', 'risen', 'rising', 'increased', 'increase', 'increases',
  'decreased', 'decrease', 'declined', 'decline', 'fell', 'fallen', 'falling', 'dropped', 'doubled', 'tripled',
  'halved', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'fastest', 'slowest',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Whole words only: "enn" is not inside "kjenne", "less" not inside "unless".
const COMPARISON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COMPARISON_WORDS.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

export function hasComparison(text: string): boolean {
  return COMPARISON.test(text);
}

/** The number entities (figures and dates) wholly inside a span, in document order. */
export function numbersWithin(span: Span, analysis: Analysis): NumberEntity[] {
  return analysis.entities
    .filter((e): e is NumberEntity => e.kind === 'number' && e.start >= span.start && e.end <= span.end)
    .sort((a, b) => a.start - b.start);
}

function tier(claim: Claim, hasNumber: boolean): 0 | 1 | 2 {
  if (hasNumber || hasComparison(claim.text)) return 2;
  return claim.source !== '' ? 1 : 0;
}

export function checkWorthiness(claim: Claim, analysis: Analysis): 0 | 1 | 2 {
  return tier(claim, numbersWithin(claim, analysis).length > 0);
}

/** Number spans sorted by start, and a test for "one lies inside this span" in log time. */
function numberIndex(analysis: Analysis): (span: Span) => boolean {
  const numbers = analysis.entities.filter((e) => e.kind === 'number').sort((a, b) => a.start - b.start || a.end - b.end);
  return (span) => {
    let lo = 0;
    let hi = numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    // Any number starting inside the span may be the one that also ends inside it.
    for (let i = lo; i < numbers.length && numbers[i].start <= span.end; i++) {
      if (numbers[i].end <= span.end) return true;
    }
    return false;
  };
}

export function byCheckWorthiness(claims: readonly Claim[], analysis: Analysis): Claim[] {
  const hasNumberIn = numberIndex(analysis);
  return claims
    .map((claim) => ({ claim, tier: tier(claim, hasNumberIn(claim)) }))
    .sort((a, b) => b.tier - a.tier || a.claim.start - b.claim.start || a.claim.id - b.claim.id)
    .map((x) => x.claim);
}

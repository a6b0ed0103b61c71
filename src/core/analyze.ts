// The one entry point: analyze(text, options) → Analysis.
import type { Analysis, AnalyzeOptions } from './model';
import { segment } from './text/segment';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const paragraphs = segment(text);
  let tokens = 0;
  let sentences = 0;
  for (const p of paragraphs) for (const s of p.sentences) { sentences++; tokens += s.tokens.length; }
  return {
    version: 1,
    language: options.language && options.language !== 'auto' ? options.language : 'nb',
    entities: [],
    claims: [],
    sources: [],
    statements: [],
    stats: { chars: text.length, tokens, sentences, paragraphs: paragraphs.length },
  };
}

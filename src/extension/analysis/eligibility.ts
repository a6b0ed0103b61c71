// Whether Kilde reads a document by itself, and if not, why not.
import * as vscode from 'vscode';
import { NOTE_SCHEME } from '../review/noteEditor';
import type { KildeConfig } from '../config';

export type Eligibility = 'yes' | 'language' | 'tooLarge' | 'binary' | 'scheme';

/** Like git, look for NUL only near the start: cheap, and enough in practice. */
const BINARY_SNIFF_CHARS = 8000;

// Editors that show text but are not documents a user writes or reads as an article.
// A claim's note (kilde-note:) is the fact-checker's text about the article, not an article.
const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment', 'walkThroughSnippet', 'vscode-terminal', NOTE_SCHEME]);

export function documentLength(doc: vscode.TextDocument): number {
  // offsetAt the end is a prefix sum over line lengths: no copy of the text.
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export function looksBinary(doc: vscode.TextDocument): boolean {
  const head = doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(BINARY_SNIFF_CHARS)));
  return head.includes('\0');
}

/** `forced`: the user asked for this document with "Annotate This Document". */
export function eligibility(doc: vscode.TextDocument, config: KildeConfig, forced: boolean): Eligibility {
  if (IGNORED_SCHEMES.has(doc.uri.scheme)) return 'scheme';
  if (!forced && !config.languages.has(doc.languageId)) return 'language';
  if (looksBinary(doc)) return 'binary';
  if (!forced && documentLength(doc) > config.maxChars) return 'tooLarge';
  return 'yes';
}

// Kilde's settings, read once per change instead of on every keystroke.
import * as vscode from 'vscode';
import type { LangOption } from '../core';

export type HighlightKind = 'sources' | 'numbers' | 'places' | 'names' | 'claims';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['sources', 'numbers', 'places', 'names', 'claims'];
/** Every highlight is on until switched off, except names: a quiet editor by default. */
export const HIGHLIGHT_DEFAULT: Readonly<Record<HighlightKind, boolean>> = { sources: true, numbers: true, places: true, names: false, claims: true };

export interface KildeConfig {
  languages: ReadonlySet<string>;
  highlight: Readonly<Record<HighlightKind, boolean>>;
  updateDelay: number;
  language: LangOption;
  /** In UTF-16 code units: the document's length is known without reading it. */
  maxChars: number;
}

const LANGS: readonly LangOption[] = ['auto', 'nb', 'nn', 'en'];

export function readConfig(): KildeConfig {
  const c = vscode.workspace.getConfiguration('kilde');
  const languages = c.get<unknown>('languages');
  const lang = c.get<string>('language', 'auto') as LangOption;
  const delay = c.get<number>('updateDelay', 200);
  const maxMB = c.get<number>('maxFileSizeMB', 10);
  return {
    // A hand-edited settings.json can hold anything; fall back instead of throwing.
    languages: new Set(Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : ['news', 'plaintext', 'markdown']),
    highlight: {
      sources: c.get<boolean>('highlight.sources', true) !== false,
      numbers: c.get<boolean>('highlight.numbers', true) !== false,
      places: c.get<boolean>('highlight.places', true) !== false,
      names: c.get<boolean>('highlight.names', false) === true,
      claims: c.get<boolean>('highlight.claims', true) !== false,
    },
    updateDelay: Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 10_000) : 200,
    language: LANGS.includes(lang) ? lang : 'auto',
    maxChars: Number.isFinite(maxMB) && maxMB >= 0 ? maxMB * 1024 * 1024 : 10 * 1024 * 1024,
  };
}

/** Keeps the current settings and says which part changed. */
export class Config implements vscode.Disposable {
  private value = readConfig();
  private readonly emitter = new vscode.EventEmitter<{ analysis: boolean; highlight: boolean }>();
  readonly onDidChange = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor() {
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('kilde')) return;
      this.value = readConfig();
      this.emitter.fire({
        analysis: ['kilde.languages', 'kilde.language', 'kilde.maxFileSizeMB'].some((k) => e.affectsConfiguration(k)),
        highlight: e.affectsConfiguration('kilde.highlight'),
      });
    });
  }

  get current(): KildeConfig {
    return this.value;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

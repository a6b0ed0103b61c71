// The hover and document-symbol providers, registered for the languages in
// kilde.languages plus those of documents annotated on command. Registering
// for every language instead would put Kilde into the outline of every
// TypeScript file.
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysis/store';
import type { Config } from './config';
import type { ReviewStore } from './review/reviewStore';
import { KildeHoverProvider } from './hover/provider';
import { KildeSymbolProvider } from './symbols';

export class LanguageProviders implements vscode.Disposable {
  private registered: vscode.Disposable[] = [];
  private languages = '';
  private readonly subs: vscode.Disposable[];
  private readonly hover: KildeHoverProvider;
  private readonly symbols: KildeSymbolProvider;

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: Config,
    reviews: ReviewStore,
  ) {
    this.hover = new KildeHoverProvider(store, reviews);
    this.symbols = new KildeSymbolProvider(store);
    this.subs = [config.onDidChange(() => this.update()), store.onDidChange((uri) => {
      if (store.get(uri)?.forced) this.update();
    })];
    this.update();
  }

  private update(): void {
    const languages = new Set(this.config.current.languages);
    for (const doc of vscode.workspace.textDocuments) {
      if (this.store.get(doc.uri)?.forced) languages.add(doc.languageId);
    }
    const key = [...languages].sort().join('\n');
    if (key === this.languages) return;
    this.languages = key;
    for (const r of this.registered) r.dispose();
    const selector = [...languages].map((language) => ({ language }));
    this.registered = [
      vscode.languages.registerHoverProvider(selector, this.hover),
      vscode.languages.registerDocumentSymbolProvider(selector, this.symbols, { label: vscode.l10n.t('Kilde') }),
    ];
  }

  dispose(): void {
    for (const r of [...this.registered, ...this.subs]) r.dispose();
  }
}

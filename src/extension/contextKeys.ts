// Context keys for when-clauses in package.json (welcome views, menus, keys).
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';

export class ContextKeys implements vscode.Disposable {
  private readonly values = new Map<string, unknown>();
  private readonly sub: vscode.Disposable;

  constructor(private readonly article: ActiveArticle) {
    this.sub = article.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const entry = this.article.entry;
    // What the views can show: an older analysis counts while a newer one is pending.
    const state = !entry ? 'none' : entry.analysis ? 'ready' : entry.status;
    this.set('kilde.activeArticle', !!entry);
    this.set('kilde.articleState', state);
    this.set('kilde.hasClaims', (entry?.analysis?.claims.length ?? 0) > 0);
  }

  private set(key: string, value: unknown): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    this.sub.dispose();
  }
}

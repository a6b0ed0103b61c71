// The article the views and the status bar describe: the active editor's
// document while Kilde annotates it. Focus moving to a panel, a view or a
// webview leaves no active text editor; the article stays, as in Todo Tree,
// so clicking in the Claims view does not empty it.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisStore, DocEntry } from './analysis/store';
import { NOTE_SCHEME } from './review/noteEditor';

// Writing a claim's note beside the article leaves the article the one the views describe.
const NOT_ARTICLES = new Set(['output', 'debug', 'vscode-scm', 'comment', NOTE_SCHEME]);

export class ActiveArticle implements vscode.Disposable {
  private doc: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subs: vscode.Disposable[];
  /** The article itself or its analysis/status changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly store: AnalysisStore) {
    this.subs = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      store.onDidChange((uri) => {
        const k = uri.toString();
        const before = this.doc;
        // A document that just became (or stopped being) annotated may be the active one.
        if (vscode.window.activeTextEditor?.document.uri.toString() === k) this.follow(vscode.window.activeTextEditor);
        else if (this.doc?.uri.toString() === k && !store.get(uri)) this.set(undefined);
        if (this.doc === before && this.doc?.uri.toString() === k) this.emitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.doc) this.set(undefined);
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || NOT_ARTICLES.has(editor.document.uri.scheme)) return;
    this.set(this.store.get(editor.document.uri) ? editor.document : undefined);
  }

  private set(doc: vscode.TextDocument | undefined): void {
    if (doc === this.doc) return;
    this.doc = doc;
    this.emitter.fire();
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  get entry(): DocEntry | undefined {
    return this.doc && this.store.get(this.doc.uri);
  }

  get analysis(): Analysis | undefined {
    return this.entry?.analysis;
  }

  /** The editor showing the article, preferring the active one. */
  get editor(): vscode.TextEditor | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    const active = vscode.window.activeTextEditor;
    if (active?.document === doc) return active;
    return vscode.window.visibleTextEditors.find((e) => e.document === doc);
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}

// Reviewed claims in the editor: a double bar in the verdict's theme colour at
// the claim's start, with a mark whose shape says the verdict (✓ ≈ ! ✗ ? ◐),
// so that it is told apart from Kilde's plain claim bar, and not by colour alone.
import * as vscode from 'vscode';
import type { Verdict } from '../../core';
import { VERDICTS } from '../../core/review/verdicts';
import type { AnalysisStore } from '../analysis/store';
import { verdictColorId, verdictMark } from '../text/verdicts';
import type { ReviewStore } from './reviewStore';

type Shown = Exclude<Verdict, 'unchecked'>;

export class ReviewDecorations implements vscode.Disposable {
  private readonly types = new Map<Shown, vscode.TextEditorDecorationType>();
  private readonly subs: vscode.Disposable[];
  /** What was last set per editor, for the integration tests. */
  private readonly last = new WeakMap<vscode.TextEditor, Map<Verdict, vscode.Range[]>>();

  constructor(
    private readonly store: AnalysisStore,
    private readonly reviews: ReviewStore,
  ) {
    for (const v of VERDICTS) {
      if (v === 'unchecked') continue;
      const color = new vscode.ThemeColor(verdictColorId(v));
      this.types.set(v, vscode.window.createTextEditorDecorationType({
        borderColor: color,
        borderStyle: 'double',
        borderWidth: '0 0 0 4px',
        before: { contentText: verdictMark(v), color, fontWeight: 'bold', margin: '0 0.25em 0 0.1em' },
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
    // The review store fires once it has anchored the reviews to a new analysis (an article without
    // reviews has no marks to move): the analysis store's own event would only draw the same twice.
    this.subs = [
      reviews.onDidChange((uri) => this.updateUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.update(e))),
    ];
    vscode.window.visibleTextEditors.forEach((e) => this.update(e));
  }

  /** The ranges last set on `editor`, by verdict. */
  rangesFor(editor: vscode.TextEditor): ReadonlyMap<Verdict, vscode.Range[]> {
    return this.last.get(editor) ?? new Map();
  }

  private updateUri(uri: vscode.Uri): void {
    const k = uri.toString();
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === k) this.update(e);
  }

  private update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const analysis = this.store.current(doc);
    // While a newer analysis is pending, VS Code moves the marks along with the edits: leave them.
    if (!analysis && this.store.get(doc.uri)?.analysis) return;
    const by = new Map<Verdict, vscode.Range[]>();
    const a = this.reviews.get(doc.uri);
    if (analysis && a && a.anchoredTo === analysis) {
      for (const r of a.byClaim.values()) {
        const v = r.review.verdict;
        if (v === 'unchecked' || r.start === undefined) continue;
        const at = doc.positionAt(r.start);
        const list = by.get(v) ?? [];
        list.push(new vscode.Range(at, at.translate(0, 1)));
        by.set(v, list);
      }
    }
    for (const [v, type] of this.types) editor.setDecorations(type, by.get(v) ?? []);
    this.last.set(editor, by);
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    for (const t of this.types.values()) t.dispose();
  }
}

// kilde.revealClaim and kilde.revealRange: open the document and select a
// claim or a span. Their arguments come from tree items and from hover links
// (JSON in a command URI), so they are checked, not trusted.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysis/store';

export interface RevealOptions {
  /** Keep focus where it is (a click in a tree); default: focus the editor. */
  preserveFocus?: boolean;
}

async function editorFor(uriString: unknown, options: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof uriString !== 'string') return undefined;
  let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriString);
  if (!doc) {
    try {
      doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriString, true));
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('Kilde: the document is no longer available.'));
      return undefined;
    }
  }
  const preserveFocus = typeof options === 'object' && options !== null && (options as RevealOptions).preserveFocus === true;
  // Reuse the column the document is already shown in rather than opening it again beside.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  return vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn, preserveFocus, preview: !shown });
}

export function select(editor: vscode.TextEditor, start: number, end: number): void {
  const doc = editor.document;
  const from = doc.positionAt(start);
  const to = doc.positionAt(end);
  editor.selection = new vscode.Selection(from, to);
  // A claim taller than the screen is shown from its start.
  editor.revealRange(new vscode.Range(from, to), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerReveal(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kilde.revealClaim', async (uri: unknown, claimId: unknown, options?: unknown) => {
      if (!Number.isInteger(claimId)) return;
      const editor = await editorFor(uri, options);
      if (!editor) return;
      const analysis = store.current(editor.document) ?? (await store.ensure(editor.document));
      const claim = analysis?.claims[claimId as number];
      if (claim) select(editor, claim.start, claim.end);
    }),
    vscode.commands.registerCommand('kilde.revealRange', async (uri: unknown, start: unknown, end: unknown, options?: unknown) => {
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return;
      const editor = await editorFor(uri, options);
      if (editor) select(editor, start as number, end as number);
    }),
  ];
}

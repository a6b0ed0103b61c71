// Next / previous claim from the cursor, wrapping around at either end.
import * as vscode from 'vscode';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { select } from './reveal';

const MESSAGE_MS = 3000;

async function go(store: AnalysisStore, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const analysis = store.current(editor.document) ?? (await store.ensure(editor.document));
  if (!analysis) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: this document is not annotated'), MESSAGE_MS);
    return;
  }
  const claims = analysis.claims;
  if (!claims.length) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: no claims in this document'), MESSAGE_MS);
    return;
  }
  const look = await lookupInTurns(analysis);
  // From the start of the selection: after a jump the claim itself is selected.
  const offset = editor.document.offsetAt(editor.selection.start);
  let claim = direction === 1 ? look.claimAfter(offset) : look.claimBefore(offset);
  if (!claim) {
    claim = direction === 1 ? claims[0] : claims[claims.length - 1];
    vscode.window.setStatusBarMessage(
      direction === 1 ? vscode.l10n.t('Kilde: wrapped around to the first claim') : vscode.l10n.t('Kilde: wrapped around to the last claim'),
      MESSAGE_MS,
    );
  }
  select(editor, claim.start, claim.end);
}

export function registerNavigation(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kilde.nextClaim', () => go(store, 1)),
    vscode.commands.registerCommand('kilde.previousClaim', () => go(store, -1)),
  ];
}

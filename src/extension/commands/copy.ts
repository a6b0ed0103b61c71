// Copy a claim from the Claims view (or the one at the cursor), alone or
// with who said it.
import * as vscode from 'vscode';
import type { Claim } from '../../core';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { claimWithSource } from '../text/claimText';
import { sourceLabel, sourceName } from '../text/labels';
import type { ClaimsNode } from '../views/claimsModel';

async function claimFrom(store: AnalysisStore, node: unknown): Promise<Claim | undefined> {
  const n = node as ClaimsNode | undefined;
  if (n && typeof n === 'object' && n.type === 'claim') return n.claim;
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && store.current(editor.document);
  if (!editor || !analysis) return undefined;
  const look = await lookupInTurns(analysis);
  return look.claimsAt(editor.document.offsetAt(editor.selection.active), true)[0];
}

async function copy(store: AnalysisStore, node: unknown, withSource: boolean): Promise<void> {
  const claim = await claimFrom(store, node);
  if (!claim) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: the cursor is not in a claim'), 3000);
    return;
  }
  await vscode.env.clipboard.writeText(withSource ? claimWithSource(claim, { inline: sourceName(''), leading: sourceLabel('') }) : claim.text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: claim copied'), 3000);
}

export function registerCopy(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kilde.copyClaim', (node?: unknown) => copy(store, node, false)),
    vscode.commands.registerCommand('kilde.copyClaimWithSource', (node?: unknown) => copy(store, node, true)),
  ];
}

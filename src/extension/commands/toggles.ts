// kilde.toggleSources … kilde.toggleNames, kilde.toggleClaims flip the matching highlight
// setting where it is set, so a workspace value is not shadowed by a user one.
import * as vscode from 'vscode';
import { HIGHLIGHT_DEFAULT, type HighlightKind } from '../config';

const COMMANDS: Record<string, HighlightKind> = {
  'kilde.toggleSources': 'sources',
  'kilde.toggleNumbers': 'numbers',
  'kilde.togglePlaces': 'places',
  'kilde.toggleNames': 'names',
  'kilde.toggleClaims': 'claims',
};

function stateMessage(kind: HighlightKind, on: boolean): string {
  switch (kind) {
    case 'sources': return on ? vscode.l10n.t('Kilde: sources are highlighted') : vscode.l10n.t('Kilde: sources are not highlighted');
    case 'numbers': return on ? vscode.l10n.t('Kilde: numbers are highlighted') : vscode.l10n.t('Kilde: numbers are not highlighted');
    case 'places': return on ? vscode.l10n.t('Kilde: places are highlighted') : vscode.l10n.t('Kilde: places are not highlighted');
    case 'names': return on ? vscode.l10n.t('Kilde: people and organisations are highlighted') : vscode.l10n.t('Kilde: people and organisations are not highlighted');
    case 'claims': return on ? vscode.l10n.t('Kilde: claims are highlighted') : vscode.l10n.t('Kilde: claims are not highlighted');
  }
}

async function toggle(kind: HighlightKind): Promise<void> {
  const config = vscode.workspace.getConfiguration('kilde');
  const key = `highlight.${kind}`;
  const seen = config.inspect<boolean>(key);
  const on = config.get<boolean>(key, HIGHLIGHT_DEFAULT[kind]);
  const target = seen?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(key, !on, target);
  vscode.window.setStatusBarMessage(stateMessage(kind, !on), 3000);
}

export function registerToggles(): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([command, kind]) => vscode.commands.registerCommand(command, () => toggle(kind)));
}

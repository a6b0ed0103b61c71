// How a verdict looks in the UI: its name, its icon (a shape of its own, so
// that it is not told by colour alone) and its theme colour.
// Functions, not constants: vscode.l10n.t must run after activation.
import * as vscode from 'vscode';
import type { Verdict } from '../../core';
import { formatInteger } from './numbers';

export function verdictName(v: Verdict): string {
  switch (v) {
    case 'unchecked': return vscode.l10n.t('Unchecked');
    case 'checking': return vscode.l10n.t('Checking');
    case 'true': return vscode.l10n.t('True');
    case 'mostly-true': return vscode.l10n.t('Mostly true');
    case 'misleading': return vscode.l10n.t('Misleading');
    case 'false': return vscode.l10n.t('False');
    case 'unverifiable': return vscode.l10n.t('Unverifiable');
  }
}

const CODICON: Readonly<Record<Verdict, string>> = {
  unchecked: 'circle-large-outline',
  checking: 'eye',
  true: 'pass',
  'mostly-true': 'check',
  misleading: 'warning',
  false: 'error',
  unverifiable: 'question',
};

/** The theme colour of a verdict (declared in package.json, so a theme or the user can change it). */
export function verdictColorId(v: Verdict): string {
  return `kilde.verdict.${v.replace(/-(\w)/, (_m, c: string) => c.toUpperCase())}`;
}

export function verdictIcon(v: Verdict): vscode.ThemeIcon {
  return v === 'unchecked' ? new vscode.ThemeIcon(CODICON[v]) : new vscode.ThemeIcon(CODICON[v], new vscode.ThemeColor(verdictColorId(v)));
}

/** `$(icon)` for a status bar or a quick pick label. */
export function verdictCodicon(v: Verdict): string {
  return `$(${CODICON[v]})`;
}

/** A character drawn before a reviewed claim in the editor: its shape says the verdict. */
export function verdictMark(v: Verdict): string {
  switch (v) {
    case 'unchecked': return '';
    case 'checking': return '◐';
    case 'true': return '✓';
    case 'mostly-true': return '≈';
    case 'misleading': return '!';
    case 'false': return '✗';
    case 'unverifiable': return '?';
  }
}

/** A review placed on a claim whose words changed (a fuzzy match): the verdict may no longer hold. */
export function rewordedWarning(): string {
  return vscode.l10n.t('The claim\'s words have changed since this verdict was set: check it again.');
}

export function checkedCount(checked: number, total: number): string {
  return vscode.l10n.t('{0} of {1} checked', formatInteger(checked), formatInteger(total));
}

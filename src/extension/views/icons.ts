// Codicons for the kinds of claim and source, shared by the trees.
import * as vscode from 'vscode';
import type { ClaimKind, SourceType } from '../../core';

export function claimIcon(kind: ClaimKind): vscode.ThemeIcon {
  switch (kind) {
    case 'direct': return new vscode.ThemeIcon('quote');
    case 'indirect': return new vscode.ThemeIcon('comment');
    case 'according-to': return new vscode.ThemeIcon('link');
  }
}

export function sourceIcon(type: SourceType | undefined): vscode.ThemeIcon {
  switch (type) {
    case 'person': return new vscode.ThemeIcon('person');
    case 'agency': return new vscode.ThemeIcon('radio-tower');
    case 'media': return new vscode.ThemeIcon('broadcast');
    case 'country': return new vscode.ThemeIcon('globe');
    case 'document': return new vscode.ThemeIcon('file-text');
    case 'organisation':
    case 'group':
    default: return new vscode.ThemeIcon('organization');
  }
}

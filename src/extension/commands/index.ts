// Every command Kilde contributes, in one place.
import * as vscode from 'vscode';
import type { ActiveArticle } from '../activeArticle';
import type { AnalysisStore } from '../analysis/store';
import type { ReviewStore } from '../review/reviewStore';
import type { Log } from '../log';
import type { ClaimsView } from '../views/claimsView';
import { registerAnnotate } from './annotate';
import { registerCopy } from './copy';
import { registerExport } from './export';
import { registerFactCheck } from './factCheck';
import { registerNavigation } from './navigation';
import { registerReveal } from './reveal';
import { registerReview } from './review';
import { registerToggles } from './toggles';

export function registerCommands(store: AnalysisStore, reviews: ReviewStore, article: ActiveArticle, claims: ClaimsView, log: Log): vscode.Disposable[] {
  return [
    ...registerReview(store, reviews, article, claims),
    ...registerFactCheck(reviews, article),
    ...registerAnnotate(store),
    ...registerReveal(store),
    ...registerNavigation(store),
    ...registerCopy(store),
    ...registerExport(store),
    ...registerToggles(),
    vscode.commands.registerCommand('kilde.showClaims', () => vscode.commands.executeCommand('kilde.claims.focus')),
    vscode.commands.registerCommand('kilde.focusPanel', () => vscode.commands.executeCommand('workbench.view.extension.kilde')),
    vscode.commands.registerCommand('kilde.claims.groupBySource', () => claims.setGroupBy('source')),
    vscode.commands.registerCommand('kilde.claims.groupByOrder', () => claims.setGroupBy('order')),
    vscode.commands.registerCommand('kilde.showLog', () => log.channel.show()),
  ];
}

// Kilde: Export Fact-Check (schema.org ClaimReview JSON-LD for every claim with a
// verdict) and Kilde: Fact-Check Report (Markdown, opened in the preview).
import * as vscode from 'vscode';
import type { AnchoredReview, Analysis } from '../../core';
import { claimReviewJson } from '../../core/review/claimReview';
import { toReviewReport } from '../../core/review/report';
import { isSettled } from '../../core/review/verdicts';
import type { ActiveArticle } from '../activeArticle';
import { basename, stem, writeViaTemp } from '../files';
import type { ReviewStore } from '../review/reviewStore';

interface Reviewed {
  doc: vscode.TextDocument;
  analysis: Analysis;
  anchored: readonly AnchoredReview[];
}

/** The article's current analysis and its reviews anchored to it, or undefined (with a message). */
async function reviewed(reviews: ReviewStore, article: ActiveArticle): Promise<Reviewed | undefined> {
  const doc = vscode.window.activeTextEditor?.document ?? article.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the article first.'));
    return undefined;
  }
  const now = await reviews.current(doc);
  if (!now) return undefined;
  const a = now.reviews;
  if (a?.error !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Kilde cannot use the reviews file of this article: {0}', a.error));
    return undefined;
  }
  const anchored = a && a.anchoredTo === now.analysis ? a.anchored : [];
  return { doc, analysis: now.analysis, anchored };
}

export function registerFactCheck(reviews: ReviewStore, article: ActiveArticle): vscode.Disposable[] {
  return [
    // For scripts and keybindings: { target: Uri } writes there without the save dialog.
    vscode.commands.registerCommand('kilde.exportFactCheck', async (arg?: unknown) => {
      const r = await reviewed(reviews, article);
      if (!r) return;
      const settled = r.anchored.filter((x) => x.claimId !== undefined && isSettled(x.review.verdict)).length;
      if (!settled) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No claim in this article has a verdict yet: there is nothing to export.'));
        return;
      }
      const c = vscode.workspace.getConfiguration('kilde');
      const name = c.get<string>('factChecker.name', '').trim();
      if (!name) {
        const open = vscode.l10n.t('Open Settings');
        const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Set kilde.factChecker.name first: ClaimReview names who published the fact-check.'), open);
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'kilde.factChecker');
        return;
      }
      const url = c.get<string>('factChecker.url', '').trim() || undefined;
      const folder = r.doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : r.doc.uri.with({ path: r.doc.uri.path.slice(0, r.doc.uri.path.lastIndexOf('/')) });
      const given = typeof arg === 'object' && arg !== null && (arg as { target?: unknown }).target instanceof vscode.Uri ? (arg as { target: vscode.Uri }).target : undefined;
      const target = given ?? await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${stem(basename(r.doc.uri))}.claimreview.json`) : undefined,
        filters: { [vscode.l10n.t('ClaimReview JSON-LD')]: ['json', 'jsonld'] },
        saveLabel: vscode.l10n.t('Export'),
        title: vscode.l10n.t('Export Fact-Check'),
      });
      if (!target) return;
      const json = claimReviewJson({
        analysis: r.analysis, anchored: r.anchored, articleUri: r.doc.uri.toString(),
        factChecker: { name, url }, datePublished: new Date().toISOString().slice(0, 10),
      });
      try {
        await writeViaTemp(target, json);
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Kilde could not write {0}: {1}', basename(target), err instanceof Error ? err.message : String(err)));
        return;
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde exported {0} reviewed claims to {1}.', settled, basename(target).replace(/\$\(/g, '\\$(')), 4000);
      return target;
    }),
    vscode.commands.registerCommand('kilde.factCheckReport', async () => {
      const r = await reviewed(reviews, article);
      if (!r) return;
      const content = toReviewReport({ title: basename(r.doc.uri), analysis: r.analysis, anchored: r.anchored });
      const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.commands.executeCommand('markdown.showPreview', report.uri);
      return report.uri;
    }),
  ];
}


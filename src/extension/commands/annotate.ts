// Kilde: Annotate This Document: annotate the active document now, whatever
// its language or size. A large one shows a cancellable progress notification.
import * as vscode from 'vscode';
import { documentLength, looksBinary } from '../analysis/eligibility';
import type { AnalysisStore } from '../analysis/store';
import { claimsCount, sourcesCount } from '../text/labels';

/** Below this a run is over before a notification could be read. */
const NOTIFY_ABOVE_CHARS = 1024 * 1024;

export function registerAnnotate(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kilde.annotateDocument', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to annotate first.'));
        return;
      }
      if (looksBinary(doc)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Kilde does not annotate this file: it contains NUL bytes, so it looks binary.'));
        return;
      }
      const run = store.annotate(doc);
      const analysis = documentLength(doc) <= NOTIFY_ABOVE_CHARS
        ? await run
        : await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Kilde: annotating'), cancellable: true },
          (progress, token) => {
            token.onCancellationRequested(() => store.unforce(doc));
            let reported = 0;
            const sub = store.onDidProgress((uri) => {
              const share = store.get(uri)?.progress;
              if (uri.toString() !== doc.uri.toString() || share === undefined) return;
              const percent = Math.round(share * 100);
              progress.report({ increment: percent - reported, message: `${percent}%` });
              reported = percent;
            });
            return run.finally(() => sub.dispose());
          },
        );
      if (analysis) {
        vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: {0} and {1}', claimsCount(analysis.claims.length), sourcesCount(analysis.sources.length)), 4000);
      }
    }),
  ];
}

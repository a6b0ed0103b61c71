// One "Kilde" log channel. An analysis that throws is logged with its stack
// every time, but the user is told only once per session: a bug that fires
// on every keystroke must not bury the editor in notifications.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Kilde', { log: true });
  private notified = false;

  failure(what: string, err: unknown): void {
    this.channel.error(what, err instanceof Error ? err : new Error(String(err)));
    if (this.notified) return;
    this.notified = true;
    const show = vscode.l10n.t('Show Log');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('Kilde could not analyse a document. The last annotations are kept; the log has the details.'), show)
      .then((choice) => {
        if (choice === show) this.channel.show(true);
      });
  }

  dispose(): void {
    this.channel.dispose();
  }
}

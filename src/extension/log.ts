// One "Kilde" log channel. An analysis that throws is logged with its stack
// every time, but the user is told only once per session: a bug that fires
// on every keystroke must not bury the editor in notifications.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Kilde', { log: true });
  private notifiedCount = 0;
  private failureCount = 0;

  /** Failures logged, and error notifications shown for them, this session. */
  get counts(): { failures: number; notifications: number } {
    return { failures: this.failureCount, notifications: this.notifiedCount };
  }

  failure(what: string, err: unknown): void {
    this.failureCount++;
    // The stack goes into the message itself: a LogOutputChannel prints only
    // the message of an Error passed as an extra argument.
    const detail = err instanceof Error ? err.stack ?? `${err.name}: ${err.message}` : String(err);
    this.channel.error(`${what}: ${detail}`);
    if (this.notifiedCount > 0) return;
    this.notifiedCount++;
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

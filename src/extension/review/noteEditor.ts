// A claim's note in an editor of its own, for notes longer than an input box is good
// for: a Markdown document whose saving writes the note back to the review (and so
// to the sidecar). It is served by a small file system under the kilde-note: scheme,
// one file per claim, so VS Code's own save, undo and dirty marker work as for any file.
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../../core';
import type { AnalysisStore } from '../analysis/store';
import { ReviewStore, sameClaim } from './reviewStore';

export const NOTE_SCHEME = 'kilde-note';

/** Which claim a note file is about: the article, and the claim as it was when the note was opened. */
interface NoteTarget {
  article: string;
  claimId: number;
  text: string;
}

export function noteUri(article: vscode.Uri, claim: Claim): vscode.Uri {
  const words = claim.text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').slice(0, 6).join(' ') || 'note';
  const target: NoteTarget = { article: article.toString(), claimId: claim.id, text: claim.text };
  return vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${words}.md`, query: JSON.stringify(target) });
}

export class NoteFileSystem implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  /** When each note file last changed. It must stay put between reads: VS Code refuses to save a
   *  file whose modification time moved since it was opened (it would take it for an outside edit). */
  private readonly mtimes = new Map<string, number>();

  constructor(
    private readonly store: AnalysisStore,
    private readonly reviews: ReviewStore,
  ) {}

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const note = this.read(uri);
    const k = uri.toString();
    const mtime = this.mtimes.get(k) ?? Date.now();
    this.mtimes.set(k, mtime);
    return { type: vscode.FileType.File, ctime: 0, mtime, size: new TextEncoder().encode(note).length };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return new TextEncoder().encode(this.read(uri));
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const found = this.find(uri);
    if (!found) throw vscode.FileSystemError.Unavailable(vscode.l10n.t('The claim this note is about is no longer in the article.'));
    const note = new TextDecoder().decode(content).replace(/\s+$/, '');
    if (!(await this.reviews.setNote(found.doc, found.claim, note))) {
      throw vscode.FileSystemError.Unavailable(vscode.l10n.t('Kilde could not save the note.'));
    }
    this.mtimes.set(uri.toString(), Date.now());
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  private read(uri: vscode.Uri): string {
    const found = this.find(uri);
    if (!found) throw vscode.FileSystemError.FileNotFound(uri);
    return this.reviews.reviewOf(found.doc.uri, found.analysis, found.claim.id)?.note ?? '';
  }

  /** The open article and the claim of its current analysis that the note file is about. */
  private find(uri: vscode.Uri): { doc: vscode.TextDocument; analysis: Analysis; claim: Claim } | undefined {
    let target: NoteTarget;
    try {
      target = JSON.parse(uri.query) as NoteTarget;
    } catch {
      return undefined;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.article);
    const analysis = doc && this.store.current(doc);
    if (!doc || !analysis) return undefined;
    const claim = sameClaim(analysis, { id: target.claimId, text: target.text });
    return claim && { doc, analysis, claim };
  }

  // A note file is only ever read and written in place.
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions();
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions();
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions();
  }
}

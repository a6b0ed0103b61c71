// The fact-checker's reviews of each open article: read from the sidecar file
// beside it (<article>.kilde.json, W3C Web Annotation), anchored again to the
// claims of every new analysis, and written back when the user changes one.
//
// The user's work is never lost: a sidecar that cannot be read is reported and
// left alone (nothing is written over it), every rewrite goes through a
// temporary file and a rename after a copy of the old file is kept as .bak,
// and a sidecar changed on disk since Kilde read it (a git pull, a colleague)
// is read again and the user's change applied on top of it, review by review.
// The article itself is never written.
import * as vscode from 'vscode';
import type { AnchoredReview, Analysis, Claim, Review, Verdict } from '../../core';
import { anchorReviews, selectorsFor } from '../../core/review/anchor';
import { newReviewId, parseSidecar, sidecarName, toSidecar } from '../../core/review/sidecar';
import { isSettled } from '../../core/review/verdicts';
import type { AnalysisStore } from '../analysis/store';
import { wholeText } from '../analysis/steps';
import { basename, readTextFile, writeViaTemp } from '../files';
import type { Log } from '../log';

/** Reviews of one article. */
export interface ArticleReviews {
  readonly uri: vscode.Uri;
  /** Where they are kept; undefined where the article is no file (an untitled document). */
  readonly sidecar: vscode.Uri | undefined;
  /** As read from (or last written to) the sidecar. */
  reviews: Review[];
  /** The same reviews placed on the claims of `anchoredTo`, in the same order. */
  anchored: AnchoredReview[];
  /** Anchored reviews by claim id. */
  byClaim: Map<number, AnchoredReview>;
  anchoredTo?: Analysis;
  /** Why the sidecar cannot be used; while set, nothing is written to it. */
  error?: string;
  /** The sidecar's text as last read or written; undefined when there is no file. */
  diskText?: string;
}

/** How long a change on disk settles before the sidecar is read again. */
const REREAD_DELAY_MS = 150;

/** A change to an article's reviews, applied to the latest list read from disk. */
type Edit = (reviews: Review[], now: string) => Review[] | undefined;

export class ReviewStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleReviews>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  /** Writes per article, one after another. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subs: vscode.Disposable[];
  /** An article's reviews, their anchoring or their sidecar's state changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly store: AnalysisStore,
    private readonly log: Log,
  ) {
    this.subs = [
      this.changed,
      store.onDidChange((uri) => this.follow(uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.refreshSelectors(doc)),
    ];
  }

  /** The reviews of the article at `uri`, as far as they are known (undefined before they are read). */
  get(uri: vscode.Uri): ArticleReviews | undefined {
    return this.articles.get(uri.toString());
  }

  /** The review on claim `claimId` of the analysis the article's reviews were last anchored to, and how it was placed there. */
  anchoredOf(uri: vscode.Uri, analysis: Analysis | undefined, claimId: number): AnchoredReview | undefined {
    const a = this.get(uri);
    return a && a.anchoredTo === analysis ? a.byClaim.get(claimId) : undefined;
  }

  reviewOf(uri: vscode.Uri, analysis: Analysis | undefined, claimId: number): Review | undefined {
    return this.anchoredOf(uri, analysis, claimId)?.review;
  }

  verdictOf(uri: vscode.Uri, analysis: Analysis | undefined, claimId: number): Verdict {
    return this.reviewOf(uri, analysis, claimId)?.verdict ?? 'unchecked';
  }

  detached(uri: vscode.Uri, analysis: Analysis | undefined): AnchoredReview[] {
    const a = this.get(uri);
    return a && a.anchoredTo === analysis ? a.anchored.filter((r) => r.method === 'detached') : [];
  }

  /** Claims with a settled verdict, of all the claims of `analysis`. */
  progress(uri: vscode.Uri, analysis: Analysis | undefined): { checked: number; total: number } {
    const total = analysis?.claims.length ?? 0;
    const a = this.get(uri);
    let checked = 0;
    if (a && a.anchoredTo === analysis) for (const r of a.byClaim.values()) if (isSettled(r.review.verdict)) checked++;
    return { checked, total };
  }

  /** Resolves when the article's sidecar has been read (at once if it has). */
  whenLoaded(uri: vscode.Uri): Promise<void> {
    return this.loading.get(uri.toString()) ?? Promise.resolve();
  }

  setVerdict(doc: vscode.TextDocument, claim: Claim, verdict: Verdict): Promise<boolean> {
    return this.editClaim(doc, claim, (r) => ({ ...r, verdict }));
  }

  setNote(doc: vscode.TextDocument, claim: Claim, note: string): Promise<boolean> {
    return this.editClaim(doc, claim, (r) => ({ ...r, note }));
  }

  /** Forgets the claim's review: verdict back to unchecked, note gone. */
  clear(doc: vscode.TextDocument, claim: Claim): Promise<boolean> {
    const id = this.get(doc.uri)?.byClaim.get(claim.id)?.review.id;
    return id ? this.remove(doc, id) : Promise.resolve(true);
  }

  /** Deletes a review on purpose (a detached one the user no longer wants). */
  remove(doc: vscode.TextDocument, reviewId: string): Promise<boolean> {
    return this.edit(doc, (reviews) => {
      const kept = reviews.filter((r) => r.id !== reviewId);
      return kept.length === reviews.length ? undefined : kept;
    });
  }

  /** Puts a (detached) review on `claim`, which takes its verdict and note. */
  async reattach(doc: vscode.TextDocument, reviewId: string, claim: Claim): Promise<boolean> {
    const now = await this.current(doc);
    if (!now) return false;
    const target = selectorsFor(now.text, claim.start, claim.end);
    return this.edit(doc, (reviews, now) => {
      const moving = reviews.find((r) => r.id === reviewId);
      if (!moving) return undefined;
      // The claim's own review, if it has one, gives way: one claim, one review.
      const onClaim = this.get(doc.uri)?.byClaim.get(claim.id)?.review.id;
      return reviews
        .filter((r) => r.id !== onClaim || r.id === reviewId)
        .map((r) => (r.id === reviewId ? { ...r, ...target, modified: now } : r));
    });
  }

  private async editClaim(doc: vscode.TextDocument, claim: Claim, change: (r: Review) => Review): Promise<boolean> {
    const now = await this.current(doc);
    if (!now) return false;
    const existing = this.get(doc.uri)?.byClaim.get(claim.id)?.review;
    const at = selectorsFor(now.text, claim.start, claim.end);
    return this.edit(doc, (reviews, now) => {
      const i = existing ? reviews.findIndex((r) => r.id === existing.id) : -1;
      if (i >= 0) {
        const next = reviews.slice();
        next[i] = { ...change(reviews[i]), ...at, modified: now };
        return next;
      }
      const author = reviewAuthor();
      const fresh: Review = { id: newReviewId(), verdict: 'unchecked', note: '', author, created: now, modified: now, ...at };
      return [...reviews, change(fresh)];
    });
  }

  /**
   * The document's current analysis and the text it was made from, with its reviews read; undefined
   * (with a message) while there is none to review against.
   */
  async current(doc: vscode.TextDocument): Promise<{ analysis: Analysis; text: string; reviews: ArticleReviews | undefined } | undefined> {
    const analysis = await this.store.ensure(doc);
    const entry = this.store.get(doc.uri);
    if (!analysis || !entry?.text || entry.analysedVersion !== doc.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Kilde has not finished reading this article yet; try again in a moment.'));
      return undefined;
    }
    await this.whenLoaded(doc.uri);
    return { analysis, text: wholeText(entry.text), reviews: this.get(doc.uri) };
  }

  /** Applies `change` to the newest reviews on disk and writes them; false when nothing could be written. */
  private edit(doc: vscode.TextDocument, change: Edit): Promise<boolean> {
    const k = doc.uri.toString();
    const run = (this.queues.get(k) ?? Promise.resolve()).then(() => this.writeEdit(doc, change));
    this.queues.set(k, run.catch(() => undefined));
    return run;
  }

  private async writeEdit(doc: vscode.TextDocument, change: Edit): Promise<boolean> {
    await this.load(doc.uri);
    const a = this.get(doc.uri);
    if (!a) return false;
    if (!a.sidecar) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Save the article to a file first: Kilde keeps reviews in a file beside it.'));
      return false;
    }
    // Someone else may have changed the file since it was read: start from what is there now.
    const onDisk = await readTextFile(a.sidecar);
    if (onDisk !== a.diskText) this.take(a, onDisk);
    if (a.error !== undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Kilde cannot use the reviews file {0}: {1}. It was left as it is; fix or move it, then try again.', basename(a.sidecar), a.error));
      this.changed.fire(a.uri);
      return false;
    }
    const next = change(a.reviews, new Date().toISOString());
    if (!next) return true;
    // The article by its name, an IRI relative to the sidecar beside it: a shared file names no one's local path.
    const text = toSidecar(next, { name: basename(doc.uri) });
    try {
      await writeAtomically(a.sidecar, text, onDisk);
    } catch (err) {
      this.log.failure(`could not write ${a.sidecar.toString(true)}`, err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Kilde could not save the review to {0}: {1}', basename(a.sidecar), err instanceof Error ? err.message : String(err)));
      return false;
    }
    a.diskText = text;
    a.reviews = next;
    this.anchor(a);
    this.changed.fire(a.uri);
    return true;
  }

  /** Reads a sidecar's text into `a`: its reviews, or why it cannot be used. */
  private take(a: ArticleReviews, text: string | undefined): void {
    a.diskText = text;
    if (text === undefined) {
      a.reviews = [];
      a.error = undefined;
      return;
    }
    const read = parseSidecar(text);
    if (read.ok) {
      a.reviews = read.reviews;
      a.error = undefined;
    } else {
      a.reviews = [];
      a.error = read.error;
      this.log.channel.warn(`reviews file ${a.sidecar?.toString(true)} not used: ${read.error}`);
    }
  }

  /** The analysis of `uri` changed: read its sidecar the first time, and anchor the reviews again. */
  private follow(uri: vscode.Uri): void {
    const entry = this.store.get(uri);
    if (!entry?.analysis) return;
    const a = this.get(uri);
    if (!a) {
      void this.load(uri);
      return;
    }
    if (a.anchoredTo !== entry.analysis && !this.loading.has(uri.toString())) {
      // An article without reviews (most) has nothing to redraw: the views follow the analysis anyway.
      const had = a.anchored.length;
      this.anchor(a);
      if (had || a.anchored.length) this.changed.fire(uri);
    }
  }

  private load(uri: vscode.Uri): Promise<void> {
    const k = uri.toString();
    const known = this.loading.get(k);
    if (known) return known;
    if (this.articles.has(k)) return Promise.resolve();
    const sidecar = sidecarOf(uri);
    const a: ArticleReviews = { uri, sidecar, reviews: [], anchored: [], byClaim: new Map() };
    const done = (async () => {
      if (sidecar) {
        this.take(a, await readTextFile(sidecar));
        this.watch(a, sidecar);
      }
    })().catch((err) => {
      a.error = err instanceof Error ? err.message : String(err);
      this.log.failure(`could not read the reviews of ${uri.toString(true)}`, err);
    }).finally(() => {
      this.loading.delete(k);
      // The document may have closed while its sidecar was read.
      if (!this.store.get(uri)) return;
      this.articles.set(k, a);
      this.anchor(a);
      if (a.reviews.length || a.error !== undefined) this.changed.fire(uri);
    });
    this.loading.set(k, done);
    return done;
  }

  /** A sidecar changed on disk: a colleague's edit, a git pull, or Kilde's own write (ignored). */
  private watch(a: ArticleReviews, sidecar: vscode.Uri): void {
    const k = a.uri.toString();
    if (sidecar.scheme !== 'file') return;
    const dir = sidecar.with({ path: sidecar.path.slice(0, sidecar.path.lastIndexOf('/')) || '/' });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, basename(sidecar)));
    // A replace by rename (VS Code's own, git's) deletes the file and creates it again: the events
    // are taken together, so that the reviews do not vanish from the views for a moment.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        // After Kilde's own writes, which are queued: the file is then what it wrote, or a colleague's.
        void (this.queues.get(k) ?? Promise.resolve()).then(async () => {
          const text = await readTextFile(sidecar).catch(() => undefined);
          const now = this.articles.get(k);
          if (!now || text === now.diskText) return;
          this.take(now, text);
          this.anchor(now);
          this.changed.fire(now.uri);
        });
      }, REREAD_DELAY_MS);
    };
    const stop = { dispose: () => timer !== undefined && clearTimeout(timer) };
    this.watchers.set(k, vscode.Disposable.from(watcher, watcher.onDidChange(reread), watcher.onDidCreate(reread), watcher.onDidDelete(reread), stop));
  }

  private anchor(a: ArticleReviews): void {
    const entry = this.store.get(a.uri);
    const analysis = entry?.analysis;
    if (!analysis || !entry.text) {
      a.anchored = a.reviews.map((review) => ({ review, method: 'detached' }));
      a.byClaim = new Map();
      a.anchoredTo = undefined;
      return;
    }
    a.anchored = a.reviews.length ? anchorReviews(wholeText(entry.text), analysis.claims, a.reviews) : [];
    a.byClaim = new Map();
    for (const r of a.anchored) if (r.claimId !== undefined && !a.byClaim.has(r.claimId)) a.byClaim.set(r.claimId, r);
    a.anchoredTo = analysis;
  }

  /**
   * The article was saved: reviews whose claims moved are written with their new place and
   * text, so that the sidecar describes the article as it now is on disk. Their verdicts,
   * notes and dates stay as they were.
   */
  private async refreshSelectors(doc: vscode.TextDocument): Promise<void> {
    const a = this.get(doc.uri);
    const entry = this.store.get(doc.uri);
    if (!a?.sidecar || a.error !== undefined || !a.reviews.length || !entry?.text || entry.analysedVersion !== doc.version || a.anchoredTo !== entry.analysis) return;
    const text = wholeText(entry.text);
    const moved = new Map<string, Pick<Review, 'quote' | 'position'>>();
    for (const r of a.anchored) {
      if (r.start === undefined || r.end === undefined || r.method === 'detached') continue;
      const at = selectorsFor(text, r.start, r.end);
      if (at.position.start !== r.review.position.start || at.position.end !== r.review.position.end || at.quote.exact !== r.review.quote.exact
        || at.quote.prefix !== r.review.quote.prefix || at.quote.suffix !== r.review.quote.suffix) moved.set(r.review.id, at);
    }
    if (!moved.size) return;
    await this.edit(doc, (reviews) => reviews.map((r) => (moved.has(r.id) ? { ...r, ...moved.get(r.id)! } : r)));
  }

  private forget(uri: vscode.Uri): void {
    const k = uri.toString();
    this.watchers.get(k)?.dispose();
    this.watchers.delete(k);
    this.queues.delete(k);
    if (this.articles.delete(k)) this.changed.fire(uri);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    for (const s of this.subs) s.dispose();
  }
}

/**
 * The claim of `analysis` that `c` is: the same id with the same words, or (the text changed since
 * `c` was read, in an older analysis) the claim with the same words.
 */
export function sameClaim(analysis: Analysis, c: Pick<Claim, 'id' | 'text'>): Claim | undefined {
  const same = analysis.claims[c.id];
  return same?.text === c.text ? same : analysis.claims.find((x) => x.text === c.text);
}

/** Who sets a verdict: the setting, else the OS user (desktop), else "unknown". */
export function reviewAuthor(): string {
  const configured = vscode.workspace.getConfiguration('kilde').get<string>('review.author', '').trim();
  if (configured) return configured;
  const env = typeof process !== 'undefined' ? process.env : undefined;
  return (env?.USER || env?.USERNAME || env?.LOGNAME || '').trim() || vscode.l10n.t('unknown');
}

/** The sidecar of an article, or undefined where there is no file to put one beside. */
export function sidecarOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return undefined;
  const name = basename(uri);
  if (!name) return undefined;
  return uri.with({ path: uri.path.slice(0, uri.path.length - name.length) + sidecarName(name), query: '', fragment: '' });
}

/**
 * The old sidecar is copied to .bak before it is replaced: a rewrite never costs the user what was
 * there. (VS Code's rename over a file deletes the file first, so the new one is not in place in one
 * step; the .bak and the complete temporary file cover the moment between.)
 */
async function writeAtomically(target: vscode.Uri, text: string, old: string | undefined): Promise<void> {
  if (old !== undefined) await vscode.workspace.fs.writeFile(target.with({ path: `${target.path}.bak` }), new TextEncoder().encode(old));
  await writeViaTemp(target, text);
}

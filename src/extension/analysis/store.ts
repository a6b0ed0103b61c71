// One analysis per open document, kept up to date as the user types.
//
// Documents in visible editors are read by themselves (when their language is
// one of kilde.languages); any other document only when something asks for it
// (a hover, the outline, an export, the test API). A run waits
// kilde.updateDelay after the last edit, reads the text in slices, and is
// abandoned as soon as the document changes again or closes. The last good
// analysis stays until a newer one is complete, so nothing flickers; only a
// huge document's is dropped before its text is read again (memory).
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../../core';
import type { Config } from '../config';
import type { Log } from '../log';
import { documentLength, eligibility } from './eligibility';
import { Cancelled, WorkerUnavailable } from './cancel';
import { analyzeInSlices, readText, wholeText } from './steps';
import type { DocText } from './docText';
import { longestHold, noTimings, RunTimings } from './timings';
import { analyzeOffThread, stopWorkers } from './offThread';
import type { Fault } from './workerProtocol';
import { IncrementalAnalyzer } from '../../core/incremental';

export type DocStatus = 'pending' | 'ready' | 'failed' | 'tooLarge' | 'binary';

/** How a run ended: with an analysis, given up for newer text (or a closed document), or with an error. */
export interface RunEnd {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly outcome: 'done' | 'cancelled' | 'failed';
  /** Characters the core had read when the run ended. */
  readonly offset: number;
  readonly ms: number;
  readonly timings: RunTimings;
}

export interface DocEntry {
  readonly document: vscode.TextDocument;
  /** The last analysis that completed; may be older than the text while a run is pending (not for a huge document). */
  analysis?: Analysis;
  /** Document version `analysis` was made from. */
  analysedVersion?: number;
  /** The text `analysis` was made from: its offsets point into this, even after edits. */
  text?: DocText;
  status: DocStatus;
  /** Annotated on the user's command, whatever its language or size. */
  forced: boolean;
  /** Wall-clock time of the last completed run, yields included. */
  lastMs?: number;
  /** Of that, the time in the core's analysis alone (no text reading, no yields). */
  lastCoreMs?: number;
  /** The longest stretches the last completed run held the extension host. */
  lastTimings?: RunTimings;
  /** Share of the text read by the running job, 0–1; undefined when idle. */
  progress?: number;
  /** Keeps per-paragraph results so an edit re-reads only the paragraphs it touched. */
  incremental?: IncrementalAnalyzer;
  /** Edited since the last full read: the next run may be incremental. */
  edited?: boolean;
  /** A full read once typing has stopped, to settle whole-document decisions. */
  settleTimer?: ReturnType<typeof setTimeout>;
}

// Up to this size an edit is re-analysed incrementally and at once; larger texts
// are read whole every time, in the desktop extension host by a worker thread
// (the core's allocations, and the garbage collections they bring, then stall
// the worker and not the host: at 45 MB those collections alone held the host
// for 150–850 ms at a time), in the web extension host in yielding slices.
// A new worker takes ~40 ms to start and runs the core cold at first; one that
// finished a run is kept for the next (workerPool.ts), so the runs that follow
// an edit take about as long as on a warm host thread.
const INCREMENTAL_MAX_CHARS = 300_000;
// Above this size a document's old analysis is let go of before the text is
// read again, instead of being kept until the new one is complete. With the
// text it points into and what Kilde builds on it, an analysis holds ~12 bytes
// a character (550 MB at 45 MB); keeping it next to a run's own peak took the
// extension host's heap to 2.4 GB, and the run took longer, with more of its
// steps stretched past 100 ms by garbage collection. Hovers and commands wait
// for the analysis of the current text anyway; what is drawn stays on screen,
// and the views say the article is being read. Below the limit (an analysis
// of 10 M characters holds ~120 MB) nothing flickers.
const KEEP_WHILE_READING_MAX_CHARS = 10_000_000;
// After an incremental run, a full read this long after the last edit brings
// place names that depend on the whole text in line with a fresh analysis.
const SETTLE_MS = 1500;

interface Job {
  flag: { cancelled: boolean };
  timer?: ReturnType<typeof setTimeout>;
  done: Promise<void>;
  finish: () => void;
}

interface Waiter {
  key?: string;
  resolve: () => void;
}

const key = (uri: vscode.Uri): string => uri.toString();

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, DocEntry>();
  private readonly jobs = new Map<string, Job>();
  /** Version a run was last attempted for: a run that failed is not retried until the text changes. */
  private readonly attempted = new Map<string, number>();
  private waiters: Waiter[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly progressed = new vscode.EventEmitter<vscode.Uri>();
  private readonly ended = new vscode.EventEmitter<RunEnd>();
  private readonly subs: vscode.Disposable[] = [];
  /** Documents whose next run is to fail (the integration tests' fault injection), and how. */
  private readonly faults = new Map<string, Fault['kind']>();

  /** The analysis or the status of a document changed (or it was dropped). */
  readonly onDidChange = this.changed.event;
  /** A running job read another slice. */
  readonly onDidProgress = this.progressed.event;
  /** A run stopped, for whatever reason. */
  readonly onDidEndRun = this.ended.event;

  constructor(
    private readonly config: Config,
    private readonly log: Log,
  ) {
    this.subs.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.followEditors()),
      // Changing a document's language closes and reopens it, editor and all.
      vscode.workspace.onDidOpenTextDocument(() => setTimeout(() => this.followEditors(), 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Saving or undoing to the saved state changes only the dirty flag.
        const entry = this.entries.get(key(e.document.uri));
        if (e.contentChanges.length && entry) {
          entry.edited = true;
          if (entry.settleTimer !== undefined) clearTimeout(entry.settleTimer);
          this.schedule(e.document, this.config.current.updateDelay);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      config.onDidChange((what) => {
        if (!what.analysis) return;
        for (const entry of [...this.entries.values()]) this.schedule(entry.document, 0);
        this.followEditors();
      }),
    );
    this.followEditors();
  }

  get(uri: vscode.Uri): DocEntry | undefined {
    return this.entries.get(key(uri));
  }

  /** Documents held and runs scheduled or under way: both drop back when documents close. */
  counts(): { documents: number; jobs: number } {
    return { documents: this.entries.size, jobs: this.jobs.size };
  }

  /**
   * Makes the next run for `uri` throw as a bug in the analysis would, or
   * (`crash`) the worker analysing a large document die; undefined disarms every one.
   */
  injectFault(uri: vscode.Uri | undefined, kind: Fault['kind'] = 'throw'): void {
    if (uri) this.faults.set(key(uri), kind);
    else this.faults.clear();
  }

  /** The analysis, only if it describes the document's current text. */
  current(doc: vscode.TextDocument): Analysis | undefined {
    const entry = this.get(doc.uri);
    return entry?.analysedVersion === doc.version ? entry.analysis : undefined;
  }

  /** Starts reading every visible document Kilde annotates by itself. */
  private followEditors(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      const entry = this.get(doc.uri);
      if (!entry || this.isStale(entry)) this.schedule(doc, 0);
    }
  }

  private isStale(entry: DocEntry): boolean {
    const doc = entry.document;
    if (entry.status === 'tooLarge' || entry.status === 'binary') return false;
    return entry.analysedVersion !== doc.version && this.attempted.get(key(doc.uri)) !== doc.version;
  }

  /** (Re)starts the analysis of `doc` after `delay` ms, cancelling one under way. */
  private schedule(doc: vscode.TextDocument, delay: number, force = false): void {
    const k = key(doc.uri);
    if (doc.isClosed) return this.forget(doc.uri);
    let entry = this.entries.get(k);
    const forced = force || (entry?.forced ?? false);
    const why = eligibility(doc, this.config.current, forced);
    if (why === 'language' || why === 'scheme') {
      // Not Kilde's business (any more): drop what we showed.
      if (entry) this.forget(doc.uri);
      return;
    }
    let created = false;
    if (!entry) {
      entry = { document: doc, status: 'pending', forced };
      this.entries.set(k, entry);
      created = true;
    }
    entry.forced = forced;
    this.cancel(k);
    if (why === 'tooLarge' || why === 'binary') {
      // Without the user's say-so a large file is not read at all; its old
      // annotations would no longer match, so they go too.
      const was = entry.status;
      entry.status = why;
      entry.analysis = undefined;
      entry.analysedVersion = undefined;
      entry.text = undefined;
      if (was !== why || created) this.changed.fire(doc.uri);
      this.settle();
      return;
    }
    if (entry.status !== 'pending' || created) {
      entry.status = 'pending';
      this.changed.fire(doc.uri);
    }
    let finish!: () => void;
    const done = new Promise<void>((resolve) => { finish = resolve; });
    const job: Job = { flag: { cancelled: false }, done, finish };
    job.timer = setTimeout(() => {
      job.timer = undefined;
      void this.run(entry!, job);
    }, delay);
    this.jobs.set(k, job);
  }

  private async run(entry: DocEntry, job: Job): Promise<void> {
    const doc = entry.document;
    const k = key(doc.uri);
    const version = doc.version;
    const t0 = performance.now();
    const timings = noTimings();
    let outcome: RunEnd['outcome'] = 'done';
    let offset = 0;
    this.attempted.set(k, version);
    if (entry.analysis && documentLength(doc) > KEEP_WHILE_READING_MAX_CHARS) this.release(entry);
    try {
      const text = await readText(doc, job.flag, timings);
      const fault = this.takeFault(k, doc);
      const options = { language: this.config.current.language };
      let analysis: Analysis;
      if (text.length <= INCREMENTAL_MAX_CHARS) {
        if (fault?.kind === 'throw') throw new Error(fault.message);
        const incremental = (entry.incremental ??= new IncrementalAnalyzer());
        const full = !entry.edited;
        const tc = performance.now();
        analysis = incremental.update(wholeText(text, timings), { ...options, full });
        entry.lastCoreMs = performance.now() - tc;
        if (!full) {
          entry.edited = false;
          entry.settleTimer = setTimeout(() => {
            entry.settleTimer = undefined;
            if (!doc.isClosed && !entry.edited) this.schedule(doc, 0);
          }, SETTLE_MS);
        }
      } else {
        entry.incremental = undefined;
        entry.lastCoreMs = undefined;
        const progress = (read: number) => {
          offset = read;
          entry.progress = text.length ? read / text.length : 1;
          this.progressed.fire(doc.uri);
        };
        analysis = await this.analyzeWhole(doc, text, options, job.flag, progress, timings, fault);
      }
      offset = text.length;
      entry.analysis = analysis;
      entry.analysedVersion = version;
      entry.text = text;
      entry.lastMs = performance.now() - t0;
      entry.lastTimings = timings;
      entry.status = 'ready';
      const where = timings.offThread ? 'in a worker' : 'on the extension host';
      this.log.channel.debug(`analysed ${doc.uri.toString(true)} (v${version}, ${text.length} chars) ${where} in ${Math.round(entry.lastMs)} ms; longest uninterrupted step on the extension host ${Math.round(longestHold(timings))} ms`);
    } catch (err) {
      if (err instanceof Cancelled) {
        outcome = 'cancelled';
        this.log.channel.debug(`stopped analysing ${doc.uri.toString(true)} (v${version}) after ${offset} chars: newer text or closed`);
        return;
      }
      outcome = 'failed';
      entry.status = 'failed';
      this.log.failure(`analysis of ${doc.uri.toString(true)} failed`, err);
    } finally {
      if (!job.flag.cancelled) {
        entry.progress = undefined;
        this.jobs.delete(k);
        job.finish();
        this.changed.fire(doc.uri);
        this.settle();
      }
      this.ended.fire({ uri: doc.uri, version, outcome, offset, ms: performance.now() - t0, timings });
    }
  }

  private takeFault(k: string, doc: vscode.TextDocument): Fault | undefined {
    const kind = this.faults.get(k);
    if (!kind) return undefined;
    this.faults.delete(k);
    return kind === 'crash' ? { kind } : { kind, message: `fault injected by a test into the analysis of ${doc.uri.toString(true)}` };
  }

  /**
   * A whole read of a large text: in a worker where there can be one, else (or
   * when the worker cannot start or dies) in slices on the extension host.
   */
  private async analyzeWhole(
    doc: vscode.TextDocument,
    text: DocText,
    options: AnalyzeOptions,
    flag: Job['flag'],
    progress: (offset: number) => void,
    timings: RunTimings,
    fault: Fault | undefined,
  ): Promise<Analysis> {
    if (analyzeOffThread) {
      try {
        return await analyzeOffThread(text, options, flag, progress, timings, fault);
      } catch (err) {
        if (!(err instanceof WorkerUnavailable)) throw err;
        this.log.channel.warn(`${err.message}; analysing ${doc.uri.toString(true)} on the extension host instead`);
        Object.assign(timings, { ...noTimings(), longestReadMs: timings.longestReadMs });
      }
    } else if (fault?.kind === 'throw') {
      throw new Error(fault.message);
    }
    return analyzeInSlices(wholeText(text, timings), options, flag, progress, timings);
  }

  /** Drops the analysis of older text, and with it everything made from it. */
  private release(entry: DocEntry): void {
    entry.analysis = undefined;
    entry.analysedVersion = undefined;
    entry.text = undefined;
    this.changed.fire(entry.document.uri);
  }

  private cancel(k: string): void {
    const job = this.jobs.get(k);
    if (!job) return;
    job.flag.cancelled = true;
    if (job.timer !== undefined) clearTimeout(job.timer);
    this.jobs.delete(k);
    const entry = this.entries.get(k);
    if (entry) entry.progress = undefined;
    job.finish();
  }

  private forget(uri: vscode.Uri): void {
    const k = key(uri);
    const entry = this.entries.get(k);
    if (entry?.settleTimer !== undefined) clearTimeout(entry.settleTimer);
    this.cancel(k);
    this.attempted.delete(k);
    if (this.entries.delete(k)) this.changed.fire(uri);
    this.settle();
  }

  /**
   * The up-to-date analysis of `doc`, reading it now if needed (skipping the
   * typing delay). Undefined when Kilde does not annotate the document or the
   * run failed.
   */
  async ensure(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    for (let round = 0; round < 50 && !token?.isCancellationRequested; round++) {
      const entry = this.get(doc.uri);
      if (entry && entry.analysedVersion === doc.version) return entry.analysis;
      if (entry && !this.jobs.has(key(doc.uri)) && !this.isStale(entry)) return undefined;
      const job = this.jobs.get(key(doc.uri));
      if (job?.timer !== undefined) {
        clearTimeout(job.timer);
        job.timer = undefined;
        void this.run(entry!, job);
      } else if (!job) {
        this.schedule(doc, 0);
        if (!this.jobs.has(key(doc.uri))) return undefined;
        continue;
      }
      await job.done;
    }
    return undefined;
  }

  /** Annotates `doc` on the user's command, whatever its language or size. */
  annotate(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    this.schedule(doc, 0, true);
    return this.ensure(doc);
  }

  /** Stops annotating a document the user had forced (a cancelled large run). */
  unforce(doc: vscode.TextDocument): void {
    const entry = this.get(doc.uri);
    if (!entry?.forced) return;
    entry.forced = false;
    this.schedule(doc, 0);
  }

  /** Resolves once nothing is scheduled or running for `uri` (or for any document). */
  whenIdle(uri?: vscode.Uri): Promise<void> {
    // A document the test opened but did not show still deserves an answer.
    if (uri) {
      const doc = vscode.workspace.textDocuments.find((d) => key(d.uri) === key(uri));
      const entry = this.get(uri);
      if (doc && !this.jobs.has(key(uri)) && (!entry || this.isStale(entry))) this.schedule(doc, 0);
    } else {
      this.followEditors();
    }
    return new Promise((resolve) => {
      this.waiters.push({ key: uri && key(uri), resolve });
      this.settle();
    });
  }

  private settle(): void {
    if (!this.waiters.length) return;
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.key ? this.jobs.has(w.key) : this.jobs.size > 0) still.push(w);
      else w.resolve();
    }
    this.waiters = still;
  }

  dispose(): void {
    for (const k of [...this.jobs.keys()]) this.cancel(k);
    stopWorkers();
    for (const e of this.entries.values()) if (e.settleTimer !== undefined) clearTimeout(e.settleTimer);
    for (const w of this.waiters) w.resolve();
    this.waiters = [];
    for (const s of this.subs) s.dispose();
    this.changed.dispose();
    this.progressed.dispose();
    this.ended.dispose();
  }
}

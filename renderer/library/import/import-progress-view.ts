/**
 * When the import bar shows, and what it shows. A run of several files shows at once; one file shows only once
 * it has taken longer than a moment, so a normal file comes and goes without a flash. Then it follows the run
 * file by file and phase by phase; when the run ends it stays a moment, full, so the end is seen rather than the
 * bar simply vanishing.
 */
import { signal } from '@preact/signals';
import type { ImportPhase } from '../../../electron/shared/events.ts';

/** The file in hand: its name, its phase, how much of its import is done (0 to 1), and while reading, the bytes read. */
export interface FileProgress {
  name: string;
  phase: ImportPhase;
  fraction: number;
  bytes?: { done: number; total: number };
}

/** A run of imports: files finished, files in the run, the one in hand. */
export interface RunProgress {
  done: number;
  total: number;
  file: FileProgress | null;
}

/** What the bar draws; finished once the run is over and the bar is about to go. */
export interface ShownProgress extends RunProgress {
  finished: boolean;
}

interface ViewTiming {
  /** How long a run goes before the bar shows. */
  showAfterMs: number;
  /** How long the finished bar stays. */
  lingerMs: number;
}

/** About a second: imports of ordinary files are over before that. */
const DEFAULT_TIMING: ViewTiming = { showAfterMs: 1000, lingerMs: 1200 };

/** One bar's worth of state for one source of runs (the window's own, or the shell's). */
export class ImportProgressView {
  /** What to draw, or null while nothing should show. */
  readonly shown = signal<ShownProgress | null>(null);
  readonly #timing: ViewTiming;
  #latest: RunProgress | null = null;
  /** The last file the run had in hand, which the finished bar names. */
  #lastFile: FileProgress | null = null;
  #showTimer: ReturnType<typeof setTimeout> | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(timing: ViewTiming = DEFAULT_TIMING) {
    this.#timing = timing;
  }

  /** The run moved on (it started, a file began, a phase or some bytes passed). */
  update(progress: RunProgress): void {
    this.#latest = progress;
    this.#lastFile = progress.file ?? this.#lastFile;
    if (this.#hideTimer) {
      // A new run while the last one's finished bar lingers: the bar is up already, so it simply carries on.
      clearTimeout(this.#hideTimer);
      this.#hideTimer = null;
    }
    if (this.shown.value) this.shown.value = { ...progress, finished: false };
    // Several files are a run to follow file by file from the start ("Importing 2 of 7"), and the finished bar
    // lingers, so it never flashes; one file shows only if it takes a while.
    else if (progress.total > 1) this.#show();
    else this.#showTimer ??= setTimeout(() => this.#show(), this.#timing.showAfterMs);
  }

  /** The run is over: a bar never shown stays hidden; a shown one fills, says so, and goes after a moment. */
  finish(): void {
    if (this.#showTimer) clearTimeout(this.#showTimer);
    this.#showTimer = null;
    const last = this.#latest;
    const file = this.#lastFile;
    this.#latest = null;
    this.#lastFile = null;
    if (!this.shown.value || !last) return;
    this.shown.value = { done: last.total, total: last.total, file: file && { ...file, fraction: 1 }, finished: true };
    this.#hideTimer = setTimeout(() => {
      this.#hideTimer = null;
      this.shown.value = null;
    }, this.#timing.lingerMs);
  }

  #show(): void {
    this.#showTimer = null;
    if (this.#latest) this.shown.value = { ...this.#latest, finished: false };
  }
}

/** How much of the whole run is done (0 to 1): finished files, plus the share of the one in hand. */
export function runFraction(progress: RunProgress): number {
  if (progress.total <= 0) return 0;
  return Math.min(1, (progress.done + (progress.file?.fraction ?? 0)) / progress.total);
}

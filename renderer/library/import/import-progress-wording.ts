/** The import bar's words: which file of how many, the file's name, the phase it is in, and how far the run is. */
import { formatByteSize } from '../../../electron/shared/byte-size.ts';
import type { ImportPhase } from '../../../electron/shared/events.ts';
import { IMPORT_SPANS } from '../../../electron/shared/import-steps.ts';
import { runFraction, type ShownProgress } from './import-progress-view.ts';

const PHASE_LABELS: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  decoding: 'Decoding the text',
  extracting: 'Finding the article and cleaning it',
  saving: 'Saving it to your library',
};

// Where each phase's share of a file ends, so the bar can show the span the phase in hand is working through.
const PHASE_ENDS: Record<ImportPhase, number> = {
  reading: IMPORT_SPANS.readingEnds,
  decoding: IMPORT_SPANS.savingStarts,
  extracting: IMPORT_SPANS.savingStarts,
  saving: 1,
};

/** What the banner shows for a run. */
interface ImportProgressLines {
  /** "Importing", "Importing 3 of 12", "Import finished". */
  count: string;
  /** The file in hand, or how many files a finished run had. */
  current: string | null;
  /** The phase of the file in hand ("Reading the file"). */
  detail: string | null;
  /** While reading, how much is read (": 12 MB of 49 MB"): shown, but not read out at every step. */
  bytes: string | null;
  /** How much of the run is done (0 to 1). */
  fraction: number;
  /** How far the run will be when the phase in hand is over: the bar marks the stretch being worked through. */
  phaseEnds: number;
}

/** The banner's lines for what the view shows. */
export function importProgressLines(shown: ShownProgress): ImportProgressLines {
  const { done, total, file, finished } = shown;
  if (finished) {
    return { count: 'Import finished', current: total === 1 ? (file?.name ?? null) : `${total} files`, detail: null, bytes: null, fraction: 1, phaseEnds: 1 };
  }
  const position = Math.min(total, done + 1);
  const count = total > 1 ? `Importing ${position} of ${total}` : 'Importing';
  if (!file) return { count, current: null, detail: null, bytes: null, fraction: runFraction(shown), phaseEnds: runFraction(shown) };
  const reading = file.phase === 'reading' && file.bytes && file.bytes.done < file.bytes.total ? file.bytes : null;
  return {
    count,
    current: file.name,
    detail: PHASE_LABELS[file.phase],
    bytes: reading && `: ${formatByteSize(reading.done)} of ${formatByteSize(reading.total)}`,
    fraction: runFraction(shown),
    phaseEnds: runFraction({ done, total, file: { ...file, fraction: Math.max(file.fraction, PHASE_ENDS[file.phase]) } }),
  };
}

/**
 * Files handed to Lectern from outside: on its command line, from a second launch (which
 * forwards them to the running instance and exits), from the OS (macOS open-file), or chosen
 * in File › Open. They all end up in the same place: core's articles.importPaths, whose events
 * ('import.progress', 'import.finished') the window shows as it shows imports started in it.
 */
import path from 'node:path';
import type { Core } from '../core/core-types.ts';
import { parseCommandLine } from './command-line.ts';

/** What a second instance sends to the first through requestSingleInstanceLock's additionalData. */
export interface InstanceMessage {
  files: string[];
  /** lectern-save:// links (save-links.ts). */
  links: string[];
}

const MAX_FILES = 10_000;

/**
 * The files a second instance asked for. additionalData is preferred (argv can arrive reordered
 * or with Chromium switches mixed in); argv, resolved against the second instance's cwd, is the fallback.
 */
export function filesFromSecondInstance(
  additionalData: unknown,
  argv: readonly string[],
  prefixLength: number,
  workingDirectory: string,
): string[] {
  const files = (additionalData as Partial<InstanceMessage> | null)?.files;
  if (Array.isArray(files) && files.every((f) => typeof f === 'string' && path.isAbsolute(f))) {
    return files.slice(0, MAX_FILES);
  }
  return parseCommandLine(argv, prefixLength, workingDirectory).files.slice(0, MAX_FILES);
}

/**
 * Imports files through core. Main shows nothing itself: the window hears how each file went. Only a
 * refusal of the whole call is left to main, and then the window already shows why (the library is
 * damaged and offers its backups), so it is logged.
 */
export async function importLaunchFiles(core: Pick<Core, 'dispatch'>, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  const result = await core.dispatch('articles.importPaths', { paths: files.slice(0, MAX_FILES) });
  if (!result.ok) console.error(`Lectern: ${files.length} file(s) could not be imported: ${result.message}`);
}

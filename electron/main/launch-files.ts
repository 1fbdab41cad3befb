/**
 * Files handed to Lectern from outside: on its command line, from a second launch (which
 * forwards them to the running instance and exits), or from the OS (macOS open-file).
 * They all end up in the same place: core's articles.importPaths.
 */
import path from 'node:path';
import type { Core } from '../core/core-types.ts';
import { parseCommandLine } from './command-line.ts';

/** What a second instance sends to the first through requestSingleInstanceLock's additionalData. */
export interface InstanceMessage {
  files: string[];
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

/** Imports files through core; returns how many failed so the shell can tell the person. */
export async function importLaunchFiles(core: Pick<Core, 'dispatch'>, files: readonly string[]): Promise<{ failed: string[] }> {
  if (files.length === 0) return { failed: [] };
  const result = await core.dispatch('articles.importPaths', { paths: files.slice(0, MAX_FILES) });
  if (!result.ok) return { failed: [...files] };
  const outcomes = result.value;
  return { failed: outcomes.filter((o) => !o.ok).map((o) => (o.message ? `${o.name}: ${o.message}` : o.name)) };
}

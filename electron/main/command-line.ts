/**
 * Reading Lectern's own command line: `lectern [--data-dir DIR] [FILE...]`. Chromium and
 * the OS add switches of their own (and a second instance's argv arrives reordered on some
 * platforms), so unknown `--switches` are skipped rather than mistaken for files.
 */
import path from 'node:path';
import { isSaveLink } from '../shared/save-link.ts';

interface CommandLine {
  /** Library folder from --data-dir, resolved against cwd; null when not given. */
  dataDir: string | null;
  /** Files to import, as absolute paths. */
  files: string[];
}

/**
 * How many leading argv entries are not Lectern's: the executable, and when run unpackaged
 * (`electron [switches] app-path ...`) the switches before the app path and the app path itself.
 */
export function argvPrefixLength(argv: readonly string[], isDefaultApp: boolean): number {
  if (!isDefaultApp) return 1;
  for (let i = 1; i < argv.length; i++) {
    if (!argv[i]?.startsWith('-')) return i + 1;
  }
  return argv.length;
}

/** Parses argv after the executable prefix; relative paths are resolved against cwd. */
export function parseCommandLine(argv: readonly string[], prefixLength: number, cwd: string): CommandLine {
  const args = argv.slice(prefixLength);
  // A lectern-save:// link is how the OS starts Lectern for a deep link (save-links.ts reads it). Whatever else
  // such a command line says was smuggled in with the link: it opens no other library and imports no file.
  if (args.some(isSaveLink)) return { dataDir: null, files: [] };
  let dataDir: string | null = null;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (onlyFiles) {
      if (arg !== '') files.push(path.resolve(cwd, arg));
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--data-dir') {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        dataDir = path.resolve(cwd, next);
        i++;
      }
    } else if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value !== '') dataDir = path.resolve(cwd, value);
    } else if (arg.startsWith('-')) {
      // A Chromium or OS switch (--no-sandbox, -psn_0_123 on macOS): not ours.
    } else if (arg !== '') {
      files.push(path.resolve(cwd, arg));
    }
  }
  return { dataDir, files };
}

/** The library folder: --data-dir, else $LECTERN_DATA_DIR, else the app's own userData folder. */
export function resolveDataDir(
  fromArgs: string | null,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd: string,
): { dataDir: string; explicit: boolean } {
  if (fromArgs) return { dataDir: fromArgs, explicit: true };
  const fromEnv = env['LECTERN_DATA_DIR']?.trim();
  if (fromEnv) return { dataDir: path.resolve(cwd, fromEnv), explicit: true };
  return { dataDir: userDataDir, explicit: false };
}

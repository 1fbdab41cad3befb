// The running Lectern's version, for the archive's manifest. Core has no version of its own to be told, so it
// reads the package.json that ships beside it: found by walking up from this file, which works from the
// sources (electron/core/…), from the bundle (dist/main/main.cjs) and inside an asar alike.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

let cached: Promise<string> | null = null;

async function findVersion(): Promise<string> {
  let dir = import.meta.dirname;
  for (let depth = 0; depth < 8; depth++) {
    try {
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'lectern' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No package.json here (or not ours): look one folder up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'unknown';
}

/** "0.1.0", or "unknown" when Lectern's package.json cannot be found. */
export function appVersion(): Promise<string> {
  cached ??= findVersion();
  return cached;
}

import { existsSync } from 'node:fs';

/** Chromium flags that keep a headless run quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The window size the shells and specs open at unless they ask for another. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 860 };

/** Debian's chromium when present (Playwright's own browser download cannot run here), else Playwright's default. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.LECTERN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

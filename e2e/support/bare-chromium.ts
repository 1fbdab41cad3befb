import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-options.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles renderer modules into one script that exposes them as window[globalName], for specs that test
 * DOM code in real Chromium layout on a static page, without the app around it.
 */
export async function bundleForPage(exports: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: exports, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A plain Chromium with the same flags the app's shells use. */
export async function launchBareChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) });
}

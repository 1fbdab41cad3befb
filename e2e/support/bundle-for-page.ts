import { build } from 'esbuild';

/**
 * Bundles renderer modules into one script that exposes them as window[globalName], for specs that test
 * DOM code in real Chromium layout on a static page, without the app around it. `source` is a module of
 * re-exports whose paths are relative to `fromDir` (the spec's import.meta.dirname), as in an import.
 */
export async function bundleForPage(source: string, globalName: string, fromDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: fromDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

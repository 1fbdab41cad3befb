/**
 * The Electron shell's own sources (main and preload, tests and test helpers left out), read as text for the
 * static security checks. Electron's binary cannot run on the build machines, so some rules are checked on
 * the code itself; comments are removed first so prose about an anti-pattern is not a finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Source {
  /** Path below electron/, with forward slashes: "main/main.ts". */
  file: string;
  /** The code with comments removed (strings kept). */
  code: string;
}

/** The electron/ folder these sources live in, and the repository around it. */
export const ELECTRON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_DIR = path.dirname(ELECTRON_DIR);

/** Blanks out // and block comments while leaving string and template literal contents alone. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const isShipped = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.split(path.sep).includes('testing');

/** Every shipped .ts file of electron/main and electron/preload, comments removed. */
export function readShellSources(): Source[] {
  return ['main', 'preload'].flatMap((dir) =>
    readdirSync(path.join(ELECTRON_DIR, dir), { recursive: true, encoding: 'utf8' })
      .filter(isShipped)
      .map((f) => ({ file: `${dir}/${f.split(path.sep).join('/')}`, code: stripComments(readFileSync(path.join(ELECTRON_DIR, dir, f), 'utf8')) })),
  );
}

/** Every match of pattern in sources, as "file: match", so a failing assertion names the place. */
export function findInSources(sources: Source[], pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return sources.flatMap((s) => [...s.code.matchAll(global)].map((m) => `${s.file}: ${m[0]}`));
}

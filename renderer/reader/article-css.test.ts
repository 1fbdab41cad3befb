import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';

const here = import.meta.dirname;
const entry = readFileSync(resolve(here, 'article.css'), 'utf8');
/** The article sheet as it cascades: the entry with the reader's own parts (./article-*.css) read in place. */
const css = entry.replace(/@import\s+'\.\/(article-[\w-]+\.css)';/g, (_, file: string) => readFileSync(resolve(here, file), 'utf8'));
const require = createRequire(import.meta.url);

test('the article stylesheet imports only bundled files, never the network', () => {
  const imports = [...css.matchAll(/@import\s+'([^']+)'/g)].map((m) => m[1]!);
  assert.ok(imports.length > 0);
  for (const spec of imports) {
    assert.doesNotMatch(spec, /^(https?:)?\/\//, spec);
    const file = spec.startsWith('.') ? resolve(here, spec) : require.resolve(spec);
    assert.ok(existsSync(file), `${spec} resolves to a file`);
    // Font packages must point at their own files too (a url(https://…) would break offline reading).
    const imported = readFileSync(file, 'utf8');
    for (const url of imported.matchAll(/url\(([^)]+)\)/g)) {
      const target = url[1]!.replace(/['"]/g, '');
      assert.doesNotMatch(target, /^(https?:)?\/\//, `${spec}: ${target}`);
      if (!target.startsWith('data:')) assert.ok(existsSync(resolve(dirname(file), target)), `${spec}: ${target} exists`);
    }
  }
  assert.doesNotMatch(css.replace(/\/\*[\s\S]*?\*\//g, ''), /url\(\s*['"]?(https?:)?\/\//);
});

test('every face the reader offers is loaded: serif, sans, legible and the code face', () => {
  for (const family of ['literata', 'inter', 'atkinson-hyperlegible', 'jetbrains-mono']) {
    assert.match(css, new RegExp(`@import '@fontsource/${family}/400\\.css'`), family);
  }
  for (const choice of ['sans', 'legible']) assert.match(css, new RegExp(`\\[data-font='${choice}'\\]`));
  for (const theme of ['sepia', 'dark']) assert.match(css, new RegExp(`\\[data-theme='${theme}'\\]`));
});

test('a picture that could not be stored is a quiet note, and a picture still on the web never shows a broken glyph', () => {
  const rule = (selector: string) => new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const placeholder = rule('.image-missing');
  assert.match(placeholder, /color:\s*var\(--muted\)/);
  assert.match(placeholder, /font-size:\s*0\.\d+em/);
  assert.match(css, /img\[src\^='https:'\][^{]*\{\s*display:\s*none;/);
  assert.match(css, /img\[srcset\*='\/\/'\]|img\[srcset\*=':\/\/'\]/);
});

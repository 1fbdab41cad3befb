// The lexer under the static checks: comments go, everything that only looks like a comment stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankComments } from './check-source.mjs';

const kept = (source) => blankComments(source).replace(/\s+/g, ' ').trim();

test('line and block comments become spaces, keeping offsets and line breaks', () => {
  const source = "a(); // one\n/* two\nthree */ b();\n";
  const out = blankComments(source);
  assert.equal(out.length, source.length);
  assert.equal(out.split('\n').length, source.split('\n').length);
  assert.equal(kept(source), 'a(); b();');
});

test('strings, templates and regular expressions that contain comment marks are kept', () => {
  assert.equal(kept("const u = 'http://x'; // gone"), "const u = 'http://x';");
  assert.equal(kept('const t = `a // b ${c /* gone */} d /* e */`;'), 'const t = `a // b ${c } d /* e */`;');
  assert.equal(kept("if (/'\\/\\//.test(s)) x(); // gone"), "if (/'\\/\\//.test(s)) x();");
  assert.equal(kept('const half = a / 2; // gone /'), 'const half = a / 2;');
  assert.equal(kept('return /[/]/g; // gone'), 'return /[/]/g;');
});

test('a lone quote in JSX text spoils its own line only', () => {
  assert.equal(kept("<p>Don't</p>;\n// gone\nx();"), "<p>Don't</p>; x();");
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capMarkdownNesting } from './markdown-nesting.ts';

describe('capMarkdownNesting', () => {
  test('leaves Markdown within the limits exactly as written', () => {
    const source = '# Title\n\n> quoted\n> > twice\n\n- a\n  - b\n    1. c\n\n**bold** and _it_ and *more*\n\n```\n' + ' '.repeat(80) + '- deep code\n```\n';
    assert.equal(capMarkdownNesting(source), source);
  });

  test('drops block-quote and list markers past twelve, keeping the text', () => {
    assert.equal(capMarkdownNesting(`${'>'.repeat(20_000)} deep text`), `${'>'.repeat(12)} deep text`);
    assert.equal(capMarkdownNesting(`${'- '.repeat(20_000)}deep text`), `${'- '.repeat(12).trimEnd()} deep text`);
    assert.equal(capMarkdownNesting(`${'> 1. '.repeat(10)}deep text`), `${'> 1. '.repeat(6).trimEnd()} deep text`);
  });

  test('brings a list item indented past 48 columns back to 48', () => {
    assert.equal(capMarkdownNesting(`${' '.repeat(5000)}- item`), `${' '.repeat(48)}- item`);
    assert.equal(capMarkdownNesting(`${' '.repeat(5000)}plain text`), `${' '.repeat(5000)}plain text`);
  });

  test('leaves lines inside fenced code alone, however deep', () => {
    const source = `\`\`\`\n${'>'.repeat(40)} prompt\n\`\`\`\n${'>'.repeat(40)} quote`;
    assert.equal(capMarkdownNesting(source), `\`\`\`\n${'>'.repeat(40)} prompt\n\`\`\`\n${'>'.repeat(12)} quote`);
  });

  test('drops emphasis delimiters opening past 32 levels, and the ones closing them', () => {
    const capped = capMarkdownNesting(`${'*a '.repeat(1000)}core${' a*'.repeat(1000)}`);
    assert.equal(capped, `${'*a '.repeat(32)}${'a '.repeat(968)}core${' a'.repeat(968)}${' a*'.repeat(32)}`);
  });
});

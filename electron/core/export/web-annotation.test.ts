import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRange } from '../../shared/annotations/selectors.ts';
import type { Highlight } from '../../shared/models.ts';
import { toWebAnnotation } from './web-annotation.ts';

const TEXT = 'The harbour council met on Tuesday.';

function highlight(extra: Partial<Highlight> = {}): Highlight {
  return {
    id: 'hl-0001',
    articleId: 'a1',
    color: 'blue',
    note: '',
    tags: [],
    selectors: describeRange(TEXT, 4, 19),
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T04:00:00.000Z',
    ...extra,
  };
}

test('a highlight with a note becomes a commenting Web Annotation with both selectors', () => {
  const a = toWebAnnotation(highlight({ note: 'check *this*' }), 'https://example.org/story');
  assert.equal(a.id, 'urn:lectern:highlight:hl-0001');
  assert.equal(a.motivation, 'commenting');
  assert.deepEqual(a.body, [{ type: 'TextualBody', value: 'check *this*', format: 'text/markdown', purpose: 'commenting' }]);
  assert.equal(a.target.source, 'https://example.org/story');
  assert.deepEqual(
    a.target.selector.map((s) => s.type),
    ['TextQuoteSelector', 'TextPositionSelector'],
  );
  assert.equal(a.created, '2026-01-02T03:04:05.000Z');
  assert.equal(a.modified, '2026-01-02T04:00:00.000Z');
});

test('a note of only spaces is no note: no body, the highlighting motivation; the annotation survives JSON', () => {
  const a = toWebAnnotation(highlight({ note: '   ' }), 'urn:lectern:article:a1');
  assert.equal(a.motivation, 'highlighting');
  assert.equal('body' in a, false);
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
});

test('tags are tagging bodies after the note, and the colour travels as a CSS style class', () => {
  const a = toWebAnnotation(highlight({ note: 'n', tags: ['port'] }), 'urn:x');
  assert.deepEqual(a.body?.map((b) => b.purpose), ['commenting', 'tagging']);
  assert.equal(a.target.styleClass, 'lectern-blue');
  assert.match(a.stylesheet.value, /^\.lectern-blue \{ background-color: #[0-9a-f]{6}; \}$/);
});

test('the exported colour is the one the reader paints in its light theme (purple was a shade off)', () => {
  const a = toWebAnnotation(highlight({ color: 'purple' }), 'urn:x');
  assert.equal(a.stylesheet.value, '.lectern-purple { background-color: #e6dcf7; }');
});

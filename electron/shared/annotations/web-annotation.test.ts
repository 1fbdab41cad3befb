import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toWebAnnotation } from './web-annotation.ts';
import { describeRange } from './selectors.ts';

test('a highlight with a note becomes a commenting Web Annotation with both selectors', () => {
  const text = 'The harbour council met on Tuesday.';
  const selectors = describeRange(text, 4, 19);
  const a = toWebAnnotation({ id: 'h/1', source: 'https://example.org/story', selectors, createdAt: '2026-01-02T03:04:05.000Z', note: '  check this  ' });
  assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(a.id, 'urn:lectern:highlight:h%2F1');
  assert.equal(a.motivation, 'commenting');
  assert.deepEqual(a.body, { type: 'TextualBody', value: 'check this', format: 'text/plain', purpose: 'commenting' });
  assert.deepEqual(a.target.selector, selectors);
  assert.notEqual(a.target.selector[0], selectors[0], 'selectors are copied, not shared');
  assert.equal(a.modified, undefined);
});

test('a bare highlight has no body and the highlighting motivation; it survives JSON', () => {
  const selectors = describeRange('abc def', 4, 7);
  const a = toWebAnnotation({ id: 'x', source: 'urn:lectern:article:7', selectors, createdAt: 't', updatedAt: 'u', note: '   ' });
  assert.equal(a.motivation, 'highlighting');
  assert.equal('body' in a, false);
  assert.equal(a.modified, 'u');
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
});

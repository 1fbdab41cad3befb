import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './parse-document.ts';

describe('parseDocument', () => {
  test('gives a fragment an html, head and body', () => {
    const doc = parseDocument('<p>one</p><p>two</p>');
    assert.equal(doc.documentElement.localName, 'html');
    assert.equal(doc.body?.querySelectorAll('p').length, 2);
  });

  test('drops debris before <html> (PHP warnings) but keeps the page', () => {
    const doc = parseDocument('<b>Warning</b>: mysql failed<br />\n<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><p>Text</p></body></html>');
    assert.equal(doc.title, 'T');
    assert.equal(doc.documentElement.getAttribute('lang'), 'de');
    assert.equal(doc.body?.textContent?.trim(), 'Text');
  });

  test('keeps <html> attributes when the body tag is missing', () => {
    const doc = parseDocument('<html dir="rtl" lang="he"><head><title>ש</title></head><p>גוף</p></html>');
    assert.equal(doc.documentElement.getAttribute('dir'), 'rtl');
    assert.equal(doc.body?.textContent?.trim(), 'גוף');
  });
});

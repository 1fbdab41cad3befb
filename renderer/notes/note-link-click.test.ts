import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { guardNoteLinkClick } from './note-link-click.ts';

function clickOn(html: string, selector: string) {
  const { document } = parseHTML(`<html><body><div class="hl-item-note">${html}</div></body></html>`);
  const opened: string[] = [];
  const event = { target: document.querySelector(selector), prevented: false, preventDefault() { event.prevented = true; } };
  const wasLink = guardNoteLinkClick(event as never, (url) => void opened.push(url));
  return { wasLink, prevented: event.prevented, opened };
}

test('a click on a web link in a note never navigates the app: it opens outside', () => {
  assert.deepEqual(clickOn('<p><a href="https://example.com/x"><em>words</em></a></p>', 'em'), { wasLink: true, prevented: true, opened: ['https://example.com/x'] });
});

test('links to anything but the web are stopped and opened nowhere', () => {
  for (const href of ['javascript:alert(1)', 'file:///etc/passwd', '/index.html', 'lectern://app/other.html']) {
    assert.deepEqual(clickOn(`<a href="${href}">x</a>`, 'a'), { wasLink: true, prevented: true, opened: [] }, href);
  }
});

test('a click elsewhere in the note is left to the caller', () => {
  assert.deepEqual(clickOn('<p>plain <b>text</b></p>', 'b'), { wasLink: false, prevented: false, opened: [] });
});

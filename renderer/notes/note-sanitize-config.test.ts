import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOTE_SANITIZE_CONFIG } from './note-sanitize-config.ts';

// DOMPurify needs a browser DOM to run (it sanitizes nothing on linkedom), so the policy itself is checked
// here; the app runs it on Chromium's DOM.
test('inert and input elements never survive the note sanitizer', () => {
  for (const tag of ['video', 'audio', 'select', 'textarea', 'template', 'form', 'input', 'button', 'iframe', 'img', 'style', 'source']) {
    assert.ok(NOTE_SANITIZE_CONFIG.FORBID_TAGS.includes(tag), tag);
  }
  // background is a picture fetched from anywhere (<table background=…>), kept by DOMPurify's html profile.
  assert.deepEqual(NOTE_SANITIZE_CONFIG.FORBID_ATTR, ['style', 'background']);
  assert.deepEqual(NOTE_SANITIZE_CONFIG.USE_PROFILES, { html: true });
});

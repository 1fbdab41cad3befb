import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windowWebPreferences } from './web-preferences.ts';

test('window web preferences keep every security flag locked down', () => {
  const prefs = windowWebPreferences('/opt/lectern/dist/preload/preload.cjs');
  assert.equal(prefs.preload, '/opt/lectern/dist/preload/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.experimentalFeatures, false);
  // Dropping a file on the window must not navigate away from the app.
  assert.equal(prefs.navigateOnDragDrop, false);
  assert.equal(prefs.spellcheck, true);
});

test('the preload path must be a bundled CommonJS file (sandboxed preloads cannot be ES modules)', () => {
  const prefs = windowWebPreferences('/x/preload.cjs');
  assert.match(String(prefs.preload), /\.cjs$/);
  // Nothing that would widen the renderer's powers sneaks in.
  for (const key of ['additionalArguments', 'enableBlinkFeatures', 'partition', 'devTools'] as const) {
    assert.equal(prefs[key], undefined, key);
  }
});

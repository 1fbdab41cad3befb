import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConnectionStatus } from '../../electron/shared/contract-connection.ts';
import { describeBrowserUse, describeListening, othersWaiting } from './connection-wording.ts';

const status = (patch: Partial<ConnectionStatus>): ConnectionStatus => ({ enabled: true, listening: true, port: 47815, problem: null, pairings: [], ...patch });

test('the switch says off, on with its port, or the problem core reported', () => {
  assert.deepEqual(describeListening(null), { tone: 'loading', text: 'Checking…' });
  assert.equal(describeListening(status({ enabled: false, listening: false, port: null })).tone, 'off');
  assert.equal(describeListening(status({})).text, 'On: listening on 127.0.0.1, port 47815, for this computer only.');
  const taken = 'Lectern could not listen for browsers: ports 47815, 47816 on 127.0.0.1 are all in use by other programs.';
  assert.deepEqual(describeListening(status({ listening: false, port: null, problem: taken })), { tone: 'problem', text: taken });
});

test('a paired browser says when it was paired and last used, as a person reads it', () => {
  const now = new Date(2026, 2, 2, 15, 30);
  const browser = { id: 'x', client: 'Chromium 131 on Linux', pairedAt: new Date(2026, 2, 2, 14, 5).toISOString(), lastUsedAt: null };
  assert.equal(describeBrowserUse(browser, now, 'en-GB'), 'Paired today at 14:05 · not used yet');
  const used = { ...browser, pairedAt: new Date(2025, 10, 3, 9, 0).toISOString(), lastUsedAt: new Date(2026, 2, 1, 9, 12).toISOString() };
  assert.equal(describeBrowserUse(used, now, 'en-GB'), 'Paired on 3 November 2025 · last used yesterday at 9:12');
});

test('the others waiting are counted in words, and nothing is said about none', () => {
  assert.equal(othersWaiting(0), '');
  assert.equal(othersWaiting(1), '1 more browser is waiting to connect.');
  assert.equal(othersWaiting(2), '2 more browsers are waiting to connect.');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dismissToast, showToast, toasts, undoLatest } from './toast-store.ts';

test('undoLatest runs the Undo of the newest toast that offers one, and closes that toast only', () => {
  const ran: string[] = [];
  const older = showToast('Archived “A”', { action: { label: 'Undo', run: () => void ran.push('A') } });
  const newer = showToast('Deleted “B”', { action: { label: 'Undo', run: () => void ran.push('B') } });
  const report = showToast('Imported 3', { action: { label: 'Report…', run: () => void ran.push('report') } });
  assert.equal(undoLatest(), true);
  assert.deepEqual(ran, ['B']);
  assert.deepEqual(
    toasts.value.map((t) => t.id),
    [older, report],
  );
  assert.equal(undoLatest(), true);
  assert.deepEqual(ran, ['B', 'A']);
  assert.equal(undoLatest(), false, 'a toast without Undo is left alone');
  assert.deepEqual(ran, ['B', 'A']);
  dismissToast(report);
  void newer;
});

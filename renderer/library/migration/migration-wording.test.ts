import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportReport } from '../../../electron/shared/models-migration.ts';
import { counted, progressLine, summaryMessage, importedBeforeLine } from './migration-wording.ts';

const report = (over: Partial<ImportReport>): ImportReport => ({
  importId: 'imp-12345678',
  fileName: 'pocket.zip',
  format: 'pocket',
  formatLabel: 'Pocket export (2024–25)',
  startedAt: '2026-01-01T10:00:00Z',
  finishedAt: '2026-01-01T10:01:00Z',
  added: 0,
  enriched: 0,
  highlights: 0,
  highlightsWaiting: 0,
  queuedForDownload: 0,
  skipped: [],
  failed: [],
  undoable: true,
  ...over,
});

test('the summary names the service, the articles, the highlights and what is left to download', () => {
  assert.equal(
    summaryMessage(report({ added: 1234, highlights: 56, queuedForDownload: 1200 })),
    'Imported 1,234 articles from Pocket · 56 highlights · 1,200 to download',
  );
  assert.equal(summaryMessage(report({ added: 1, format: 'readwise' })), 'Imported 1 article from Readwise Reader');
});

test('the summary says what was updated or not imported, and when nothing was new', () => {
  const line = { where: 'part_000000.csv line 3', url: 'mailto:a@b.org', title: null, reason: 'Not a web address.' };
  assert.equal(
    summaryMessage(report({ added: 3, enriched: 2, skipped: [line], failed: [line] })),
    'Imported 3 articles from Pocket · 2 already here updated · 2 not imported',
  );
  assert.equal(
    summaryMessage(report({ enriched: 4, highlights: 1, format: 'omnivore' })),
    'Brought Omnivore’s tags and highlights to 4 articles already here · 1 highlight',
  );
  assert.equal(summaryMessage(report({})), 'Nothing new in pocket.zip: everything in it is already in your library');
});

test('progress reads as a count of the total, or of entries while the total is unknown', () => {
  assert.equal(progressLine('writing', 300, 1234), 'Adding articles: 300 of 1,234');
  assert.equal(progressLine('placing', 60, 56), 'Placing highlights: 56 of 56');
  assert.equal(progressLine('reading', 1200, 0), 'Reading the export: 1,200 entries');
  assert.equal(progressLine('reading', 0, 0), 'Reading the export');
});

test('counts agree with their number', () => {
  assert.equal(counted(1, 'note'), '1 note');
  assert.equal(counted(0, 'note'), '0 notes');
  assert.equal(counted(2, 'entry', 'entries'), '2 entries');
});

test('a file imported before is named with the day, and what a second import of it does', () => {
  assert.equal(importedBeforeLine({ at: '2026-03-03T12:00:00.000Z', finished: true }), 'This file was imported on March 3, 2026; importing it again adds only what is missing.');
  assert.equal(
    importedBeforeLine({ at: '2026-03-03T12:00:00.000Z', finished: false }),
    'An import of this file on March 3, 2026 stopped before it finished; importing it again finishes it, adding only what is missing.',
  );
});

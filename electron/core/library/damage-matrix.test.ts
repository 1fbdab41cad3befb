// Every database file × every kind of damage, opened through createCore: each case ends in a clear state
// (ok, corrupt naming the file, or set aside and started afresh as the file's row allows), the damaged bytes
// stay on disk unchanged, and what other files hold (acknowledged writes) is still there.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/models.ts';
import { openTestLibrary } from '../testing/test-library.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { DATABASE_FILES, DATA_FILES, type DataFile } from './data-files.ts';

type Json = Record<string, unknown>;
const first = (record: unknown) => Object.values(record as Json)[0] as Json;

/** Per file: valid JSON of the wrong shape, and one record broken (the rest of the file fine). */
const DAMAGE_BY_FILE: Record<string, { wrongShape: (data: Json) => void; brokenRecord: (data: Json) => void }> = {
  [DATA_FILES.library.name]: { wrongShape: (d) => void (d.articles = 'none'), brokenRecord: (d) => void delete (d.articles as Json[])[0]!.title },
  [DATA_FILES.annotations.name]: { wrongShape: (d) => void (d.notes = [1]), brokenRecord: (d) => void (first(d.notes).text = 42) },
  [DATA_FILES.highlights.name]: { wrongShape: (d) => void (d.highlights = 'x'), brokenRecord: (d) => void ((first(d.highlights) as unknown as Json[])[0]!.selectors = null) },
  [DATA_FILES.progress.name]: { wrongShape: (d) => void (d.progress = 5), brokenRecord: (d) => void (first(d.progress).fraction = 'half') },
  [DATA_FILES.settings.name]: { wrongShape: (d) => void (d.window = 'big'), brokenRecord: (d) => void (d.theme = 'neon') },
  [DATA_FILES.pendingCaptures.name]: { wrongShape: (d) => void (d.items = {}), brokenRecord: (d) => void ((d.items as Json[])[0]!.url = 7) },
  [DATA_FILES.tags.name]: { wrongShape: (d) => void (d.colors = 'red'), brokenRecord: (d) => void ((d.colors as Json[])[0]!.color = 'chartreuse') },
  [DATA_FILES.savedSearches.name]: { wrongShape: (d) => void (d.searches = 3), brokenRecord: (d) => void ((d.searches as Json[])[0]!.query = null) },
  [DATA_FILES.downloads.name]: { wrongShape: (d) => void (d.paused = []), brokenRecord: (d) => void (d.paused = 'yes') },
  [DATA_FILES.browserConnection.name]: {
    wrongShape: (d) => void (d.browsers = { one: 1 }),
    brokenRecord: (d) => void ((d.browsers as Json[])[0]!.tokenHash = 'a plain token'),
  },
};

const edit = (bytes: Buffer, change: (data: Json) => void) => {
  const data = JSON.parse(bytes.toString('utf8')) as Json;
  change(data);
  return Buffer.from(JSON.stringify(data));
};

/** The nine kinds of damage, each from the file's good bytes. */
const KINDS: Record<string, (bytes: Buffer, file: DataFile) => Buffer> = {
  'zero bytes': () => Buffer.alloc(0),
  'half the file': (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)),
  'garbled bytes': (bytes) => {
    const garbled = Buffer.from(bytes);
    for (let i = Math.floor(bytes.length / 2); i < Math.min(bytes.length, Math.floor(bytes.length / 2) + 6); i++) garbled[i] = 0xff - i % 7;
    return garbled;
  },
  'NUL-filled': (bytes) => Buffer.alloc(bytes.length),
  'a byte order mark': (bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
  'JSON null': () => Buffer.from('null'),
  '[]': () => Buffer.from('[]'),
  'valid JSON of the wrong shape': (bytes, file) => edit(bytes, DAMAGE_BY_FILE[file.name]!.wrongShape),
  'a broken record': (bytes, file) => edit(bytes, DAMAGE_BY_FILE[file.name]!.brokenRecord),
};

const HASH = 'ab'.repeat(32);
/** Files the API cannot fill without a network or a browser, written as this Lectern writes them. */
const SMALL_FILES: Record<string, Json> = {
  [DATA_FILES.pendingCaptures.name]: {
    schemaVersion: 1,
    items: [{ id: 'p1', url: 'https://example.org/later', addedAt: '2026-01-01T00:00:00.000Z', attempts: 1, lastTriedAt: null, nextRetryAt: null, error: null, wholePage: false }],
  },
  [DATA_FILES.tags.name]: { schemaVersion: 1, colors: [{ key: 'river', color: 'teal' }] },
  [DATA_FILES.savedSearches.name]: { schemaVersion: 1, searches: [{ id: 's1', name: 'Rivers', query: 'river', createdAt: '2026-01-01T00:00:00.000Z' }] },
  [DATA_FILES.downloads.name]: { schemaVersion: 1, paused: true },
  [DATA_FILES.browserConnection.name]: {
    schemaVersion: 1,
    enabled: false,
    browsers: [{ id: 'b1', client: 'Firefox', tokenHash: HASH, pairedAt: '2026-01-01T00:00:00.000Z', lastUsedAt: null }],
    saves: [],
  },
};

// Made at the top level: a tempDir made inside before() would be removed as soon as the hook ends.
const templateDir = tempDir();
let template = '';
let articleId = '';

before(async () => {
  const lib = await openTestLibrary(await templateDir);
  template = lib.dir;
  articleId = await lib.add('A quiet morning');
  await lib.call('articles.update', { id: articleId, patch: { title: 'Renamed by the reader', favorite: true } });
  await lib.call('notes.save', { id: articleId, note: 'Read again.' });
  await lib.highlight(articleId, ['river']);
  await lib.call('progress.save', { id: articleId, fraction: 0.5, anchor: null });
  await lib.call('settings.update', { theme: 'dark' });
  await lib.core.close();
  for (const [name, data] of Object.entries(SMALL_FILES)) await writeFile(join(template, name), JSON.stringify(data));
});

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const file of DATABASE_FILES) files.set(file.name, await readFile(join(dir, file.name)));
  return files;
}

/** What the reader did before the damage, read back through the API; files named in `lost` are not asked. */
async function assertAcknowledgedWrites(call: <T>(method: string, input: unknown) => Promise<T>, lost: readonly DataFile[]): Promise<void> {
  const article = await call<Article>('articles.get', { id: articleId });
  assert.equal(article.title, 'Renamed by the reader');
  assert.equal(article.favorite, true);
  assert.equal(article.note, 'Read again.');
  assert.equal((await call<unknown[]>('highlights.list', { articleId })).length, 1);
  assert.equal(article.progress?.fraction, lost.includes(DATA_FILES.progress) ? undefined : 0.5);
  assert.equal((await call<{ theme: string }>('settings.get', {})).theme, lost.includes(DATA_FILES.settings) ? 'system' : 'dark');
}

test('the undamaged library opens with everything the reader did', async () => {
  const dir = await tempDir();
  await cp(template, dir, { recursive: true });
  const lib = await openTestLibrary(dir);
  assert.equal((await lib.call<{ state: string }>('library.status', {})).state, 'ok');
  await assertAcknowledgedWrites(lib.call, []);
  await lib.core.close();
});

const BOM = 'a byte order mark';
const KEPT = DATABASE_FILES.filter((file) => !file.startAfresh);
const AFRESH = DATABASE_FILES.filter((file) => file.startAfresh);

async function damagedCopy(files: readonly DataFile[], kind: string) {
  const dir = await tempDir();
  await cp(template, dir, { recursive: true });
  const good = await snapshot(dir);
  const damaged = new Map(files.map((file) => [file, KINDS[kind]!(good.get(file.name)!, file)]));
  for (const [file, bytes] of damaged) await writeFile(join(dir, file.name), bytes);
  const lib = await openTestLibrary(dir);
  const state = await lib.call<{ state: string; message?: string }>('library.status', {});
  return { dir, good, damaged, lib, state };
}

/** Nothing but the damaged files was rewritten: every other file has the bytes it had before. */
async function assertOthersUnchanged(dir: string, good: Map<string, Buffer>, damaged: readonly DataFile[]): Promise<void> {
  for (const other of DATABASE_FILES) {
    if (!damaged.includes(other)) assert.deepEqual(await readFile(join(dir, other.name)), good.get(other.name), `${other.name} unchanged`);
  }
}

for (const file of KEPT) {
  for (const kind of Object.keys(KINDS)) {
    test(`${file.name} with ${kind}`, async () => {
      const { dir, good, damaged, lib, state } = await damagedCopy([file], kind);
      if (kind === BOM) {
        assert.equal(state.state, 'ok', state.message);
        await assertAcknowledgedWrites(lib.call, []);
      } else {
        assert.equal(state.state, 'corrupt');
        assert.match(state.message ?? '', new RegExp(`${file.name.replace('.', '\\.')} is damaged \\(.+\\)`));
        assert.equal((await lib.attempt('notes.save', { id: articleId, note: 'Overwrite?' })).ok, false);
      }
      await lib.core.close();
      await assertOthersUnchanged(dir, good, [file]);
      assert.deepEqual(await readFile(join(dir, file.name)), damaged.get(file), 'the damaged file is kept byte for byte');
    });
  }
}

// The files that may start afresh are independent of each other, so each kind of damage is done to all of them
// in one library (an open costs the search index's start), and each is checked on its own.
for (const kind of Object.keys(KINDS)) {
  test(`the files that may start afresh, each with ${kind}`, async (t) => {
    const { dir, good, damaged, lib, state } = await damagedCopy(AFRESH, kind);
    assert.equal(state.state, 'ok', state.message);
    await assertAcknowledgedWrites(lib.call, kind === BOM ? [] : AFRESH);
    // A write after starting afresh lands in the new file, never in the copy set aside.
    await lib.call('settings.update', { theme: 'sepia' });
    await lib.core.close();
    const names = await readdir(dir);
    for (const file of AFRESH) {
      await t.test(file.name, async () => {
        const aside = names.filter((name) => name.startsWith(`${file.name}.damaged-`));
        if (kind === BOM) return assert.deepEqual(aside, []);
        assert.equal(aside.length, 1, 'set aside once');
        assert.deepEqual(await readFile(join(dir, aside[0]!)), damaged.get(file), 'set aside byte for byte');
      });
    }
    await assertOthersUnchanged(dir, good, AFRESH);
  });
}

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { argvPrefixLength, parseCommandLine, resolveDataDir } from './command-line.ts';

const cwd = path.resolve('/home/ada/docs');

describe('parseCommandLine', () => {
  test('packaged: the executable is the only prefix', () => {
    const argv = ['/opt/Lectern/lectern', 'a.md', '/tmp/b.html'];
    const parsed = parseCommandLine(argv, argvPrefixLength(argv, false), cwd);
    assert.deepEqual(parsed, { dataDir: null, files: [path.join(cwd, 'a.md'), path.resolve('/tmp/b.html')] });
  });

  test('unpackaged `electron .` skips the app path too', () => {
    const argv = ['/usr/bin/electron', '.', 'a.md'];
    assert.deepEqual(parseCommandLine(argv, argvPrefixLength(argv, true), cwd).files, [path.join(cwd, 'a.md')]);
  });

  test('unpackaged with switches before the app path: the app path is still not a file', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', 'dist/main/main.cjs', '--data-dir', 'lib', 'a.md'];
    assert.equal(argvPrefixLength(argv, true), 3);
    assert.deepEqual(parseCommandLine(argv, argvPrefixLength(argv, true), cwd), {
      dataDir: path.join(cwd, 'lib'),
      files: [path.join(cwd, 'a.md')],
    });
    assert.equal(argvPrefixLength(['/usr/bin/electron', '--version'], true), 2);
  });

  test('--data-dir with a separate value or with =', () => {
    assert.equal(parseCommandLine(['x', '--data-dir', 'lib'], 1, cwd).dataDir, path.join(cwd, 'lib'));
    assert.equal(parseCommandLine(['x', '--data-dir=/srv/lib'], 1, cwd).dataDir, path.resolve('/srv/lib'));
    // The value is not also taken for a file.
    assert.deepEqual(parseCommandLine(['x', '--data-dir', 'lib', 'n.txt'], 1, cwd).files, [path.join(cwd, 'n.txt')]);
  });

  test('--data-dir without a value is ignored rather than eating the next switch', () => {
    const parsed = parseCommandLine(['x', '--data-dir', '--no-sandbox', 'a.md'], 1, cwd);
    assert.equal(parsed.dataDir, null);
    assert.deepEqual(parsed.files, [path.join(cwd, 'a.md')]);
    assert.equal(parseCommandLine(['x', '--data-dir='], 1, cwd).dataDir, null);
  });

  test('skips Chromium and OS switches', () => {
    const parsed = parseCommandLine(
      ['x', '--no-sandbox', '--allow-file-access-from-files', '-psn_0_12345', '--original-process-start-time=1', 'a.md'],
      1,
      cwd,
    );
    assert.deepEqual(parsed, { dataDir: null, files: [path.join(cwd, 'a.md')] });
  });

  test('after -- everything is a file, even names starting with a dash', () => {
    const parsed = parseCommandLine(['x', '--', '--data-dir', '-odd.md'], 1, cwd);
    assert.deepEqual(parsed, { dataDir: null, files: [path.join(cwd, '--data-dir'), path.join(cwd, '-odd.md')] });
  });

  test('no arguments', () => {
    assert.deepEqual(parseCommandLine(['x'], 1, cwd), { dataDir: null, files: [] });
    assert.deepEqual(parseCommandLine([], 2, cwd), { dataDir: null, files: [] });
  });
});

describe('resolveDataDir', () => {
  const userData = path.resolve('/home/ada/.config/Lectern');

  test('the flag wins over the environment', () => {
    const flag = path.resolve('/flag');
    assert.deepEqual(resolveDataDir(flag, { LECTERN_DATA_DIR: '/env' }, userData, cwd), { dataDir: flag, explicit: true });
  });

  test('LECTERN_DATA_DIR next, resolved against cwd', () => {
    assert.deepEqual(resolveDataDir(null, { LECTERN_DATA_DIR: 'lib' }, userData, cwd), {
      dataDir: path.join(cwd, 'lib'),
      explicit: true,
    });
  });

  test('userData otherwise, also when the variable is blank', () => {
    assert.deepEqual(resolveDataDir(null, {}, userData, cwd), { dataDir: userData, explicit: false });
    assert.deepEqual(resolveDataDir(null, { LECTERN_DATA_DIR: '  ' }, userData, cwd), { dataDir: userData, explicit: false });
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliCommand } from './cli-command.ts';
import { COMMANDS } from './command-table.ts';
import { usageText } from './usage.ts';

test('the usage lists every command in the table, with its summary', () => {
  const usage = usageText(COMMANDS);
  for (const command of COMMANDS) {
    assert.match(usage, new RegExp(`^  lectern ${command.name}\\b`, 'm'), command.name);
    assert.ok(usage.includes(command.summary), `${command.name}'s summary`);
  }
  assert.match(usage, /^ {2}lectern help\b/m);
});

test('a new row shows up in the usage, and --json names exactly the commands that take it', () => {
  const row: CliCommand = { name: 'frobnicate', args: 'ID', summary: 'frobnicate an article', options: ['json'], library: 'open', run: async () => {} };
  const usage = usageText([...COMMANDS, row]);
  assert.match(usage, /^ {2}lectern frobnicate ID +frobnicate an article$/m);
  const json = /--json .*\((.*)\)/.exec(usage)?.[1]?.split(', ');
  assert.deepEqual(json, [...COMMANDS, row].filter((c) => c.options.includes('json')).map((c) => c.name));
});

test('command names are unique and every summary is one line', () => {
  assert.equal(new Set(COMMANDS.map((c) => c.name)).size, COMMANDS.length);
  for (const command of COMMANDS) assert.doesNotMatch(command.summary, /\n/, command.name);
});

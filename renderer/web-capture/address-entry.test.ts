import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leftoverSentence, planAddressEntry } from './address-entry.ts';

test('a pasted list: the links are saved, the lines that are not addresses stay, each one named', () => {
  const plan = planAddressEntry('https://a.example/one\nmy reading list\nexample.org/two\nftp://files.example/x\n\nhttps://a.example/one\n');
  assert.deepEqual(plan.urls, ['https://a.example/one', 'https://example.org/two']);
  assert.deepEqual(plan.notAddresses, ['my reading list', 'ftp://files.example/x']);
  assert.equal(plan.leftover, 'my reading list\nftp://files.example/x');
});

test('a line with a link and words keeps the link and names the words', () => {
  const plan = planAddressEntry('Read later: https://a.example/post');
  assert.deepEqual(plan.urls, ['https://a.example/post']);
  assert.deepEqual(plan.notAddresses, ['Read later:']);
});

test('the sentence names the lines, five at most', () => {
  assert.equal(leftoverSentence(1, ['notes']), 'Saving the link. This line is not a web address and stayed here: “notes”.');
  const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  assert.equal(leftoverSentence(3, many), 'Saving 3 links. These 7 lines are not web addresses and stayed here: “a”, “b”, “c”, “d”, “e” and 2 more.');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSrcset, rankCandidates } from './srcset.ts';

test('srcset parsing keeps commas inside URLs and reads descriptors', () => {
  assert.deepEqual(parseSrcset('https://res.cloudinary.com/x/w_400,h_300/a.jpg 400w, https://res.cloudinary.com/x/w_800,h_600/a.jpg 800w'), [
    { url: 'https://res.cloudinary.com/x/w_400,h_300/a.jpg', width: 400, density: null },
    { url: 'https://res.cloudinary.com/x/w_800,h_600/a.jpg', width: 800, density: null },
  ]);
  assert.deepEqual(parseSrcset('a.png, b.png 2x,c.png 3x'), [
    { url: 'a.png', width: null, density: null },
    { url: 'b.png', width: null, density: 2 },
    { url: 'c.png', width: null, density: 3 },
  ]);
  assert.deepEqual(parseSrcset('  '), []);
});

test('candidates are ranked for a 700 px column at 2x', () => {
  const rank = (set: string) => rankCandidates(parseSrcset(set)).map((c) => c.url);
  assert.deepEqual(rank('s 320w, m 1024w, l 1600w, xl 3200w'), ['l', 'xl', 'm', 's']);
  assert.deepEqual(rank('s 320w, m 640w'), ['m', 's'], 'the largest when none is big enough');
  assert.deepEqual(rank('a 1x, b 2x, c 3x'), ['b', 'c', 'a']);
  assert.deepEqual(rank('data:image/gif;base64,AAAA 1x, real 1x'), ['real']);
});

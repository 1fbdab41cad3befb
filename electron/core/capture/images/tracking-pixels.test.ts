import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasPixelSize, isBeaconUrl } from './tracking-pixels.ts';

test('tracking pixels are recognized by host, path and size', () => {
  assert.ok(isBeaconUrl('https://pixel.wp.com/g.gif?v=ext'));
  assert.ok(isBeaconUrl('https://www.google-analytics.com/collect?v=1'));
  assert.ok(isBeaconUrl('https://b.scorecardresearch.com/p?c1=2'));
  assert.ok(isBeaconUrl('https://www.facebook.com/tr?id=1&ev=PageView&noscript=1'));
  assert.ok(isBeaconUrl('https://feeds.feedburner.com/~r/blog/~4/abc'));
  assert.ok(isBeaconUrl('https://news.example/img/1x1.gif'));
  assert.ok(!isBeaconUrl('https://cdn.example.com/photos/pixel-art.png'));
  assert.ok(!isBeaconUrl('https://www.facebook.com/photo.jpg'));
  assert.ok(hasPixelSize('1', '1'));
  assert.ok(hasPixelSize('2px', null));
  assert.ok(!hasPixelSize('100%', '1em'));
  assert.ok(!hasPixelSize('640', '360'));
});

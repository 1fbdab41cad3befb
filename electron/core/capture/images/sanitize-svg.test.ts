import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeSvg } from './sanitize-svg.ts';

test('SVG sanitizing keeps drawing and removes anything active or external', () => {
  const clean = sanitizeSvg(`<svg viewBox="0 0 10 10" onload="x()"><script>bad()</script><style>@import url(https://e.example/a.css)</style>
    <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
    <rect width="10" height="10" fill="url(#g)" style="fill:url(https://e.example/p)"/><image href="https://e.example/i.png"/>
    <use href="#g"/><use href="https://e.example/s.svg#x"/><foreignObject><p>html</p></foreignObject><text x="1" y="5">Label</text></svg>`);
  assert.ok(clean);
  assert.match(clean, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10">/);
  assert.match(clean, /<rect width="10" height="10" fill="url\(#g\)">/);
  assert.match(clean, /<use href="#g">/);
  assert.match(clean, /Label/);
  assert.doesNotMatch(clean, /onload|script|@import|e\.example|foreignObject|<image|html/);
  assert.equal(sanitizeSvg('<html><body>not svg</body></html>'), null);
});

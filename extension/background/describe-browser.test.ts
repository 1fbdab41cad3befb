import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeBrowser } from './describe-browser.ts';

test('names the browser and its major version and the operating system', () => {
  const linuxChromium = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  assert.equal(describeBrowser(linuxChromium), 'Chromium 131 on Linux');
  assert.equal(
    describeBrowser(linuxChromium, [
      { brand: 'Chromium', version: '131' },
      { brand: 'Not_A Brand', version: '24' },
    ]),
    'Chromium 131 on Linux',
  );
  assert.equal(
    describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', [
      { brand: 'Microsoft Edge', version: '131' },
      { brand: 'Chromium', version: '131' },
    ]),
    'Microsoft Edge 131 on Windows',
  );
  assert.equal(describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/130.0.0.0 Safari/537.36', [{ brand: 'Google Chrome', version: '130' }]), 'Chrome 130 on macOS');
  assert.equal(describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'), 'Firefox 128 on Linux');
  assert.equal(describeBrowser('Something/1.0'), 'A browser on this computer');
});

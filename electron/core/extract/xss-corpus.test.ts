// The fast net under e2e/specs/xss-corpus.spec.ts: every payload of the corpus, alone and all together, through
// the sanitizer and each importer (HTML whole page and fragment, Markdown, plain text, pasted HTML). What comes
// out may hold the payloads' words as text, never markup that runs, loads or navigates.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { importPastedText } from '../importers/import-content.ts';
import { importHtmlContent } from '../importers/html-importer.ts';
import { importMarkdownContent } from '../importers/markdown-importer.ts';
import { importPlainTextContent } from '../importers/text-importer.ts';
import { XSS_LEAK_ORIGIN, XSS_PAYLOADS, XSS_TRAP } from '../testing/xss-payloads.ts';
import { sanitizeArticleHtml } from './sanitize.ts';

// Elements that run, load, embed, navigate, restyle or take input; none belongs in a stored article body.
const FORBIDDEN_TAGS = /<\s*\/?\s*(?:script|iframe|frame|frameset|object|embed|applet|param|base|meta|link|style|form|input|button|textarea|select|option|keygen|svg|math|template|noscript|noembed|noframes|xmp|plaintext|listing|title|video|audio|source|track|marquee|area|map|set|animate|foreignobject|use|image|handler)\b/i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,/i;

/** What is wrong with one stored body: [] when nothing in it could run, fetch from elsewhere or navigate oddly. */
function problems(html: string): string[] {
  const found: string[] = [];
  const tag = FORBIDDEN_TAGS.exec(html);
  if (tag) found.push(`a <${tag[0].slice(1).trim()}> tag`);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`<${element.localName} ${name}>`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'action' || name === 'ping' || name === 'background' || name === 'poster' || name.includes(':')) found.push(`<${element.localName} ${name}>`);
      if (!['href', 'src', 'srcset', 'cite', 'data'].includes(name)) continue;
      // The browser drops tabs, newlines and leading controls before it reads a scheme; so does this check.
      // oxlint-disable-next-line no-control-regex -- control characters are exactly what is dropped
      const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (/(?:^|,)(?:javascript|vbscript|livescript):/.test(squeezed)) found.push(`<${element.localName} ${name}="${value}">`);
      if (/(?:^|,)data:/.test(squeezed) && !(element.localName === 'img' && name === 'src' && SAFE_DATA_IMAGE.test(squeezed))) found.push(`<${element.localName} ${name}="${value}">`);
    }
  }
  return found;
}

function assertInert(html: string, what: string): void {
  assert.deepEqual(problems(html), [], `${what} stored:\n${html}`);
}

const ALL_HTML = XSS_PAYLOADS.map((payload) => `<div><p>Payload ${payload.id} follows.</p>${payload.text}</div>`).join('\n');
const ALL_MARKDOWN = XSS_PAYLOADS.map((payload) => `Payload ${payload.id} follows.\n\n${payload.text}\n`).join('\n');

describe('the XSS corpus', () => {
  test('holds 150+ distinct payloads, each calling the trap or naming a leak address, with its own number', () => {
    assert.ok(XSS_PAYLOADS.length >= 150, `${XSS_PAYLOADS.length} payloads`);
    assert.equal(new Set(XSS_PAYLOADS.map((payload) => payload.text)).size, XSS_PAYLOADS.length);
    for (const payload of XSS_PAYLOADS) {
      const decoded = payload.text.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, data: string) => atob(data));
      // The trap's name without its underscores: some payloads spell those as entities or escapes.
      const callsOrFetches = [XSS_TRAP.replace(/^_+/, ''), '//xss-leak.invalid', 'vbscript:', '127.0.0.1'].some((mark) => decoded.includes(mark));
      assert.ok(callsOrFetches, `payload ${payload.id} calls the trap or fetches`);
      if (decoded.includes(XSS_LEAK_ORIGIN)) assert.ok(decoded.includes(`${XSS_LEAK_ORIGIN}/${payload.id}/`), `payload ${payload.id} fetches from its own address`);
      assert.ok(decoded.includes(String(payload.id)) || decoded.includes('//xss-leak.invalid"'), `payload ${payload.id} names its number`);
    }
    assert.ok(XSS_PAYLOADS.some((payload) => payload.text.includes(`${XSS_TRAP}(`)));
  });

  test('the check itself finds what it is looking for (the raw corpus fails it)', () => {
    assert.ok(problems('<img src=x onerror=__xssHit(1)>').length > 0);
    assert.ok(problems('<a href="java&#x09;script:__xssHit(2)">x</a>').length > 0);
    assert.ok(problems('<p>&lt;script&gt; is text</p>').length === 0);
    const flagged = XSS_PAYLOADS.filter((payload) => payload.kind === 'html' && problems(payload.text).length > 0);
    assert.ok(flagged.length >= 150, `only ${flagged.length} raw payloads are caught by the check`);
  });
});

describe('every payload through the sanitizer', () => {
  for (const payload of XSS_PAYLOADS) {
    test(`${payload.id} (${payload.category}): ${JSON.stringify(payload.text).slice(0, 90)}`, () => {
      assertInert(sanitizeArticleHtml(payload.text), 'the sanitizer');
      assertInert(sanitizeArticleHtml(`<p>before</p>${payload.text}<p>after</p>`), 'the sanitizer, between paragraphs');
    });
  }
  test('all of them in one body', () => assertInert(sanitizeArticleHtml(ALL_HTML), 'the sanitizer'));
  test('sanitizing twice changes nothing that matters (no markup is rebuilt from text on a second pass)', () => {
    const once = sanitizeArticleHtml(ALL_HTML);
    assertInert(sanitizeArticleHtml(once), 'a second pass');
  });
});

describe('every payload through the importers', () => {
  test('an HTML page holding all of them, with hostile title and author', () => {
    const page = `<!doctype html><html><head><title>${XSS_PAYLOADS[0]!.text}</title><meta name="author" content="${XSS_PAYLOADS[14]!.text.replace(/"/g, '&quot;')}"></head><body><article><h1>Every payload</h1>${ALL_HTML}</article></body></html>`;
    const article = importHtmlContent(page, { fileName: 'corpus.html' });
    assertInert(article.html, 'the HTML importer');
  });

  test('each payload as an HTML fragment, a Markdown file, a text file and a paste', () => {
    for (const payload of XSS_PAYLOADS) {
      const words = `Payload ${payload.id} sits in a paragraph of ordinary words for the importer.`;
      for (const [what, article] of [
        ['fragment', () => importHtmlContent(`<p>${words}</p>${payload.text}`)],
        ['markdown', () => importMarkdownContent(`${words}\n\n${payload.text}\n`)],
        ['text', () => importPlainTextContent(`${words}\n\n${payload.text}\n`)],
        ['pasted html', () => importPastedText(`<p>${words}</p>${payload.text}`, 'html')],
      ] as const) {
        assertInert(article().html, `payload ${payload.id} as ${what}`);
      }
    }
  });

  test('all of them in one Markdown file, with hostile front matter', () => {
    const front = `---\ntitle: "${XSS_PAYLOADS[0]!.text.replace(/"/g, '\\"')}"\nauthor: "${XSS_PAYLOADS[14]!.text.replace(/"/g, '\\"')}"\n---\n\n`;
    assertInert(importMarkdownContent(front + ALL_MARKDOWN, { fileName: 'corpus.md' }).html, 'the Markdown importer');
  });

  test('all of them in one text file: every payload stays words on the page', () => {
    const article = importPlainTextContent(ALL_MARKDOWN, { fileName: 'corpus.txt' });
    assertInert(article.html, 'the text importer');
    assert.match(article.text, /__xssHit\(1\)/, 'the script payload is kept as text to read');
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { describeRange } from '../../shared/annotations/selectors.ts';
import type { Article, Highlight } from '../../shared/models.ts';
import { exportArticle } from './article-export.ts';
import { escapeHtml } from '../escape-html.ts';

// Hostile text as it could reach an export: from a page's title or text, an imported note, a typed one.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](<javascript:alert(1)>)',
  '[click](&#106;avascript:alert(1))',
  '[click](java\\script:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html,<script>alert(1)</script>)',
  '![x](javascript:alert(1))',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '- [ref]\n- [ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '``<script>alert(1)</script>`',
  '- x\n  ```\n  code\n<script>alert(1)</script>',
  '```\n<b>in a fence</b>\n```\n<script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<!--><script>alert(1)</script>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '"><img src=x onerror=alert(1)>',
  "'; alert(1); '",
  '---\ntitle: <script>alert(1)</script>\n---',
  '[x](javascript&colon;alert(1))',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<x onclick=alert(1)>click</x>',
  '<img src="x" onerror="alert(1)"//',
  '    ```\n<script>alert(1)</script>',
  '~~~\n</code><script>alert(1)</script>',
  '[a]:\n  javascript:alert(1)\n\n[a]',
  '[a\\]b]: javascript:alert(1)\n\n[a\\]b]',
];

const ACTIVE_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'style', 'meta', 'link', 'base', 'form', 'svg', 'math', 'video', 'audio', 'noscript', 'template', 'details', 'body', 'source'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'];

/** Everything active in rendered HTML: an element that can run or fetch, an on* handler, a script URL. */
function activeParts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*')) as unknown as { tagName: string; attributes: ArrayLike<{ name: string; value: string }> }[]) {
    const tag = element.tagName.toLowerCase();
    if (ACTIVE_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return found;
}

const TEXT = 'Calm text about a mill. The river ran slowly.';

function hostileArticle(payload: string): { article: Article; body: string; highlights: Highlight[] } {
  const article: Article = {
    id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    title: `Title ${payload}`,
    byline: payload,
    siteName: payload,
    source: { kind: 'url', value: 'https://quiet.example/mill' },
    savedAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    publishedAt: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    leadImage: null,
    wordCount: 9,
    readingMinutes: 1,
    archived: false,
    favorite: false,
    finishedAt: null,
    progress: null,
    hasNote: true,
    tags: [],
    note: `My note ${payload}`,
    noteUpdatedAt: '2026-03-02T11:00:00.000Z',
  };
  const selectors = describeRange(TEXT, 0, 10);
  const highlight: Highlight = {
    id: 'hl-1',
    articleId: article.id,
    color: 'yellow',
    note: `Highlight note ${payload}`,
    tags: [payload],
    selectors: [{ ...selectors[0], exact: `Passage ${payload}` }, selectors[1]],
    createdAt: '2026-03-02T12:00:00.000Z',
    updatedAt: '2026-03-02T12:00:00.000Z',
  };
  // The body: the payload as escaped text (as a page shows it), inside a link, code and a table, and raw
  // (stored bodies are sanitized, but the export must not depend on it).
  const body = `<p>${escapeHtml(payload)}</p><p><a href="https://ok.example/" title="${escapeHtml(payload)}">${escapeHtml(payload)}</a></p><pre><code>${escapeHtml(payload)}</code></pre><table><tr><td>${escapeHtml(payload)}</td></tr></table><p><code>${escapeHtml(payload)}</code></p><div>${payload}</div><pre><code class="language-a\`b">${escapeHtml(payload)}</code></pre>`;
  return { article, body, highlights: [highlight] };
}

// The render is checked as marked writes it, with no sanitizer after it: that is what a plain Markdown
// previewer shows, and whatever is inert there stays inert behind DOMPurify. (DOMPurify itself needs a
// browser DOM; on linkedom it sanitizes nothing, so a check through it here would prove nothing.)

test('a Markdown export of hostile titles, notes, highlights and text renders with no active element', async () => {
  const failures: string[] = [];
  for (const payload of PAYLOADS) {
    const { article, body, highlights } = hostileArticle(payload);
    const { content, fileName } = exportArticle(article, body, 'markdown', { highlights, withBody: true });
    assert.match(fileName, /^[\p{L}\p{M}\p{N}-]+\.md$/u, `file name for ${payload}`);
    for (const breaks of [false, true]) {
      const active = activeParts(await marked.parse(content, { gfm: true, breaks }));
      if (active.length > 0) failures.push(`${JSON.stringify(payload)}${breaks ? ' (breaks)' : ''}: ${active.join(', ')}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('hostile text survives the export as the same text: front matter reads back exactly, the title shows as written', async () => {
  for (const payload of PAYLOADS) {
    const { article, body, highlights } = hostileArticle(payload);
    const { content } = exportArticle(article, body, 'markdown', { highlights });
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(content)?.[1] ?? '';
    const fields = parseYaml(yaml) as { title: string; author: string };
    assert.equal(fields.title, article.title);
    assert.equal(fields.author, payload);
    const heading = (await marked.parse(content.slice(content.indexOf('\n# ') + 1).split('\n')[0] ?? '')) as string;
    const { document } = parseHTML(`<html><body>${heading}</body></html>`);
    assert.equal(document.querySelector('h1')?.textContent, article.title.replace(/\s+/g, ' ').trim(), `heading for ${payload}`);
  }
});

test('the payloads do come back to life when a title is written raw, so the check can fail', async () => {
  const raw = await marked.parse(`# ${PAYLOADS[1]}\n\n${PAYLOADS[18]}`);
  assert.deepEqual(activeParts(raw).sort(), ['a[href=javascript:alert(1)]', 'img[onerror]'].sort());
});

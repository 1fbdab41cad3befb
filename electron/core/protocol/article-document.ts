import type { Article } from '../../shared/models.ts';
import { formatReadingTime } from '../../shared/reading-time.ts';
import { escapeHtml } from '../escape-html.ts';
import { bodyIncludes, type BodySource } from '../library/stored-body.ts';

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? 'en', { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** The muted line under the title: site · author · date · N min read. */
function metaLine(article: Article): string {
  const parts = [article.siteName, article.byline, formatDate(article.publishedAt, article.lang), `${formatReadingTime(article.readingMinutes)} read`];
  // Each part is isolated (FSI…PDI), so "4 min read" stays in order inside a right-to-left article.
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => `\u2068${part}\u2069`)
    .join(' · ');
}

/** How much of the body goes into the response at a time: the frame's parser starts on the first slice. */
const BODY_SLICE_BYTES = 1 << 20;

/**
 * The document the reader's sandboxed iframe loads, as a stream: the header, the stored body in slices read from
 * its file as the frame takes them, the footer. A whole book (tens of MB) is never held whole, and its header goes
 * out at once, so the frame starts parsing (and showing) its first screen while the rest is still on its way. The
 * body is already sanitized at import; the header is built from metadata and escaped here. Styles come from the
 * renderer's article.css. The body is closed at the end, on an error, or when the reader cancels.
 */
export function articleDocumentStream(article: Article, body: BodySource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let tail: string | null = null;
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (tail === null) {
          const frame = articleDocumentFrame(article, await showsLeadImage(article, body));
          tail = frame.tail;
          controller.enqueue(encoder.encode(frame.head));
          return;
        }
        // Slices end anywhere, even inside a UTF-8 sequence: the frame decodes the stream as a whole.
        const slice = offset < body.size ? await body.read(offset, BODY_SLICE_BYTES) : null;
        if (slice && slice.byteLength > 0) {
          offset += slice.byteLength;
          controller.enqueue(slice);
          return;
        }
        controller.enqueue(encoder.encode(tail));
        controller.close();
        await body.close();
      } catch (error) {
        await body.close().catch(() => {});
        controller.error(error);
      }
    },
    cancel: () => body.close(),
  });
}

/** A stored lead image is shown above the text unless the text already shows it (the one check that reads the body first). */
async function showsLeadImage(article: Article, body: BodySource): Promise<boolean> {
  return Boolean(article.leadImage?.startsWith('/')) && !(await bodyIncludes(body, article.leadImage!));
}

/** The document around the body: everything before it and everything after it. */
function articleDocumentFrame(article: Article, showLead: boolean): { head: string; tail: string } {
  // A document needs a language for screen readers (WCAG 3.1.1); a text whose language is not known says so ("und").
  const lang = ` lang="${escapeHtml(article.lang || 'und')}"`;
  const lead = showLead && article.leadImage ? `<figure class="article-lead"><img src="${escapeHtml(article.leadImage)}" alt=""></figure>` : '';
  const head = `<!doctype html>
<html${lang} dir="${article.dir}">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(article.title)}</title>
<link rel="stylesheet" href="/reader/article.css">
</head>
<body>
<article class="lectern-article">
<header class="article-header">
<h1 class="article-title">${escapeHtml(article.title)}</h1>
<p class="article-meta">${escapeHtml(metaLine(article))}</p>
${lead}
</header>
<div class="article-body" id="article-body">`;
  return { head, tail: `</div>
</article>
</body>
</html>` };
}

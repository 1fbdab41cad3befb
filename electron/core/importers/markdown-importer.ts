import { Marked, type Token, type Tokens } from 'marked';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import { sanitizeArticleHtml } from '../extract/sanitize.ts';
import { countWords } from '../../shared/word-count.ts';
import { detectDirection, makeExcerpt } from './article-metadata.ts';
import { titleFromFileName, titleFromText } from './file-title.ts';
import { splitFrontMatter } from './front-matter.ts';
import { htmlToText } from '../extract/html-to-text.ts';
import { inlineHtmlToText, paragraphTexts } from './html-fragments.ts';
import { capMarkdownNesting } from './markdown-nesting.ts';

interface MarkdownOptions {
  fileName?: string | null;
  title?: string | null;
}

// One instance for the whole process: GFM tables, strikethrough and autolinks, no global state touched.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

function sameTitle(a: string, b: string): boolean {
  const normal = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return normal(a) === normal(b);
}

function headingText(token: Tokens.Heading): string {
  return inlineHtmlToText(markdown.parseInline(token.text) as string);
}

/**
 * Renders Markdown (GFM) as an article. The title is the front matter's `title`, else the first
 * level-1 heading, else the file name; a level-1 heading that opens the body and repeats the title
 * is removed so the title does not show twice. Author, date and language come from front matter.
 */
export function importMarkdownContent(source: string, options: MarkdownOptions = {}): ExtractedArticle {
  const { frontMatter, body } = splitFrontMatter(source.replace(/^\uFEFF/, ''));
  const tokens = markdown.lexer(capMarkdownNesting(body));
  const firstBlock = tokens.findIndex((token: Token) => token.type !== 'space');
  const firstH1 = tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1);
  const opening = tokens[firstBlock];
  const openingH1 = opening?.type === 'heading' && (opening as Tokens.Heading).depth === 1 ? (opening as Tokens.Heading) : null;

  let title = frontMatter?.title ?? (firstH1 ? headingText(firstH1) : null);
  if (openingH1 && title !== null && sameTitle(headingText(openingH1), title)) tokens.splice(firstBlock, 1);

  const html = sanitizeArticleHtml(markdown.parser(tokens) as string).trim();
  const text = htmlToText(html);
  const paragraphs = paragraphTexts(html);
  if (!title) title = titleFromFileName(options.fileName ?? '') ?? titleFromText(paragraphs, text);

  return {
    title: options.title?.trim() || title,
    byline: frontMatter?.byline ?? null,
    siteName: frontMatter?.siteName ?? null,
    publishedAt: frontMatter?.publishedAt ?? null,
    lang: frontMatter?.lang ?? null,
    dir: frontMatter?.dir ?? detectDirection(text),
    excerpt: makeExcerpt(paragraphs.length ? paragraphs : [text]),
    leadImage: frontMatter?.leadImage ?? null,
    canonicalUrl: frontMatter?.canonicalUrl ?? null,
    html,
    text,
    wordCount: countWords(text),
  };
}

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { extractArticle } from '../../core/extract/extract-article.ts';
import type { ExtractedArticle } from '../../core/extract/extracted-article.ts';
import { htmlToMarkdown } from '../../core/export/html-to-markdown.ts';
import { markdownText } from '../../core/export/inert-markdown.ts';
import { decodeText } from '../../core/importers/decode-text.ts';
import { importFileBytes, importPastedText } from '../../core/importers/import-content.ts';
import { guessTextKind } from '../../shared/text-kind.ts';
import { isWebUrl } from '../../shared/web-address.ts';
import type { CliCommand } from '../cli-command.ts';
import type { CliIo } from '../cli-context.ts';
import { CliError, usageError } from '../cli-error.ts';

type ExtractFormat = 'json' | 'markdown' | 'html';
const FORMATS: readonly ExtractFormat[] = ['json', 'markdown', 'html'];

interface ExtractOptions {
  files: string[];
  url?: string;
  format?: string;
}

/** The fields a script wants from an extraction, in a stable order (canonicalUrl stays internal). */
function record(file: string, article: ExtractedArticle) {
  const { title, byline, siteName, publishedAt, lang, dir, excerpt, leadImage, html, text, wordCount } = article;
  return { file, title, byline, siteName, publishedAt, lang, dir, excerpt, leadImage, html, text, wordCount };
}

/** Declares the type a file's extension implies, so an XHTML file is parsed as such and charset sniffing still runs. */
function contentTypeFor(file: string): string | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.xhtml' || ext === '.xht') return 'application/xhtml+xml';
  if (ext === '.html' || ext === '.htm') return 'text/html';
  return undefined;
}

// Extensions that say the file is Markdown or plain text: read as `lectern add` reads them, not as a web page.
const NOT_HTML = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.mdtxt', '.mdtext', '.txt', '.text']);
const HTML = new Set(['.html', '.htm', '.xhtml', '.xht', '.shtml']);

/**
 * What `lectern add` would keep from one input. Web pages go through the extractor here so --url can resolve
 * their links; Markdown and text (by extension, or by content when the name says nothing) are imported the
 * way add imports them, structure recovered instead of being parsed as HTML.
 */
function extractInput(file: string, input: Uint8Array | string, url: string | undefined): ExtractedArticle {
  if (typeof input === 'string') {
    const kind = guessTextKind(input);
    return kind === 'html' ? extractArticle(input, { url }) : importPastedText(input, kind);
  }
  const ext = extname(file).toLowerCase();
  const html = HTML.has(ext) || (!NOT_HTML.has(ext) && guessTextKind(decodeText(input, { markup: true }).text) === 'html');
  if (html) return extractArticle(input, { url, contentType: contentTypeFor(file) });
  return importFileBytes(basename(file), input);
}

async function readInput(io: CliIo, file: string): Promise<Uint8Array | string> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${file} does not exist.`);
    if (code === 'EISDIR') throw new Error(`${file} is a folder, not a file.`);
    throw new Error(`${file} could not be read (${(error as Error).message}).`);
  }
}

function render(format: ExtractFormat, file: string, article: ExtractedArticle, several: boolean): string {
  if (format === 'html') return article.html;
  if (format === 'markdown') {
    const heading = `# ${markdownText(article.title.replace(/\s+/g, ' ').trim())}\n\n${htmlToMarkdown(article.html)}`;
    // Several files in one stream need a visible seam; one file stays pure Markdown for piping. A name
    // holding "--" or ">" must not close the comment early.
    return several ? `<!-- ${basename(file).replace(/-{2,}|[<>]/g, '-')} -->\n${heading}\n` : heading;
  }
  // JSON Lines when there are several files (one object per line); one pretty object for a single file.
  return several ? JSON.stringify(record(file, article)) : JSON.stringify(record(file, article), null, 2);
}

/**
 * lectern extract [--url URL] [--format json|markdown|html] FILE... : prints what Lectern would keep
 * from each page, without touching the library. A file with no article is reported on stderr and
 * makes the exit code 1, while the others are still printed.
 */
async function extractFiles(io: CliIo, options: ExtractOptions): Promise<void> {
  if (options.files.length === 0) throw usageError('lectern extract needs at least one HTML, Markdown or text file, or - to read standard input.');
  const format = (options.format ?? 'json') as ExtractFormat;
  if (!FORMATS.includes(format)) throw usageError(`--format must be one of: ${FORMATS.join(', ')}.`);
  if (options.url !== undefined && !isWebUrl(options.url)) throw usageError(`--url must be an http or https address, not "${options.url}".`);
  const several = options.files.length > 1;
  let failed = 0;
  for (const file of options.files) {
    try {
      const input = await readInput(io, file);
      const article = extractInput(file, input, options.url);
      io.out(render(format, file, article, several));
    } catch (error) {
      failed++;
      io.err(`lectern: ${file}: ${(error as Error).message}`);
    }
  }
  if (failed > 0) throw new CliError(`${failed} of ${options.files.length} could not be extracted.`);
}

export const extractCommand: CliCommand = {
  name: 'extract',
  args: `[--url URL] [--format ${FORMATS.join('|')}] FILE... | -`,
  summary: 'print what Lectern would keep from saved pages and text files, without adding',
  details: ['them (several files: one JSON object per line); --url resolves', 'relative links and images'],
  options: ['url', 'format'],
  // Reads files only: it works even while the app holds the library's lock.
  library: 'none',
  run: (io, { args, options }) => extractFiles(io, { files: args, url: options.url, format: options.format }),
};

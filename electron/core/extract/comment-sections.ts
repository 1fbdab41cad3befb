import type { DomElement } from './dom-types.ts';
import { normalizedText } from './text-metrics.ts';

/**
 * Readers' comments are never the article, however long the thread: a blog post with two
 * hundred comments must keep the post. We find comment sections by their names (comments,
 * comment-list, disqus), by microdata (itemprop=comment, itemtype …/Comment) and by the
 * comments a page declares in JSON-LD, and remove them before anything looks for the article.
 */

const COMMENT_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'commentslist', 'disqus', 'respond', 'kommentar', 'kommentare', 'commentaires',
  'comentarios', 'commenti', 'reacties',
]);
/** Words that make a comment name a control ("comment-count", "comments-link") or a state of the post ("comments-open"). */
const CONTROL_WORDS = new Set(['count', 'counts', 'number', 'link', 'links', 'button', 'btn', 'icon', 'open', 'closed', 'enabled', 'disabled', 'toggle', 'trigger', 'bubble']);
/** A class that names the article body itself: an element carrying it is not a comment section, whatever else it says. */
const BODY_NAME = /^(?:article|post|entry|story|hentry)(?:-(?:body|content|text))?$|^(?:content|main)$/;
/** A quick look at the raw names before splitting them into words (most elements say nothing of comments). */
const MENTIONS_COMMENTS = /comment|disqus|respond|kommentar|comentario|reacties/i;

/** Paragraph text that must remain outside the comments for them to go: a forum thread is all comments. */
const MIN_TEXT_LEFT = 200;

/**
 * Removes the comment sections under `body`. `named` are its elements with a class, id,
 * itemprop or itemtype, in page order; `declared` are comment texts from JSON-LD.
 */
export function removeCommentSections(body: DomElement, declared: string[], named: DomElement[]): void {
  const doomed: DomElement[] = [];
  for (const el of named) {
    if (isCommentSection(el) && !doomed.some((d) => contains(d, el)) && mayRemove(el)) doomed.push(el);
  }
  for (const el of declaredComments(body, declared)) if (!doomed.some((d) => contains(d, el))) doomed.push(el);
  if (!doomed.length || paragraphTextOutside(body, doomed) < MIN_TEXT_LEFT) return;
  for (const el of doomed) el.remove();
}

function paragraphTextOutside(body: DomElement, sections: DomElement[]): number {
  let total = 0;
  for (const p of body.getElementsByTagName('p')) if (!sections.some((s) => contains(s, p))) total += normalizedText(p).length;
  return total;
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let node: DomElement | null = inner; node; node = node.parentElement) if (node === outer) return true;
  return false;
}

function isCommentSection(el: DomElement): boolean {
  const prop = el.getAttribute('itemprop') ?? '';
  if (prop && /(?:^|\s)comments?(?:\s|$)/i.test(prop)) return true;
  const type = el.getAttribute('itemtype');
  if (type && /\/(?:Comment|UserComments)$/i.test(type)) return true;
  if (!MENTIONS_COMMENTS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
  if (el.localName === 'a' || el.localName === 'span' || el.localName === 'button') return false;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean).map(tokenWords);
  if (tokens.some((words) => BODY_NAME.test(words.join('-')))) return false;
  // Judged per class token: "post comments-open" is a post, "post-comments" is its comments.
  return tokens.some((words) => words.some((w) => COMMENT_WORDS.has(w)) && !words.some((w) => CONTROL_WORDS.has(w)));
}

/** "commentList", "comment_list" and "comment-list" alike, as lower-case words. */
function tokenWords(token: string): string[] {
  return token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Never the part of the page that holds the headline or the article body. */
function mayRemove(el: DomElement): boolean {
  return el.querySelector('h1, [itemprop~="articleBody" i], [itemprop~="headline" i]') === null;
}

/** The smallest blocks that hold each JSON-LD comment's text (a comment thread the markup does not name). */
function declaredComments(body: DomElement, declared: string[]): DomElement[] {
  const pending = new Map<string, number>();
  for (const text of declared) {
    const flat = text.replace(/\s+/g, ' ').trim();
    // Short comments ("Thanks!") could match a sentence of the article.
    if (flat.length >= 30) pending.set(flat.slice(0, 80), flat.length);
  }
  const found: DomElement[] = [];
  for (const el of pending.size ? body.querySelectorAll('li, article, div, section, blockquote, p') : []) {
    if (!pending.size) break;
    const text = normalizedText(el);
    for (const [snippet, length] of pending) {
      // The first (outermost) block about the comment's size is the comment with its author line.
      if (text.length > length * 1.5 + 300 || !text.includes(snippet)) continue;
      if (mayRemove(el)) found.push(el);
      pending.delete(snippet);
    }
  }
  return found;
}

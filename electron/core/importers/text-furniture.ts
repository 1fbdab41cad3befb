/**
 * Page furniture in plain text: the lines a copy-paste or "save as text" drags along from around
 * an article (share buttons, comment counts, newsletter boxes, "related" lists). Lines are
 * compared after `normalizeFurniture`, so case, counts and trailing punctuation do not matter.
 */

/** Lines that are never article text, wherever they stand. */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  // advertising
  'advertisement', 'advertisements', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'paid partner content', 'story continues below advertisement', 'article continues below advertisement',
  'continue reading below', 'article continues below', 'story continues below', 'scroll to continue with content',
  'advertisement scroll to continue', 'report this ad', 'remove ads',
  // sharing and saving
  'share', 'share this', 'share this article', 'share this post', 'share this story', 'share article', 'share story',
  'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email',
  'share via', 'share with', 'tweet', 'tweet this', 'email', 'e-mail', 'print', 'print this page', 'copy link',
  'copy url', 'link copied', 'save', 'save article', 'save for later', 'saved', 'bookmark', 'gift this article',
  'gift article', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'telegram', 'x',
  'instagram', 'youtube', 'tiktok', 'flipboard', 'pocket', 'mastodon', 'bluesky', 'threads',
  // comments and discussion
  'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'view comments',
  'show comments', 'hide comments', 'see comments', 'join the conversation', 'join the discussion', 'discussion',
  'discussion about this post', 'discuss this article', 'comments are closed', 'no comments', 'no comments yet',
  'be the first to comment', 'start the conversation', 'conversation', 'reply', 'replies', 'like', 'likes',
  'like this', 'report', 'report an error', 'report a correction', 'submit a correction',
  // newsletters and accounts
  'subscribe', 'subscribe now', 'subscribe today', 'subscribe to our newsletter', 'subscribe to newsletter',
  'sign up', 'sign up now', 'sign up for our newsletter', 'sign up to our newsletter', 'sign up for free',
  'newsletter', 'get our newsletter', 'get the newsletter', 'follow us', 'follow', 'following',
  'log in', 'login', 'sign in', 'register', 'create account', 'create a free account', 'already a subscriber',
  'already have an account', 'upgrade', 'upgrade to paid', 'become a member', 'support us', 'donate',
  // what to read next
  'related', 'related articles', 'related posts', 'related stories', 'related content', 'related coverage',
  'related topics', 'related reading', 'recommended', 'recommended for you', 'recommended stories',
  'recommended reading', 'you may also like', 'you might also like', 'you may be interested in',
  'more from this author', 'more stories', 'more on this story', 'more on this topic', 'more like this',
  'popular', 'most popular', 'most read', 'most viewed', 'trending', 'trending now', 'top stories',
  'latest', 'latest news', 'latest stories', 'editors picks', "editor's picks", 'read next', 'what to read next',
  'up next', 'next article', 'previous article', 'next post', 'previous post', 'next story', 'previous story',
  'read more', 'read more here', 'read more below', 'read the full article', 'read full article',
  'read full story', 'keep reading', 'continue reading', 'continue reading the main story', 'see more',
  'show more', 'load more', 'view more', 'more', 'see also', 'further reading',
  // navigation and chrome
  'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'jump to content',
  'menu', 'main menu', 'open menu', 'close menu', 'navigation', 'search', 'home', 'close', 'back', 'back to top',
  'back to home', 'go to top', 'top', 'listen to this article', 'listen to article', 'listen', 'play audio',
  'loading', 'feedback', 'send feedback', 'was this article helpful', 'was this helpful', 'thanks for reading',
  'thank you for reading', 'all rights reserved', 'privacy policy', 'terms of use', 'terms of service',
  'terms and conditions', 'cookie policy', 'cookie settings', 'accept cookies', 'accept all cookies',
  'contact us', 'about us', 'tags', 'topics', 'filed under', 'posted in', 'categories', 'category',
  'view gallery', 'open gallery', 'enlarge this image', 'toggle caption', 'hide caption', 'image', 'photo',
]);

/** Lines that start a trailer: once one appears late in the text, nothing after it is the article. */
export const TRAILER_MARKERS: ReadonlySet<string> = new Set([
  'discussion about this post', 'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment',
  'join the conversation', 'join the discussion', 'discuss this article',
  // "Discussion" alone is left out on purpose: it is also a section of papers and reports.
  'related', 'related articles', 'related posts', 'related stories', 'related content', 'related coverage',
  'related topics', 'related reading', 'recommended', 'recommended for you', 'recommended stories',
  'you may also like', 'you might also like', 'you may be interested in', 'more from this author',
  'more stories', 'more on this story', 'more on this topic', 'more like this', 'most popular', 'most read',
  'most viewed', 'trending', 'trending now', 'top stories', 'latest news', 'latest stories',
  'editors picks', "editor's picks", 'read next', 'what to read next', 'up next', 'next article', 'next post',
  'next story', 'previous article', 'previous post',
]);

// Furniture that carries a variable part: counts, names, dates, handles.
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^\d+ (comments?|replies|responses|shares|likes)$/,
  /^(comments?|replies|responses|shares|likes) \d+$/,
  /^\d+ min(ute)?s? (read|listen)$/,
  /^(share|follow us|follow|like us|find us|connect with us) on .{1,40}$/,
  /^(sign up|subscribe|register) (for|to) .{1,60}$/,
  /^(more|read more|latest|more stories|more articles|more news) (from|in|on|about|by) .{1,60}$/,
  /^(tags|topics|filed under|posted in|categories|category|related|see also|read more|read next|keywords)\s*:.{0,200}$/,
  /^(©|\(c\)|copyright\b).{0,160}$/,
  /^all rights reserved\b.{0,120}$/,
  /^(photo|image|illustration|video) (credit|courtesy)\b.{0,120}$/,
  /^click here to .{1,80}$/,
  /^this (article|story|post) (is|was) (more than|over) .{1,60} old$/,
];

/** Lowercases and strips what varies around a furniture line: bullets, counts, arrows, trailing punctuation. */
function normalizeFurniture(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^[\s\-*•·▪◦‣►>»|]+/u, '')
    .replace(/\s*\(\d+\)\s*$/u, '')
    .replace(/[\s:.!…»›>→|]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a whole line is page furniture. */
export function isFurnitureLine(line: string): boolean {
  if (line.length > 200) return false;
  const normal = normalizeFurniture(line);
  if (normal === '') return true;
  if (FURNITURE_LINES.has(normal)) return true;
  if (isBreadcrumb(line)) return true;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(normal));
}

/** Whether a line opens a trailer of comments or links to other articles. */
export function isTrailerMarker(line: string): boolean {
  return line.length < 80 && TRAILER_MARKERS.has(normalizeFurniture(line));
}

/** "Home > World > Middle East": short segments joined by two or more path separators. */
function isBreadcrumb(line: string): boolean {
  if (line.length > 120) return false;
  const parts = line.split(/\s+[>›»/|→]\s+/u);
  return parts.length >= 3 && parts.every((part) => part.length > 0 && part.length <= 30 && !/[.!?]$/.test(part));
}

/** Advertising lines that interrupt the body; dropped wherever they stand. */
export function isInterruption(line: string): boolean {
  if (line.length > 60) return false;
  const normal = normalizeFurniture(line);
  return /^(advertisement|advertisements|ad|sponsored|story continues below( advertisement)?|article continues below( advertisement)?|continue reading below|scroll to continue with content|advertisement scroll to continue|report this ad)$/.test(normal);
}

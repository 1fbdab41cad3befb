import type { DomElement } from './dom-types.ts';

/**
 * Recognises page furniture (navigation, sharing, related links, comments, cookie and
 * newsletter boxes, ads) from the names sites give it. Class and id values are split into
 * words ("post-share-bar" → post, share, bar; "relatedPosts" → related, posts) and matched as
 * whole words, so "shared-memory" or "metadata" in prose-ish class names do not trip a rule.
 */

const BOILERPLATE_WORDS = new Set([
  // navigation and page chrome
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'submenu', 'breadcrumb', 'breadcrumbs', 'crumbs', 'pagination',
  'pager', 'footer', 'sidebar', 'widget', 'widgets', 'toolbar', 'masthead', 'skip', 'skiplink', 'topbar', 'offcanvas',
  // sharing and social
  'share', 'shares', 'sharing', 'sharedaddy', 'social', 'sociable', 'addtoany', 'a2a', 'shariff', 'sharebar', 'follow',
  // related and recommendations
  'related', 'relatedposts', 'recommended', 'recommendations', 'recommendation', 'popular', 'trending', 'mostread',
  'yarpp', 'outbrain', 'taboola', 'teaser', 'teasers', 'promo', 'promos', 'sponsored', 'sponsor', 'partner',
  // comments and forms
  'comment', 'comments', 'commentlist', 'respond', 'reply', 'disqus', 'akismet', 'discussion',
  // consent, newsletters, ads
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'ad', 'ads',
  'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'banner', 'modal', 'popup', 'overlay',
  'lightbox', 'noprint',
  // article furniture that the reader shows elsewhere or not at all
  'byline', 'dateline', 'timestamp', 'tags', 'tagcloud', 'tag', 'categories', 'rating', 'ratings', 'login', 'search',
  'visually', 'sr', 'screenreader', 'author', 'authors', 'bio', 'avatar', 'meta', 'postmeta',
  'prevnext', 'next', 'prev', 'previous', 'backlinks', 'permalink', 'postmetadata', 'metadata', 'utility', 'credit',
  'credits', 'copyright', 'disclaimer', 'disclosure', 'shop', 'donate', 'donation', 'donations', 'spenden', 'toc', 'jump',
  'newsletters', 'category',
]);

/** Words that mark an element as article text: when its class says so, furniture words in its id are ignored. */
const CONTENT_WORDS = /^(?:article|content|entry|post|story|body|text|main|blog|page|single|hentry|prose|richtext)$/;

const BOILERPLATE_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar|tablist)$/;

/** Splits class and id values into lowercase words (kebab, snake and camel case). */
export function nameWords(el: DomElement): string[] {
  return splitWords(`${el.getAttribute('class') ?? ''} ${usefulId(el)}`);
}

function splitWords(raw: string): string[] {
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Ids on headings and paragraphs are usually slugs of their own text ("what-to-read-next"),
 * and long hyphenated ids anywhere are too; neither says what the element is for.
 */
function usefulId(el: DomElement): string {
  const id = el.getAttribute('id') ?? '';
  if (!id || /^h[1-6]$/.test(el.localName)) return '';
  return el.localName !== 'div' && id.split(/[-_]/).length >= 4 ? '' : id;
}

/** True when the element's class/id/role/itemprop names it as page furniture. */
export function isBoilerplateByName(el: DomElement): boolean {
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.test(role)) return true;
  const words = nameWords(el);
  // An id like "TOC_TITLE_2" on an element whose class says "content_body" is an anchor, not a role.
  const classWords = words.slice(0, splitWords(el.getAttribute('class') ?? '').length);
  const checked = classWords.some((w) => CONTENT_WORDS.test(w)) ? classWords : words;
  for (const word of checked) if (BOILERPLATE_WORDS.has(word)) return true;
  // Joined names such as "sharebuttons" or "relatedarticles" carry no separators.
  for (const word of checked) if (/^(?:share|social|related|comment|newsletter|cookie|breadcrumb|sidebar|footer|advert)/.test(word) && word.length > 6) return true;
  return false;
}

/** Short lines that introduce furniture rather than content ("Share this:", "Related posts", "Tags:"). */
export const FURNITURE_TEXT = /^(?:share|share this|teilen|partager|compartir|condividi|tags?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|related|related posts|related articles|(?:das )?(?:k(?:ö|o)nnte|d(?:ü|u)rfte) (?:sie|dich) auch interessieren|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge|themen)|mehr zum thema|lesen sie auch|auch interessant|read more|read next|more from|you may also like|you might also like|advertisement|anzeige|werbung|publicité|comments?|kommentare?|leave a (?:comment|reply)|schreibe einen kommentar|like this|gefällt mir|filed under|posted in|kategorien?|categories)\s*:?$/i;

/** Openings of "see also" lines and closing sections: the line (and a short section under a heading) is furniture. */
export const LEAD_IN_TEXT = /^(?:(?:mehr|weitere|more|related|ähnliche|otros|otras|plus de|altri|altre) (?:themen|topics|artikel|articles|beiträge|stories|news|nachrichten|noticias|notizie|sujets|articulos|artículos)|temas relacionados|noticias relacionadas|articoli correlati|lea también|lee también|mire:|mira:|puedes ver|te puede interesar|también te puede interesar|ver más|lee más|leia também|veja também|leggi anche|zobacz (?:też|także)|przeczytaj (?:też|także)|czytaj więcej|à lire aussi|lire aussi|a lire aussi|czytaj (?:też|także|również)|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|weitere informationen|weiterführende? links?|see also|read (?:more|also|next)|related:|dowiedz się więcej|leggi anche|lee también|ver también|zum thema|auch interessant|das könnte sie auch interessieren|über den autor|über die autorin|zum autor|zur autorin|about the author|vorschau auf|more stories|more from|recommended|empfehlungen|quellen(?:angaben)?:?$|sources?:?$|inhaltsverzeichnis$|table of contents$|contents$|teilnehmende|newsletter|abonnieren|subscribe)/i;

/** Photo credits and copyright lines that sit under pictures or at the end of articles. */
export const CREDIT_TEXT = /^(?:\(?(?:foto|fotos|photo|photos|bild|bilder|image|images|credit|credits|crédits?(?: photos?)?|quelle|source|titelbild|beitragsbild|headerbild|abbildung|copyright|bildquelle|fotocredit|fuente|źródło)\b\s*[:/©]?|©|\(c\)\s)|(?:shutterstock|getty ?images|istock(?:photo)?|unsplash|pixabay|dpa|afp|reuters|imago|picture alliance)(?:\.com)?\)?\s*$/i;

const STRONG_WORDS = /^(?:comments?|commentlist|respond|disqus|related|relatedposts|share|sharing|sharedaddy|social|newsletter|cookie|consent|footer|sidebar|breadcrumbs?|outbrain|taboola|yarpp|advertisement|ads?)$/;

/** Furniture names that are never used for an article wrapper, so they may go even when large. */
export function hasStrongBoilerplateName(el: DomElement): boolean {
  const words = nameWords(el);
  return words.some((w) => STRONG_WORDS.test(w)) && !words.some((w) => /^(?:article|content|entry|body|text|main|story)$/.test(w));
}

/** Appeals that close articles: newsletters, donations, "follow us", affiliate and copyright notices. */
export const APPEAL_TEXT = /(?:artikel|beitrag|post|article) (?:gefallen|teilen)|vergiss nicht|besuchen sie unseren|visit our (?:shop|store|website)|ohne gewähr|creative commons|sofern nicht anders|unless otherwise (?:noted|stated)|follow (?:\S+ ){0,3}on (?:twitter|instagram|facebook)|(?:twitter|instagram|facebook|whatsapp|telegram|youtube|tiktok)\b.*(?:twitter|instagram|facebook|whatsapp|telegram|youtube|tiktok)\b|latest (?:stories|news)|breaking news|letter to the editor|hazte miembro|suscr[ií]bete|únete|periodismo|ya sabías|newsletter|abonnier|subscribe|subscription|spende|spenden|donat|support us|unterstütz|folge uns|follow us|síguenos|siguenos|suivez-nous|seguici|copyright|all rights reserved|alle rechte|not responsible for|affiliate|anzeige\b|werbung|sponsored|gefällt (?:dir|ihnen)|hat (?:dir|ihnen) (?:der|dieser) (?:artikel|beitrag)|did you (?:like|enjoy)|share this|teile(?:n sie)? (?:diesen|den) (?:artikel|beitrag)|kommentar|comments? (?:are|is) (?:closed|moderated)|disclaimer|haftungsausschluss|kennt ihr schon|jetzt (?:bestellen|kaufen|testen)|sign up|log ?in to|please log in/i;

/** Short label lines: dates, categories, reading time, "back to list" and other interface words. */
export const LABEL_TEXT = /^(?:(?:news |post |publish )?(?:publikacja|published|publicado|publié|pubblicato|veröffentlich(?:t|ung)|erschienen(?: in| am)?|release date|category|categoría|kategorie|posted(?: on| in)?|datum|date|stand|updated|aktualisiert|last modified|zuletzt (?:geändert|aktualisiert))\b\s*:?.{0,40}|\d+\s*(?:min(?:ute[ns]?|utos|uti|ut)?\.?)\s*(?:read|reading|lesezeit|lectura|de lectura|czytania|di lettura|de lecture)|(?:lesezeit|reading time|tiempo de lectura)\s*:?\s*\d+.{0,12}|weiterlesen|read more|mehr lesen|leer más|lire la suite|continua a leggere|zurück(?: zu[rm]? .{0,30})?|back(?: to .{0,30})?|print(?: (?:recipe|article|this))?|drucken|artikel drucken|feedback(?: to (?:the )?editors?)?|(?:quellen|sources?) (?:ausblenden|einblenden|anzeigen|show|hide)|to top|nach oben|top|(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?|\d{1,2}:\d{2}(?:\s*(?:uhr|h|am|pm))?)$/i;

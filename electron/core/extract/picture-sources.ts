/**
 * Folds each <picture> into its one <img>, carrying every usable <source>'s candidates in the
 * image's srcset. The sanitizer keeps no <source> (so without this a picture whose sources hold
 * the real image loses it), and the image localizer then stores the one size that suits the
 * reader. Runs on the article's HTML as the sanitizer's first step: folding pictures in the page
 * earlier would change what Readability and the pruning rules count.
 */

/** Source types the localizer can store; a <source type="image/jxl"> would only cost a failed try. */
const STORABLE_TYPE = /^image\/(?:jpe?g|png|gif|webp|avif|svg\+xml)$/i;
const PICTURE = /<picture\b[^>]*>([\s\S]*?)<\/picture\s*>/gi;

/** Returns `html` with every <picture> made one <img>. */
export function collapsePictures(html: string): string {
  if (!/<picture\b/i.test(html)) return html;
  return html.replace(PICTURE, (_picture, inner: string) => {
    const sets: string[] = [];
    for (const [, attrs = ''] of inner.matchAll(/<source\b([^>]*)>/gi)) {
      const type = attribute(attrs, 'type');
      if (type && !STORABLE_TYPE.test(type.trim())) continue;
      const set = attribute(attrs, 'srcset') ?? attribute(attrs, 'data-srcset') ?? attribute(attrs, 'src');
      if (set?.trim()) sets.push(set.trim());
    }
    const img = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*\/?>/i.exec(inner);
    if (!img) return sets.length ? `<img srcset="${unique(sets)}">` : '';
    const attrs = img[1] ?? '';
    const own = attribute(attrs, 'srcset') ?? attribute(attrs, 'data-srcset');
    if (own?.trim()) sets.push(own.trim());
    if (!sets.length) return `<img${attrs}>`;
    return `<img${attrs.replace(attributePattern('(?:data-)?srcset', 'gi'), '')} srcset="${unique(sets)}">`;
  });
}

/** An attribute with its value double-, single- or un-quoted, as pages write them. */
function attributePattern(name: string, flags: string): RegExp {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, flags);
}

/** One attribute's value as written (entities left as they are), or null. */
function attribute(attrs: string, name: string): string | null {
  const match = attributePattern(name, 'i').exec(` ${attrs}`);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The candidate lists as one srcset value, each once, safe inside double quotes. */
function unique(sets: string[]): string {
  return [...new Set(sets)].join(', ').replace(/"/g, '&quot;');
}

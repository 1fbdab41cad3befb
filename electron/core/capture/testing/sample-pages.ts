/** Realistic pages for the capture tests: what news sites and blogs really ship, trimmed. */

const paragraphs = (topic: string, count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>${topic} paragraph ${i + 1}. Offline reading only works when every part of the article travels with it, so the capture step ` +
      `downloads each picture, checks what it really is, and keeps it beside the text. Readers notice a missing chart far more than ` +
      `a slightly smaller photo, which is why the column width decides which file of a srcset is kept.</p>`,
  ).join('\n');

const chrome = (body: string) => `
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
<main>${body}</main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul></aside>
<footer>© 2026 The Daily Fixture · <a href="/privacy">Privacy</a></footer>
<script>window.dataLayer = []; document.write('<img src="https://tracker.example/x.gif">');</script>`;

/** An article whose body shows ten different ways of embedding images. `origin` is the server's own http://127.0.0.1:port. */
export function imageGalleryArticle(origin: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ten ways to ship a picture | The Daily Fixture</title>
<meta property="og:title" content="Ten ways to ship a picture">
<meta property="og:image" content="${origin}/img/og-lead.png">
<meta name="author" content="Ada Fixture">
<meta property="article:published_time" content="2026-03-04T10:00:00Z">
</head><body>${chrome(`
<article>
<h1>Ten ways to ship a picture</h1>
<p class="byline">By Ada Fixture</p>
${paragraphs('Opening', 2)}
<figure><img src="/img/plain.png" alt="A plain relative image" width="640" height="360"><figcaption>1. Relative src</figcaption></figure>
<figure><img src="${origin}/img/absolute.jpg" alt="An absolute image"><figcaption>2. Absolute src</figcaption></figure>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/lazy.png" class="lazyload" alt="A lazy image"><figcaption>3. Lazy data-src</figcaption></figure>
${paragraphs('Middle', 2)}
<figure><img src="/img/w-400.png" srcset="/img/w-400.png 400w, /img/w-1400.png 1400w, /img/w-2800.png 2800w" sizes="(max-width: 700px) 100vw, 700px" alt="A responsive image"><figcaption>4. srcset with widths</figcaption></figure>
<figure><picture><source type="image/webp" srcset="/img/pic-800.png 800w, /img/pic-1600.png 1600w"><img src="/img/pic-fallback.png" alt="A picture element"></picture><figcaption>5. picture and source</figcaption></figure>
<figure><img src="/img/x1.png" srcset="/img/x1.png 1x, /img/x2.png 2x, /img/x3.png 3x" alt="A density image"><figcaption>6. srcset with densities</figcaption></figure>
<figure><img src="//${origin.replace(/^https?:\/\//, '')}/img/protocol-relative.jpg" alt="Protocol relative"><figcaption>7. Protocol-relative src</figcaption></figure>
<figure><img src="/img/logo.svg" alt="Diagram drawn in SVG"><figcaption>8. SVG with a script inside</figcaption></figure>
${paragraphs('Later', 2)}
<figure><img src="/img/missing.png" alt="A chart that is gone"><figcaption>9. A broken image</figcaption></figure>
<figure><img src="/img/mislabelled" alt="Served with the wrong type"><figcaption>10. A PNG served as image/jpeg</figcaption></figure>
<p><img src="/img/plain.png" alt="The first picture again"> The first picture appears once more.</p>
<p><img src="/img/track.gif" alt=""> <img src="/beacon/open.gif" width="1" height="1" alt=""><img src="https://pixel.wp.com/g.gif?v=1" alt=""></p>
${paragraphs('Closing', 2)}
</article>`)}
</body></html>`;
}

/** A plain article with one image, for redirect, encoding and retry tests. */
export function simpleArticle(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${chrome(`
<article><h1>${title}</h1>${extra}${paragraphs(title, 5)}<figure><img src="/img/plain.png" alt="Plain"></figure></article>`)}
</body></html>`;
}

/** A sign-in page: there is no article to find. */
export const loginWall = `<!doctype html><html><head><title>Sign in</title></head><body>
<div class="modal"><h2>Sign in to continue reading</h2>
<form action="/login" method="post"><label>Email <input name="email"></label><label>Password <input type="password" name="pw"></label><button>Sign in</button></form>
<p>Subscribers only. <a href="/subscribe">Subscribe</a></p></div></body></html>`;

/** Cut off mid-article: no closing tags after the third paragraph. */
export function truncatedMarkup(): string {
  const full = simpleArticle('A story cut short');
  return full.slice(0, full.indexOf('paragraph 4.'));
}

/** UTF-8 text that the server will (wrongly) label ISO-8859-1. */
export function utf8Article(): string {
  return simpleArticle('Café naïveté — déjà vu', '<p>Crème brûlée, façade, jalapeño: “quotes” and — dashes — in UTF-8.</p>');
}

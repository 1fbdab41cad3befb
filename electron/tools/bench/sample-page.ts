/** A realistic ~20 KB article page (navigation, article, sidebar, footer) for import benchmarks. */
export function samplePage(seed: number): string {
  const sentence = (n: number) =>
    `Paragraph ${n} of a long read about attention, libraries and the slow pleasure of reading on paper and on screens, where every sentence earns its place.`;
  const paragraphs = Array.from({ length: 70 }, (_, i) => `<p>${sentence(i)} ${sentence(i + seed)}</p>`).join('\n');
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The slow reader ${seed} | Quiet Press</title>
<meta property="og:site_name" content="Quiet Press"><meta name="author" content="Ada Brennan"></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>The slow reader ${seed}</h1><p class="byline">By Ada Brennan</p>${paragraphs}
<h2>What comes next</h2><blockquote><p>Reading is a conversation with time.</p></blockquote></article>
<aside class="related"><h3>Related</h3><ul>${nav}</ul></aside></main>
<footer><p>© Quiet Press</p><ul>${nav}</ul></footer></body></html>`;
}

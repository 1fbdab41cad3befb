import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.ts';
import { collapsePictures } from './picture-sources.ts';

const story = (figure: string): string => `<!doctype html><html lang="en"><head><title>Academics on short contracts | The Guardian</title></head><body>
  <div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1">
  ${Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the report explains how universities came to rely on staff hired by the hour, and what it costs them.</p>`).join('')}
  ${figure}
  ${Array.from({ length: 3 }, (_, i) => `<p>Closing paragraph ${i} quotes the union and the employers, who disagree about how far the trend has gone.</p>`).join('')}
  </div></div></body></html>`;

describe('collapsePictures', () => {
  test('a picture becomes its <img>, carrying the sources in its srcset', () => {
    assert.equal(
      collapsePictures('<figure><picture><source srcset="a.jpg 140w, b.jpg 500w"><img src="c.jpg" alt="Lecture"></picture></figure>'),
      '<figure><img src="c.jpg" alt="Lecture" srcset="a.jpg 140w, b.jpg 500w"></figure>',
    );
  });

  test('lazy sources, the image\'s own srcset and a missing <img> are all handled', () => {
    assert.equal(
      collapsePictures('<picture><source data-srcset="a.webp 800w" type="image/webp"><img data-srcset="b.jpg 400w" srcset="c.jpg 1x"></picture>'),
      '<img srcset="a.webp 800w, c.jpg 1x">',
    );
    assert.equal(collapsePictures('<picture><source srcset="only.jpg 900w"></picture>'), '<img srcset="only.jpg 900w">');
    assert.equal(collapsePictures('<p>No pictures</p>'), '<p>No pictures</p>');
  });

  test('sources the localizer cannot store are left out', () => {
    assert.equal(collapsePictures('<picture><source srcset="a.jxl 900w" type="image/jxl"><img src="c.jpg"></picture>'), '<img src="c.jpg">');
  });
});

describe('pictures through extraction and sanitizing', () => {
  test('a Guardian-style <picture> in the body survives as one image with every candidate', () => {
    const { html } = extractArticle(
      story('<figure id="img-2" data-spacefinder-role="inline"><div class="dcr-2"><picture class="dcr-3"><source srcset="https://i.guim.co.uk/a.jpg?width=140 140w, https://i.guim.co.uk/b.jpg?width=500 500w" media="(min-width: 660px)"><img alt="A lecture hall" src="https://i.guim.co.uk/c.jpg?width=300" loading="lazy"></picture></div><figcaption>Students in a lecture hall at the University of Leeds. Photograph: Christopher Thomond/The Guardian</figcaption></figure>'),
      { url: 'https://www.theguardian.com/education/2020/jan/20/academics' },
    );
    const images = html.match(/<img [^>]*>/g) ?? [];
    assert.equal(images.length, 1, html);
    assert.match(images[0]!, /src="https:\/\/i\.guim\.co\.uk\/c\.jpg\?width=300"/);
    assert.match(images[0]!, /srcset="https:\/\/i\.guim\.co\.uk\/a\.jpg\?width=140 140w, https:\/\/i\.guim\.co\.uk\/b\.jpg\?width=500 500w"/);
    assert.match(html, /Students in a lecture hall at the University of Leeds\. Photograph: Christopher Thomond\/The Guardian/);
    assert.doesNotMatch(html, /<source|<picture/);
  });

  test('a picture with only lazy sources and a placeholder image keeps the real picture', () => {
    const { html } = extractArticle(
      story('<figure><picture><source data-srcset="/media/hall-800.jpg 800w, /media/hall-1600.jpg 1600w"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Hall"></picture></figure>'),
      { url: 'https://news.example/story' },
    );
    assert.match(html, /<img [^>]*src="https:\/\/news\.example\/media\/hall-1600\.jpg"/);
    assert.match(html, /srcset="https:\/\/news\.example\/media\/hall-800\.jpg 800w, https:\/\/news\.example\/media\/hall-1600\.jpg 1600w"/);
  });
});

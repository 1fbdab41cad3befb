/**
 * The reader's place for an article whose text is not here: its title and link (opened in the system
 * browser, like every outside link), that it will be saved in the background or why its download failed,
 * Download now / Retry (the article goes to the front of the queue and starts even while downloads are
 * paused), and the highlights imported for it, waiting for the text to be placed in.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnchoredHighlight, Article } from '../../../electron/shared/models.ts';
import { isWebUrl, shortAddress } from '../../../electron/shared/web-address.ts';
import { call } from '../../api/client.ts';
import { registerShortcuts } from '../../app/shortcuts.ts';
import { BackIcon } from '../../reader/reader-icons.tsx';
import { sourceLabel } from '../row-meta.ts';
import { downloadStatus, retryDownloads } from './download-store.ts';
import { articleDownloadLine } from './download-wording.ts';
import { counted } from './migration-wording.ts';
import '../../reader/reader.css';
import './not-downloaded.css';

export function NotDownloadedView({ article, onBack }: { article: Article; onBack: () => void }) {
  const [asked, setAsked] = useState(false);
  const [highlights, setHighlights] = useState<AnchoredHighlight[]>([]);
  const failed = article.download?.state === 'failed';
  const url = article.source.kind === 'url' && isWebUrl(article.source.value) ? article.source.value : null;
  const paused = downloadStatus.value?.paused === true && article.download?.state === 'queued';
  const primary = useRef<HTMLButtonElement>(null);

  const download = async () => {
    setAsked(true);
    if (!(await retryDownloads([article.id]))) setAsked(false);
  };
  const act = useRef(download);
  act.current = download;

  useEffect(() => {
    document.title = `${article.title} — Lectern`;
    primary.current?.focus({ preventScroll: true });
    void call('highlights.list', { articleId: article.id }).then((result) => result.ok && setHighlights(result.value));
  }, [article.id]);

  // A failure that comes back (or a first one) lets the person ask again.
  useEffect(() => setAsked(false), [article.download?.state, article.download?.attempts]);

  useEffect(
    () =>
      registerShortcuts('reader', [
        { keys: ['Escape'], description: 'Back to the library', run: onBack },
        { keys: [], description: failed ? 'Retry the download of this article' : 'Download this article now', run: () => void act.current() },
      ]),
    [onBack, failed],
  );

  return (
    <div class="reader not-downloaded" data-testid="not-downloaded">
      <header class="reader-bar">
        <button type="button" class="reader-button reader-back" onClick={onBack} title="Back to the library (Esc)">
          <BackIcon />
          <span class="reader-back-label">Library</span>
        </button>
      </header>
      <main class="not-downloaded-main" aria-labelledby="not-downloaded-title">
        <article class="not-downloaded-card">
          <p class="not-downloaded-site">{sourceLabel(article)}</p>
          <h1 id="not-downloaded-title" class="not-downloaded-title" lang={article.lang ?? undefined} dir="auto">
            {article.title}
          </h1>
          {url && (
            <a class="not-downloaded-link" href={url} target="_blank" rel="noopener noreferrer" title={url}>
              {shortAddress(url, 72)}
            </a>
          )}
          <p class={`not-downloaded-status${failed ? ' is-failed' : ''}`} role="status">
            {asked || !article.download ? 'Downloading… the article opens here as soon as its text has arrived.' : articleDownloadLine(article.download)}
          </p>
          {paused && !asked && <p class="not-downloaded-note">Background downloads are paused; Download now fetches this one anyway.</p>}
          <div class="not-downloaded-actions">
            <button ref={primary} type="button" class="btn btn-primary" disabled={asked} onClick={() => void download()}>
              {failed ? 'Retry' : 'Download now'}
            </button>
          </div>
          {highlights.length > 0 && <WaitingHighlights highlights={highlights} />}
        </article>
      </main>
    </div>
  );
}

function WaitingHighlights({ highlights }: { highlights: AnchoredHighlight[] }) {
  return (
    <section class="not-downloaded-highlights" aria-labelledby="waiting-highlights-title">
      <h2 id="waiting-highlights-title" class="not-downloaded-subtitle">
        {counted(highlights.length, 'highlight')} waiting for the text
      </h2>
      <ul>
        {highlights.map((highlight) => (
          <li key={highlight.id} class="not-downloaded-quote" data-color={highlight.color}>
            <blockquote dir="auto">{highlight.selectors[0].exact}</blockquote>
            {highlight.note && <p class="not-downloaded-quote-note">{highlight.note}</p>}
          </li>
        ))}
      </ul>
      <p class="not-downloaded-note">They are placed in the article as soon as it has been downloaded.</p>
    </section>
  );
}

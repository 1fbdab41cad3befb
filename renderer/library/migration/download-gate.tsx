/**
 * Between opening an article and the reader: an article whose text is not downloaded yet (or failed) gets a
 * calm panel instead of an empty page. While the panel shows, every change to the article or the queue is
 * checked, and once the text is there the reader opens in its place.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { waitsForText } from '../../../electron/shared/article-download.ts';
import type { Article } from '../../../electron/shared/models.ts';
import { call, onEvent } from '../../api/client.ts';
import { NotDownloadedView } from './not-downloaded-view.tsx';

type Gate = { kind: 'checking' } | { kind: 'waiting'; article: Article } | { kind: 'open' };

export function DownloadGate({ articleId, onBack, children }: { articleId: string; onBack: () => void; children: ComponentChildren }) {
  const [gate, setGate] = useState<Gate>({ kind: 'checking' });

  useEffect(() => {
    let live = true;
    let asked = 0;
    const check = async () => {
      const ticket = ++asked;
      const result = await call('articles.get', { id: articleId });
      if (!live || ticket !== asked) return;
      if (result.ok && waitsForText(result.value.download)) {
        setGate({ kind: 'waiting', article: result.value });
        return;
      }
      // The text is here (or the lookup failed, which the reader explains in its own words): the reader takes over for good.
      live = false;
      stop();
      setGate({ kind: 'open' });
    };
    const stop = onEvent((event) => {
      const aboutThis = event.name === 'library.changed' && (event.payload.ids.length === 0 || event.payload.ids.includes(articleId));
      if (aboutThis || event.name === 'downloads.changed') void check();
    });
    void check();
    return () => {
      live = false;
      stop();
    };
  }, [articleId]);

  if (gate.kind === 'checking') return <div class="reader" aria-busy="true" />;
  if (gate.kind === 'waiting') return <NotDownloadedView article={gate.article} onBack={onBack} />;
  return <>{children}</>;
}

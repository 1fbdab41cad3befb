/**
 * The reader's highlights for one article: a controller attached to the article document once it is ready,
 * and the keys that go with it. Detached (and listeners removed) when the article closes.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Article } from '../../electron/shared/models.ts';
import { injectPaletteVars } from './frame-stylesheet.ts';
import { createHighlightController, type HighlightController } from './highlight-controller.ts';
import { registerHighlightShortcuts } from './highlight-shortcuts.ts';
import './highlights.css';

export function useHighlights(iframe: { current: HTMLIFrameElement | null }, article: Article | null, ready: boolean): HighlightController {
  const articleRef = useRef(article);
  articleRef.current = article;
  const controller = useMemo(() => createHighlightController(() => articleRef.current), []);
  useEffect(() => injectPaletteVars(document), []);

  useEffect(() => {
    if (article) controller.prefetch(article.id);
  }, [article?.id]);

  useEffect(() => {
    const doc = iframe.current?.contentDocument;
    if (ready && article && doc) controller.attach(doc);
  }, [ready, article?.id, iframe.current?.contentDocument]);

  useEffect(() => () => controller.detach(), [controller]);

  useEffect(() => (article ? registerHighlightShortcuts(controller, article.id) : undefined), [article?.id]);

  return controller;
}

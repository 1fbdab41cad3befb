/** Lets the command palette open articles by title or words, best match first: "Ctrl+K, lich, Enter" reads the lichens piece. */
import { call } from '../api/client.ts';
import { registerPaletteSource } from '../ui/palette-sources.ts';
import { metaLine } from './row-meta.ts';
import { openListed } from './open-listed.ts';

export function registerArticleSearch(): () => void {
  return registerPaletteSource({
    title: 'Articles',
    async search(query) {
      if (query.trim().length < 2) return [];
      const result = await call('articles.list', { offset: 0, limit: 6, sort: 'relevance', filter: 'all', query: query.trim() });
      if (!result.ok) return [];
      const now = new Date();
      return result.value.items.map((article) => ({
        key: article.id,
        label: article.title,
        detail: metaLine(article, now).slice(0, 2).join(' · '),
        run: () => openListed(article),
      }));
    },
  });
}

/**
 * Besides commands, the palette can search things (articles, notes): each source answers a query with a few
 * results. Sources register themselves, so the palette knows nothing about the library.
 */
import { signal } from '@preact/signals';

export interface PaletteResult {
  key: string;
  label: string;
  detail?: string;
  run: () => void;
}

interface PaletteSource {
  title: string;
  search: (query: string) => Promise<PaletteResult[]>;
}

const paletteSources = signal<readonly PaletteSource[]>([]);

export function registerPaletteSource(source: PaletteSource): () => void {
  paletteSources.value = [...paletteSources.value, source];
  return () => {
    paletteSources.value = paletteSources.value.filter((s) => s !== source);
  };
}

/** Results of every source for a query, grouped by source, empty groups left out; a failing source is skipped. */
export async function searchSources(query: string): Promise<{ title: string; items: PaletteResult[] }[]> {
  const groups = await Promise.all(
    paletteSources.value.map(async (source) => ({ title: source.title, items: await source.search(query).catch(() => []) })),
  );
  return groups.filter((group) => group.items.length > 0);
}

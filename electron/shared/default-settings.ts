import type { Settings } from './models.ts';

/** Settings of a new library; the renderer shows these until core answers. */
export const defaultSettings: Settings = {
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineWidth: 38,
  notesPanelOpen: false,
  librarySort: 'saved',
  libraryFilter: 'all',
  lastOpenArticleId: null,
  window: null,
};

/**
 * The fixed word lists Lectern's settings, filters and formats are made of, each written once. Types come
 * from these lists, the contract's schemas pick from them, and every menu iterates them, so a new theme
 * or colour is one word here plus its label where it is shown.
 */

/** Reading themes, in the order every menu offers them. */
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The themes that are painted: 'system' becomes light or dark. */
export type PaintedTheme = Exclude<ThemeName, 'system'>;
export const PAINTED_THEMES = THEMES.filter((theme): theme is PaintedTheme => theme !== 'system');

/** The theme to paint for a setting: 'system' follows the operating system's light or dark. */
export function paintedTheme(theme: ThemeName, prefersDark: boolean): PaintedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

export const FONTS = ['serif', 'sans', 'legible'] as const;
export type FontChoice = (typeof FONTS)[number];

/** Body text sizes in px the reader steps through; the first and last bound the setting. */
export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30, 32] as const;
/** Column measures in em; 38 is the default (about 65–75 characters a line). */
export const LINE_WIDTHS = [30, 34, 38, 42, 46, 50] as const;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const LIBRARY_SORTS = ['saved', 'title', 'progress', 'length'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** What a list of articles can be ordered by: the library's sorts, and best match first while searching. */
export const ARTICLE_LIST_SORTS = [...LIBRARY_SORTS, 'relevance'] as const;
export type ArticleListSort = (typeof ARTICLE_LIST_SORTS)[number];

/** Colours a tag can wear in the sidebar and on rows; null (no colour) is the default. */
export const TAG_COLORS = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColor = (typeof TAG_COLORS)[number];

/** Which text a search match was found in; the order is also the order of their weight in ranking, roughly. */
const SEARCH_FIELDS = ['title', 'author', 'site', 'url', 'highlight', 'note', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const LIBRARY_FILTERS = ['all', 'unread', 'in-progress', 'finished', 'archived', 'favorites'] as const;
export type LibraryFilter = (typeof LIBRARY_FILTERS)[number];

export const NOTEBOOK_SORTS = ['newest', 'article'] as const;
export type NotebookSort = (typeof NOTEBOOK_SORTS)[number];

/** What one article exports as: Markdown, Lectern's JSON, or its highlights as W3C Web Annotations. */
export const EXPORT_FORMATS = ['markdown', 'json', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The kinds of text Lectern imports from a paste, standard input or a file. */
export const TEXT_FORMATS = ['text', 'markdown', 'html'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/**
 * The exports of other services (and Lectern's own archive) that `lectern import` and File › Import… read,
 * each recognised from the file's content, never from its name alone.
 */
const MIGRATION_FORMATS = [
  'pocket',
  'pocket-html',
  'instapaper',
  'omnivore',
  'wallabag',
  'readwise',
  'readeck',
  'karakeep',
  'raindrop',
  'matter',
  'netscape',
  'lectern-archive',
] as const;
export type MigrationFormat = (typeof MIGRATION_FORMATS)[number];

/** True when value is one of the words of a list; narrows untrusted input (storage, the command line). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

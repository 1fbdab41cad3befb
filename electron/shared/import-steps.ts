/**
 * How one file's import divides into shares of its progress bar, agreed by core (which reports decoding, finding
 * the article and saving) and the renderer (which reads the file and sends it, and reports that by bytes).
 * The shares follow where the time goes on a 49 MB page of paragraphs (40 s of CPU through core): decoding
 * under 1%, finding and cleaning the article 90%, saving 9%; reading the file and sending it from the window
 * are measured in bytes, and given the first twentieth.
 */

/** Where reading the file ends and saving it begins, as shares of one file's import; the importer's work fills the span between. */
export const IMPORT_SPANS = { readingEnds: 0.05, savingStarts: 0.9 } as const;

/** What the import worker and the thread that starts it say to each other. */
import type { ErrorCode } from '../../shared/errors.ts';
import type { ExtractedArticle } from '../extract/extracted-article.ts';
import type { ImportContentProgress } from '../importers/import-content.ts';

/** The file to import: its name (the extension decides the format) and its bytes. */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
}

/** A phase began, the article is ready, or the import failed: with a code when it is a failure a person can act on. */
export type ImportWorkerMessage =
  | { kind: 'progress'; progress: ImportContentProgress }
  | { kind: 'done'; article: ExtractedArticle }
  | { kind: 'failed'; code: ErrorCode | null; message: string };

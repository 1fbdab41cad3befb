import { ErrorCode } from '../../shared/errors.ts';

/** Thrown by extraction when a page has no article (or cannot be read); `code` is a stable ErrorCode. */
export class ExtractionError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

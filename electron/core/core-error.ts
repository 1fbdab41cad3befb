import { ErrorCode } from '../shared/errors.ts';

/** An error a person can act on; dispatch turns it into { ok: false, code, message }. */
export class CoreError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

/** Any failure as a CoreError: one core explained stays as it is; anything else is INTERNAL, saying what failed. */
export function asCoreError(error: unknown, doing: string): CoreError {
  if (error instanceof CoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CoreError(ErrorCode.internal, `Lectern could not ${doing}: ${detail}`);
}

export function notFound(id: string): CoreError {
  return new CoreError(ErrorCode.notFound, `No article with id ${id} is in the library. It may have been deleted.`);
}

/**
 * A batch naming articles the library does not have (why: "perhaps deleted meanwhile"). Batches are
 * refused whole, so a bulk action is never half-applied.
 */
export function missingArticles(missing: readonly string[], total: number, why: string): CoreError {
  const named = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
  const which = total === 1 ? `The article ${named} is` : `${missing.length} of the ${total} articles (${named}) ${missing.length === 1 ? 'is' : 'are'}`;
  return new CoreError(ErrorCode.notFound, `${which} not in the library (${why}); nothing was changed.`);
}

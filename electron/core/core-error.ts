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

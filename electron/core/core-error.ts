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

export function notFound(id: string): CoreError {
  return new CoreError(ErrorCode.notFound, `No article with id ${id} is in the library. It may have been deleted.`);
}

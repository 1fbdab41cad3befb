import type { ErrorCode } from '../../shared/errors.ts';

/** An import that cannot go on, with a stable code and a message a person can act on. */
export class ImportError extends Error {
  // A plain field rather than a parameter property: the core runs as erasable TypeScript.
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}

/** The formats named in every "can't import this" message, so people know what will work. */
export const SUPPORTED_FORMATS_SENTENCE = 'Lectern can import HTML, Markdown and text files.';

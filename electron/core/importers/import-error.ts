import { CoreError } from '../core-error.ts';

/** An import that cannot go on, with a stable code and a message a person can act on. */
export class ImportError extends CoreError {
  constructor(...args: ConstructorParameters<typeof CoreError>) {
    super(...args);
    this.name = 'ImportError';
  }
}

/** The formats named in every "can't import this" message, so people know what will work. */
export const SUPPORTED_FORMATS_SENTENCE = 'Lectern can import HTML, Markdown and text files.';

import { CoreError } from '../core-error.ts';

/** Thrown by extraction when a page has no article (or cannot be read); `code` is a stable ErrorCode. */
export class ExtractionError extends CoreError {
  constructor(...args: ConstructorParameters<typeof CoreError>) {
    super(...args);
    this.name = 'ExtractionError';
  }
}

import { ErrorCode } from '../../../shared/errors.ts';
import { CoreError } from '../../core-error.ts';

/**
 * A file that cannot be imported at all (unknown format, truncated zip, JSON of the wrong shape, a zip
 * bomb). The message names the file and, where it helps, the line or entry: "pocket.zip: part_000001.csv
 * line 4012 has an unclosed quote."
 */
export class ImportFormatError extends CoreError {
  constructor(message: string, code: ErrorCode = ErrorCode.unsupportedFile) {
    super(code, message);
    this.name = 'ImportFormatError';
  }
}

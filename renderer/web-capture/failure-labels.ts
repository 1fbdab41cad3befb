/**
 * A short name for each way saving a link can fail, for the chip beside a pending link; core's message
 * says the rest. Pure, so every code core can send is checked to have a name.
 */
import { ErrorCode } from '../../electron/shared/errors.ts';

const LABELS: Partial<Record<string, string>> = {
  [ErrorCode.unreachable]: 'Can’t reach the site',
  [ErrorCode.network]: 'Connection broke off',
  [ErrorCode.timeout]: 'Timed out',
  [ErrorCode.serverError]: 'Site had a problem',
  [ErrorCode.pageGone]: 'Page not found',
  [ErrorCode.httpError]: 'Refused',
  [ErrorCode.tooManyRedirects]: 'Redirect loop',
  [ErrorCode.responseTooLarge]: 'Too large',
  [ErrorCode.unsupportedContent]: 'Not a web page',
  [ErrorCode.noArticle]: 'No article found',
  [ErrorCode.invalidUrl]: 'Not a web address',
  [ErrorCode.blockedAddress]: 'Local address',
  [ErrorCode.libraryLocked]: 'Library busy',
};

/** The chip text for an error code; unknown codes get a plain "Not saved". */
export function failureLabel(code: string): string {
  return LABELS[code] ?? 'Not saved';
}

/** True when keeping the whole page is the way forward (the page has no article Lectern can find). */
export function offersWholePage(code: string | undefined): boolean {
  return code === ErrorCode.noArticle;
}

/** The PDF case gets the short promise people look for; the rest use core's message as it is. */
export function failureMessage(code: string, message: string): string {
  if (code === ErrorCode.unsupportedContent && /\bPDF\b/.test(message)) return 'PDFs are not supported yet. Open it in your browser or a PDF reader instead.';
  return message;
}

import { formatByteSize } from '../../../shared/byte-size.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import { displayHost } from '../../../shared/web-address.ts';
import { CoreError } from '../../core-error.ts';

/**
 * Codes that describe a passing condition (the network, the server having a bad minute):
 * a URL that fails with one of these is kept as pending and retried on its own.
 */
const RETRYABLE = new Set<ErrorCode>([ErrorCode.unreachable, ErrorCode.network, ErrorCode.timeout, ErrorCode.serverError]);

/** A failure to fetch or read a web page; the message tells a person what happened and what to do. */
export class WebError extends CoreError {
  /** True when trying again later may well succeed. */
  readonly retryable: boolean;
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = 'WebError';
    this.retryable = RETRYABLE.has(code);
  }
}

/** True when a failure with this code is worth retrying automatically. */
export function isRetryableCode(code: ErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** The host a person recognizes, for messages ("example.com" rather than a full URL). */
export function hostOf(url: string): string {
  return displayHost(url) ?? url;
}

const KEPT = 'the link is kept and will be retried.';

export const webErrors = {
  invalidUrl: (input: string) =>
    new WebError(ErrorCode.invalidUrl, `"${input.slice(0, 200)}" is not a web address Lectern can open. Check that it starts with http:// or https://.`),
  badScheme: (url: string, scheme: string) =>
    new WebError(ErrorCode.invalidUrl, `Lectern saves http and https pages only; ${scheme} links like ${url.slice(0, 200)} can't be saved.`),
  unreachable: (url: string) =>
    new WebError(ErrorCode.unreachable, `Lectern could not reach ${hostOf(url)}. Check the address or your connection; ${KEPT}`),
  network: (url: string, detail: string) =>
    new WebError(ErrorCode.network, `The connection to ${hostOf(url)} broke off (${detail}); ${KEPT}`),
  timeout: (url: string, seconds: number) =>
    new WebError(ErrorCode.timeout, `${hostOf(url)} took longer than ${seconds} seconds to answer; ${KEPT}`),
  gone: (url: string, status: number) =>
    new WebError(
      ErrorCode.pageGone,
      status === 410
        ? `${hostOf(url)} says this page has been removed for good (410). Check for a newer link.`
        : `${hostOf(url)} has no page at this address (404). Check the link for typos, or it may have moved.`,
    ),
  serverError: (url: string, status: number) =>
    new WebError(ErrorCode.serverError, `${hostOf(url)} had a problem answering (error ${status}); ${KEPT}`),
  httpError: (url: string, status: number) =>
    new WebError(
      ErrorCode.httpError,
      status === 401 || status === 403
        ? `${hostOf(url)} refused to show this page (error ${status}); it may need you to sign in. Open it in your browser instead.`
        : `${hostOf(url)} refused the request (error ${status}).`,
    ),
  tooManyRedirects: (url: string, loop: boolean) =>
    new WebError(
      ErrorCode.tooManyRedirects,
      loop
        ? `${hostOf(url)} keeps redirecting in a circle, so the page never arrives. Try opening it in your browser and copying the final address.`
        : `${hostOf(url)} redirected too many times. Try opening it in your browser and copying the final address.`,
    ),
  tooLarge: (url: string, limitBytes: number) =>
    new WebError(ErrorCode.responseTooLarge, `The page at ${hostOf(url)} is larger than ${formatByteSize(limitBytes)}, too big to be an article. Lectern stopped downloading it.`),
  notHtml: (url: string, contentType: string) =>
    new WebError(ErrorCode.unsupportedContent, `This link is ${describeType(contentType)}, not a web page. Saving ${describeType(contentType)} from the web is not supported yet.`),
  /** A body whose bytes are a known non-page format, whatever type the server gave it. */
  notHtmlBytes: (url: string, what: string) =>
    new WebError(ErrorCode.unsupportedContent, `This link is ${what} (${hostOf(url)} calls it a web page), not a web page. Saving ${what} from the web is not supported yet.`),
  blocked: (url: string) =>
    new WebError(
      ErrorCode.blockedAddress,
      `${hostOf(url)} points to this computer or your local network, which Lectern reaches only for an address you save yourself (Add URL), never because a page on the web leads there.`,
    ),
  metadata: (url: string) =>
    new WebError(ErrorCode.blockedAddress, `${hostOf(url)} is a cloud metadata address, which Lectern never fetches: it holds a computer's credentials, not a page.`),
};

function describeType(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'a PDF';
  if (type.startsWith('image/')) return 'an image';
  if (type.startsWith('video/')) return 'a video';
  if (type.startsWith('audio/')) return 'an audio file';
  if (type === 'application/json') return 'JSON data';
  if (type.startsWith('text/plain')) return 'a plain-text file';
  return type ? `a file of type ${type}` : 'a file of unknown type';
}

/**
 * The shapes of the one HTTP API between the extension and the app's listener, as /tmp/brief-connection.md
 * (issue 10) fixes them. Only the fields the extension reads or sends.
 */

/** What the extension asks the app to keep. */
export type SaveKind = 'page' | 'link' | 'selection';

/** An image the content script fetched itself (same-origin, possibly behind the reader's login). */
export interface CapturedImage {
  url: string;
  contentType: string;
  dataBase64: string;
}

/** The body of POST /save. */
export interface SaveRequest {
  kind: SaveKind;
  url: string;
  title?: string;
  html?: string;
  selection?: { text: string };
  images?: CapturedImage[];
}

/** POST /save's answer: the article, or a link the app will fetch later. */
export type SaveReply =
  | { pending?: false; articleId: string; title: string; existing: boolean; highlightId?: string }
  | { pending: true; message: string };

/** GET /ping's answer, plus the version from the X-Lectern-Version header. */
export interface PingReply {
  app: string;
  version: string;
  paired: boolean;
}

/** GET /pair/<id>'s answer; a 404 (unknown or expired request) is reported as 'expired'. */
export type PairState = { state: 'waiting' } | { state: 'accepted'; token: string } | { state: 'denied' } | { state: 'expired' };

/** Stable error codes. Front ends may branch on them; messages are for people. */
export const ErrorCode = {
  invalidInput: 'INVALID_INPUT',
  unknownMethod: 'UNKNOWN_METHOD',
  /** A call from something that is not the app's own top frame (an article frame, another page). */
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  unsupportedFile: 'UNSUPPORTED_FILE',
  emptyFile: 'EMPTY_FILE',
  fileTooLarge: 'FILE_TOO_LARGE',
  binaryFile: 'BINARY_FILE',
  noArticle: 'NO_ARTICLE',
  databaseCorrupt: 'DATABASE_CORRUPT',
  libraryLocked: 'LIBRARY_LOCKED',
  backupMissing: 'BACKUP_MISSING',
  io: 'IO_ERROR',
  internal: 'INTERNAL',
  // Saving from the web (core/capture). Front ends branch on these to offer "retry" or "save whole page".
  invalidUrl: 'INVALID_URL',
  unreachable: 'UNREACHABLE',
  network: 'NETWORK_ERROR',
  timeout: 'TIMEOUT',
  pageGone: 'PAGE_GONE',
  serverError: 'SERVER_ERROR',
  httpError: 'HTTP_ERROR',
  tooManyRedirects: 'TOO_MANY_REDIRECTS',
  responseTooLarge: 'RESPONSE_TOO_LARGE',
  unsupportedContent: 'UNSUPPORTED_CONTENT',
  blockedAddress: 'BLOCKED_ADDRESS',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** How every failure crosses the boundary: a stable code to branch on and a sentence a person can act on. */
export type Failure = { ok: false; code: ErrorCode; message: string };

export type Result<T> = { ok: true; value: T } | Failure;

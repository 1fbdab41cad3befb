/**
 * The contract's methods for the browser connection (issue 10): the loopback listener the Lectern extension
 * talks to, pairing a browser with a code shown in both, the paired browsers, and the lectern-save:// deep
 * link. The HTTP API the extension speaks is not here: it is a wire format of core/connection/ alone.
 * Spread into `api` in contract.ts.
 */
import * as v from 'valibot';
import { method, returns } from './contract-schemas.ts';
import type { CaptureOutcome } from './models.ts';

/** A browser asking to be connected, until it is accepted, denied or its two minutes pass. */
export interface PairingRequestInfo {
  requestId: string;
  /** What the extension says it is ("Chromium 131 on Linux"); its own words, shown as text only. */
  client: string;
  /** Four digits the extension shows too, so the reader can tell it is the same browser. */
  code: string;
  /** ISO 8601; the request is forgotten then. */
  expiresAt: string;
}

/** Whether the app listens for browsers, and on which port. */
export interface ConnectionStatus {
  /** The reader's setting (stored with the library): off in a new library. */
  enabled: boolean;
  /** True while the listener is answering on 127.0.0.1. */
  listening: boolean;
  port: number | null;
  /** Why it is enabled but not listening (every port taken), as a sentence; null otherwise. */
  problem: string | null;
  /** Waiting pairings, oldest first. */
  pairings: PairingRequestInfo[];
}

/** A paired browser as settings list it; its token is never shown to anybody. */
export interface PairedBrowser {
  id: string;
  client: string;
  pairedAt: string;
  /** ISO 8601 of its last request; null when it has not saved anything yet. */
  lastUsedAt: string | null;
}

const requestId = v.pipe(v.string(), v.uuid('not a pairing request id'));
const browserId = v.pipe(v.string(), v.uuid('not a paired browser id'));

export const connectionMethods = {
  'connection.status': method(v.object({}), returns<ConnectionStatus>()),
  /** Turns the listener on ("Connect a browser…") and remembers it; a port problem is in the status, not an error. */
  'connection.enable': method(v.object({}), returns<ConnectionStatus>()),
  /** Turns it off and remembers it; waiting pairings are dropped. Paired browsers stay paired. */
  'connection.disable': method(v.object({}), returns<ConnectionStatus>()),
  /** Accepts a waiting pairing: its browser collects its token once, with its next poll. */
  'pairing.accept': method(v.object({ requestId }), returns<ConnectionStatus>()),
  'pairing.deny': method(v.object({ requestId }), returns<ConnectionStatus>()),
  /** Paired browsers, most recently paired first. */
  'browsers.list': method(v.object({}), returns<PairedBrowser[]>()),
  /** Forgets a browser: its token is refused (401) from now on. */
  'browsers.revoke': method(v.object({ id: browserId }), returns<{ revoked: boolean }>()),
  /**
   * Saves the link a lectern-save://add?url=… deep link names, through the capture queue like articles.addUrls,
   * and reports it as 'import.finished' so the window shows its toast. Shell only (the OS hands the link to main).
   */
  'articles.addFromSaveLink': method(v.object({ link: v.pipe(v.string(), v.maxLength(20_000)) }), returns<CaptureOutcome>()),
};

/**
 * What the popup asks the background and what it gets back. The background does the work (it outlives
 * the popup, which closes as soon as the reader clicks elsewhere, e.g. into Lectern to confirm pairing).
 */
import type { SaveKind } from '../api/api-types.ts';

/** How one save ended, as the popup shows it. */
export type SaveOutcome =
  | { state: 'saved'; kind: SaveKind; articleId: string; title: string; existing: boolean; highlightId?: string; quote?: string }
  | { state: 'pending'; title: string; message: string }
  | { state: 'queued'; reason: 'not-running' | 'not-paired' | 'busy'; title: string; waiting: number; trimmed: 'none' | 'images' | 'html' }
  | { state: 'error'; message: string };

/**
 * Where pairing stands (kept in storage so a popup opened later sees it, and so polling survives a restart).
 * `seen` marks an ending some popup has shown, so it is not told again.
 */
export type PairingState =
  | { state: 'waiting'; code: string; expiresAt: number }
  | { state: 'connected'; delivered: number; at: number; seen?: boolean }
  | { state: 'denied'; at: number; seen?: boolean }
  | { state: 'expired'; at: number; seen?: boolean }
  | { state: 'failed'; message: string; at: number; seen?: boolean };

export interface ConnectionStatus {
  paired: boolean;
  waiting: number;
  pairing: PairingState | null;
  /** Saves the app refused for good, with its reason (the last few). */
  dropped: { url: string; reason: string }[];
}

/** A reply that can fail with a sentence for the reader. */
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

/** Each request the popup sends, by type, with its reply. */
export interface PopupRequests {
  /** The popup opened over tab `tabId`: show the save just made there from a menu, or save the page now. */
  open: { request: { type: 'open'; tabId: number }; reply: SaveOutcome };
  status: { request: { type: 'status' }; reply: ConnectionStatus };
  pair: { request: { type: 'pair' }; reply: PairingState };
  undo: { request: { type: 'undo'; articleId: string }; reply: Answer<boolean> };
  tags: { request: { type: 'tags' }; reply: Answer<string[]> };
  'add-tags': { request: { type: 'add-tags'; articleId: string; tags: string[] }; reply: Answer<string[]> };
}

/** Any request the popup may send. */
export type PopupRequest = PopupRequests[keyof PopupRequests]['request'];

/** The storage key of the pairing state (the popup watches it to update while open). */
export const PAIRING_KEY = 'pairing';

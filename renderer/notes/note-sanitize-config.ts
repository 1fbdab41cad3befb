/**
 * What a rendered note may contain, for DOMPurify. Besides scripts and handlers (DOMPurify's own rules),
 * it drops what a note has no use for and what could fetch or take input: forms and their controls,
 * frames, images (a remote one would be a request), media that could load a source, and <template>,
 * whose inert content is a place to smuggle markup past a later reader. `background` (on table, td, body…) is a
 * picture fetched from anywhere; the XSS corpus (e2e/specs/xss-corpus.spec.ts) found it kept, with only the CSP
 * between it and the network.
 */
export const NOTE_SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'img', 'picture', 'video', 'audio', 'source', 'track', 'template'],
  FORBID_ATTR: ['style', 'background'],
};

import { toWebAddress } from '../../shared/web-address.ts';

/**
 * Tidies an address as people type or paste it (shared/web-address's rule: "example.com/post" gets
 * https://, brackets and trailing punctuation go). Anything else is passed on trimmed, for the fetcher
 * to refuse with a message that names it.
 */
export function normalizeUserUrl(input: string): string {
  return toWebAddress(input) ?? input.trim();
}

import { tagKey } from '../../shared/tags.ts';

/** Forgotten all at once past this size: a library has hundreds of tags, not tens of thousands. */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string>();

/**
 * shared/tags.ts's tagKey, remembered. Folding (NFKD, accents, case) costs a few microseconds, and a pass
 * over a large library folds the same few tag spellings tens of thousands of times.
 */
export function keyOf(tag: string): string {
  let key = remembered.get(tag);
  if (key === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    key = tagKey(tag);
    remembered.set(tag, key);
  }
  return key;
}

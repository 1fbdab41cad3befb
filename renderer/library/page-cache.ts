/**
 * Rows of a long list fetched a page at a time and cached by index. After a change the old pages stay
 * readable as a fallback until fresh ones arrive, so a refresh never flashes empty rows.
 */

export class PageCache<T> {
  readonly pageSize: number;
  private pages = new Map<number, T[]>();
  private stale = new Map<number, T[]>();
  private loading = new Set<number>();

  constructor(pageSize: number) {
    this.pageSize = pageSize;
  }

  /** The row at index: fresh if loaded, else from before the last invalidate, else undefined. */
  get(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    const slot = index % this.pageSize;
    return (this.pages.get(page) ?? this.stale.get(page))?.[slot];
  }

  /** Page numbers covering [start, end) that are neither loaded nor being loaded. */
  missingPages(start: number, end: number): number[] {
    const missing: number[] = [];
    if (end <= start) return missing;
    const first = Math.floor(Math.max(0, start) / this.pageSize);
    const last = Math.floor((end - 1) / this.pageSize);
    for (let page = first; page <= last; page++) {
      if (!this.pages.has(page) && !this.loading.has(page)) missing.push(page);
    }
    return missing;
  }

  markLoading(page: number): void {
    this.loading.add(page);
  }

  put(page: number, items: T[]): void {
    this.loading.delete(page);
    this.pages.set(page, items);
    this.stale.delete(page);
  }

  /** A page request failed: forget it so the next look can retry. */
  fail(page: number): void {
    this.loading.delete(page);
  }

  /** Everything must be fetched again; current rows stay visible meanwhile. */
  invalidate(): void {
    for (const [page, items] of this.pages) this.stale.set(page, items);
    this.pages.clear();
    this.loading.clear();
  }

  /** Forget everything, stale rows too (the query changed, so old rows would be wrong, not just old). */
  clear(): void {
    this.pages.clear();
    this.stale.clear();
    this.loading.clear();
  }

  /** Replaces one row wherever it is cached, for an instant optimistic update. */
  patch(predicate: (item: T) => boolean, update: (item: T) => T): void {
    for (const map of [this.pages, this.stale]) {
      for (const items of map.values()) {
        for (let i = 0; i < items.length; i++) if (predicate(items[i]!)) items[i] = update(items[i]!);
      }
    }
  }
}

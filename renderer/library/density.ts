/**
 * Comfortable rows (title, meta, two lines of excerpt) or compact ones (title and meta) for long libraries.
 * A display preference of this window, kept in localStorage rather than in the library's settings.
 */
import { signal } from '@preact/signals';

type Density = 'comfortable' | 'compact';

const STORAGE_KEY = 'lectern.libraryDensity';

/** Row heights in px; they must match .row in article-row.css (set through --row-height). */
export const ROW_HEIGHTS: Record<Density, number> = { comfortable: 124, compact: 68 };

function load(): Density {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    return 'comfortable';
  }
}

export const density = signal<Density>(typeof localStorage === 'undefined' ? 'comfortable' : load());

function setDensity(next: Density): void {
  density.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // kept for this session only
  }
}

export function toggleDensity(): void {
  setDensity(density.value === 'compact' ? 'comfortable' : 'compact');
}

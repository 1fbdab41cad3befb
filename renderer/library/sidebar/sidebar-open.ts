/** Whether the library's sidebar is shown: a preference of this window, kept in localStorage like the row density. */
import { signal } from '@preact/signals';

const STORAGE_KEY = 'lectern.sidebarOpen';

function load(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true;
  }
}

export const sidebarOpen = signal<boolean>(typeof localStorage === 'undefined' ? true : load());

export function toggleSidebar(): void {
  sidebarOpen.value = !sidebarOpen.value;
  try {
    localStorage.setItem(STORAGE_KEY, String(sidebarOpen.value));
  } catch {
    // kept for this session only
  }
}

/** Which app-wide overlays are open; shortcuts, shell menus and buttons all flip the same switches. */
import { signal } from '@preact/signals';

export const helpOpen = signal(false);
export const paletteOpen = signal(false);

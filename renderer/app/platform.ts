/** macOS shows ⌘ instead of Ctrl and uses Cmd for "Mod" shortcuts. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

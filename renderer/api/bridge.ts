import { BRIDGE_GLOBAL, type LecternBridge } from '../../electron/shared/bridge.ts';

/** The bridge the shell put on window (Electron preload or the browser shell). */
export function getBridge(): LecternBridge {
  const bridge = (window as unknown as Record<string, LecternBridge | undefined>)[BRIDGE_GLOBAL];
  if (!bridge) throw new Error('Lectern could not reach its core: the window has no bridge. Start it with `npm start`.');
  return bridge;
}

import { BRIDGE_GLOBAL, type LecternBridge } from '../../electron/shared/bridge.ts';

/** The bridge the shell put on window (Electron preload or the browser shell). */
export function getBridge(): LecternBridge {
  const bridge = (window as unknown as Record<string, LecternBridge | undefined>)[BRIDGE_GLOBAL];
  if (!bridge) throw new Error('this window has no Lectern bridge; start the app with `npm start`');
  return bridge;
}

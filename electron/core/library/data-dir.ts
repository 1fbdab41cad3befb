import { homedir } from 'node:os';
import { join } from 'node:path';

/** The library folder when none is given: LECTERN_DATA_DIR, else the per-OS application data folder. */
export function defaultDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.LECTERN_DATA_DIR) return env.LECTERN_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Lectern');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Lectern');
}

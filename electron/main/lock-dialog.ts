/**
 * One library, one writer. When the library is held by another process (usually the
 * `lectern` command in a terminal), the app says so plainly and offers to try again, rather
 * than opening a second writer that would lose data.
 */
import type { Core } from '../core/core-types.ts';
import { ErrorCode } from '../shared/errors.ts';

export interface LockDialog {
  title: string;
  message: string;
  detail: string;
  buttons: [string, string];
}

type Locked = { message: string; dataDir: string };

/** The dialog shown when the library is locked; button 0 retries, button 1 quits. */
export function lockDialog(locked: Locked): LockDialog {
  return {
    title: 'Library in use',
    message: 'Your Lectern library is open in another program.',
    detail:
      `${locked.message}\n\nLibrary folder: ${locked.dataDir}\n\n` +
      'Close the other program (for example a running "lectern" command), then choose Try Again.',
    buttons: ['Try Again', 'Quit'],
  };
}

function lockedFromError(error: unknown, dataDir: string): Locked | null {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e && e.code === ErrorCode.libraryLocked) return { message: String(e.message ?? 'The library is locked.'), dataDir };
  return null;
}

async function lockedFromStatus(core: Core): Promise<Locked | null> {
  const status = await core.dispatch('library.status', {});
  if (!status.ok) return null;
  const state = status.value;
  return state.state === 'locked' ? { message: state.message, dataDir: state.dataDir } : null;
}

/** Opens core, asking the person to retry while the library is locked; null means they chose to quit. */
export async function openCoreWhenUnlocked(
  create: () => Promise<Core>,
  dataDir: string,
  ask: (dialog: LockDialog) => Promise<'retry' | 'quit'>,
): Promise<Core | null> {
  for (;;) {
    let locked: Locked | null;
    try {
      const core = await create();
      locked = await lockedFromStatus(core);
      if (!locked) return core;
      await core.close();
    } catch (error) {
      locked = lockedFromError(error, dataDir);
      if (!locked) throw error;
    }
    if ((await ask(lockDialog(locked))) === 'quit') return null;
  }
}

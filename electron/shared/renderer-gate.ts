/**
 * The one rule both shells apply to a call from page code, before anything reaches core: it must come
 * from the app's own top frame, and name a method the renderer may use. Electron's IPC handler and the
 * browser shell's binding both ask this, so they refuse the same calls in the same words.
 */
import { isRendererMethod } from './contract.ts';
import { ErrorCode, type Failure } from './errors.ts';

/** Null when the call may go to core; otherwise the failure to answer with. */
export function refuseRendererCall(fromAppTopFrame: boolean, method: unknown): Failure | null {
  if (!fromAppTopFrame) return { ok: false, code: ErrorCode.forbidden, message: 'Only the Lectern window may call Lectern.' };
  if (!isRendererMethod(method)) return { ok: false, code: ErrorCode.unknownMethod, message: 'Lectern does not know that request.' };
  return null;
}


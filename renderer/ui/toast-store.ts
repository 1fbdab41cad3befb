/**
 * Toasts as data: anything can announce an outcome (with an Undo) without knowing where toasts are drawn.
 * Timers live here, not in the component, so a toast raised while the view changes still expires.
 */
import { signal } from '@preact/signals';

interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action: ToastAction | null;
  /** A second, quieter action shown before the main one (an import's "Report…" beside its Undo). */
  secondary: ToastAction | null;
}

interface ToastOptions {
  tone?: Toast['tone'];
  action?: ToastAction;
  secondary?: ToastAction;
  /** Milliseconds before it goes away; errors stay a little longer by default. */
  durationMs?: number;
}

const MAX_VISIBLE = 3;

export const toasts = signal<readonly Toast[]>([]);

const timers = new Map<number, ReturnType<typeof setTimeout>>();
const remaining = new Map<number, { ms: number; startedAt: number }>();
let nextId = 1;

/** Shows a toast at the bottom centre; returns its id. */
export function showToast(message: string, options: ToastOptions = {}): number {
  const id = nextId++;
  const tone = options.tone ?? 'info';
  const toast: Toast = { id, message, tone, action: options.action ?? null, secondary: options.secondary ?? null };
  const list = [...toasts.value, toast];
  for (const old of list.slice(0, Math.max(0, list.length - MAX_VISIBLE))) clearTimer(old.id);
  toasts.value = list.slice(-MAX_VISIBLE);
  startTimer(id, options.durationMs ?? (tone === 'error' ? 9000 : 6000));
  return id;
}

export function dismissToast(id: number): void {
  clearTimer(id);
  remaining.delete(id);
  toasts.value = toasts.value.filter((t) => t.id !== id);
}

/** The label a toast's action carries when it takes back what was just done. */
const UNDO_LABEL = 'Undo';

/** Ctrl/Cmd+Z: runs the Undo of the newest toast that offers one and closes it; false when none does. */
export function undoLatest(): boolean {
  const toast = toasts.value.findLast((t) => t.action?.label === UNDO_LABEL);
  if (!toast?.action) return false;
  dismissToast(toast.id);
  void toast.action.run();
  return true;
}

/** Holds every timer while the pointer or focus is on the toasts, so nobody has to race an Undo. */
export function pauseToasts(): void {
  for (const [id, timer] of timers) {
    clearTimeout(timer);
    const r = remaining.get(id);
    if (r) remaining.set(id, { ms: Math.max(1500, r.ms - (Date.now() - r.startedAt)), startedAt: Date.now() });
  }
  timers.clear();
}

export function resumeToasts(): void {
  for (const toast of toasts.value) {
    const r = remaining.get(toast.id);
    if (r && !timers.has(toast.id)) startTimer(toast.id, r.ms);
  }
}

function startTimer(id: number, ms: number): void {
  remaining.set(id, { ms, startedAt: Date.now() });
  timers.set(id, setTimeout(() => dismissToast(id), ms));
}

function clearTimer(id: number): void {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
}

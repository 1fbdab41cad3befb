/** The toast stack at the bottom centre; a polite live region so screen readers hear each outcome. */
import { dismissToast, pauseToasts, resumeToasts, toasts, type Toast } from './toast-store.ts';
import { AlertIcon, CheckIcon, CloseIcon } from './icons.tsx';
import './toasts.css';

export function Toasts() {
  return (
    <div
      class="toasts"
      role="region"
      aria-label="Notifications"
      onMouseEnter={pauseToasts}
      onMouseLeave={resumeToasts}
      onFocusIn={pauseToasts}
      onFocusOut={resumeToasts}
    >
      <div aria-live="polite" aria-atomic="false" class="toasts-stack">
        {toasts.value.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const act = async (action: Toast['action']) => {
    dismissToast(toast.id);
    await action?.run();
  };
  return (
    <div class={`toast toast-${toast.tone}`} data-testid="toast">
      {toast.tone === 'error' && <AlertIcon class="toast-icon" />}
      {toast.tone === 'success' && <CheckIcon class="toast-icon" />}
      <span class="toast-message">{toast.message}</span>
      {toast.secondary && (
        <button type="button" class="toast-action toast-action-secondary" onClick={() => act(toast.secondary)}>
          {toast.secondary.label}
        </button>
      )}
      {toast.action && (
        <button type="button" class="toast-action" onClick={() => act(toast.action)}>
          {toast.action.label}
        </button>
      )}
      <button type="button" class="icon-btn toast-close" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
        <CloseIcon />
      </button>
    </div>
  );
}

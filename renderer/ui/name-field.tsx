/**
 * The one-field form of the small naming dialogs (rename an article, save a search): the field, the hint
 * when it is empty, core's error, and Cancel / submit. The dialog decides what the name is for.
 */
import './name-field.css';

interface NameFieldProps {
  id: string;
  value: string;
  maxLength: number;
  onInput: (value: string) => void;
  /** Shown while the trimmed value is empty; the submit button is disabled then. */
  emptyHint: string;
  error: string | null;
  submitLabel: string;
  /** True while the submit is on its way, so a second Enter does not send it twice. */
  busy?: boolean;
  onCancel: () => void;
}

export function NameField({ id, value, maxLength, onInput, emptyHint, error, submitLabel, busy = false, onCancel }: NameFieldProps) {
  const empty = value.trim() === '';
  const errorId = `${id}-error`;
  return (
    <>
      <input
        id={id}
        class="name-input"
        value={value}
        maxLength={maxLength}
        onInput={(e) => onInput(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.select()}
        data-autofocus
        aria-invalid={empty || error !== null}
        aria-describedby={error ? errorId : undefined}
        dir="auto"
      />
      {empty && <p class="name-hint">{emptyHint}</p>}
      {error && (
        <p id={errorId} class="name-error" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={empty || busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

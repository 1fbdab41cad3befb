/** Files that could not be imported, each with the reason, until the person dismisses the list. */
import { AlertIcon, CloseIcon } from '../../ui/icons.tsx';
import { dismissFailures, importFailures } from './import-queue.ts';
import './import-failures.css';

export function ImportFailures() {
  const failures = importFailures.value;
  if (failures.length === 0) return null;
  return (
    <section class="list-card import-failures" aria-labelledby="import-failures-title" data-testid="import-failures">
      <header class="import-failures-head">
        <AlertIcon class="import-failures-icon" />
        <h2 id="import-failures-title" class="import-failures-title">
          {failures.length === 1 ? '1 file was not imported' : `${failures.length} files were not imported`}
        </h2>
        <button type="button" class="icon-btn" aria-label="Dismiss the list of failed imports" onClick={dismissFailures}>
          <CloseIcon />
        </button>
      </header>
      <ul class="import-failures-list">
        {failures.map((failure, i) => (
          <li key={`${failure.name}-${i}`}>
            <span class="import-failures-name">{failure.name}</span>
            <span class="import-failures-message">{failure.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

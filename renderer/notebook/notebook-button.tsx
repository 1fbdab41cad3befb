/** The way to the notebook from the library header. */
import { openNotebook } from './notebook-route.ts';

export function NotebookButton() {
  return (
    <button type="button" class="btn btn-quiet notebook-button" onClick={openNotebook} title="All highlights and notes (G then N)">
      <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
        <path d="M6 3.5h11a1.5 1.5 0 0 1 1.5 1.5v14a1.5 1.5 0 0 1-1.5 1.5H6zM6 3.5v17M9.5 8h5.5M9.5 11.5h5.5" />
      </svg>
      <span>Notebook</span>
    </button>
  );
}

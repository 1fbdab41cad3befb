/** The reader's export menu: the article's notes and highlights as Markdown, or as W3C Web Annotations. */
import { useRef, useState } from 'preact/hooks';
import { DOWNLOAD_FORMATS, EXPORT_LABELS, exportArticleNotes, type DownloadFormat } from './export-download.ts';
import './highlights-panel.css';

export function ExportMenu({ articleId }: { articleId: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const choose = (format: DownloadFormat) => {
    setOpen(false);
    button.current?.focus();
    void exportArticleNotes(articleId, format);
  };
  return (
    <div
      class="hl-export"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="reader-button"
        aria-label="Export notes and highlights"
        aria-haspopup="menu"
        aria-expanded={open}
        title="Export notes and highlights"
        onClick={() => setOpen(!open)}
      >
        <svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
          <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19h14" />
        </svg>
      </button>
      {open && (
        <div class="hl-export-menu" role="menu" aria-label="Export">
          {DOWNLOAD_FORMATS.map((format) => (
            <button key={format} type="button" role="menuitem" class="hl-export-item" onClick={() => choose(format)}>
              {EXPORT_LABELS[format]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

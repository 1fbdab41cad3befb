/**
 * What an export holds, before anything is written: the service and file, the counts (articles with their
 * text or as links to download, highlights, notes, new tags), duplicates, what will be skipped and why, the
 * format's caveats and a few titles. Enter imports, Esc or Cancel forgets the file (migration.discard).
 */
import { useState } from 'preact/hooks';
import type { ImportPreview, ImportReportLine } from '../../../electron/shared/models-migration.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { cancelPreview, migrationStage, startImport } from './migration-store.ts';
import { counted, formatCount, importedBeforeLine, serviceName } from './migration-wording.ts';
import './migration-dialogs.css';
import './preview-dialog.css';

export function PreviewDialog() {
  const stage = migrationStage.value;
  const preview = stage.kind === 'preview' ? stage.preview : null;
  return (
    <Dialog open={preview !== null} onClose={cancelPreview} title={preview ? `Import from ${serviceName(preview.format)}` : ''} class="migration-dialog">
      {preview && <PreviewBody key={preview.importId} preview={preview} />}
    </Dialog>
  );
}

function articlesDetail(preview: ImportPreview): string | null {
  const links = preview.articles - preview.withContent;
  if (preview.articles === 0) return null;
  if (links === 0) return 'all with their text';
  if (preview.withContent === 0) return 'links, to download';
  return `${formatCount(preview.withContent)} with their text · ${formatCount(links)} to download`;
}

function importLabel(preview: ImportPreview): string {
  if (preview.articles > 0) return `Import ${counted(preview.articles, 'article')}`;
  return preview.alreadyInLibrary > 0 ? 'Update my articles' : 'Import';
}

/** Something is there to write: new articles, or tags and highlights for ones already in the library. */
function hasAnything(preview: ImportPreview): boolean {
  return preview.articles > 0 || preview.alreadyInLibrary > 0;
}

function PreviewBody({ preview }: { preview: ImportPreview }) {
  const [fetch, setFetch] = useState(true);
  const links = preview.articles - preview.withContent;
  const submit = () => void startImport(fetch);
  return (
    <form
      class="migration-form"
      data-testid="migration-preview"
      onSubmit={(event) => {
        event.preventDefault();
        if (hasAnything(preview)) submit();
      }}
      onKeyDown={(event) => {
        // Enter imports from anywhere in the form; on a button, the button's own action wins (Cancel cancels).
        const target = event.target as HTMLElement;
        if (event.key !== 'Enter' || event.isComposing || target.closest('button, a')) return;
        event.preventDefault();
        if (hasAnything(preview)) submit();
      }}
    >
      <p class="migration-source">
        <span class="migration-file">{preview.fileName}</span>
        <span class="migration-format">recognised as {preview.formatLabel}</span>
      </p>
      <dl class="migration-counts">
        <Count label="Articles" value={preview.articles} detail={articlesDetail(preview)} />
        <Count label="Highlights" value={preview.highlights} />
        <Count label="Notes" value={preview.notes} />
        <Count label="Tags" value={preview.tags} detail={preview.tags > 0 ? (preview.newTags > 0 ? `${formatCount(preview.newTags)} new` : 'none new') : null} />
      </dl>
      <ul class="migration-facts">
        {preview.importedBefore && <li data-testid="migration-imported-before">{importedBeforeLine(preview.importedBefore)}</li>}
        {preview.duplicatesInFile > 0 && <li>{counted(preview.duplicatesInFile, 'article')} twice in the file: kept once.</li>}
        {preview.alreadyInLibrary > 0 && (
          <li>{counted(preview.alreadyInLibrary, 'article')} already in your library: kept as they are, with the file’s tags and highlights added.</li>
        )}
        {preview.skipped > 0 && (
          <li>
            {counted(preview.skipped, 'entry', 'entries')} will be skipped:
            <ul class="migration-skipped">
              {preview.skippedSample.slice(0, 3).map((line, i) => (
                <SkippedLine key={i} line={line} />
              ))}
            </ul>
          </li>
        )}
        {!hasAnything(preview) && <li>Nothing in this file can be added to your library.</li>}
      </ul>
      {preview.caveats.length > 0 && (
        <div class="migration-caveats">
          {preview.caveats.map((caveat) => (
            <p key={caveat}>{caveat}</p>
          ))}
        </div>
      )}
      {preview.sampleTitles.length > 0 && (
        <div class="migration-samples">
          <h3 class="migration-subtitle">Among them</h3>
          <ul>
            {preview.sampleTitles.slice(0, 5).map((title) => (
              <li key={title} dir="auto">
                {title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {links > 0 && (
        <label class="migration-option">
          <input type="checkbox" checked={fetch} onChange={(event) => setFetch(event.currentTarget.checked)} />
          <span>
            Download the linked articles in the background
            <span class="migration-option-hint">
              {counted(links, 'link')}, saved a few at a time while you read; you can pause whenever you like.
            </span>
          </span>
        </label>
      )}
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={cancelPreview}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" data-autofocus disabled={!hasAnything(preview)}>
          {importLabel(preview)}
        </button>
      </div>
    </form>
  );
}

function Count({ label, value, detail }: { label: string; value: number; detail?: string | null }) {
  return (
    <div class={`migration-count${value === 0 ? ' is-zero' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span class="migration-count-value">{formatCount(value)}</span>
        {detail && <span class="migration-count-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** "part_000000.csv line 12 · Write to the editor (mailto:…) — an e-mail address, not a web page". */
export function SkippedLine({ line }: { line: ImportReportLine }) {
  return (
    <li class="migration-line">
      <span class="migration-line-where">{line.where}</span>
      {line.title && (
        <span class="migration-line-what" dir="auto">
          {line.title}
        </span>
      )}
      {line.url && (
        <span class="migration-line-url" title={line.url}>
          {line.url}
        </span>
      )}
      <span class="migration-line-why">— {line.reason}</span>
    </li>
  );
}

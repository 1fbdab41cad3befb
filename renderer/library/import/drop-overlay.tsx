/**
 * Drag files anywhere onto the window: a calm overlay says what will happen, dropping imports them.
 * dragenter/dragleave fire for every child element, so a counter tells when the drag really left.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatByteSize } from '../../../electron/shared/byte-size.ts';
import { MAX_IMPORT_BYTES } from '../../../electron/shared/import-limit.ts';
import { modalDepth } from '../../app/shortcuts.ts';
import { ImportIcon } from '../../ui/icons.tsx';
import { importDroppedFiles } from '../migration/dropped-files.ts';
import './drop-overlay.css';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropOverlay() {
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event) || modalDepth.value > 0) return;
      event.preventDefault();
      depth++;
      setVisible(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // without this the drop event never fires and the browser opens the file
      if (event.dataTransfer) event.dataTransfer.dropEffect = modalDepth.value > 0 ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setVisible(false);
      if (modalDepth.value === 0) void importDroppedFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!visible) return null;
  return (
    <div class="drop-overlay" data-testid="drop-overlay">
      <div class="drop-card" role="status">
        <ImportIcon class="drop-icon" />
        <p class="drop-title">Drop to add to your library</p>
        <p class="drop-hint">HTML, Markdown and plain-text files, up to {formatByteSize(MAX_IMPORT_BYTES)} each</p>
        <p class="drop-hint">or an export from Pocket, Instapaper, Omnivore and other apps</p>
      </div>
    </div>
  );
}

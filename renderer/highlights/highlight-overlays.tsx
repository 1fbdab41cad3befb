/** What floats over the article: the selection toolbar and the open highlight's popover. */
import type { HighlightController } from './highlight-controller.ts';
import { HighlightEditor } from './highlight-editor.tsx';
import { SelectionToolbar } from './selection-toolbar.tsx';

interface Props {
  controller: HighlightController;
  frame: HTMLIFrameElement | null;
  onDone(): void;
  openExternal(url: string): void;
}

export function HighlightOverlays({ controller, frame, onDone, openExternal }: Props) {
  return (
    <>
      <SelectionToolbar controller={controller} frame={frame} />
      <HighlightEditor controller={controller} frame={frame} onDone={onDone} openExternal={openExternal} />
    </>
  );
}

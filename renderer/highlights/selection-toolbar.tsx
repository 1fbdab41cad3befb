/**
 * The small bar that appears over selected words: five colours, "Highlight with note" and "Copy as quote".
 * It sits in the app above the iframe, never over the selection, and never takes the focus from the article.
 */
import type { HighlightController } from './highlight-controller.ts';
import { ColorSwatches } from './color-swatches.tsx';
import { lastUsedColor } from './highlight-colors.ts';
import { useFloating } from './use-floating.ts';

interface Props {
  controller: HighlightController;
  frame: HTMLIFrameElement | null;
}

export function SelectionToolbar({ controller, frame }: Props) {
  const selection = controller.selection.value;
  const floating = useFloating(frame, selection, [controller.layoutTick.value]);
  if (!selection) return null;
  return (
    <div
      ref={floating.ref}
      class="hl-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      data-side={floating.side}
      style={floating.style}
      // Keeps the article's selection (and focus) while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <ColorSwatches verb="Highlight" shortcutHint={lastUsedColor()} onPick={(color) => void controller.highlightSelection(color)} />
      <span class="hl-toolbar-rule" aria-hidden="true" />
      <button type="button" class="hl-toolbar-button" aria-label="Highlight with note" title="Highlight with note (N)" onClick={() => void controller.highlightSelection(undefined, true)}>
        Note
      </button>
      <button type="button" class="hl-toolbar-button" title="Copy as quote, with the title and link" onClick={() => void controller.copySelectionAsQuote()}>
        Copy as quote
      </button>
    </div>
  );
}

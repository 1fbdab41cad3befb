/** The five colours as a row of round buttons; used by the selection toolbar, the editor and the notebook filter. */
import type { HighlightColor } from '../../electron/shared/models.ts';
import { HIGHLIGHT_COLORS } from '../../electron/shared/vocabularies.ts';
import { COLOR_LABELS } from './highlight-colors.ts';

interface Props {
  /** The chosen colour (pressed), if any. */
  value?: HighlightColor | null;
  onPick(color: HighlightColor): void;
  /** Label prefix, e.g. "Highlight" → "Highlight yellow". */
  verb: string;
  shortcutHint?: HighlightColor;
}

export function ColorSwatches({ value, onPick, verb, shortcutHint }: Props) {
  return (
    <div class="hl-swatches" role="group" aria-label={`${verb} colour`}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class="hl-swatch"
          data-color={color}
          aria-label={`${verb} ${COLOR_LABELS[color].toLowerCase()}`}
          aria-pressed={value === undefined ? undefined : value === color}
          title={shortcutHint === color ? `${verb} ${COLOR_LABELS[color].toLowerCase()} (H)` : `${verb} ${COLOR_LABELS[color].toLowerCase()}`}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}

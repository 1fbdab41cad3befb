/**
 * Theme and typography: the reader's only settings, one small popover under the bar. Every control writes the
 * shared settings signal at once (the article restyles in place and keeps its sentence at the top) and persists
 * through core.
 */
import { useEffect, useRef } from 'preact/hooks';
import { FONT_SIZES, FONTS as FONT_CHOICES, LINE_WIDTHS, type FontChoice } from '../../electron/shared/vocabularies.ts';
import { settings, updateSettings } from '../app/settings-store.ts';
import { stepFontSize, stepLineWidth } from './appearance-steps.ts';
import { themeChoices } from '../ui/theme-menu.tsx';
import { ChoiceRow, Stepper } from './appearance-controls.tsx';
import './appearance-popover.css';

// One order for the themes everywhere they are offered.
const THEMES = themeChoices;

const FONT_LABELS: Record<FontChoice, string> = { serif: 'Serif', sans: 'Sans', legible: 'Legible' };
const FONTS = FONT_CHOICES.map((value) => ({ value, label: FONT_LABELS[value] }));

interface Props {
  onClose(returnFocus: boolean): void;
}

export function AppearancePopover({ onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const current = settings.value;

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panel.current?.contains(target)) return;
      if ((target as Element).closest?.('[data-appearance-toggle]')) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // The popover owns Esc while open: it closes, it does not leave the article.
      event.stopPropagation();
      event.preventDefault();
      onClose(true);
    }
  };

  return (
    <div class="appearance" role="dialog" aria-label="Theme and typography" ref={panel} onKeyDown={onKeyDown}>
      <ChoiceRow
        label="Theme"
        choices={THEMES}
        current={current.theme}
        onChoose={(theme) => void updateSettings({ theme })}
        kind="theme-swatch"
        sample="Aa"
        sampleClass="theme-swatch-chip"
      />

      <ChoiceRow
        label="Font"
        choices={FONTS}
        current={current.font}
        onChoose={(font) => void updateSettings({ font })}
        kind="font-choice"
        sample="Ag"
        sampleClass="font-choice-sample"
      />

      <Stepper
        id="appearance-size-label"
        label="Text size"
        steps={FONT_SIZES}
        current={current.fontSize as (typeof FONT_SIZES)[number]}
        shown={`${current.fontSize}px`}
        onStep={(direction) => void updateSettings({ fontSize: stepFontSize(current.fontSize, direction) })}
        less={{ label: 'Smaller text', glyph: <span class="stepper-small-a" aria-hidden="true">A</span> }}
        more={{ label: 'Larger text', glyph: <span class="stepper-large-a" aria-hidden="true">A</span> }}
      />

      <Stepper
        id="appearance-width-label"
        label="Line width"
        steps={LINE_WIDTHS}
        current={current.lineWidth as (typeof LINE_WIDTHS)[number]}
        shown={`${current.lineWidth}em`}
        onStep={(direction) => void updateSettings({ lineWidth: stepLineWidth(current.lineWidth, direction) })}
        less={{ label: 'Narrower column', glyph: <span class="width-glyph width-glyph-narrow" aria-hidden="true" /> }}
        more={{ label: 'Wider column', glyph: <span class="width-glyph width-glyph-wide" aria-hidden="true" /> }}
      />
    </div>
  );
}

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

  // Radio groups move with the arrow keys (the ARIA pattern), choosing as they go, like native radios.
  const onRadioKeys = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    const radios = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="radio"]')];
    const index = radios.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    event.preventDefault();
    const next = radios[(index + step + radios.length) % radios.length]!;
    next.focus();
    next.click();
  };

  const sizeIndex = FONT_SIZES.indexOf(current.fontSize as (typeof FONT_SIZES)[number]);
  const widthIndex = LINE_WIDTHS.indexOf(current.lineWidth as (typeof LINE_WIDTHS)[number]);

  return (
    <div class="appearance" role="dialog" aria-label="Theme and typography" ref={panel} onKeyDown={onKeyDown}>
      <div class="appearance-row" role="radiogroup" aria-label="Theme" onKeyDown={onRadioKeys}>
        {THEMES.map((theme) => (
          <button
            type="button"
            role="radio"
            aria-checked={current.theme === theme.value}
            tabIndex={current.theme === theme.value ? 0 : -1}
            class={`theme-swatch theme-swatch-${theme.value}`}
            onClick={() => void updateSettings({ theme: theme.value })}
          >
            <span class="theme-swatch-chip" aria-hidden="true">
              Aa
            </span>
            <span class="theme-swatch-label">{theme.label}</span>
          </button>
        ))}
      </div>

      <div class="appearance-row" role="radiogroup" aria-label="Font" onKeyDown={onRadioKeys}>
        {FONTS.map((font) => (
          <button
            type="button"
            role="radio"
            aria-checked={current.font === font.value}
            tabIndex={current.font === font.value ? 0 : -1}
            class={`font-choice font-choice-${font.value}`}
            onClick={() => void updateSettings({ font: font.value })}
          >
            <span class="font-choice-sample" aria-hidden="true">
              Ag
            </span>
            <span class="font-choice-label">{font.label}</span>
          </button>
        ))}
      </div>

      <div class="appearance-stepper">
        <span class="appearance-stepper-label" id="appearance-size-label">
          Text size
        </span>
        <button
          type="button"
          class="stepper-button"
          aria-label="Smaller text"
          disabled={current.fontSize <= FONT_SIZES[0]}
          onClick={() => void updateSettings({ fontSize: stepFontSize(current.fontSize, -1) })}
        >
          <span class="stepper-small-a" aria-hidden="true">A</span>
        </button>
        <output class="stepper-value" aria-labelledby="appearance-size-label" aria-live="polite">
          {current.fontSize}px
        </output>
        <button
          type="button"
          class="stepper-button"
          aria-label="Larger text"
          disabled={current.fontSize >= FONT_SIZES.at(-1)!}
          onClick={() => void updateSettings({ fontSize: stepFontSize(current.fontSize, 1) })}
        >
          <span class="stepper-large-a" aria-hidden="true">A</span>
        </button>
        <span class="stepper-dots" aria-hidden="true">
          {FONT_SIZES.map((_, i) => (
            <i class={i === sizeIndex ? 'on' : ''} />
          ))}
        </span>
      </div>

      <div class="appearance-stepper">
        <span class="appearance-stepper-label" id="appearance-width-label">
          Line width
        </span>
        <button
          type="button"
          class="stepper-button"
          aria-label="Narrower column"
          disabled={current.lineWidth <= LINE_WIDTHS[0]}
          onClick={() => void updateSettings({ lineWidth: stepLineWidth(current.lineWidth, -1) })}
        >
          <span class="width-glyph width-glyph-narrow" aria-hidden="true" />
        </button>
        <output class="stepper-value" aria-labelledby="appearance-width-label" aria-live="polite">
          {current.lineWidth}em
        </output>
        <button
          type="button"
          class="stepper-button"
          aria-label="Wider column"
          disabled={current.lineWidth >= LINE_WIDTHS.at(-1)!}
          onClick={() => void updateSettings({ lineWidth: stepLineWidth(current.lineWidth, 1) })}
        >
          <span class="width-glyph width-glyph-wide" aria-hidden="true" />
        </button>
        <span class="stepper-dots" aria-hidden="true">
          {LINE_WIDTHS.map((_, i) => (
            <i class={i === widthIndex ? 'on' : ''} />
          ))}
        </span>
      </div>
    </div>
  );
}

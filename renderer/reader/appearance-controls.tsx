/**
 * The two kinds of control in the appearance popover: a row of radio buttons (themes, fonts) and a stepper
 * with its dots (text size, line width). One definition each, so the rows cannot drift apart.
 */
import type { ComponentChildren } from 'preact';

// Radio groups move with the arrow keys (the ARIA pattern), choosing as they go, like native radios.
function onRadioKeys(event: KeyboardEvent): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  const radios = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="radio"]')];
  const index = radios.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const next = radios[(index + step + radios.length) % radios.length]!;
  next.focus();
  next.click();
}

interface ChoiceRowProps<V extends string> {
  label: string;
  choices: readonly { value: V; label: string }[];
  current: V;
  onChoose(value: V): void;
  /** Class of each choice (`${kind} ${kind}-${value}`) and of its label (`${kind}-label`). */
  kind: string;
  /** What each choice shows above its label, and that sample's class. */
  sample: string;
  sampleClass: string;
}

/** A radio group of buttons with one tab stop: the chosen one. */
export function ChoiceRow<V extends string>(props: ChoiceRowProps<V>) {
  return (
    <div class="appearance-row" role="radiogroup" aria-label={props.label} onKeyDown={onRadioKeys}>
      {props.choices.map((choice) => (
        <button
          type="button"
          role="radio"
          aria-checked={props.current === choice.value}
          tabIndex={props.current === choice.value ? 0 : -1}
          class={`${props.kind} ${props.kind}-${choice.value}`}
          onClick={() => props.onChoose(choice.value)}
        >
          <span class={props.sampleClass} aria-hidden="true">
            {props.sample}
          </span>
          <span class={`${props.kind}-label`}>{choice.label}</span>
        </button>
      ))}
    </div>
  );
}

interface StepperProps<V extends number> {
  id: string;
  label: string;
  steps: readonly V[];
  current: V;
  /** The value as shown, with its unit. */
  shown: string;
  onStep(direction: -1 | 1): void;
  less: { label: string; glyph: ComponentChildren };
  more: { label: string; glyph: ComponentChildren };
}

/** Smaller / value / larger, with one dot per step and the current one lit. */
export function Stepper<V extends number>(props: StepperProps<V>) {
  const index = props.steps.indexOf(props.current);
  return (
    <div class="appearance-stepper">
      <span class="appearance-stepper-label" id={props.id}>
        {props.label}
      </span>
      <button type="button" class="stepper-button" aria-label={props.less.label} disabled={props.current <= props.steps[0]!} onClick={() => props.onStep(-1)}>
        {props.less.glyph}
      </button>
      <output class="stepper-value" aria-labelledby={props.id} aria-live="polite">
        {props.shown}
      </output>
      <button type="button" class="stepper-button" aria-label={props.more.label} disabled={props.current >= props.steps.at(-1)!} onClick={() => props.onStep(1)}>
        {props.more.glyph}
      </button>
      <span class="stepper-dots" aria-hidden="true">
        {props.steps.map((_, i) => (
          <i class={i === index ? 'on' : ''} />
        ))}
      </span>
    </div>
  );
}

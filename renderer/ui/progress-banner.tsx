/**
 * The bar at the bottom centre for long work ("Importing 3 of 12 — name", "Saving 2 of 5 — host/…"); toasts
 * step up above it. The space before the dash is non-breaking because the line is a flex row, which drops
 * a leading plain space.
 */
import type { ComponentChildren } from 'preact';
import './progress-banner.css';

interface ProgressBannerProps {
  testId: string;
  /** Extra class for a caller's own touches. */
  class?: string;
  /** What the bar measures, for screen readers. */
  label: string;
  /** The visible count, e.g. "Importing 3 of 12". */
  count: string;
  /** The item in hand, when there is one. */
  current: string | null;
  /** A second line: what is happening to the item in hand ("Finding the article and cleaning it"). */
  detail?: ComponentChildren;
  done: number;
  total: number;
  /** For a single item there is nothing to count: the fill moves instead of growing. */
  indeterminate?: boolean;
  /**
   * How far (0 to 1) the bar will be when the step in hand is over: that stretch glows, so a long step that
   * cannot be measured still shows the work going on.
   */
  workingTo?: number;
}

export function ProgressBanner(props: ProgressBannerProps) {
  const fraction = props.total > 0 ? props.done / props.total : 0;
  return (
    <div class={`import-progress ${props.class ?? ''}`.trim()} role="status" data-testid={props.testId}>
      <div class="import-progress-text">
        <span class="import-progress-count">{props.count}</span>
        {props.current && <span class="import-progress-name">{`\u00a0— ${props.current}`}</span>}
      </div>
      {props.detail && <div class="import-progress-detail">{props.detail}</div>}
      <div
        class="import-progress-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
      >
        {props.workingTo !== undefined && props.workingTo > fraction && (
          <span
            class="import-progress-working"
            style={{ left: `${fraction * 100}%`, width: `${(props.workingTo - fraction) * 100}%` }}
            data-testid={`${props.testId}-working`}
          />
        )}
        <span
          class={`import-progress-fill${props.indeterminate ? ' capture-progress-indeterminate' : ''}`}
          style={{ transform: props.indeterminate ? undefined : `scaleX(${fraction})` }}
        />
      </div>
    </div>
  );
}

/**
 * Positions a floating element over the article (which lives in an iframe) from boxes in the iframe's viewport.
 * Measures the element after it renders, so the placement uses its real size.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fromFrame, placeFloating, type Box, type Placement } from './floating-position.ts';

/** Height of the reader's bar, which floats over the top of the article. */
const BAR_HEIGHT = 52;

export function useFloating(frame: HTMLIFrameElement | null, anchor: { first: Box; last: Box } | null, deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!frame || !anchor || !element) {
      setPlacement(null);
      return;
    }
    const f = frame.getBoundingClientRect();
    const offset = { top: f.top, left: f.left };
    const bounds = { top: f.top + BAR_HEIGHT, left: f.left, right: f.right, bottom: f.bottom };
    const first = fromFrame(anchor.first, offset);
    const last = fromFrame(anchor.last, offset);
    // The passage scrolled out of sight: nothing to point at.
    if (last.bottom < f.top || first.top > f.bottom) {
      setPlacement(null);
      return;
    }
    setPlacement(placeFloating(first, last, { width: element.offsetWidth, height: element.offsetHeight }, bounds));
  }, [frame, anchor?.first.top, anchor?.first.left, anchor?.last.bottom, anchor?.last.right, ...deps]);
  const style = placement
    ? { top: `${placement.top}px`, left: `${placement.left}px`, visibility: 'visible' as const }
    : { top: '0px', left: '0px', visibility: 'hidden' as const };
  return { ref, style, side: placement?.side ?? 'above' };
}

/**
 * The reader's top bar fades while reading and comes back when the reader reaches for it: a mouse move, a key
 * that is not a reading key, focus inside the bar. It stays while pinned (at the very top, a popover open).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const HIDE_AFTER_MS = 2200;

export function useChromeVisibility(pinned: boolean): { visible: boolean; reveal: () => void; conceal: () => void } {
  const [visible, setVisible] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pinnedRef = useRef(pinned);
  pinnedRef.current = pinned;

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!pinnedRef.current) setVisible(false);
    }, HIDE_AFTER_MS);
  }, []);

  const reveal = useCallback(() => {
    setVisible(true);
    schedule();
  }, [schedule]);

  const conceal = useCallback(() => {
    if (!pinnedRef.current) setVisible(false);
  }, []);

  useEffect(() => {
    if (pinned) setVisible(true);
    else schedule();
  }, [pinned, schedule]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { visible: visible || pinned, reveal, conceal };
}

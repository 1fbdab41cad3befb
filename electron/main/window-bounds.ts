/**
 * Where the window opens. Saved bounds come from another session, maybe from a monitor that
 * is no longer attached, so they are fitted to the displays present now: a window must never
 * open off-screen or larger than the screen it is on.
 */
import type { WindowBounds } from '../shared/models.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface WindowPlacement {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1180, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 480, height: 360 } as const;
/** Less visible area than this (px²) and the window counts as lost off-screen. */
const MIN_VISIBLE_AREA = 120 * 80;

function finite(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), Math.max(low, high));
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)),
  };
}

/** Fits saved bounds to the current displays' work areas (primary first); null saved means first run. */
export function placeWindow(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowPlacement {
  const maximized = saved?.maximized === true;
  const wanted = {
    width: finite(saved?.width) ? saved.width : DEFAULT_WINDOW_SIZE.width,
    height: finite(saved?.height) ? saved.height : DEFAULT_WINDOW_SIZE.height,
  };
  const primary = workAreas[0];
  if (!primary) return { ...wanted, maximized };

  if (saved && finite(saved.x) && finite(saved.y)) {
    const rect = { x: saved.x, y: saved.y, ...wanted };
    let best: Rect | null = null;
    let bestArea = 0;
    for (const area of workAreas) {
      const visible = overlapArea(rect, area);
      if (visible > bestArea) [best, bestArea] = [area, visible];
    }
    if (best && bestArea >= MIN_VISIBLE_AREA) {
      const size = fitSize(wanted.width, wanted.height, best);
      return {
        x: Math.round(clamp(saved.x, best.x, best.x + best.width - size.width)),
        y: Math.round(clamp(saved.y, best.y, best.y + best.height - size.height)),
        ...size,
        maximized,
      };
    }
  }
  // First run, no position saved, or the display it was on is gone: centre on the primary one.
  return { ...fitSize(wanted.width, wanted.height, primary), maximized };
}

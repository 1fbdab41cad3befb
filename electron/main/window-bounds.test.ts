import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, placeWindow } from './window-bounds.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('placeWindow', () => {
  test('first run: default size, centred (no position), not maximized', () => {
    assert.deepEqual(placeWindow(null, [rightMonitor]), { ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  test('first run on a small screen: the default size shrinks to fit', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    assert.deepEqual(placeWindow(null, [small]), { width: 1024, height: 700, maximized: false });
  });

  test('a window that fits is restored exactly', () => {
    const saved = { x: 100, y: 50, width: 900, height: 700, maximized: true };
    assert.deepEqual(placeWindow(saved, [laptop]), saved);
  });

  test('a window on a second monitor stays there', () => {
    const saved = { x: 2000, y: 0, width: 1200, height: 900 };
    assert.deepEqual(placeWindow(saved, [laptop, rightMonitor]), { ...saved, maximized: false });
  });

  test('a window from a monitor that is gone is centred on the primary display', () => {
    const saved = { x: 2000, y: 0, width: 1200, height: 900 };
    assert.deepEqual(placeWindow(saved, [laptop]), { width: 1200, height: 870, maximized: false });
  });

  test('a window hanging over the edge is pulled fully inside', () => {
    const placed = placeWindow({ x: 1300, y: 700, width: 800, height: 600 }, [laptop]);
    assert.deepEqual(placed, { x: 640, y: 270, width: 800, height: 600, maximized: false });
  });

  test('a window larger than its display is shrunk to the work area', () => {
    const placed = placeWindow({ x: -50, y: -50, width: 5000, height: 3000 }, [laptop]);
    assert.deepEqual(placed, { x: 0, y: 0, width: 1440, height: 870, maximized: false });
  });

  test('a barely visible sliver counts as off-screen', () => {
    const placed = placeWindow({ x: 1430, y: 10, width: 800, height: 600 }, [laptop]);
    assert.equal(placed.x, undefined);
    assert.equal(placed.y, undefined);
  });

  test('tiny or broken sizes are repaired', () => {
    const tiny = placeWindow({ x: 10, y: 10, width: 10, height: 10 }, [laptop]);
    assert.equal(tiny.width, MIN_WINDOW_SIZE.width);
    assert.equal(tiny.height, MIN_WINDOW_SIZE.height);
    const nan = placeWindow({ x: Number.NaN, y: 0, width: Number.NaN, height: 600 }, [laptop]);
    assert.deepEqual(nan, { width: DEFAULT_WINDOW_SIZE.width, height: 600, maximized: false });
  });

  test('fractional values (scaled displays) become integers', () => {
    const placed = placeWindow({ x: 10.4, y: 20.6, width: 800.5, height: 600.2 }, [laptop]);
    for (const n of [placed.x, placed.y, placed.width, placed.height]) assert.ok(Number.isInteger(n), String(n));
  });

  test('no display information at all: saved size, no position', () => {
    assert.deepEqual(placeWindow({ x: 5, y: 5, width: 900, height: 700 }, []), { width: 900, height: 700, maximized: false });
  });
});

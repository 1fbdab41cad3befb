/**
 * The virtualized list: a spacer as tall as every row together, and absolutely placed rows for only the
 * window in view (plus a few either side). Rows have one fixed height, so position is arithmetic and
 * 10,000 articles scroll like 10.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../electron/shared/models.ts';
import { ArticleRow, PlaceholderRow } from './article-row.tsx';
import { openListed } from './open-listed.ts';
import { selectedIds, selectRangeTo, toggleRow } from './selection/selection-store.ts';
import { focusOnReturn, focusRequest, listEpoch, revision, rowAt, scrollMemory, selectedIndex, showRows, total } from './library-store.ts';
import { scrollToReveal, visibleRows } from './window-range.ts';
import { density, ROW_HEIGHTS } from './density.ts';

const OVERSCAN = 6;
const FIRST_ROWS_MARK = 'lectern:first-rows';
let handledFocusRequest = 0;
/** The list epoch this list last started over for: a list mounting again (back from the reader) keeps its place. */
let handledEpoch = 0;
const LIST_PADDING = 12;

/** A click on a row opens it; with Ctrl/Cmd it toggles the row in the selection, with Shift it selects up to it. */
function clickRow(article: ArticleSummary, index: number, event: MouseEvent): void {
  if (event.ctrlKey || event.metaKey) toggleRow(index);
  else if (event.shiftKey) void selectRangeTo(index);
  else openListed(article);
}

/** Whether any part of row `index` shows in the scroller. */
function rowInSight(index: number, el: HTMLElement, rowHeight: number): boolean {
  const top = LIST_PADDING + index * rowHeight;
  return top + rowHeight > el.scrollTop && top < el.scrollTop + el.clientHeight;
}

export function ArticleList() {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: scrollMemory.top, height: 800 });
  const count = total.value ?? 0;
  const now = new Date();
  const compact = density.value === 'compact';
  const rowHeight = ROW_HEIGHTS[density.value];
  const previousHeight = useRef(rowHeight);

  // Measure before the first paint and put the list back where it was before the reader opened.
  useLayoutEffect(() => {
    const el = scroller.current!;
    el.scrollTop = scrollMemory.top;
    setView({ top: el.scrollTop, height: el.clientHeight });
    const observer = new ResizeObserver(() => setView({ top: el.scrollTop, height: el.clientHeight }));
    observer.observe(el);
    // Back from the reader: the keyboard lands on the article just read, so j/k carry on from there.
    if (focusOnReturn.pending) {
      focusOnReturn.pending = false;
      focusOnReturn.restoring = true;
      focusRequest.value++;
    }
    return () => {
      observer.disconnect();
      // A click's focus may have scrolled the row in just before the reader replaced the list.
      if (el.isConnected && handledEpoch === listEpoch.value) scrollMemory.top = el.scrollTop;
    };
  }, []);

  const pendingFocus = useRef(false);
  /** Focuses the selected row if it is drawn; true when it was. */
  const focusSelected = (): boolean => {
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex.value}"] button.row-open`);
    if (!button) return false;
    button.focus({ preventScroll: true });
    pendingFocus.current = false;
    return true;
  };

  const onScroll = () => {
    // A scroll that a click's focus started can land after the click opened the reader and the list is gone.
    const el = scroller.current;
    if (!el) return;
    scrollMemory.top = el.scrollTop;
    setView({ top: el.scrollTop, height: el.clientHeight });
  };

  const win = visibleRows(view.top - LIST_PADDING, view.height, rowHeight, count, OVERSCAN);

  useEffect(() => {
    // Fetch the window plus a screenful ahead, so scrolling at a normal pace never meets a blank row.
    showRows(win.start, Math.min(count, win.end + Math.ceil(view.height / rowHeight)));
  });

  // Keyboard selection: scroll the row into view before paint, then focus it: at once when it is drawn already,
  // else once the frame has drawn it. At once matters: a palette or dialog opened by the very next key gives
  // focus back, on closing, to whatever had it when it opened, and a row taking focus becomes the selection,
  // so a focus still on the old row would move the selection back and the command would act on the wrong
  // article. The row is read when focusing, not captured now, so fast repeated keys never pull focus back.
  useLayoutEffect(() => {
    // Only requests made since the last one handled: a list mounting again must not take focus by itself.
    if (focusRequest.value === handledFocusRequest) return;
    handledFocusRequest = focusRequest.value;
    const el = scroller.current!;
    const returning = focusOnReturn.restoring;
    focusOnReturn.restoring = false;
    const next = scrollToReveal(selectedIndex.value, el.scrollTop - LIST_PADDING, el.clientHeight, rowHeight, 8);
    // Back from the reader the view is put back exactly; it moves only if the row is wholly out of sight.
    if (next !== null && !(returning && rowInSight(selectedIndex.value, el, rowHeight))) {
      el.scrollTop = next + LIST_PADDING;
      onScroll();
    }
    if (focusSelected()) return;
    pendingFocus.current = true;
    const frame = requestAnimationFrame(focusSelected);
    return () => cancelAnimationFrame(frame);
  }, [focusRequest.value]);

  // Switching density keeps the same article at the top of the view.
  useLayoutEffect(() => {
    const el = scroller.current!;
    if (previousHeight.current === rowHeight) return;
    const firstRow = Math.max(0, el.scrollTop - LIST_PADDING) / previousHeight.current;
    previousHeight.current = rowHeight;
    el.scrollTop = firstRow * rowHeight + (firstRow > 0 ? LIST_PADDING : 0);
    onScroll();
  }, [rowHeight]);

  // A new sort, filter or query starts at the top; mounting again for the same list does not.
  useEffect(() => {
    if (listEpoch.value === handledEpoch) return;
    handledEpoch = listEpoch.value;
    const el = scroller.current!;
    if (el.scrollTop !== 0) {
      el.scrollTop = 0;
      onScroll();
    }
  }, [listEpoch.value]);

  // A far jump (End) lands on a row whose page is still on its way: focus it when it arrives.
  useEffect(() => {
    if (pendingFocus.current) focusSelected();
  }, [revision.value]);

  // A mark for measuring how soon the first real rows are on screen (read by the e2e suite and benchmarks).
  useEffect(() => {
    if (rowAt(win.start) && performance.getEntriesByName(FIRST_ROWS_MARK).length === 0) performance.mark(FIRST_ROWS_MARK);
  });

  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    const article = rowAt(i);
    const top = LIST_PADDING + i * rowHeight;
    rows.push(
      article ? (
        <ArticleRow
          key={i}
          article={article}
          index={i}
          total={count}
          top={top}
          selected={i === selectedIndex.value}
          checked={selectedIds.value.has(article.id)}
          compact={compact}
          now={now}
          onOpen={(a: ArticleSummary, event: MouseEvent) => clickRow(a, i, event)}
          onSelect={(index: number) => (selectedIndex.value = index)}
        />
      ) : (
        <PlaceholderRow key={i} index={i} top={top} />
      ),
    );
  }

  return (
    <div class="list-scroller" ref={scroller} onScroll={onScroll} data-testid="article-list">
      <ul
        class={`list${compact ? ' is-compact' : ''}`}
        aria-label="Articles"
        style={{ height: `${count * rowHeight + LIST_PADDING * 2}px`, '--row-height': `${rowHeight}px` }}
      >
        {rows}
      </ul>
    </div>
  );
}

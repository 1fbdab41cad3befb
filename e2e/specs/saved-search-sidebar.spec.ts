// Saved searches in the sidebar: each with its count; a click runs it; rename, reorder (Alt+↑/↓) and delete
// with Undo, which brings it back in its place. Saved through core, as the search box's Save does.
import { test, expect } from '../support/fixtures.ts';

test.use({ seed: { count: 12 }, viewport: { width: 1280, height: 820 }, undoWindowMs: 20_000 });

test('a saved search runs from the sidebar, is renamed, moved and deleted with Undo', async ({ shell, library }) => {
  await expect(library.sidebar.getByText('No saved searches yet')).toBeVisible();
  for (const [name, query] of [['Rivers', 'rivers'], ['Lichens', 'lichens'], ['Bees', 'bees']]) {
    await library.invoke('savedSearches.save', { name, query });
  }
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers', 'Lichens', 'Bees']);
  await expect(library.savedSearch('Rivers').locator('.side-count')).toHaveText(/^2/);

  // A click runs it: its query in the box, its articles in the list, the item marked current.
  await library.savedSearch('Rivers').locator('.side-item-main').click();
  await expect(library.filterBox).toHaveValue('rivers');
  await expect(library.rows).toHaveCount(2);
  await expect(library.savedSearch('Rivers').locator('.side-item-main')).toHaveAttribute('aria-current', 'true');
  await library.press('j'); // the keyboard goes to the results; the search stays
  await library.screenshot('saved-search-sidebar-light');

  // Rename in place from its menu.
  await library.sidebarAction(library.savedSearch('Rivers'), 'Rename');
  const field = library.sidebar.getByRole('textbox', { name: 'New name for “Rivers”' });
  await expect(field).toBeFocused();
  await field.fill('Rivers and deltas');
  await field.press('Enter');
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers and deltas', 'Lichens', 'Bees']);

  // Alt+↑ moves the focused one up; core keeps the order.
  await library.savedSearch('Bees').locator('.side-item-main').focus();
  await library.press('Alt+ArrowUp');
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers and deltas', 'Bees', 'Lichens']);
  await expect(library.savedSearch('Bees').locator('.side-item-main')).toBeFocused();

  // Delete, then Undo: it comes back in the same place.
  await library.sidebarAction(library.savedSearch('Bees'), 'Delete');
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers and deltas', 'Lichens']);
  await expect(library.savedSearch('Lichens').locator('.side-item-main')).toBeFocused(); // the keyboard stays in the list
  await library.toasts.last().getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers and deltas', 'Bees', 'Lichens']);

  await shell.restart();
  await library.waitReady();
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers and deltas', 'Bees', 'Lichens']);
  await library.useTheme('Dark');
  await library.screenshot('saved-search-sidebar-dark');
});

test('dragging a saved search onto another moves it there', async ({ library }) => {
  for (const [name, query] of [['Rivers', 'rivers'], ['Lichens', 'lichens'], ['Bees', 'bees']]) {
    await library.invoke('savedSearches.save', { name, query });
  }
  await expect.poll(() => library.savedSearchNames()).toEqual(['Rivers', 'Lichens', 'Bees']);
  await library.savedSearch('Bees').dragTo(library.savedSearch('Rivers'), { targetPosition: { x: 40, y: 4 } });
  await expect.poll(() => library.savedSearchNames()).toEqual(['Bees', 'Rivers', 'Lichens']);
});

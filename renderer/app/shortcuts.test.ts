import { test, describe, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { activeScope, findShortcut, groupedShortcuts, modalDepth, registerShortcuts, registeredShortcuts } from './shortcuts.ts';

const press = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false });

describe('shortcut registry', () => {
  beforeEach(() => {
    registeredShortcuts.value = [];
    activeScope.value = 'library';
    modalDepth.value = 0;
  });

  test('only the active scope and global fire', () => {
    registerShortcuts('library', [{ keys: ['j'], description: 'Next', run: () => {} }]);
    registerShortcuts('reader', [{ keys: ['n'], description: 'Notes', run: () => {} }]);
    assert.equal(findShortcut(press('j'), false, false)?.description, 'Next');
    assert.equal(findShortcut(press('n'), false, false), null);
    activeScope.value = 'reader';
    assert.equal(findShortcut(press('n'), false, false)?.description, 'Notes');
  });

  test('the view overrides a global chord, text fields block plain keys, dialogs block all', () => {
    registerShortcuts('global', [{ keys: ['Escape'], description: 'Global esc', run: () => {}, inInputs: true }]);
    registerShortcuts('library', [{ keys: ['Escape'], description: 'Clear filter', run: () => {}, inInputs: true }]);
    registerShortcuts('library', [{ keys: ['a'], description: 'Archive', run: () => {} }]);
    assert.equal(findShortcut(press('Escape'), true, false)?.description, 'Clear filter');
    assert.equal(findShortcut(press('a'), true, false), null);
    modalDepth.value = 1;
    assert.equal(findShortcut(press('Escape'), false, false), null);
  });

  test('unregister removes exactly what was added, and help groups by scope', () => {
    const off = registerShortcuts('reader', [{ keys: ['t'], description: 'Theme', run: () => {} }]);
    registerShortcuts('global', [{ keys: ['?'], description: 'Help', run: () => {} }]);
    registerShortcuts('global', [{ keys: [], description: 'Palette only', run: () => {} }]);
    assert.deepEqual(groupedShortcuts().map((g) => g.title), ['Everywhere', 'Reader']);
    off();
    assert.deepEqual(registeredShortcuts.value.map((s) => s.description), ['Help', 'Palette only']);
  });
});

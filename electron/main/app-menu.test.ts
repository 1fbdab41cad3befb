import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './app-menu.ts';
import type { ShellCommand } from '../shared/bridge.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isPackaged: boolean) {
  const sent: ShellCommand[] = [];
  let opened = 0;
  let imported = 0;
  const template = buildMenuTemplate({ platform, isPackaged, appName: 'Lectern', send: (c) => sent.push(c), openFiles: () => opened++, importFromApp: () => imported++ });
  const items = flatten(template);
  const byLabel = (label: string) => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `menu item ${label}`);
    return item;
  };
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { template, items, byLabel, click, sent, opened: () => opened, imported: () => imported };
}

describe('buildMenuTemplate', () => {
  test('UI actions send their shell command with the documented accelerators', () => {
    const menu = build('linux', true);
    const expected: Array<[string, ShellCommand, string | undefined]> = [
      ['Save Link…', 'add-url', 'CmdOrCtrl+L'],
      ['Paste as Article', 'paste', 'CmdOrCtrl+Shift+V'],
      ['Export Library…', 'export-library', undefined],
      ['Library', 'go-library', 'CmdOrCtrl+1'],
      ['Notes Panel', 'toggle-notes', undefined],
      ['Command Palette…', 'command-palette', 'CmdOrCtrl+K'],
      ['Keyboard Shortcuts', 'show-shortcuts', 'CmdOrCtrl+/'],
    ];
    for (const [label, , accelerator] of expected) {
      assert.equal(menu.byLabel(label).accelerator, accelerator, label);
      menu.click(label);
    }
    assert.deepEqual(menu.sent, expected.map(([, command]) => command));
  });

  test('Open… shows the native dialog in main instead of asking the page', () => {
    const menu = build('linux', true);
    assert.equal(menu.byLabel('Open…').accelerator, 'CmdOrCtrl+O');
    menu.click('Open…');
    assert.equal(menu.opened(), 1);
    assert.deepEqual(menu.sent, []);
  });

  test('Import from Another App… shows the native dialog in main too (no upload limit for a path)', () => {
    const menu = build('linux', true);
    menu.click('Import from Another App…');
    assert.deepEqual([menu.imported(), menu.opened()], [1, 0]);
    assert.deepEqual(menu.sent, []);
  });

  test('no two items share an accelerator', () => {
    const accelerators = build('linux', false).items.map((i) => i.accelerator).filter(Boolean);
    assert.equal(new Set(accelerators).size, accelerators.length);
  });

  test('reload and devtools only in development', () => {
    const roles = (p: boolean) => build('linux', p).items.map((i) => i.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) {
      assert.equal(roles(true).includes(role), false, role);
      assert.equal(roles(false).includes(role), true, role);
    }
  });

  test('zoom, full screen and editing roles are present', () => {
    const roles = build('win32', true).items.map((i) => i.role);
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'copy', 'paste', 'quit'] as const) {
      assert.ok(roles.includes(role), role);
    }
    assert.equal(roles.includes('pasteAndMatchStyle'), false);
  });

  test('macOS gets the app menu and a window menu; others do not', () => {
    const mac = build('darwin', true).template;
    assert.equal(mac[0]?.label, 'Lectern');
    assert.ok(mac.some((m) => m.role === 'windowMenu'));
    const linux = build('linux', true).template;
    assert.equal(linux[0]?.label, '&File');
    assert.ok(!linux.some((m) => m.role === 'windowMenu'));
  });
});

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { guardSession, guardWebContents } from './web-contents-guard.ts';

function fakeEvent(fields: Record<string, unknown>) {
  const event = { ...fields, prevented: false, preventDefault() { event.prevented = true; } };
  return event;
}

function setup() {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => unknown; setWindowOpenHandler: Function };
  contents.setWindowOpenHandler = (fn: (d: { url: string }) => unknown) => {
    contents.openHandler = fn;
  };
  const opened: string[] = [];
  guardWebContents(contents as never, async (url) => void opened.push(url));
  return { contents, opened };
}

describe('guardWebContents', () => {
  test('top-frame navigation is always prevented; web links open outside', () => {
    const { contents, opened } = setup();
    const inApp = fakeEvent({ url: 'lectern://app/other.html' });
    const web = fakeEvent({ url: 'https://example.com/' });
    const file = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-navigate', inApp);
    contents.emit('will-navigate', web);
    contents.emit('will-navigate', file);
    assert.deepEqual([inApp.prevented, web.prevented, file.prevented], [true, true, true]);
    assert.deepEqual(opened, ['https://example.com/']);
  });

  test('subframes may load app documents but not the web', () => {
    const { contents, opened } = setup();
    const article = fakeEvent({ url: 'lectern://app/articles/a/index.html', isMainFrame: false });
    const link = fakeEvent({ url: 'https://example.com/x', isMainFrame: false });
    const top = fakeEvent({ url: 'https://example.com/top', isMainFrame: true });
    contents.emit('will-frame-navigate', article);
    contents.emit('will-frame-navigate', link);
    contents.emit('will-frame-navigate', top);
    assert.equal(article.prevented, false);
    assert.equal(link.prevented, true);
    // The top frame is will-navigate's job: not handled (nor opened) twice.
    assert.equal(top.prevented, false);
    assert.deepEqual(opened, ['https://example.com/x']);
  });

  test('redirects out of the app are prevented', () => {
    const { contents } = setup();
    const out = fakeEvent({ url: 'https://example.com/' });
    const inside = fakeEvent({ url: 'lectern://app/index.html' });
    contents.emit('will-redirect', out);
    contents.emit('will-redirect', inside);
    assert.equal(out.prevented, true);
    assert.equal(inside.prevented, false);
  });

  test('window.open is denied and only http(s) reaches the browser', () => {
    const { contents, opened } = setup();
    assert.deepEqual(contents.openHandler?.({ url: 'https://example.com/a' }), { action: 'deny' });
    assert.deepEqual(contents.openHandler?.({ url: 'file:///etc/passwd' }), { action: 'deny' });
    assert.deepEqual(opened, ['https://example.com/a']);
  });

  test('webviews are never attached', () => {
    const { contents } = setup();
    const attach = fakeEvent({});
    contents.emit('will-attach-webview', attach, {}, {});
    assert.equal(attach.prevented, true);
  });
});

test('guardSession installs deny-by-default permission handlers', () => {
  const handlers: Record<string, Function> = {};
  const session = {
    setPermissionRequestHandler: (fn: Function) => void (handlers['request'] = fn),
    setPermissionCheckHandler: (fn: Function) => void (handlers['check'] = fn),
    setDevicePermissionHandler: (fn: Function) => void (handlers['device'] = fn),
  };
  guardSession(session as never);
  const answers: boolean[] = [];
  handlers['request']?.({}, 'media', (ok: boolean) => answers.push(ok), { requestingUrl: 'lectern://app/index.html', isMainFrame: true });
  handlers['request']?.({}, 'clipboard-read', (ok: boolean) => answers.push(ok), { requestingUrl: 'lectern://app/index.html', isMainFrame: true });
  assert.deepEqual(answers, [false, true]);
  assert.equal(handlers['check']?.({}, 'geolocation', 'lectern://app', { isMainFrame: true }), false);
  assert.equal(handlers['check']?.({}, 'clipboard-sanitized-write', 'lectern://app', { isMainFrame: true }), true);
  assert.equal(handlers['device']?.({}), false);
});

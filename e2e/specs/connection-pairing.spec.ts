// A browser asking to connect, as the app shows it: "Connect this browser?" with the browser's name and the
// code it shows too; Accept gives the browser its token on its next poll, Deny (or Esc) refuses it; a page
// cannot make the reader accept blindly (nothing is focused that Enter would press, and Accept ignores its
// first second); several requests queue; a request answered elsewhere closes by itself. The test plays the
// browser over HTTP with the extension's headers; the listener is on this spec's own ports.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { extensionRequests, type ExtensionRequests } from '../support/extension-requests.ts';
import type { ConnectionPage } from '../pages/connection-page.ts';

const PORTS = [47840, 47841, 47842];
test.use({ connectionPorts: PORTS, viewport: { width: 1200, height: 820 } });

/** Turns the connection on from the dialog, closes it, and returns a browser talking to the port it names. */
async function listening(connection: ConnectionPage): Promise<ExtensionRequests> {
  await connection.openFromAddMenu();
  const port = await connection.turnOn();
  expect(PORTS).toContain(port);
  await connection.press('Escape');
  await expect(connection.dialog).toHaveCount(0);
  return extensionRequests(port);
}

test('a browser asks, the app shows its code; Accept gives it its token, and nothing accepts in the first second', async ({ library, connection }) => {
  const browser = await listening(connection);
  expect((await browser.ping()).body).toMatchObject({ app: 'lectern', paired: false });

  const asked = await browser.pair('Chromium 131 on Linux');
  await expect(connection.pairingDialog).toBeVisible();
  await expect(connection.code).toHaveText(asked.code);
  await expect(connection.pairingDialog).toContainText('Chromium 131 on Linux wants to save pages to Lectern.');
  await expect(connection.pairingDialog).toContainText('Check that your browser shows the same code.');

  // Right away: Enter presses nothing (focus is on the code), and a click on Accept does not count yet.
  await expect(connection.pairingDialog.locator('.pairing-code')).toBeFocused();
  await connection.press('Enter');
  const clickedUnarmed = await connection.accept.evaluate((button: HTMLButtonElement) => {
    const unarmed = button.getAttribute('aria-disabled') === 'true';
    button.click();
    return unarmed;
  });
  expect(clickedUnarmed, 'Accept was clicked within its first second').toBe(true);
  expect((await browser.poll(asked.requestId)).body).toEqual({ state: 'waiting' });
  await expect(connection.pairingDialog).toBeVisible();

  await expect(connection.accept).not.toHaveAttribute('aria-disabled', 'true');
  await connection.settle();
  expect(await axeViolations(connection.page, '.pairing-dialog')).toEqual([]);
  await connection.screenshot('connection-pairing-light');
  await connection.page.emulateMedia({ colorScheme: 'dark' });
  await connection.page.waitForTimeout(400); // the colour transition, before a picture
  expect(await axeViolations(connection.page, '.pairing-dialog')).toEqual([]);
  await connection.screenshot('connection-pairing-dark');
  await connection.page.emulateMedia({ colorScheme: 'light' });

  // Tab stays inside the dialog.
  for (let i = 0; i < 4; i++) {
    await connection.press('Tab');
    expect(await connection.pairingDialog.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await connection.acceptShown();
  await expect(connection.pairingDialog).toHaveCount(0);
  await expect(library.toasts.first()).toContainText('Chromium 131 on Linux is connected');
  const answer = await browser.poll(asked.requestId);
  expect(answer.body.state).toBe('accepted');
  expect(answer.body.token).toMatch(/^[0-9a-f]{64}$/);
  expect((await browser.poll(asked.requestId)).status, 'the token is given once').toBe(404);
  expect((await browser.ping(answer.body.token)).body.paired).toBe(true);
  expect((await browser.tags(answer.body.token!)).status).toBe(200);

  await connection.openFromAddMenu();
  await expect(connection.pairedBrowser('Chromium 131 on Linux')).toContainText(/Paired today at .* · last used today at/);
});

test('Deny and Esc refuse; several requests queue; one answered elsewhere closes by itself', async ({ library, connection }) => {
  const browser = await listening(connection);
  const first = await browser.pair('Firefox 133 on Linux');
  const second = await browser.pair('Chromium 131 on Windows');
  await expect(connection.pairingDialog).toContainText('Firefox 133 on Linux');
  await expect(connection.pairingDialog).toContainText('1 more browser is waiting to connect.');
  await expect(connection.code).toHaveText(first.code);

  await connection.deny.click();
  await expect(connection.pairingDialog).toContainText('Chromium 131 on Windows');
  await expect(connection.code).toHaveText(second.code);
  await expect(connection.pairingDialog).not.toContainText('more browser');
  expect((await browser.poll(first.requestId)).body).toEqual({ state: 'denied' });
  await expect(library.toasts.first()).toContainText('Firefox 133 on Linux was not connected.');

  await connection.press('Escape');
  await expect(connection.pairingDialog).toHaveCount(0);
  await expect.poll(async () => (await browser.poll(second.requestId)).body).toEqual({ state: 'denied' });

  // Answered somewhere else (another window, the command line): the dialog goes without a word.
  const third = await browser.pair('Edge 131 on Windows');
  await expect(connection.code).toHaveText(third.code);
  await connection.invoke('pairing.deny', { requestId: third.requestId });
  await expect(connection.pairingDialog).toHaveCount(0);
  await expect(library.toasts.filter({ hasText: 'Edge 131' })).toHaveCount(0);
  expect((await browser.poll(third.requestId)).body).toEqual({ state: 'denied' });
});

test('a request still waiting when the window opens is shown; turning the connection off drops it', async ({ shell, connection }) => {
  const browser = await listening(connection);
  const asked = await browser.pair('Chromium 131 on macOS');
  await expect(connection.code).toHaveText(asked.code);
  await shell.page.reload();
  await expect(connection.code).toHaveText(asked.code);

  await connection.invoke('connection.disable', {});
  await expect(connection.pairingDialog).toHaveCount(0);
  await expect(browser.ping()).rejects.toThrow();
});

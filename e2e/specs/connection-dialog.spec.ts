// The Browser connection dialog ("Connect a browser…" in the palette and the Add menu): what it does in two
// sentences, a switch that turns the listener on and off with where it listens, the paired browsers with
// when they were paired and used, Revoke after a question (a revoked browser's token gets 401), where the
// extension is to install, and the problem in words when every port is taken.
import { createServer } from 'node:net';
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { extensionRequests } from '../support/extension-requests.ts';
import { freePorts } from '../../electron/core/connection/testing/connection-client.ts';
import { ConnectionPage } from '../pages/connection-page.ts';
import { LibraryPage } from '../pages/library-page.ts';

const PORTS = [47845, 47846, 47847];
test.use({ connectionPorts: PORTS, viewport: { width: 1200, height: 860 } });

test('from the palette: turned on and off, a paired browser listed, revoked after a question and refused', async ({ library, connection }) => {
  await connection.runCommand('Connect a browser');
  await expect(connection.dialog).toBeVisible();
  await expect(connection.dialog).toContainText('The Lectern extension saves pages from Chromium or Firefox exactly as you see them');
  await expect(connection.dialog).toContainText('dist/extension/chromium');
  await expect(connection.state).toContainText('Off: no browser can reach Lectern.');
  await expect(connection.dialog).toContainText('No browser is paired yet.');
  await expect(connection.switch).toBeFocused();

  const port = await connection.turnOn();
  expect(PORTS).toContain(port);
  const browser = extensionRequests(port);

  // The request opens over the settings; accepting it lists the browser as soon as it collects its token.
  const asked = await browser.pair('Chromium 131 on Linux');
  await expect(connection.code).toHaveText(asked.code);
  await connection.acceptShown();
  await expect(connection.pairingDialog).toHaveCount(0);
  await expect(connection.dialog).toBeVisible();
  const { token } = (await browser.poll(asked.requestId)).body;
  await expect(connection.pairedBrowser('Chromium 131 on Linux')).toContainText(/Paired today at .* · not used yet/);
  expect((await browser.tags(token!)).status).toBe(200);

  await connection.settle();
  expect(await axeViolations(connection.page, '.connection-dialog')).toEqual([]);
  await connection.screenshot('connection-dialog-light');
  await connection.page.emulateMedia({ colorScheme: 'dark' });
  await connection.page.waitForTimeout(400); // the colour transition, before a picture
  expect(await axeViolations(connection.page, '.connection-dialog')).toEqual([]);
  await connection.screenshot('connection-dialog-dark');
  await connection.page.emulateMedia({ colorScheme: 'light' });

  // Revoke asks first; Keep takes the question back, with focus where it was.
  const row = connection.pairedBrowser('Chromium 131 on Linux');
  await row.getByRole('button', { name: 'Revoke Chromium 131 on Linux…' }).click();
  await expect(row).toContainText('It will have to connect again, with a new code');
  await expect(row.getByRole('button', { name: 'Keep' })).toBeFocused();
  await connection.press('Enter');
  await expect(row.getByRole('button', { name: 'Revoke Chromium 131 on Linux…' })).toBeFocused();
  expect((await browser.tags(token!)).status).toBe(200);

  await connection.revoke('Chromium 131 on Linux');
  await expect(connection.dialog).toContainText('Chromium 131 on Linux is disconnected.');
  await expect(connection.dialog).toContainText('No browser is paired yet.');
  const refused = await browser.tags(token!);
  expect(refused.status).toBe(401);
  expect((await browser.ping(token)).body.paired).toBe(false);

  // Off closes the port; paired or not, nothing answers.
  await connection.switch.click();
  await expect(connection.switch).toHaveAttribute('aria-checked', 'false');
  await expect(connection.state).toContainText('Off');
  await expect(browser.ping()).rejects.toThrow();
  await connection.press('Escape');
  await expect(connection.dialog).toHaveCount(0);
  await expect(library.rows.or(library.emptyState).first()).toBeVisible();
});

test('every port taken: the dialog says so, and Try again listens once one is free', async ({ launch }) => {
  const [port] = await freePorts(1);
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  const shell = await launch({ connectionPorts: [port!] });
  await new LibraryPage(shell.page).waitReady();
  const connection = new ConnectionPage(shell.page);

  await connection.openFromAddMenu();
  await connection.switch.click();
  await expect(connection.switch).toHaveAttribute('aria-checked', 'true');
  await expect(connection.state).toContainText(`port ${port} on 127.0.0.1 is in use by another program`);
  const retry = connection.dialog.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();

  await new Promise((resolve) => squatter.close(resolve));
  await retry.click();
  await expect(connection.state).toContainText(`listening on 127.0.0.1, port ${port}`);
  await expect(retry).toHaveCount(0);
  expect((await extensionRequests(port!).ping()).body.app).toBe('lectern');
});

/**
 * The browser connection as a spec sees it: the Browser connection dialog (the switch, where Lectern
 * listens, the paired browsers with Revoke) and the pairing dialog a browser's request opens.
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class ConnectionPage extends AppPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Browser connection' });
  }

  get switch(): Locator {
    return this.dialog.getByRole('switch', { name: 'Let browsers connect' });
  }

  /** The line under the switch: off, on with its port, or the problem. */
  get state(): Locator {
    return this.dialog.getByTestId('connection-state');
  }

  get pairedBrowsers(): Locator {
    return this.dialog.getByTestId('paired-browser');
  }

  pairedBrowser(client: string): Locator {
    return this.pairedBrowsers.filter({ hasText: client });
  }

  get pairingDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Connect this browser?' });
  }

  /** The four digits as the pairing dialog shows them. */
  get code(): Locator {
    return this.pairingDialog.getByTestId('pairing-code');
  }

  get accept(): Locator {
    return this.pairingDialog.getByRole('button', { name: 'Accept' });
  }

  get deny(): Locator {
    return this.pairingDialog.getByRole('button', { name: 'Deny' });
  }

  /** Opens the dialog from the header's Add menu, where people look for ways to add things. */
  async openFromAddMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Connect a browser…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Turns the connection on with the switch and returns the port the dialog says Lectern listens on. */
  async turnOn(): Promise<number> {
    await expect(this.switch).toHaveAttribute('aria-checked', 'false');
    await this.switch.click();
    await expect(this.switch).toHaveAttribute('aria-checked', 'true');
    await expect(this.state).toContainText('listening on 127.0.0.1, port');
    const text = (await this.state.textContent()) ?? '';
    return Number(/port (\d+)/.exec(text)?.[1]);
  }

  /** Accepts the request shown, once Accept is armed (it ignores the first second on purpose). */
  async acceptShown(): Promise<void> {
    await expect(this.accept).not.toHaveAttribute('aria-disabled', 'true');
    await this.accept.click();
  }

  /** Revokes a paired browser through the row's question. */
  async revoke(client: string): Promise<void> {
    const row = this.pairedBrowser(client);
    await row.getByRole('button', { name: `Revoke ${client}…` }).click();
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(row).toHaveCount(0);
  }
}

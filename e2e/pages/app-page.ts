/**
 * What every page object shares: the app's page, calls into core over the same bridge the renderer uses,
 * keys pressed on the page, palette commands, settling animations, and screenshots into e2e/screenshots.
 */
import { expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');

type Invoke = (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; message?: string }>;

export class AppPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Calls a core method through window.lectern, as the renderer would; throws with core's message on failure. */
  async invoke(method: string, input: unknown): Promise<unknown> {
    const result = await this.page.evaluate(
      ([m, i]) => (window as unknown as { lectern: { invoke: Invoke } }).lectern.invoke(m as string, i),
      [method, input] as const,
    );
    if (!result.ok) throw new Error(`${method}: ${result.message}`);
    return result.value;
  }

  /** Presses a key with focus on the page rather than in a field. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Runs a command by name from the palette (Ctrl/Cmd+K, type, Enter). */
  async runCommand(name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await this.page.keyboard.type(name);
    await expect(this.page.getByRole('listbox', { name: 'Commands and articles' }).getByRole('option', { selected: true })).toContainText(name);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for the dialogs' and banners' entrance animations (not the endless ones), so a picture shows them whole. */
  async settle(): Promise<void> {
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
  }

  /** Saves the window as e2e/screenshots/NAME.png and returns the path. */
  async screenshot(name: string): Promise<string> {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const path = resolve(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}

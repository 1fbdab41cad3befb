/**
 * axe over one screen after another, in more than one theme, keeping every serious or critical violation
 * named by theme and screen, so one run of a journey lists them all instead of stopping at the first.
 */
import type { Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { axeViolations } from './axe.ts';

type Scheme = 'light' | 'dark';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');

export class ScreenAudit {
  /** "theme · screen · rule (impact): where — what", for every violation seen (shared when given). */
  readonly found: string[];
  private readonly page: Page;
  private readonly schemes: readonly Scheme[] | null;
  private readonly theme: string;
  private readonly screenshots: ReadonlySet<string>;

  /**
   * `schemes`: with the theme on System, each screen is checked once per system colour scheme, switched in
   * place (the app follows it live), so a journey is driven once for light and dark. Null: once, in `theme`.
   * `screenshots`: screens also saved as e2e/screenshots/a11y-THEME-SCREEN.png, to look at (every screen when
   * LECTERN_A11Y_SCREENSHOTS is set).
   */
  constructor(page: Page, options: { schemes: readonly Scheme[] | null; theme: string; screenshots?: readonly string[]; found?: string[] }) {
    this.page = page;
    this.found = options.found ?? [];
    this.schemes = options.schemes;
    this.theme = options.theme;
    this.screenshots = new Set(options.screenshots ?? []);
  }

  /** Checks the screen as it is now, the whole page or only `include` (a dialog over an already checked page). */
  async check(screen: string, include?: string): Promise<void> {
    if (!this.schemes) return this.checkOnce(this.theme, screen, include);
    // Start from the scheme showing now, so each screen costs one switch, not two.
    const now = (await this.page.locator('html').getAttribute('data-theme')) as Scheme;
    for (const scheme of [now, ...this.schemes.filter((s) => s !== now)]) {
      if (scheme !== now) await this.showScheme(scheme);
      await this.checkOnce(scheme, screen, include);
    }
  }

  private async checkOnce(theme: string, screen: string, include: string | undefined): Promise<void> {
    await this.waitForTheme(theme);
    const lines = await axeViolations(this.page, include, { impacts: ['serious', 'critical'] });
    this.found.push(...lines.map((line) => `${theme} · ${screen} · ${line}`));
    if (this.screenshots.has(screen) || process.env.LECTERN_A11Y_SCREENSHOTS) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await this.page.screenshot({ path: resolve(SCREENSHOT_DIR, `a11y-${theme}-${screen}.png`) });
    }
  }

  /** Switches the system colour scheme; the app follows it live. */
  private async showScheme(scheme: Scheme): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
  }

  /** Waits until the app, and the article frame when one is open, are painted in the theme. */
  private async waitForTheme(theme: string): Promise<void> {
    await this.page.waitForFunction((wanted) => {
      const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument?.documentElement);
      return [document.documentElement, ...frames].every((root) => !root?.dataset.theme || root.dataset.theme === wanted);
    }, theme);
  }
}

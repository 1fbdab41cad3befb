import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe (WCAG 2.x A and AA: landmarks, names, roles, contrast) over the page or one part of it, as short
 * "rule: where — what" lines, so a failure says what and where without a wall of JSON.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Mid-animation colours are not what anyone reads: measure once dialogs and toasts have settled.
  // An endless animation (a progress sweep) never settles, so it is not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

import axe from 'axe-core';
import type { Frame, Page } from '@playwright/test';

/** How much axe says a violation hurts people, least to most. */
type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

interface AxeOptions {
  /** Only violations of these impacts; every violation when unset. */
  impacts?: readonly Impact[];
}

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string; summary: string }[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe (WCAG 2.x A and AA: landmarks, names, roles, contrast) over the page or one part of it, as short
 * "rule (impact): where — what" lines, so a failure says what and where without a wall of JSON. Without
 * `include`, the page's frames (the article) are checked too, each in its own document.
 */
export async function axeViolations(page: Page, include?: string, options: AxeOptions = {}): Promise<string[]> {
  // Mid-animation colours are not what anyone reads: measure once dialogs, toasts and a theme's colours have
  // settled, the article's too. An endless animation (a progress sweep) never settles, so it is not waited for.
  await page.waitForFunction(() =>
    [document, ...[...document.querySelectorAll('iframe')].flatMap((frame) => frame.contentDocument ?? [])].every((doc) =>
      doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    ),
  );
  const found = await runAxe(page.mainFrame(), include ?? null);
  if (!include) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.isDetached()) continue;
      const element = await frame.frameElement();
      if (!(await element.isVisible())) continue; // hidden from everyone, as axe itself treats a hidden frame
      const where = `iframe${(await element.getAttribute('class'))?.split(/\s+/).map((name) => `.${name}`).join('') ?? ''}`;
      const sandbox = await element.getAttribute('sandbox');
      for (const violation of await runAxe(frame, null, sandbox !== null && !sandbox.includes('allow-scripts'))) {
        found.push({ ...violation, nodes: violation.nodes.map((node) => ({ ...node, target: `${where} ${node.target}` })) });
      }
    }
  }
  const wanted = options.impacts;
  return found
    .filter((v) => !wanted || wanted.includes(v.impact as Impact))
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target} — ${node.summary}`));
}

/**
 * axe.run in one document, frames left to their own run. axe is put in a document once and kept there (what
 * @axe-core/playwright's builder does on every call, plus a blank page to merge frames: 5-10 s a check on a
 * loaded machine against about 1 s).
 */
async function runAxe(frame: Frame, include: string | null, scriptsDisabled = false): Promise<Violation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) {
    await frame.evaluate(axe.source);
    // A frame sandboxed without scripts (the article) runs code the test evaluates, and its promises, but never
    // a timer: axe's setTimeout waits there forever. Its deferred steps run as microtasks instead.
    if (scriptsDisabled) {
      await frame.evaluate(() => {
        window.setTimeout = ((callback: () => void) => {
          void Promise.resolve().then(callback);
          return 0;
        }) as unknown as typeof setTimeout;
      });
    }
  }
  return frame.evaluate(
    async ([selector, tags]) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const options = { runOnly: { type: 'tag' as const, values: tags }, iframes: false, elementRef: true, resultTypes: ['violations' as const, 'incomplete' as const] };
      // A list that re-renders while axe runs leaves it holding elements no longer in the page, whose styles read as
      // nothing (black on black): such a run says nothing about the screen, so it is run again on the settled page.
      const detached = (run: axe.AxeResults) => [...run.violations, ...run.incomplete].some((v) => v.nodes.some((n) => n.element && !n.element.isConnected));
      let result = await engine.run(selector ?? document, options);
      for (let again = 0; again < 3 && detached(result); again++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        result = await engine.run(selector ?? document, options);
      }
      const violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unrated',
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary?.split('\n')[1]?.trim() ?? '' })),
      }));

      // axe leaves text it cannot place on a background undecided: anything in the top layer (popovers, which it
      // takes for covered), under a pseudo-element or beside an icon. Measured here instead, on the backgrounds of
      // the text's own boxes, so a menu's contrast is checked too. Left out, as axe leaves them: symbols without a
      // letter or digit (the "·" between a row's facts), and what the app hides as a picture (a theme swatch's "Aa").
      const channels = (css: string): number[] => {
        const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
        const [r = 0, g = 0, b = 0] = css.startsWith('color(') ? numbers.slice(0, 3).map((v) => v * 255) : numbers;
        return [r, g, b, numbers[3] ?? 1];
      };
      const over = (under: number[], top: number[]): number[] => under.map((v, i) => (i < 3 ? v + (top[i]! - v) * top[3]! : 1));
      const luminance = (rgb: number[]) =>
        rgb.slice(0, 3).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const measure = (element: Element): { ratio: number; fg: number[]; bg: number[] } => {
        const layers: number[][] = [];
        for (let box: Element | null = element; box; box = box.parentElement) {
          const colour = channels(getComputedStyle(box).backgroundColor);
          if (colour[3]! > 0) layers.unshift(colour);
          if (colour[3]! >= 1) break;
        }
        const bg = layers.reduce(over, [255, 255, 255, 1]);
        const fg = over(bg, channels(getComputedStyle(element).color));
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
        return { ratio: (hi + 0.05) / (lo + 0.05), fg, bg };
      };
      const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
      const undecided = result.incomplete.find((v) => v.id === 'color-contrast')?.nodes ?? [];
      const measured = undecided.flatMap((n) => {
        const data = n.any[0]?.data as { messageKey?: string; expectedContrastRatio?: string } | undefined;
        const text = n.element?.textContent ?? '';
        if (!n.element?.isConnected || !data?.expectedContrastRatio || !/[\p{L}\p{N}]/u.test(text) || n.element.closest('[aria-hidden="true"]')) return [];
        const needed = parseFloat(data.expectedContrastRatio);
        const { ratio, fg, bg } = measure(n.element);
        return ratio + 0.005 < needed
          ? [{ target: n.target.join(' '), summary: `contrast ${ratio.toFixed(2)} (${hex(fg)} on ${hex(bg)}) where ${needed}:1 is needed, measured where axe could not decide` }]
          : [];
      });
      return measured.length ? [...violations, { id: 'color-contrast', impact: 'serious', nodes: measured }] : violations;
    },
    [include, WCAG_TAGS] as const,
  );
}

/**
 * The highlight styles inside the article document. The iframe runs no script and loads only article.css, so
 * the reader injects one small <style> from outside (its CSP allows inline styles). Colours follow the
 * document's data-theme, which the reader already sets, so a theme change restyles every mark at once.
 */
import { HIGHLIGHT_COLORS, PAINTED_THEMES, type HighlightColor, type PaintedTheme } from '../../electron/shared/vocabularies.ts';
import { HIGHLIGHT_PALETTE } from '../../electron/shared/highlight-palette.ts';

const STYLE_ID = 'lectern-highlight-styles';

/** A firmer line under each colour, so the hue reads even where the pale background is subtle (sepia). */
const UNDERLINE: Record<HighlightColor, string> = {
  yellow: '#c9a227',
  green: '#5f9a57',
  blue: '#5a86bd',
  pink: '#c66b8f',
  purple: '#8b6fc0',
};

function themeRules(theme: PaintedTheme): string {
  const scope = theme === 'light' ? ':root' : `:root[data-theme='${theme}']`;
  const vars = HIGHLIGHT_COLORS.map((c) => `--lectern-hl-${c}: ${HIGHLIGHT_PALETTE[theme][c]};`).join(' ');
  return `${scope} { ${vars} }`;
}

/** The colour variables alone, per theme; the app's own document uses them for swatches and lists. */
function paletteRules(): string {
  const lines = HIGHLIGHT_COLORS.map((c) => `--lectern-hl-line-${c}: ${UNDERLINE[c]};`).join(' ');
  return [...PAINTED_THEMES.map(themeRules), `:root { ${lines} }`].join('\n');
}

/** Puts the colour variables into the app document once (it sets data-theme on <html> as the article does). */
export function injectPaletteVars(doc: Document): void {
  if (doc.getElementById(`${STYLE_ID}-palette`)) return;
  const style = doc.createElement('style');
  style.id = `${STYLE_ID}-palette`;
  style.textContent = paletteRules();
  doc.head.appendChild(style);
}

function highlightStylesheet(): string {
  const colors = HIGHLIGHT_COLORS.map(
    (c) => `mark.lectern-hl[data-color='${c}'] { background: var(--lectern-hl-${c}); --lectern-hl-line: ${UNDERLINE[c]}; }`,
  ).join('\n');
  return `
${paletteRules()}
mark.lectern-hl {
  color: inherit;
  background: var(--lectern-hl-yellow);
  box-shadow: inset 0 -0.09em 0 color-mix(in srgb, var(--lectern-hl-line, #c9a227) 70%, transparent);
  border-radius: 0.12em;
  cursor: pointer;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${colors}
/* A note lives here: a firmer underline says so without a badge in the text. */
mark.lectern-hl[data-has-note] { box-shadow: inset 0 -0.14em 0 var(--lectern-hl-line, #c9a227); }
mark.lectern-hl.lectern-hl-active { outline: 2px solid var(--lectern-hl-line, #c9a227); outline-offset: 1px; }
mark.lectern-hl.lectern-hl-flash { animation: lectern-hl-flash 1.1s ease-out 1; }
@keyframes lectern-hl-flash {
  0%, 40% { outline: 3px solid var(--lectern-hl-line, #c9a227); outline-offset: 2px; }
  100% { outline: 3px solid transparent; outline-offset: 2px; }
}
@media (prefers-reduced-motion: reduce) {
  mark.lectern-hl.lectern-hl-flash { animation: none; outline: 3px solid var(--lectern-hl-line, #c9a227); }
}
`;
}

/** Puts the highlight styles into the article document once. */
export function injectHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = highlightStylesheet();
  doc.head.appendChild(style);
}

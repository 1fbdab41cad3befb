/** The popup's status marks as inline SVG, drawn in the text colour (a glyph like ⏸ is missing from many fonts). */

const PATHS = {
  done: ['M4 10.5l4 4 8-9'],
  waiting: ['M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14', 'M10 6.5v4l2.5 1.5'],
  problem: ['M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14', 'M10 6.5v4.5', 'M10 13.6v.1'],
  undone: ['M7.5 4.5L4 8l3.5 3.5', 'M4 8h7.5a4.5 4.5 0 0 1 0 9H9'],
} as const;

/** The name of a status mark. */
export type StatusIcon = keyof typeof PATHS;

/** A decorative 18px icon (hidden from screen readers: the heading beside it says the same). */
export function statusIcon(name: StatusIcon): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [key, value] of Object.entries({ viewBox: '0 0 20 20', width: '18', height: '18', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', class: 'status-mark' })) {
    svg.setAttribute(key, value);
  }
  for (const d of PATHS[name]) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

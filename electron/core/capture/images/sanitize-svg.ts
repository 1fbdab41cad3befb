import sanitizeHtml from 'sanitize-html';

/**
 * Allowlist for stored SVG images. An SVG opened on its own is a document that can run script,
 * load remote resources (which would let a saved article phone home) and carry handlers, so we
 * keep shapes, text, gradients and internal references only.
 */
const TAGS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line',
  'polyline', 'polygon', 'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop',
  'clipPath', 'mask', 'pattern', 'marker', 'filter', 'feGaussianBlur', 'feOffset', 'feBlend',
  'feColorMatrix', 'feComposite', 'feFlood', 'feMerge', 'feMergeNode', 'feMorphology', 'feDropShadow',
];

const ATTRIBUTES = [
  'xmlns', 'xmlns:xlink', 'version', 'id', 'class', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y',
  'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'd', 'points', 'transform', 'fill', 'fill-opacity',
  'fill-rule', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'color', 'style', 'font-family', 'font-size',
  'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'dx', 'dy', 'rotate',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'clip-path',
  'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'marker-start', 'marker-mid', 'marker-end', 'filter',
  'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values', 'operator', 'k1', 'k2', 'k3', 'k4',
  'flood-color', 'flood-opacity', 'radius', 'href', 'xlink:href', 'visibility', 'display', 'vector-effect',
  'shape-rendering', 'text-rendering', 'role', 'aria-label', 'aria-hidden', 'lang', 'xml:space',
];

/** An attribute value may point only inside this file: "#id" or url(#id). */
function isExternalReference(name: string, value: string): boolean {
  if (name === 'href' || name === 'xlink:href') return !/^#[\w.:-]+$/.test(value.trim());
  // url(...) anywhere (fill, style, filter, mask) must be a fragment; @import and expressions never.
  for (const match of value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!(match[2] ?? '').trim().startsWith('#')) return true;
  }
  return /@import|expression\(|javascript:/i.test(value);
}

const options: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: Object.fromEntries(TAGS.map((tag) => [tag, ATTRIBUTES])),
  // Style elements can @import and url() remote files; the attribute form is checked above.
  nonTextTags: ['script', 'style', 'foreignObject', 'iframe', 'noscript'],
  disallowedTagsMode: 'discard',
  allowedSchemes: [],
  allowedSchemesAppliedToAttributes: [],
  parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
  transformTags: {
    '*': (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(Object.entries(attribs).filter(([name, value]) => !isExternalReference(name, value))),
    }),
  },
};

/** Returns the SVG reduced to safe drawing markup, or null when no <svg> element survives. */
export function sanitizeSvg(source: string): string | null {
  const body = source.replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>/i, '').replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?>/i, '');
  const clean = sanitizeHtml(body, options).trim();
  if (!/^<svg[\s>/]/.test(clean)) return null;
  return clean.includes('xmlns=') ? clean : clean.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

/** A colour as CSS gives it ("rgb(23, 24, 26)") or as its red, green and blue from 0 to 255. */
type Colour = string | number[];

function luminance(colour: Colour): number {
  const channels = typeof colour === 'string' ? (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) : colour;
  return channels
    .map((v) => v / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
}

/** WCAG contrast ratio of two colours, from 1 to 21 (AA body text needs 4.5, AAA 7). */
export function contrast(a: Colour, b: Colour): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

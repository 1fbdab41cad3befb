/** The search that shows one tag's articles, as the sidebar puts it in the search box. */

/** `tag:"name"`: quoted so tags with spaces stay one operand; a quote inside the name cannot be typed there, so it goes. */
export function tagQuery(name: string): string {
  return `tag:"${name.replaceAll('"', '')}"`;
}

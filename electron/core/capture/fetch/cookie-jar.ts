/**
 * Cookies for the length of one request and its redirects, nothing more. Many sites answer a
 * first visit with "set a cookie and come back" (consent walls, session starts); a browser
 * follows that, and without it we would report a redirect loop. Nothing is kept afterwards,
 * so no site can track Lectern between saves.
 */
export class CookieJar {
  readonly #byHost = new Map<string, Map<string, string>>();

  /** Remembers the Set-Cookie headers of a response from url's host. */
  store(url: URL, setCookie: string[] | undefined): void {
    if (!setCookie?.length) return;
    const host = url.hostname.toLowerCase();
    const cookies = this.#byHost.get(host) ?? new Map<string, string>();
    for (const line of setCookie) {
      const pair = line.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      // An expired or emptied cookie is the server deleting it.
      if (value === '' || /;\s*max-age=0\b/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.#byHost.set(host, cookies);
  }

  /** The Cookie header for a request to url ('' when there is none). */
  header(url: URL): string {
    const cookies = this.#byHost.get(url.hostname.toLowerCase());
    return cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }
}

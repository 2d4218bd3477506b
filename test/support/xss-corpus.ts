/**
 * Hostile text for every field a backend can fill: markup that runs script when parsed as
 * HTML (event handlers, script in frames, mXSS that only runs after a second parse), URLs
 * that run script when followed (`javascript:` with encodings, whitespace and case tricks;
 * `data:text/html`), DOM clobbering and nested templates. Every payload that could run
 * calls `__xss(n)` (or `parent.__xss(n)` from a frame), so a test that defines that canary
 * sees exactly which payload got through.
 *
 * Used by test/browser/xss.test.ts (every text, HTML and URL field of every widget).
 */

export interface Payload {
  /** What the payload tries. */
  name: string;
  /** The text a backend sends. */
  text: string;
}

const corpus: Array<[string, string]> = [
  ['img onerror', '<img src=x onerror="__xss(1)">'],
  ['svg onload', '<svg onload=__xss(2)>'],
  ['script element', '<script>__xss(3)</script>'],
  ['attribute breakout', '"><img src=x onerror=__xss(4)>\'><svg/onload=__xss(4)>'],
  ['details ontoggle', '<details open ontoggle=__xss(5)><summary>x</summary></details>'],
  ['autofocus onfocus', '<input autofocus onfocus=__xss(6)>'],
  ['javascript: link', '<a href="javascript:__xss(7)">阅读原文</a>'],
  ['javascript: with an encoded tab', '<a href="jav&#x09;ascript:__xss(8)">链接</a>'],
  ['javascript: as decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(9)">链接</a>'],
  ['javascript: with leading spaces and mixed case', '<a href="  JaVaScRiPt:__xss(10)">链接</a>'],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTEpPC9zY3JpcHQ+">链接</a>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss(12)</script>"></iframe>'],
  ['iframe javascript: src', '<iframe src="javascript:parent.__xss(13)"></iframe>'],
  ['object and embed', '<object data="javascript:__xss(14)"></object><embed src="data:text/html,<script>parent.__xss(14)</script>">'],
  ['math mXSS (mglyph/style)', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(15)>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=__xss(16)>">'],
  ['svg foreignObject', '<svg><foreignObject><img src=x onerror=__xss(17)></foreignObject></svg>'],
  ['nested templates', '<template><template><img src=x onerror=__xss(18)></template></template><template shadowrootmode="open"><img src=x onerror=__xss(18)></template>'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:__xss(19)"><text x="0" y="20">链接</text></a></svg>'],
  ['style expression and url()', '<div style="width:expression(__xss(20));background:url(javascript:__xss(20))">x</div><style>@import "javascript:__xss(20)";</style>'],
  ['DOM clobbering by id and name', '<form id="__pbClobber" name="getElementById"><input name="attributes"><input id="parentNode"></form><img name="cookie" id="__pbClobber2">'],
  ['base and meta refresh', '<base href="javascript:__xss(22)//"><meta http-equiv="refresh" content="0;url=javascript:__xss(22)">'],
  ['video source onerror', '<video><source onerror="__xss(23)"></video><audio src=x onerror=__xss(23)></audio>'],
  ['unclosed tag', '<img src=x onerror=__xss(24)//'],
  ['namespace confusion (svg/style)', '<svg></p><style><a id="</style><img src=x onerror=__xss(25)>">'],
  ['comment breakout', '<!--<img src="--><img src=x onerror=__xss(26)//">'],
  ['bare javascript: URL', 'javascript:__xss(27)'],
  ['javascript: URL with tab, newline and case', ' \tJAVA\nSCRIPT:__xss(28)'],
  ['percent-encoded javascript: URL', 'javascript:%5f%5fxss(29)'],
  ['data:text/html URL', 'data:text/html,<script>parent.__xss(30)</script>'],
  ['vbscript: URL', 'vbscript:__xss(31)'],
  ['data: URLs on an image and a link', '<img src="data:text/html,<script>parent.__xss(33)</script>"><a href="data:image/svg+xml,<svg onload=parent.__xss(33)>">图</a>'],
  ['entity-encoded text', '&lt;img src=x onerror=__xss(32)&gt;'],
];

export const XSS_PAYLOADS: readonly Payload[] = corpus.map(([name, text]) => ({ name, text }));

/** The payloads that are URLs (for `href`/`src` fields), and some markup a careless widget might concatenate. */
export const XSS_URLS: readonly Payload[] = XSS_PAYLOADS.filter((p) => /^\s*[a-z\t\n]+:/i.test(p.text) || p.name.includes('breakout'));

export interface XssWatch {
  /** Payload numbers that ran. */
  hits: number[];
  /** Script errors and CSP violations seen while the watch ran. */
  errors: string[];
  stop(): void;
}

declare global {
  interface Window {
    __xss?: (n: number) => void;
  }
}

/**
 * Defines the canary `__xss` and listens for errors (a payload that ran without the canary
 * in reach still throws a ReferenceError) and CSP violations.
 */
export function watchXss(): XssWatch {
  const hits: number[] = [];
  const errors: string[] = [];
  window.__xss = (n) => void hits.push(n);
  const onError = (event: ErrorEvent) => {
    // The virtualizer's ResizeObserver note is noise, not a payload.
    if (!String(event.message).includes('ResizeObserver loop')) errors.push(`error: ${event.message}`);
  };
  const onViolation = (event: SecurityPolicyViolationEvent) => errors.push(`csp: ${event.violatedDirective} ${event.blockedURI}`);
  addEventListener('error', onError, true);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    hits,
    errors,
    stop() {
      removeEventListener('error', onError, true);
      document.removeEventListener('securitypolicyviolation', onViolation);
      delete window.__xss;
    },
  };
}

/** Every node under `root`, descending into every open shadow root and template content. */
export function* deepElements(root: Node): Generator<Element> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (!(node instanceof Element)) continue;
    yield node;
    if (node.shadowRoot) yield* deepElements(node.shadowRoot);
    if (node instanceof HTMLTemplateElement) yield* deepElements(node.content);
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcset'];
const SCRIPT_SCHEMES = /^(?:javascript|vbscript|livescript):/;
const SAFE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/;

/** What a URL means to the browser: scheme lowercased, with the control characters and whitespace the URL parser drops removed. */
function normalizedUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

/**
 * Everything in the tree under `root` (shadow roots included) that could run script:
 * `on*` attributes (Lit binds listeners with addEventListener, so a widget never has
 * one), `<script>`, `<iframe srcdoc>`, `<object>`/`<embed>`/`<base>`/`<meta>`, and URL
 * attributes with a script scheme or a `data:` URL other than an image.
 */
export function dangerousNodes(root: Node): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    const where = `<${tag}${element.id ? `#${element.id}` : ''}>`;
    if (['script', 'object', 'embed', 'base', 'meta'].includes(tag)) found.push(`${where} element`);
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${where} ${name}="${attribute.value}"`);
      if (name === 'srcdoc') found.push(`${where} srcdoc`);
      if (URL_ATTRIBUTES.includes(name)) {
        const url = normalizedUrl(attribute.value);
        if (SCRIPT_SCHEMES.test(url) || (url.startsWith('data:') && !SAFE_DATA.test(url))) found.push(`${where} ${name}="${attribute.value}"`);
      }
    }
  }
  return found;
}

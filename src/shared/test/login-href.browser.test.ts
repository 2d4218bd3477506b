/**
 * `login-href`: when the session has ended (401), the shared error state links to the
 * portal's sign-in page with this page as the way back; without the setting it only asks
 * the member to sign in. Set on <pb-config>, on the element, or with configure().
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../test/browser/support/wait.js';
import { consoleErrors } from '../../../test/browser/support/console.js';
import '../../define/pb-config.js';
import '../../define/pb-dues-status.js';
import '../../define/pb-leaderboard.js';
import { configure } from '../../config/configure.js';
import { mockServer, type MockAnswer } from '../../../test/browser/support/mock.js';

const signedOut: MockAnswer = { status: 401, headers: { 'content-type': 'application/problem+json' }, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } };
const here = () => encodeURIComponent(location.pathname + location.search + location.hash);

async function errorOf(element: Element): Promise<HTMLElement> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="error"]'), 'no error state appeared', { timeout: 5000 });
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
}

const signInLink = (element: Element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="sign-in"]');

describe('login-href: signing in again after the session ended', function () {
  this.timeout(20_000);
  afterEach(() => configure({ loginHref: undefined }));

  for (const [locale, message, label] of [
    ['zh-CN', '登录已失效，请重新登录。', '重新登录'],
    ['en', 'Your session has ended. Please sign in again.', 'Sign in again'],
  ] as const) {
    it(`${locale}: a 401 links to the sign-in page from <pb-config login-href>, with this page to come back to`, async () => {
      const server = await mockServer({ 'GET /me': [signedOut, signedOut], 'GET /dues': [signedOut, signedOut] });
      const config = await fixture(html`<pb-config api-base=${server.base} locale=${locale} login-href="/login.html?next={return}">
        <pb-dues-status></pb-dues-status>
      </pb-config>`);
      const widget = config.querySelector('pb-dues-status')!;
      const error = await errorOf(widget);
      expect(error.textContent).to.contain(message);
      const link = signInLink(widget)!;
      expect(link, 'the sign-in link').to.exist;
      expect(link.textContent!.trim()).to.equal(label);
      expect(link.getAttribute('href')).to.equal(`/login.html?next=${here()}`);
      // Retry stays for a member who signed in in another tab, after the link.
      const retry = widget.shadowRoot!.querySelector('[part~="retry"]');
      expect(retry).to.exist;
      expect(link.compareDocumentPosition(retry!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(widget).shadowDom.to.be.accessible();
    });

    it(`${locale}: without login-href a 401 asks the member to sign in, with no link`, async () => {
      const server = await mockServer({ 'GET /leaderboard': [signedOut] });
      const widget = await fixture(html`<pb-leaderboard api-base=${server.base} locale=${locale}></pb-leaderboard>`);
      const error = await errorOf(widget);
      expect(error.textContent).to.contain(message);
      expect(signInLink(widget)).to.equal(null);
      expect(widget.shadowRoot!.querySelector('[part~="retry"]')!.classList.contains('primary')).to.equal(true);
    });
  }

  it("the element's own login-href and configure({ loginHref }) work too; a template without {return} is used as it is", async () => {
    const server = await mockServer({ 'GET /leaderboard': [signedOut, signedOut] });
    const own = await fixture(html`<pb-leaderboard api-base=${server.base} login-href="https://sso.example.cn/login"></pb-leaderboard>`);
    await errorOf(own);
    expect(signInLink(own)!.getAttribute('href')).to.equal('https://sso.example.cn/login');

    configure({ loginHref: '/passport?redirect={return}' });
    const paged = await fixture(html`<pb-leaderboard api-base=${server.base} locale="en"></pb-leaderboard>`);
    await errorOf(paged);
    expect(signInLink(paged)!.getAttribute('href')).to.equal(`/passport?redirect=${here()}`);
  });

  it('other errors show no sign-in link, even with login-href set', async () => {
    const server = await mockServer({ 'GET /leaderboard': [{ status: 404, body: { title: 'Not Found', status: 404 } }] });
    const widget = await fixture(html`<pb-leaderboard api-base=${server.base} login-href="/login.html"></pb-leaderboard>`);
    const error = await errorOf(widget);
    expect(error.textContent).to.contain('未找到该内容');
    expect(signInLink(widget)).to.equal(null);
  });

  it('a login-href that is not a web address is refused, named once in the console, and never linked', async () => {
    let widget: Element | undefined;
    const logged = await consoleErrors(async () => {
      widget = await fixture(html`<pb-leaderboard api-base="/nowhere" login-href="javascript:alert(1)"></pb-leaderboard>`);
      await errorOf(widget);
    });
    expect(logged.filter((line) => line.includes('login-href'))).to.have.length(1);
    expect(logged.join('\n')).to.contain('must be a path or an http(s) address');
    expect(widget!.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

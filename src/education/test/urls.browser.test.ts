import { expect } from '@open-wc/testing';
import { courseHref } from '../../education/course-href.js';
import { safeUrl } from '../../education/safe-url.js';

// The education area's URL rules, read against the page's base URL (document.baseURI).
describe('urls', () => {
  it('keeps only http(s) URLs (and mailto where allowed)', () => {
    expect(safeUrl('/demo/a.pdf')).to.equal(new URL('/demo/a.pdf', document.baseURI).href);
    expect(safeUrl('https://example.cn/x')).to.equal('https://example.cn/x');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', null, '']) expect(safeUrl(bad)).to.equal(undefined);
    expect(safeUrl('mailto:a@b.cn')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.cn', ['mailto:'])).to.equal('mailto:a@b.cn');
  });
  it('builds course links with the id encoded, and none from a template that is not http(s)', () => {
    expect(courseHref('/study.html?course={id}', 'c 1&x')).to.equal(new URL('/study.html?course=c%201%26x', document.baseURI).href);
    expect(courseHref('javascript:go("{id}")', 'c1')).to.equal(undefined);
    expect(courseHref(undefined, 'c1')).to.equal(undefined);
  });
});

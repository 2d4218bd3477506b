import { expect } from '@open-wc/testing';
import { minifyCss } from '../../../scripts/minify-css-literals.js';

describe('css`…` minifier', () => {
  it('drops comments and the spaces that carry no meaning', () => {
    expect(minifyCss('/* why */ .a > .b , .c { color: red ; }')).to.equal('.a>.b,.c{color:red}');
  });

  it('keeps the spaces that do: descendant selectors, a :hover after a space, calc + and -', () => {
    expect(minifyCss('.a :hover { x: 1 }')).to.equal('.a :hover{x:1}');
    expect(minifyCss(':is(.x) * .y { width: calc(100% - 2px + 1em) }')).to.equal(':is(.x) * .y{width:calc(100% - 2px + 1em)}');
  });

  it('spells values short: calc *, leading zeros, hex colours, quoted identifiers, !important', () => {
    expect(minifyCss('.a { padding: calc(var(--s) * 0.25) calc(2 * var(--s)); opacity: 0.5; margin: -0.5em 10.5px; }')).to.equal(
      '.a{padding:calc(var(--s)*.25) calc(2*var(--s));opacity:.5;margin:-.5em 10.5px}',
    );
    expect(minifyCss('.a { color: #FFFFFF; background: #ffffffaa; border-color: rgb(0 0 0 / 0.1) }')).to.equal('.a{color:#FFF;background:#ffffffaa;border-color:rgb(0 0 0/.1)}');
    expect(minifyCss("[data-kind='warning'], [x=\"1a\"] { display: none !important }")).to.equal('[data-kind=warning],[x="1a"]{display:none!important}');
  });
});

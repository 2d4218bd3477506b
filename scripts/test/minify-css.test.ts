import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../minify-css-literals.js';

describe('css`…` minifier', () => {
  it('drops comments and the spaces that carry no meaning', () => {
    assert.equal(minifyCss('/* why */ .a > .b , .c { color: red ; }'), '.a>.b,.c{color:red}');
  });

  it('keeps the spaces that do: descendant selectors, a :hover after a space, calc + and -', () => {
    assert.equal(minifyCss('.a :hover { x: 1 }'), '.a :hover{x:1}');
    assert.equal(minifyCss(':is(.x) * .y { width: calc(100% - 2px + 1em) }'), ':is(.x) * .y{width:calc(100% - 2px + 1em)}');
  });

  it('spells values short: calc *, leading zeros, hex colours, quoted identifiers, !important', () => {
    assert.equal(minifyCss('.a { padding: calc(var(--s) * 0.25) calc(2 * var(--s)); opacity: 0.5; margin: -0.5em 10.5px; }'), 
      '.a{padding:calc(var(--s)*.25) calc(2*var(--s));opacity:.5;margin:-.5em 10.5px}',
    );
    assert.equal(minifyCss('.a { color: #FFFFFF; background: #ffffffaa; border-color: rgb(0 0 0 / 0.1) }'), '.a{color:#FFF;background:#ffffffaa;border-color:rgb(0 0 0/.1)}');
    assert.equal(minifyCss("[data-kind='warning'], [x=\"1a\"] { display: none !important }"), '[data-kind=warning],[x="1a"]{display:none!important}');
  });
});

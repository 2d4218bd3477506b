import type { Plugin } from 'vite';

/**
 * Minifies the text of Lit's css`…` tagged templates in our own sources. Nothing else
 * touches CSS inside JavaScript, and it is a fair part of each widget's bytes.
 * Conservative on purpose: comments go, whitespace collapses, and spaces disappear only
 * around `{ } ; , > /` where they never carry meaning (never before `:`, which would turn
 * `a :hover` into `a:hover`), and around a `*` only between numbers and `var()`/`calc()`
 * (in a selector `a * b` is not `a*b`). Values get their short spellings: `.5` for `0.5`,
 * `#fff` for `#ffffff`, `[kind=warning]` for `[kind='warning']` (identifiers only), and
 * `!important` without the space.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>/])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/([\d)])\s+\*\s+(?=\d|\.\d|var\(|calc\()/g, '$1*')
    .replace(/\s+!important/g, '!important')
    .replace(/(^|[\s:,(*/+-])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\da-f])/gi, '#$1$2$3')
    .replace(/\[([\w-]+)=(['"])([a-z_][\w-]*)\2\]/gi, '[$1=$3]')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'pb-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Each css`…` template, with its ${…} holes left as they are.
      const out = code.replace(/css`([\s\S]*?)`/g, (_, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}

import { values, type TypeRules } from '../validation.js';
import { rankingStrings } from './strings/index.js';

/** A ranking's answer: every option exactly once. With the ranking's chunk, as the reference server checks it. */
export const rankingRules: TypeRules = {
  check(question, value) {
    const all = values('options' in question ? question.options : []);
    const complete = Array.isArray(value) && value.length === all.size && new Set(value).size === value.length && value.every((v) => all.has(v));
    return complete ? null : { code: 'ranking' };
  },
  words: (locale) => rankingStrings(locale).problemRanking,
};

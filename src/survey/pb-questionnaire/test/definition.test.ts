import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ConfigError } from '../../../api/errors.js';
import { answerText } from '../internal/quiz/answer-text.js';
import { checkDefinition } from '../internal/load.js';
import { problemText } from '../internal/messages.js';
import { gridRules } from '../internal/grids/grid-rules.js';
import { questionnaireStrings } from '../strings/index.js';
import { localeReady } from '../../../i18n/strings.js';
import { evaluation, quiz, survey } from '../../../../fixtures/questionnaires.js';

function settingOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return `${(error as ConfigError).setting} — ${(error as Error).message}`;
  }
  throw new Error('no error');
}

const withQuestion = (patch: Record<string, unknown>, index = 3) => {
  const copy = structuredClone(survey) as unknown as { pages: { questions: Record<string, unknown>[] }[] };
  Object.assign(copy.pages[0]!.questions[index]!, patch);
  return copy;
};

describe('checking a definition', () => {
  it('accepts the contract format', () => {
    for (const definition of [survey, quiz, evaluation]) assert.equal(checkDefinition(definition).id, definition.id);
  });

  it('names the first invalid path', () => {
    assert.ok(settingOf(() => checkDefinition(withQuestion({ type: 'single', options: undefined }))).includes('definition.pages[0].questions[3].options'));
    assert.ok(settingOf(() => checkDefinition(withQuestion({ type: 'slider' }))).includes('definition.pages[0].questions[3].type'));
    assert.ok(settingOf(() => checkDefinition(withQuestion({ visibleIf: { question: 'work', like: 'x' } }))).includes('definition.pages[0].questions[3].visibleIf'));
    assert.ok(settingOf(() => checkDefinition({ ...survey, mode: 'exam' })).includes('definition.mode'));
    assert.match(settingOf(() => checkDefinition(null)), /^definition —/);
  });

  it('finds what a schema cannot: repeated ids, unknown questions in conditions, values twice', () => {
    assert.ok(settingOf(() => checkDefinition(withQuestion({ id: 'work' }))).includes('definition.pages[0].questions[3].id'));
    assert.match(settingOf(() => checkDefinition(withQuestion({ visibleIf: { question: 'nope', equals: 1 } }))), /visibleIf.*"nope"/);
    const twice = withQuestion({ options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] }, 0);
    assert.ok(settingOf(() => checkDefinition(twice)).includes('definition.pages[0].questions[0].options'));
    assert.ok(settingOf(() => checkDefinition(withQuestion({ min: 10, max: 1 }))).includes('questions[3].min'));
  });
});

describe('words for answers and problems', () => {
  const zh = questionnaireStrings('zh-CN');
  let en = zh;
  before(async () => {
    await localeReady('en');
    en = questionnaireStrings('en');
  });
  const [k1, k2, k3] = quiz.pages[0]!.questions;
  const grid = evaluation.pages[0]!.questions[0]!;

  it('answers shown with their labels, never as markup', () => {
    assert.equal(answerText(k1!, 'a', 'zh-CN'), '实现共产主义');
    assert.equal(answerText(k2!, false, 'zh-CN'), '错误');
    assert.equal(answerText(k3!, ['assembly', 'group'], 'en'), '支部党员大会, 党小组会');
    assert.equal(answerText(k3!, undefined, 'en'), 'Not answered');
    assert.equal(answerText(grid, { m0002: 'excellent' }, 'zh-CN'), '王红梅: 优秀');
  });

  it('problems in both languages, with the definition’s own pattern message', () => {
    assert.equal(problemText(zh, 'zh-CN', { code: 'required' }, k1!), '此题为必答题');
    assert.equal(problemText(en, 'en', { code: 'limit', column: 'excellent', n: 2 }, grid, { matrix: gridRules }), 'At most 2 may be “优秀”; please adjust');
    assert.equal(problemText(zh, 'zh-CN', { code: 'pattern', message: '请填写数字' }, k1!), '请填写数字');
    assert.equal(problemText(en, 'en', { code: 'min', n: 1000 }, k1!), 'Must be at least 1,000');
    assert.equal(problemText(en, 'en', { code: 'server', detail: 'required' }, k1!), 'This question needs an answer');
  });

  it('a step of 1 from a whole minimum asks for a whole number; other steps name the step', () => {
    const number = (min?: number) => ({ id: 'n', type: 'number' as const, title: 'n', description: null, ...(min === undefined ? {} : { min }) });
    assert.equal(problemText(zh, 'zh-CN', { code: 'step', n: 1 }, number()), '请填写整数');
    assert.equal(problemText(en, 'en', { code: 'step', n: 1 }, number(0)), 'Enter a whole number');
    assert.equal(problemText(en, 'en', { code: 'step', n: 1 }, number(0.5)), 'Must be a multiple of 1');
    assert.equal(problemText(zh, 'zh-CN', { code: 'step', n: 0.5 }, number()), '须为 0.5 的整数倍');
  });
});

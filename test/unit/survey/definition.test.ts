import { expect } from '@open-wc/testing';
import { ConfigError } from '../../../src/api/errors.js';
import { answerText } from '../../../src/survey/pb-questionnaire/answer-text.js';
import { checkDefinition } from '../../../src/survey/pb-questionnaire/load.js';
import { problemText } from '../../../src/survey/pb-questionnaire/messages.js';
import { questionnaireStrings } from '../../../src/survey/pb-questionnaire/strings.js';
import { localeReady } from '../../../src/i18n/strings.js';
import { evaluation, quiz, survey } from '../../../fixtures/questionnaires.js';

function settingOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
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
    for (const definition of [survey, quiz, evaluation]) expect(checkDefinition(definition).id).to.equal(definition.id);
  });

  it('names the first invalid path', () => {
    expect(settingOf(() => checkDefinition(withQuestion({ type: 'single', options: undefined })))).to.contain('definition.pages[0].questions[3].options');
    expect(settingOf(() => checkDefinition(withQuestion({ type: 'slider' })))).to.contain('definition.pages[0].questions[3].type');
    expect(settingOf(() => checkDefinition(withQuestion({ visibleIf: { question: 'work', like: 'x' } })))).to.contain('definition.pages[0].questions[3].visibleIf');
    expect(settingOf(() => checkDefinition({ ...survey, mode: 'exam' }))).to.contain('definition.mode');
    expect(settingOf(() => checkDefinition(null))).to.match(/^definition —/);
  });

  it('finds what a schema cannot: repeated ids, unknown questions in conditions, values twice', () => {
    expect(settingOf(() => checkDefinition(withQuestion({ id: 'work' })))).to.contain('definition.pages[0].questions[3].id');
    expect(settingOf(() => checkDefinition(withQuestion({ visibleIf: { question: 'nope', equals: 1 } })))).to.match(/visibleIf.*"nope"/);
    const twice = withQuestion({ options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] }, 0);
    expect(settingOf(() => checkDefinition(twice))).to.contain('definition.pages[0].questions[0].options');
    expect(settingOf(() => checkDefinition(withQuestion({ min: 10, max: 1 })))).to.contain('questions[3].min');
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
    expect(answerText(k1!, 'a', 'zh-CN')).to.equal('实现共产主义');
    expect(answerText(k2!, false, 'zh-CN')).to.equal('错误');
    expect(answerText(k3!, ['assembly', 'group'], 'en')).to.equal('支部党员大会, 党小组会');
    expect(answerText(k3!, undefined, 'en')).to.equal('Not answered');
    expect(answerText(grid, { m0002: 'excellent' }, 'zh-CN')).to.equal('王红梅: 优秀');
  });

  it('problems in both languages, with the definition’s own pattern message', () => {
    expect(problemText(zh, 'zh-CN', { code: 'required' }, k1!)).to.equal('此题为必答题');
    expect(problemText(en, 'en', { code: 'limit', column: 'excellent', n: 2 }, grid)).to.equal('At most 2 may be “优秀”; please adjust');
    expect(problemText(zh, 'zh-CN', { code: 'pattern', message: '请填写数字' }, k1!)).to.equal('请填写数字');
    expect(problemText(en, 'en', { code: 'min', n: 1000 }, k1!)).to.equal('Must be at least 1,000');
    expect(problemText(en, 'en', { code: 'server', detail: 'required' }, k1!)).to.equal('This question needs an answer');
  });

  it('a step of 1 from a whole minimum asks for a whole number; other steps name the step', () => {
    const number = (min?: number) => ({ id: 'n', type: 'number' as const, title: 'n', description: null, ...(min === undefined ? {} : { min }) });
    expect(problemText(zh, 'zh-CN', { code: 'step', n: 1 }, number())).to.equal('请填写整数');
    expect(problemText(en, 'en', { code: 'step', n: 1 }, number(0))).to.equal('Enter a whole number');
    expect(problemText(en, 'en', { code: 'step', n: 1 }, number(0.5))).to.equal('Must be a multiple of 1');
    expect(problemText(zh, 'zh-CN', { code: 'step', n: 0.5 }, number())).to.equal('须为 0.5 的整数倍');
  });
});

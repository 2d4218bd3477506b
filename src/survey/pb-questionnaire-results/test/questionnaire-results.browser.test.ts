/**
 * `<pb-questionnaire-results>` as a branch secretary uses it, over the real fetch of the
 * scripted mock API: the response rate, each question's bar chart and table, the written
 * answers searched, filters, the 民主评议 tallies with those withheld, a quiz's figures, an
 * anonymous questionnaire withheld below its threshold, the export to CSV and Excel (the
 * workbook read back), and the states around them, in both languages, three themes and two
 * widths.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { strFromU8, unzipSync } from 'fflate';
import '../../../define/pb-config.js';
import '../../../define/pb-questionnaire-results.js';
import type { ResultsExportDetail } from '../pb-questionnaire-results.js';
import { evaluationResults, learningNeedsResults, quizResults, textPage, unansweredResults, withheldResults } from '../../../../fixtures/questionnaire-results.js';
import { focusBefore, tabTo } from '../../../../test/support/a11y.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart } from '../../../../test/browser/support/parts.js';

const route = 'GET /questionnaires/q-learning-needs/results';
const textRoute = 'GET /questionnaires/q-learning-needs/results/text';

async function mount(answers: MockAnswer[], attrs: { locale?: string; theme?: string; width?: number } = {}, texts: MockAnswer[] = [{ body: textPage() }]) {
  const server = await mockServer({ [route]: answers, [textRoute]: texts });
  const box = await fixture<HTMLElement>(html`<div>
    <pb-config .retry=${{ retries: 0 }}>
      <pb-questionnaire-results api-base=${server.base} questionnaire-id="q-learning-needs" locale=${attrs.locale ?? 'zh-CN'} theme=${attrs.theme ?? 'light'}></pb-questionnaire-results>
    </pb-config>
  </div>`);
  if (attrs.width) box.style.inlineSize = `${attrs.width}px`;
  const element = box.querySelector('pb-questionnaire-results')!;
  return { element, server };
}

const question = (element: Element, id: number) => parts(element, 'question')[id]!;
/** Each row of a table's body, its cells' text joined by spaces. */
const rows = (root: Element) => [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)).join(' '));

/** The cells of the first sheet of a workbook, row by row (shared strings resolved). */
function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const xml = (name: string) => new DOMParser().parseFromString(strFromU8(files[name]!), 'application/xml');
  const shared = files['xl/sharedStrings.xml'] ? [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map((si) => si.textContent ?? '') : [];
  const sheet = xml('xl/worksheets/sheet1.xml');
  return [...sheet.getElementsByTagName('row')].map((row) =>
    [...row.getElementsByTagName('c')].map((c) => {
      const value = c.getElementsByTagName('v')[0]?.textContent ?? c.textContent ?? '';
      return c.getAttribute('t') === 's' ? shared[Number(value)]! : value;
    }),
  );
}

describe('<pb-questionnaire-results>: a questionnaire’s results for its organisers', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('shows the response rate and each question as a bar chart that is also its table', async () => {
    const { element } = await mount([{ body: learningNeedsResults() }]);
    await untilPart(element, 'questions');
    expect(text(element)).to.contain('2026年党员学习需求调查 第一党支部');
    expect(text(part(element, 'overview')!)).to.equal('60% 参与率 应参与 20 人，已参与 12 人 统计答卷 12 份');
    expect(rows(question(element, 0))).to.deep.equal(['机关事业单位 5 42%', '企业 4 33%', '农村 0 0%', '离退休 1 8%', '学生 0 0%', '其他 2 17%']);
    expect(rows(question(element, 2))[0]).to.equal('党的创新理论 7 58%');
    expect(text(question(element, 3))).to.contain('平均3.5最小1最大6.5');
    expect(text(question(element, 4))).to.contain('平均分4.25');
    expect(rows(question(element, 5))).to.deep.equal(['视频课件 1.75 6', '现场教学 2.25 3', '图文材料 2.75 2', '音频广播 3.25 1']);
    expect(rows(question(element, 6))).to.deep.equal(['学习时间 6 3 1 10', '学习地点 4 5 1 10']);
    expect(parts(element, 'question').map((q) => q.dataset['kind'])).to.deep.equal(['choice', 'choice', 'choice', 'number', 'rating', 'ranking', 'matrix', 'text']);
    // Bars are sized through the CSSOM, never a style attribute (a strict CSP blocks those).
    const bar = question(element, 1).querySelector<HTMLElement>('[data-share]')!;
    expect(bar.style.getPropertyValue('--_share')).to.equal(String(2 / 12));
    expect(styleAttributes(element).filter((s) => !s.includes('data-share'))).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('opens the written answers from the keyboard, asks only then, and searches them on the server', async () => {
    const { element, server } = await mount([{ body: learningNeedsResults() }], {}, [{ body: textPage() }, { body: textPage('suggestion', '课程') }]);
    await untilPart(element, 'questions');
    expect((await server.log()).filter((r) => r.path.endsWith('/text'))).to.have.length(0);
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="text-answers"] > summary'), 'the written answers');
    await sendKeys({ press: 'Enter' });
    const answers = part(element, 'text-answers')!;
    await waitUntil(() => answers.querySelectorAll('li').length === 4, 'the answers did not show');
    expect(text(answers)).to.contain('共 4 条');
    await tabTo((el) => el.matches('input[type="search"]'), 'the search box');
    await sendKeys({ type: '课程' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => answers.querySelectorAll('li').length === 2, 'the search did not narrow the answers');
    const asked = (await server.log()).filter((r) => r.path.endsWith('/text')).map((r) => new URLSearchParams(r.query));
    expect(asked.map((q) => [q.get('questionId'), q.get('q')])).to.deep.equal([['suggestion', null], ['suggestion', '课程']]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('filters by member category and dates: asks the server again with them and reflects them', async () => {
    const { element, server } = await mount([{ body: learningNeedsResults() }, { body: unansweredResults() }]);
    await untilPart(element, 'filters');
    const form = part<HTMLFormElement>(element, 'filters')!;
    form.querySelector('select')!.value = 'retired';
    form.querySelector<HTMLInputElement>('input[name="from"]')!.value = '2026-09-01';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await untilPart(element, 'empty');
    expect(text(part(element, 'empty')!)).to.contain('暂无答卷');
    expect([element.getAttribute('category'), element.getAttribute('from')]).to.deep.equal(['retired', '2026-09-01']);
    const last = (await server.log()).filter((r) => r.path.endsWith('/results')).at(-1)!;
    expect(last.query).to.equal('category=retired&from=2026-09-01');
    // The filters stay, to change them again.
    expect(part(element, 'filters')).to.exist;
  });

  it('an anonymous questionnaire below the threshold: says why nothing shows, offers no filters and no export', async () => {
    const { element } = await mount([{ body: withheldResults() }]);
    const withheld = await untilPart(element, 'withheld');
    expect(text(withheld)).to.contain('答卷不足 5 份时不显示结果');
    expect(part(element, 'filters')).to.equal(null);
    expect(part(element, 'export')).to.equal(null);
    expect(text(element)).to.contain('匿名问卷');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('民主评议: a tally per member evaluated; too few ballots read as withheld, not as zeros', async () => {
    const { element } = await mount([{ body: evaluationResults() }]);
    await untilPart(element, 'tallies');
    expect(rows(part(element, 'tallies')!)).to.deep.equal(['李明 7 3 4 0 0', '王红梅 7 5 2 0 0', '赵建国 7 1 5 1 0', '孙丽 4 不足 5 票，为保护匿名不显示']);
    expect(parts(element, 'tally').map((t) => t.dataset['withheld'])).to.deep.equal(['false', 'false', 'false', 'true']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('a quiz: its scores, pass rate, distribution and the questions most often missed', async () => {
    const { element } = await mount([{ body: quizResults() }]);
    const quiz = await untilPart(element, 'quiz');
    expect(text(quiz)).to.contain('答卷13及格率76.9%平均分71.5');
    expect(text(quiz)).to.contain('及格线 60 / 满分 100');
    expect(rows(part(element, 'bands')!)[7]).to.equal('70–80 3');
    expect([...part(element, 'most-wrong')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal(['下列属于党的纪律处分种类的有（多选） 6 / 13 人答错', '预备党员的预备期为几年？ 4 / 13 人答错']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('exports CSV and Excel of the same figures; the workbook reads back with the counts', async () => {
    const { element } = await mount([{ body: learningNeedsResults() }]);
    await untilPart(element, 'export');
    const files: ResultsExportDetail[] = [];
    element.addEventListener('pb-results-export', (event) => {
      event.preventDefault(); // the page keeps the file: no download in the test
      files.push(event.detail);
    });
    const [csv, xlsx] = part(element, 'export')!.querySelectorAll('button');
    csv!.click();
    await waitUntil(() => files.length === 1, 'no CSV');
    xlsx!.click();
    await waitUntil(() => files.length === 2, 'no workbook');
    expect(files.map((f) => [f.format, f.file.name])).to.deep.equal([
      ['csv', '2026年党员学习需求调查-第一党支部.csv'],
      ['xlsx', '2026年党员学习需求调查-第一党支部.xlsx'],
    ]);
    // A byte-order mark first, so spreadsheet programs read the Chinese as UTF-8.
    expect([...new Uint8Array(await files[0]!.file.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await files[0]!.file.text()).split('\r\n');
    expect(lines[0]).to.equal('部分,题目,项目,数值,占比');
    expect(lines).to.include('work,您目前的工作类型,企业,4,0.3333333333333333');
    const sheet = readXlsx(new Uint8Array(await files[1]!.file.arrayBuffer()));
    expect(sheet[0]).to.deep.equal(['部分', '题目', '项目', '数值', '占比']);
    const count = (question: string, item: string) => sheet.find((r) => r[0] === question && r[2] === item)?.[3];
    expect([count('work', '机关事业单位'), count('topics', '党的创新理论'), count('migrant', '否'), count('grid', '学习地点 / 一般')]).to.deep.equal(['5', '7', '10', '5']);
    expect(sheet.find((r) => r[2] === '应参与人数')?.[3]).to.equal('20');
  });

  it('shows loading, then the results; an error with a retry; a plain "no permission"', async () => {
    const slow = await mount([{ body: learningNeedsResults(), delayMs: 400 }]);
    expect(part(slow.element, 'loading')).to.exist;
    await untilPart(slow.element, 'questions');
    const failing = await mount([{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { body: learningNeedsResults() }]);
    await untilPart(failing.element, 'error');
    part<HTMLButtonElement>(failing.element, 'retry')!.click();
    await untilPart(failing.element, 'questions');
    const refused = await mount([{ status: 403, body: { type: '/problems/forbidden', title: 'Not allowed', status: 403 } }]);
    expect(text(await untilPart(refused.element, 'forbidden'))).to.contain('只有支部书记和管理员可以查看问卷结果。');
    expect(part(refused.element, 'retry')).to.equal(null);
  });

  it('says when nobody has answered, and when no questionnaire is set', async () => {
    const { element } = await mount([{ body: unansweredResults() }]);
    expect(text(await untilPart(element, 'empty'))).to.contain('暂无答卷');
    await expect(element).shadowDom.to.be.accessible();
    const bare = await fixture<HTMLElement>(html`<pb-questionnaire-results></pb-questionnaire-results>`);
    expect(text(part(bare, 'empty')!)).to.contain('未指定问卷');
  });

  it('reads in English', async () => {
    const { element } = await mount([{ body: learningNeedsResults() }], { locale: 'en' });
    await untilPart(element, 'questions');
    expect(text(part(element, 'overview')!)).to.equal('60% Response rate 12 of 20 members expected took part 12 responses counted');
    expect(text(question(element, 0))).to.contain('12 members answered');
    expect(text(element)).to.contain('Read the written answers (4)');
    expect(text(part(element, 'export')!)).to.contain('Export Excel');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('is accessible in the dark and large-text themes, at 375 and 1280 px, with hostile text shown as text', async () => {
    const hostile = learningNeedsResults({ title: '<img src=x onerror=alert(1)>' });
    for (const [theme, width] of [['dark', 375], ['large-text', 375], ['light', 1280], ['dark', 1280]] as const) {
      const { element } = await mount([{ body: hostile }], { theme, width });
      await untilPart(element, 'questions');
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      const base = part(element, 'base')!;
      expect(base.scrollWidth, `${theme} ${width}px does not overflow`).to.be.at.most(base.clientWidth + 1);
      await expect(element).shadowDom.to.be.accessible();
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NetworkError, ProblemError } from '../../../api/errors.js';
import type { Answers, Questionnaire, Submission } from '../../../api/types.js';
import { newDraft, type LocalDraft } from '../internal/drafts.js';
import type { Loaded } from '../internal/loaded.js';
import { initial, shownProblem, transition, viewOf, type Effect, type Request, type State } from '../internal/machine.js';
import type { Definition } from '../internal/shapes.js';
import { gridRules } from '../internal/grids/grid-rules.js';
import { rankingRules } from '../internal/ranking/ranking-rules.js';
import { quizDecisions } from '../internal/quiz/quiz-machine.js';
import { quiz, quizResult, survey, surveyAnswers } from '../../../../fixtures/questionnaires.js';

/**
 * The questionnaire's decisions as tables: each row a state reached by requests, the
 * request, and what must follow. `drive` plays the controller's part with a draft in
 * memory: it keeps the draft the effects write and sends a finished write's `then` in, and
 * lends the machine the quiz's decisions, as the controller does once the quiz chunk is loaded.
 */

const T0 = Date.parse('2026-09-01T08:00:00.000Z');
const KEY = 'key-new';
const submission: Submission = { ...quizResult, result: null };

function loadedOf(definition: Questionnaire, draft: Partial<LocalDraft> = {}, extra: Partial<Loaded> = {}): Loaded {
  return {
    definition: definition as Definition,
    server: true,
    key: `ns|${definition.id}`,
    draft: { ...newDraft(T0, 'key-1'), ...draft },
    latest: undefined,
    storageError: undefined,
    startedElsewhere: undefined,
    rules: { matrix: gridRules, ranking: rankingRules },
    ...extra,
  };
}

interface Run {
  state: State;
  draft: LocalDraft | undefined;
  /** Every effect, in order, of every request sent in (a `then` included). */
  effects: Effect[];
}

function drive(run: Pick<Run, 'state' | 'draft'>, requests: Request[], oneAtATime = false): Run {
  let { state, draft } = run;
  const effects: Effect[] = [];
  const queue = [...requests];
  while (queue.length) {
    const next = transition(state, queue.shift()!, { draft, oneAtATime, now: T0 + 1000, newKey: KEY, quiz: quizDecisions });
    state = next.state;
    for (const effect of next.effects) {
      effects.push(effect);
      if (effect.type !== 'draft') continue;
      if (effect.op === 'begin') draft = effect.draft;
      else if (effect.op === 'clear') draft = undefined;
      else if (effect.op !== 'cancel') draft = draft && { ...draft, ...effect.patch };
      if ('then' in effect && effect.then) queue.unshift(effect.then);
    }
  }
  return { state, draft, effects };
}

const load = (loaded: Loaded, oneAtATime = false) => drive({ state: initial, draft: undefined }, [{ type: 'load', loaded }], oneAtATime);
const kinds = (effects: Effect[]) => effects.map((e) => (e.type === 'draft' ? `draft:${e.op}` : e.type === 'emit' ? e.name : e.type));
const problem = (init: ConstructorParameters<typeof ProblemError>[0]) => new ProblemError(init);

/** The survey answered up to its last page (page 2 shown), ready to submit. */
function onLastPage(definition = survey) {
  return load(loadedOf(definition, { answers: { ...surveyAnswers }, stepKey: 'p2', pageIndex: 1 }));
}

describe('questionnaire machine: which state a load shows', () => {
  const table: Array<[string, Loaded, string, string[]]> = [
    ['not open yet', loadedOf({ ...survey, status: 'not-open' }), 'not-open', ['timer', 'draft:begin']],
    ['closed', loadedOf({ ...survey, status: 'closed' }), 'closed', ['timer', 'draft:begin']],
    ['open, not for this member', loadedOf({ ...survey, mine: { submitted: false, canSubmit: false } }), 'not-allowed', ['timer', 'draft:begin']],
    ['submitted, no second response: the device copy goes', loadedOf({ ...survey, mine: { submitted: true, canSubmit: false } }, {}, { latest: submission }), 'submitted', ['timer', 'draft:begin', 'draft:clear']],
    ['submitted, may retake, nothing begun', loadedOf({ ...survey, mine: { submitted: true, canSubmit: true } }), 'submitted', ['timer', 'draft:begin']],
    ['submitted, may retake, answers begun', loadedOf({ ...survey, mine: { submitted: true, canSubmit: true } }, { answers: { work: 'rural' } }), 'answering', ['timer', 'draft:begin']],
    ['a survey', loadedOf(survey), 'answering', ['timer', 'draft:begin']],
    ['a timed quiz not started', loadedOf(quiz), 'intro', ['timer', 'draft:begin']],
    ['a timed quiz running, started here', loadedOf(quiz, { deadline: '2026-09-01T08:10:00.000Z', attemptId: 'a1' }, { startedElsewhere: false }), 'resume', ['timer', 'draft:begin', 'timer']],
    ['a timed quiz running, started elsewhere', loadedOf(quiz, { deadline: '2026-09-01T08:10:00.000Z', attemptId: 'a1' }, { startedElsewhere: true }), 'resume', ['timer', 'draft:begin', 'timer']],
    ['a submission waiting from before the reload', loadedOf(survey, { pending: { answers: surveyAnswers, attemptId: null } }), 'sending', ['timer', 'draft:begin', 'send']],
    ['a waiting submission outranks a closed questionnaire', loadedOf({ ...survey, status: 'closed' }, { pending: { answers: surveyAnswers, attemptId: null } }), 'sending', ['timer', 'draft:begin', 'send']],
  ];
  for (const [name, loaded, phase, effects] of table) {
    it(name, () => {
      const run = load(loaded);
      assert.equal(run.state.phase.kind, phase);
      assert.deepEqual(kinds(run.effects), effects);
      assert.equal(run.state.loaded, loaded);
      assert.equal(run.state.acted, false, 'never acts on load: focus stays where the page has it');
    });
  }

  it('the running attempt says where it started; the waiting submission goes with its own key', () => {
    const elsewhere = load(loadedOf(quiz, { deadline: '2026-09-01T08:10:00.000Z', attemptId: 'a1', skewMs: 250 }, { startedElsewhere: true }));
    assert.deepEqual(elsewhere.state.phase, { kind: 'resume', elsewhere: true });
    assert.deepEqual(elsewhere.effects.at(-1), { type: 'timer', deadline: '2026-09-01T08:10:00.000Z', skewMs: 250 });
    const pending = load(loadedOf(survey, { pending: { answers: surveyAnswers, attemptId: null }, submitKey: 'key-1' }));
    assert.deepEqual(pending.effects.at(-1), { type: 'send', request: { answers: surveyAnswers, attemptId: null }, key: 'key-1', auto: false });
  });

  it('loaded again while answering the same attempt (language switched): the questions go on, no resume panel', () => {
    const running = loadedOf(quiz, { deadline: '2026-09-01T08:10:00.000Z', attemptId: 'a1' }, { startedElsewhere: false });
    const answering = drive(load(running), [{ type: 'continue' }]);
    const again = drive(answering, [{ type: 'load', loaded: { ...running } }]);
    assert.equal(again.state.phase.kind, 'answering');
  });
});

describe('questionnaire machine: answering, a page at a time or one question at a time', () => {
  it('an answer is kept in the draft and announced to the page; clearing it removes it', () => {
    const run = drive(load(loadedOf(survey)), [{ type: 'answer', questionId: 'work', value: 'rural' }]);
    assert.deepEqual(run.draft!.answers, { work: 'rural' });
    assert.deepEqual(run.effects, [
      { type: 'draft', op: 'change', patch: { answers: { work: 'rural' } }, then: undefined },
      { type: 'emit', name: 'pb-questionnaire-change', detail: { questionId: 'work', value: 'rural', answers: { work: 'rural' } } },
    ]);
    const cleared = drive(run, [{ type: 'answer', questionId: 'work', value: undefined }]);
    assert.deepEqual(cleared.draft!.answers, {});
  });

  it('answers are taken only while answering', () => {
    for (const definition of [{ ...survey, status: 'closed' as const }, quiz]) {
      const run = drive(load(loadedOf(definition)), [{ type: 'answer', questionId: 'work', value: 'rural' }]);
      assert.deepEqual(run.effects, []);
    }
  });

  const table: Array<{ name: string; oneAtATime: boolean; answers: Answers; announce: number | 'question'; focus: string; checked: string[] }> = [
    { name: 'pages: Next on an unanswered page names how many need fixing', oneAtATime: false, answers: {}, announce: 3, focus: 'work', checked: ['work', 'migrant', 'age', 'phone'] },
    { name: 'pages: a hidden question is neither checked nor counted', oneAtATime: false, answers: { work: 'rural', migrant: false }, announce: 1, focus: 'age', checked: ['work', 'migrant', 'age', 'phone'] },
    { name: 'pages: a question shown by an answer is checked too', oneAtATime: false, answers: { work: 'rural', migrant: true, age: 40 }, announce: 1, focus: 'migrantDifficulty', checked: ['work', 'migrant', 'migrantDifficulty', 'age', 'phone'] },
    { name: 'one at a time: Next on an unanswered question', oneAtATime: true, answers: {}, announce: 'question', focus: 'work', checked: ['work'] },
  ];
  for (const row of table) {
    it(row.name, () => {
      const run = drive(load(loadedOf(survey, { answers: row.answers }), row.oneAtATime), [{ type: 'next' }], row.oneAtATime);
      assert.deepEqual(run.effects, [
        { type: 'announce', fix: row.announce },
        { type: 'focus', on: { question: row.focus } },
      ]);
      assert.deepEqual([...run.state.checked], row.checked);
      assert.equal(run.state.phase.kind, 'answering');
    });
  }

  it('Next on a valid page moves to the next and focuses its heading; Previous goes back', () => {
    const first = drive(load(loadedOf(survey, { answers: { ...surveyAnswers } })), [{ type: 'next' }]);
    assert.deepEqual(first.effects, [
      { type: 'draft', op: 'change', patch: { stepKey: 'p2', pageIndex: 1 }, then: undefined },
      { type: 'focus', on: 'step' },
    ]);
    const view = viewOf(first.state.loaded!, first.draft!, false);
    assert.equal(view.index, 1);
    const back = drive(first, [{ type: 'go', index: 0 }]);
    assert.equal(viewOf(back.state.loaded!, back.draft!, false).index, 0);
    assert.deepEqual(drive(back, [{ type: 'go', index: 7 }]).effects, [], 'no such step');
  });

  it('one at a time: a step per visible question, found again after a reload', () => {
    const run = load(loadedOf(survey, { answers: { work: 'rural', migrant: true }, stepKey: 'migrantDifficulty' }), true);
    const view = viewOf(run.state.loaded!, run.draft!, true);
    assert.deepEqual(view.steps.map((s) => s.key).slice(0, 4), ['work', 'migrant', 'migrantDifficulty', 'age']);
    assert.equal(view.index, 2);
    assert.equal(view.answered, 2);
  });

  it('Submit checks every page: a problem on an earlier page takes the member there', () => {
    const run = drive(onLastPage(), [{ type: 'answer', questionId: 'age', value: undefined }, { type: 'next' }]);
    assert.deepEqual(kinds(run.effects).slice(2), ['announce', 'draft:change', 'focus']);
    assert.deepEqual(run.effects.at(-1), { type: 'focus', on: { question: 'age' } });
    assert.equal(viewOf(run.state.loaded!, run.draft!, false).index, 0);
  });
});

describe('questionnaire machine: problems next to a question', () => {
  const questionOf = (id: string) => survey.pages.flatMap((p) => p.questions).find((q) => q.id === id)! as never;

  it('text typed in a number field that is not a number is a problem once checked', () => {
    const run = drive(load(loadedOf(survey)), [{ type: 'answer', questionId: 'age', value: undefined, raw: '4x' }, { type: 'next' }]);
    const states = viewOf(run.state.loaded!, run.draft!, false).states;
    assert.deepEqual(shownProblem(run.state, questionOf('age'), states), { code: 'number' });
    assert.equal(shownProblem(run.state, questionOf('suggestion'), states), null, 'not checked yet');
  });

  it("the server's objections (422) are shown beside their questions until the answer changes, on the page of the first", () => {
    const error = problem({ status: 422, title: 'Invalid', fieldErrors: [{ pointer: '/answers/age', detail: '年龄不在范围内' }, { pointer: '/answers/ghost', detail: 'x' }] });
    const sent = drive(onLastPage(), [{ type: 'next' }, { type: 'send-failed', error, auto: false }]);
    assert.deepEqual(sent.state.objections, { age: '年龄不在范围内' });
    assert.equal(sent.state.phase.kind, 'answering');
    assert.equal(sent.draft!.submitKey, KEY, 'the refused request had its key; the next try is a new one');
    assert.equal(sent.draft!.pending, null);
    assert.deepEqual(sent.effects.at(-1), { type: 'focus', on: { question: 'age' } });
    assert.equal(viewOf(sent.state.loaded!, sent.draft!, false).index, 0);
    const states = viewOf(sent.state.loaded!, sent.draft!, false).states;
    assert.deepEqual(shownProblem(sent.state, questionOf('age'), states), { code: 'server', detail: '年龄不在范围内' });
    const changed = drive(sent, [{ type: 'answer', questionId: 'age', value: 46 }]);
    assert.deepEqual(changed.state.objections, {});
  });
});

describe('questionnaire machine: sending, done, offline', () => {
  it('Submit leaves out hidden answers, fires the submit event, keeps the submission with its key, then sends it', () => {
    const run = drive(onLastPage(), [{ type: 'answer', questionId: 'migrantDifficulty', value: 'time' }, { type: 'next' }]);
    const request = { answers: surveyAnswers, attemptId: null };
    assert.deepEqual(kinds(run.effects).slice(2), ['timer', 'pb-questionnaire-submit', 'draft:cancel', 'focus', 'draft:keep', 'send']);
    assert.deepEqual(run.draft!.pending, request);
    assert.deepEqual(run.effects.at(-1), { type: 'send', request, key: 'key-1', auto: false });
    assert.deepEqual(run.state.phase, { kind: 'sending', auto: false });
    assert.equal(run.state.acted, true);
  });

  it('stored: the device copy goes first, then done and the submitted event', () => {
    const run = drive(onLastPage(), [{ type: 'next' }, { type: 'sent', submission, answers: surveyAnswers }]);
    assert.deepEqual(kinds(run.effects).slice(-4), ['send', 'draft:clear', 'focus', 'pb-questionnaire-submitted']);
    assert.equal(run.draft, undefined);
    assert.deepEqual(run.state.phase, { kind: 'done', submission, answers: surveyAnswers, afterWaiting: false });
  });

  it('without a backend: the submit event, the device copy cleared, done', () => {
    const run = drive(load(loadedOf(survey, { answers: { ...surveyAnswers }, stepKey: 'p2', pageIndex: 1 }, { server: false })), [{ type: 'next' }]);
    assert.deepEqual(kinds(run.effects), ['timer', 'pb-questionnaire-submit', 'draft:clear', 'focus']);
    assert.deepEqual(run.state.phase, { kind: 'done', submission: null, answers: surveyAnswers, afterWaiting: false });
  });

  it('offline (or signed out) while sending: the confirmation says it was sent once connected', () => {
    const waiting = drive(onLastPage(), [{ type: 'next' }, { type: 'outbox', waiting: true }]);
    assert.equal(waiting.state.waited, true);
    const again = transition(waiting.state, { type: 'outbox', waiting: true }, { draft: waiting.draft, oneAtATime: false, now: T0, newKey: KEY });
    assert.equal(again.state, waiting.state, 'nothing new: the same state');
    const done = drive(waiting, [{ type: 'sent', submission, answers: surveyAnswers }]);
    assert.equal(done.state.phase.kind === 'done' && done.state.phase.afterWaiting, true);
    assert.equal(drive(load(loadedOf(survey)), [{ type: 'outbox', waiting: true }]).state.waited, false, 'only while sending');
  });

  it('a second Submit, or the timer while sending, does nothing', () => {
    const sending = drive(onLastPage(), [{ type: 'next' }]);
    assert.deepEqual(drive(sending, [{ type: 'submit', auto: true }, { type: 'next' }]).effects, []);
  });

  const failures: Array<[string, unknown, { phase: string; key: string; error?: boolean; effects?: string[] }]> = [
    ['no network: the same request goes again with the same key', new NetworkError('POST /x'), { phase: 'answering', key: 'key-1', error: true }],
    ['a server error answered: a new key for the next try', problem({ status: 500, title: 'Oops' }), { phase: 'answering', key: KEY, error: true }],
    ['the first request still running there: the key is kept', problem({ status: 409, title: 'Busy', type: 'https://x/idempotency-key-in-use' }), { phase: 'answering', key: 'key-1', error: true }],
    ['submitted already (another device)', problem({ status: 409, title: 'Done', type: 'https://x/already-submitted' }), { phase: 'submitted', key: 'cleared', effects: ['draft:clear', 'focus', 'fetch-latest'] }],
    ['the attempt is no longer open (submitted elsewhere)', problem({ status: 422, title: 'No', fieldErrors: [{ pointer: '/attemptId', detail: 'closed' }] }), { phase: 'submitted', key: 'cleared' }],
    ['closed meanwhile', problem({ status: 409, title: 'Closed', type: 'https://x/not-open' }), { phase: 'closed', key: KEY }],
  ];
  for (const [name, error, expected] of failures) {
    it(`refused or failed: ${name}`, () => {
      const run = drive(onLastPage(), [{ type: 'next' }, { type: 'send-failed', error, auto: false }]);
      assert.equal(run.state.phase.kind, expected.phase);
      assert.equal(run.draft?.submitKey ?? 'cleared', expected.key);
      if (run.draft) assert.equal(run.draft.pending, null, 'nothing waits to be sent');
      assert.equal(run.state.submitError, expected.error ? error : undefined);
      if (expected.effects) assert.deepEqual(kinds(run.effects).slice(-expected.effects.length), expected.effects);
    });
  }

  it('the latest submission fills in the "submitted" state, for the questionnaire it was asked for', () => {
    const refused = drive(onLastPage(), [{ type: 'next' }, { type: 'send-failed', error: problem({ status: 409, title: 'Done', type: 'https://x/already-submitted' }), auto: false }]);
    assert.deepEqual(refused.state.phase, { kind: 'submitted', latest: undefined, message: 'already' });
    const other = drive(refused, [{ type: 'latest', loaded: loadedOf(survey), submission }]);
    assert.equal(other.state, refused.state);
    const filled = drive(refused, [{ type: 'latest', loaded: refused.state.loaded!, submission }]);
    assert.deepEqual(filled.state.phase, { kind: 'submitted', latest: submission, message: 'already' });
  });

  it('focus follows each new state only after the member acted, and only when the widget holds it', () => {
    const run = drive(onLastPage(), [{ type: 'next' }]);
    assert.deepEqual(run.effects.find((e) => e.type === 'focus'), { type: 'focus', on: 'phase', held: true });
    assert.equal(load(loadedOf({ ...survey, status: 'closed' })).effects.some((e) => e.type === 'focus'), false);
  });
});

describe('questionnaire machine: timed quizzes, resume, retake', () => {
  const deadline = '2026-09-01T08:10:00.000Z';

  it('Start asks for an attempt once; its deadline starts the clock and the questions', () => {
    const intro = load(loadedOf(quiz));
    const starting = drive(intro, [{ type: 'start' }, { type: 'start' }]);
    assert.deepEqual(kinds(starting.effects), ['start-attempt']);
    assert.deepEqual(starting.state.phase, { kind: 'intro', starting: true, error: undefined });
    const started = drive(starting, [{ type: 'started', patch: { attemptId: 'a1', deadline, skewMs: -40 } }]);
    assert.deepEqual(started.state.phase, { kind: 'answering' });
    assert.deepEqual(started.effects.at(-1), { type: 'timer', deadline, skewMs: -40 });
    assert.equal(started.draft!.attemptId, 'a1');
  });

  it('Start finds an attempt begun on another device: its panel first', () => {
    const run = drive(load(loadedOf(quiz)), [{ type: 'start' }, { type: 'started', patch: { attemptId: 'a1', deadline, answers: { k1: 'a' } }, resumed: true }]);
    assert.deepEqual(run.state.phase, { kind: 'resume', elsewhere: true });
    assert.deepEqual(run.draft!.answers, { k1: 'a' });
  });

  const startFailures: Array<[string, unknown, string]> = [
    ['offline', new NetworkError('POST /attempts'), 'intro'],
    ['submitted already', problem({ status: 409, title: 'Done', type: 'https://x/already-submitted' }), 'submitted'],
    ['closed', problem({ status: 409, title: 'Closed', type: 'https://x/not-open' }), 'closed'],
    ['refused otherwise', problem({ status: 403, title: 'Forbidden' }), 'intro'],
  ];
  for (const [name, error, phase] of startFailures) {
    it(`Start fails: ${name}`, () => {
      const run = drive(load(loadedOf(quiz)), [{ type: 'start' }, { type: 'start-failed', error }]);
      assert.equal(run.state.phase.kind, phase);
      if (phase === 'intro') assert.deepEqual(run.state.phase, { kind: 'intro', starting: false, error });
    });
  }

  it('without the quiz chunk (a survey), Start and Continue decide nothing', () => {
    const intro = load(loadedOf(quiz));
    assert.deepEqual(transition(intro.state, { type: 'start' }, { draft: intro.draft, oneAtATime: false, now: T0, newKey: KEY }), { state: intro.state, effects: [] });
  });

  it('Continue on the resume panel shows the questions; once time is up it submits what was saved', () => {
    const running = load(loadedOf(quiz, { deadline, attemptId: 'a1', answers: { k1: 'a' } }, { startedElsewhere: false }));
    assert.deepEqual(drive(running, [{ type: 'continue' }]).state.phase, { kind: 'answering' });
    const expired = drive(running, [{ type: 'continue', submit: true }]);
    assert.deepEqual(expired.state.phase, { kind: 'sending', auto: true });
    assert.deepEqual(expired.effects.at(-1), { type: 'send', request: { answers: { k1: 'a' }, attemptId: 'a1' }, key: 'key-1', auto: true });
    assert.deepEqual(drive(load(loadedOf(survey)), [{ type: 'continue' }]).effects, [], 'only from the panel');
  });

  it('time running out submits without checking; a failure then does not start the clock again', () => {
    const answering = drive(load(loadedOf(quiz, { deadline, attemptId: 'a1' }, { startedElsewhere: false })), [{ type: 'continue' }]);
    const auto = drive(answering, [{ type: 'submit', auto: true }]);
    assert.deepEqual(auto.state.phase, { kind: 'sending', auto: true });
    const failed = drive(auto, [{ type: 'send-failed', error: new NetworkError('x'), auto: true }]);
    assert.equal(failed.effects.some((e) => e.type === 'timer' && e.deadline), false);
    const byHand = drive(drive(answering, [{ type: 'submit', auto: false }]), [{ type: 'send-failed', error: new NetworkError('x'), auto: false }]);
    assert.deepEqual(byHand.effects.at(-1), { type: 'timer', deadline, skewMs: 0 });
  });

  it('Retake: a new draft with a new key, the quiz from its start screen, focus on it', () => {
    const done = drive(load(loadedOf(quiz, { deadline, attemptId: 'a1', answers: { k1: 'a', k2: true, k3: ['group'] } }, { startedElsewhere: false })), [
      { type: 'continue' },
      { type: 'submit', auto: false },
      { type: 'sent', submission: quizResult, answers: {} },
    ]);
    assert.equal(done.state.phase.kind, 'done');
    const again = drive(done, [{ type: 'retake' }]);
    assert.equal(again.state.phase.kind, 'intro');
    assert.deepEqual({ answers: again.draft!.answers, key: again.draft!.submitKey, deadline: again.draft!.deadline, updatedAt: again.draft!.updatedAt }, { answers: {}, key: KEY, deadline: null, updatedAt: T0 + 1000 });
    assert.deepEqual(kinds(again.effects), ['draft:begin', 'draft:keep', 'focus', 'focus']);
    assert.deepEqual(again.effects.at(-1), { type: 'focus', on: 'phase' });
  });
});

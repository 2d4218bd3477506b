/**
 * The course player's decisions as tables, without a browser: the element's half
 * (internal/player-machine.ts: lesson choice and locks, receipts taken in, notices, the saved
 * copy) and the stage's half (internal/stage/study-machine.ts: the events a receipt fires,
 * the study session's heartbeats, pause and end, and the seek policy). Resume points and
 * played intervals have their own tables (rules.test.ts, intervals.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course, CourseProgress, LessonProgress, ProgressReceipt } from '../../../api/types.js';
import { knownProgress } from '../internal/known-progress.js';
import { initialPlayer, playerStep, type PlayerRequest, type PlayerState } from '../internal/player-machine.js';
import { heartbeatMs, heldBack, MAX_STRETCHES, receiptEvents, seekTo, studyStep, worthSending, type StudyRequest, type StudyState } from '../internal/stage/study-machine.js';

const lesson = (id: string) => ({ id, title: id, kind: 'article' }) as Course['lessons'][number];
const course = (sequential: boolean): Course => ({ id: 'c1', lessons: ['l1', 'l2', 'l3'].map(lesson), policy: { sequential } }) as Course;
const done = (lessonId: string, completed = true): LessonProgress => ({ lessonId, completed, coverage: completed ? 1 : 0.5, creditedSeconds: 60, positionSeconds: 0, furthestSeconds: 0, updatedAt: null }) as LessonProgress;
const progress = (...lessons: LessonProgress[]): CourseProgress => ({ courseId: 'c1', percent: 10, creditedSeconds: 60, completed: false, lessons }) as CourseProgress;
const run = (requests: PlayerRequest[], from: PlayerState = initialPlayer) => requests.reduce(playerStep, from);

const sequential = course(true);
const free = course(false);
const firstDone = progress(done('l1'));

describe('the player machine: which lesson is open', () => {
  const table: Array<[string, PlayerRequest[], { index: number; notice?: string }]> = [
    ['nothing open before the course and progress are in', [], { index: -1 }],
    ['opens the first lesson not complete', [{ type: 'progress', progress: firstDone }, { type: 'choose', course: sequential, lessonId: '', asked: false }], { index: 1 }],
    ['opens the lesson the page asks for when it is open', [{ type: 'progress', progress: progress() }, { type: 'choose', course: free, lessonId: 'l3', asked: true }], { index: 2 }],
    ['a locked lesson asked for opens the first open one, and says why', [{ type: 'progress', progress: progress() }, { type: 'choose', course: sequential, lessonId: 'l3', asked: true }], { index: 0, notice: 'locked' }],
    ['an unknown lesson id opens the first open one without a notice', [{ type: 'progress', progress: progress() }, { type: 'choose', course: sequential, lessonId: 'zz', asked: true }], { index: 0 }],
    [
      'a lesson open stays open while nothing is asked',
      [{ type: 'progress', progress: progress() }, { type: 'choose', course: free, lessonId: 'l2', asked: true }, { type: 'choose', course: free, lessonId: 'l2', asked: false }],
      { index: 1 },
    ],
    [
      'the page asking for another lesson opens it',
      [{ type: 'progress', progress: progress() }, { type: 'choose', course: free, lessonId: '', asked: false }, { type: 'choose', course: free, lessonId: 'l3', asked: true }],
      { index: 2 },
    ],
    ['the member opens an open lesson', [{ type: 'progress', progress: progress() }, { type: 'choose', course: free, lessonId: '', asked: false }, { type: 'open', course: free, index: 2 }], { index: 2 }],
    [
      'the member presses a locked lesson: it stays closed, with the notice',
      [{ type: 'progress', progress: progress() }, { type: 'choose', course: sequential, lessonId: '', asked: false }, { type: 'open', course: sequential, index: 2 }],
      { index: 0, notice: 'locked' },
    ],
    [
      'opening an open lesson clears the notice',
      [{ type: 'progress', progress: progress() }, { type: 'choose', course: sequential, lessonId: 'l3', asked: true }, { type: 'open', course: sequential, index: 0 }],
      { index: 0 },
    ],
    [
      'a completed lesson stays open in a sequential course',
      [{ type: 'progress', progress: progress(done('l1'), done('l2', false), done('l3')) }, { type: 'choose', course: sequential, lessonId: 'l3', asked: true }],
      { index: 2 },
    ],
    [
      'a receipt completing a lesson opens the next one to the member',
      [
        { type: 'progress', progress: progress() },
        { type: 'choose', course: sequential, lessonId: '', asked: false },
        { type: 'receipt', lessonId: 'l1', receipt: { lesson: done('l1'), course: { percent: 33, creditedSeconds: 60, completed: false } } },
        { type: 'open', course: sequential, index: 1 },
      ],
      { index: 1 },
    ],
    [
      'another course: nothing open, no notice',
      [{ type: 'progress', progress: progress() }, { type: 'choose', course: sequential, lessonId: 'l3', asked: true }, { type: 'course' }],
      { index: -1 },
    ],
    ['a refused study record is told', [{ type: 'refused', error: new Error('403') }], { index: -1, notice: 'refused' }],
    ['a part that failed to load is told', [{ type: 'failed', error: new Error('offline') }], { index: -1, notice: 'failed' }],
  ];
  for (const [name, requests, expected] of table) {
    it(name, () => {
      const state = run(requests);
      assert.equal(state.index, expected.index);
      assert.equal(state.notice?.kind, expected.notice);
    });
  }

  it('keeps the error a notice is about, for the element to word in the member’s language', () => {
    const error = new Error('quota');
    assert.equal((run([{ type: 'failed', error }]).notice as { error: unknown }).error, error);
  });
});

describe('the player machine: progress, receipts and the saved copy', () => {
  it('takes the progress read, once per answer', () => {
    const answer = progress(done('l1'));
    const state = run([{ type: 'progress', progress: answer }]);
    assert.deepEqual(state.summary, { percent: 10, creditedSeconds: 60, completed: false });
    assert.equal(state.confirmed.get('l1')?.completed, true);
    assert.equal(playerStep(state, { type: 'progress', progress: answer }), state, 'the same answer again changes nothing');
  });

  it('takes a receipt in, and a new answer read again replaces what receipts added', () => {
    const receipt = { lesson: done('l2'), course: { percent: 66, creditedSeconds: 120, completed: false } };
    const state = run([{ type: 'progress', progress: firstDone }, { type: 'receipt', lessonId: 'l2', receipt }]);
    assert.equal(state.confirmed.get('l2')?.completed, true);
    assert.deepEqual(state.summary, receipt.course);
    assert.deepEqual(
      knownProgress(state)?.lessons.map((l) => l.lessonId),
      ['l1', 'l2'],
    );
    assert.equal(knownProgress(state)?.percent, 66);
    const reread = playerStep(state, { type: 'progress', progress: progress() });
    assert.equal(reread.confirmed.size, 0);
    assert.equal(knownProgress(initialPlayer), undefined, 'nothing known before the progress is read');
  });

  it('marks the course shown as the saved copy, and as the network’s again', () => {
    const saved = run([{ type: 'saved-copy', at: 1_700_000_000_000 }]);
    assert.equal(saved.savedCopy, 1_700_000_000_000);
    assert.equal(playerStep(saved, { type: 'saved-copy', at: undefined }).savedCopy, undefined);
    assert.equal(playerStep(initialPlayer, { type: 'saved-copy', at: undefined }), initialPlayer, 'every answer from the network says so: no new state, no render');
    assert.equal(playerStep(saved, { type: 'course' }).savedCopy, 1_700_000_000_000, 'another course keeps the mark until its own answer says');
  });
});

describe('the study machine: events a receipt fires', () => {
  const ids = { courseId: 'c1', lessonId: 'l1' };
  const summary = (completed: boolean) => ({ percent: completed ? 100 : 50, creditedSeconds: 60, completed });
  const receipt = (lessonDone: boolean, courseDone: boolean): Pick<ProgressReceipt, 'creditedNow' | 'lesson' | 'course'> => ({ creditedNow: 15, lesson: done('l1', lessonDone), course: summary(courseDone) });
  const table: Array<[string, ReturnType<typeof receipt>, LessonProgress | undefined, ReturnType<typeof summary> | undefined, string[]]> = [
    ['study time credited', receipt(false, false), done('l1', false), summary(false), ['pb-progress']],
    ['a lesson completed now', receipt(true, false), done('l1', false), summary(false), ['pb-progress', 'pb-lesson-complete']],
    ['a lesson never seen before, completed', receipt(true, false), undefined, summary(false), ['pb-progress', 'pb-lesson-complete']],
    ['a lesson already complete', receipt(true, false), done('l1'), summary(false), ['pb-progress']],
    ['the course completed now', receipt(true, true), done('l1', false), summary(false), ['pb-progress', 'pb-lesson-complete', 'pb-course-complete']],
    ['the course already complete', receipt(true, true), done('l1'), summary(true), ['pb-progress']],
    ['no course progress seen before: no course completion', receipt(true, true), done('l1'), undefined, ['pb-progress']],
  ];
  for (const [name, r, before, courseBefore, events] of table) {
    it(name, () => assert.deepEqual(receiptEvents(r, ids, before, courseBefore).map((e) => e.event), events));
  }
  it('gives each event the detail its declaration says', () => {
    const [progressEvent, lessonEvent, courseEvent] = receiptEvents(receipt(true, true), ids, undefined, summary(false));
    assert.deepEqual(progressEvent, { event: 'pb-progress', detail: { ...ids, creditedNow: 15, lesson: done('l1'), course: summary(true) } });
    assert.deepEqual(lessonEvent, { event: 'pb-lesson-complete', detail: { ...ids, lesson: done('l1') } });
    assert.deepEqual(courseEvent, { event: 'pb-course-complete', detail: { courseId: 'c1', creditedSeconds: 60 } });
  });
});

describe('the study machine: the session and its heartbeats', () => {
  const closed: StudyState = { opened: false, lastSent: 0 };
  const open: StudyState = { opened: true, lastSent: 10_000 };
  const beat = heartbeatMs(15);
  const table: Array<[string, StudyState, StudyRequest, StudyState, string[]]> = [
    ['studying begins: the first batch opens the session', closed, { type: 'begin' }, { ...closed, opened: true }, ['open']],
    ['studying begins again: the session is open already', open, { type: 'begin' }, open, []],
    ['a heartbeat is due while playing or reading', open, { type: 'tick', now: 25_000, studying: true, stretches: 1 }, open, ['send']],
    ['a little early counts (the ticker drifts)', open, { type: 'tick', now: 24_960, studying: true, stretches: 1 }, open, ['send']],
    ['not yet due', open, { type: 'tick', now: 20_000, studying: true, stretches: 1 }, open, []],
    ['due, but paused or not reading: nothing to send', open, { type: 'tick', now: 60_000, studying: false, stretches: 0 }, open, []],
    ['too many stretches waiting go at once, due or not', open, { type: 'tick', now: 11_000, studying: false, stretches: MAX_STRETCHES + 1 }, open, ['send']],
    ['a pause with play waiting sends it', open, { type: 'pause', pending: 3 }, open, ['send']],
    ['a pause right after a batch only remembers the position', open, { type: 'pause', pending: 0.01 }, open, ['remember']],
    ['the media ended: the last batch says so', open, { type: 'ended' }, open, ['ended']],
    ['the member leaves (tab hidden, page hidden)', open, { type: 'leave' }, open, ['send']],
    ['a batch went: the next is due a heartbeat later', open, { type: 'sent', now: 30_000 }, { ...open, lastSent: 30_000 }, []],
  ];
  for (const [name, state, request, next, effects] of table) {
    it(name, () => assert.deepEqual(studyStep(state, request, beat), [next, effects]));
  }
  it('keeps the course’s heartbeat between 5 s and 5 min, 15 s where it gives none', () => {
    assert.deepEqual([0, 1, 15, 30, 301, 3600].map(heartbeatMs), [15_000, 5_000, 15_000, 30_000, 300_000, 300_000]);
  });
  it('sends a batch that opens, ends, carries play or half a second of reading; nothing else', () => {
    assert.deepEqual(
      [worthSending(true, false, 0, 0), worthSending(false, true, 0, 0), worthSending(false, false, 1, 0), worthSending(false, false, 0, 0.5), worthSending(false, false, 0, 0.4)],
      [true, true, true, true, false],
    );
  });
});

describe('the study machine: the seek policy', () => {
  const table: Array<[string, number, number, 'free' | 'watched', number, { to: number; refused: boolean }]> = [
    ['free: anywhere', 500, 10, 'free', 600, { to: 500, refused: false }],
    ['free: not past the end', 700, 10, 'free', 600, { to: 600, refused: false }],
    ['free: not before the start', -5, 10, 'free', 600, { to: 0, refused: false }],
    ['watched: back is always allowed', 5, 100, 'watched', 600, { to: 5, refused: false }],
    ['watched: up to the furthest point watched', 100, 100, 'watched', 600, { to: 100, refused: false }],
    ['watched: past it is held back, and the member told', 300, 100, 'watched', 600, { to: 100, refused: true }],
    ['watched: within the slack is no refusal', 100.2, 100, 'watched', 600, { to: 100, refused: false }],
    ['watched: a target past the end is not a refusal', 900, 100, 'watched', 600, { to: 100, refused: false }],
  ];
  for (const [name, target, furthest, allowSeek, duration, expected] of table) {
    it(name, () => assert.deepEqual(seekTo(target, furthest, allowSeek, duration), expected));
  }
  const guard: Array<[string, number, number, boolean, 'free' | 'watched', number | undefined]> = [
    ['free: the playhead is left where it is', 500, 10, true, 'free', undefined],
    ['watched: a seek past the furthest point is put back', 50, 10, true, 'watched', 10],
    ['watched: a seek within a quarter second is left', 10.2, 10, true, 'watched', undefined],
    ['watched: playing runs ahead of the last record by up to 2 s', 11.5, 10, false, 'watched', undefined],
    ['watched: a jump while playing (a script) is put back', 13, 10, false, 'watched', 10],
  ];
  for (const [name, time, furthest, seeking, allowSeek, expected] of guard) {
    it(name, () => assert.equal(heldBack(time, furthest, seeking, allowSeek), expected));
  }
});

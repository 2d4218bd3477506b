import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newDraft, pickDraft, type LocalDraft } from '../internal/drafts.js';
import { buildSteps, locateStep } from '../internal/navigation.js';
import { survey } from '../../../../fixtures/questionnaires.js';

/** `actual` has the fields of `expected`, with its values (chai's `include` for objects). */
const hasFields = (actual: object, expected: object) =>
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((key) => [key, (actual as Record<string, unknown>)[key]])), expected);

const t = Date.parse('2026-09-01T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('restoring the newer draft', () => {
  const local = (patch: Partial<LocalDraft>): LocalDraft => ({ ...newDraft(t), ...patch });
  const server = (patch: { answers?: Record<string, string>; updatedAt: number; pageIndex?: number }) => ({
    answers: patch.answers ?? { work: 'server' },
    pageIndex: patch.pageIndex ?? 1,
    attemptId: null,
    updatedAt: iso(patch.updatedAt),
  });

  it('takes whichever exists, and each device keeps one submit key', () => {
    const fresh = pickDraft(undefined, null, t);
    assert.deepEqual(fresh.answers, {});
    assert.match(fresh.submitKey, /^[0-9a-f-]{36}$/);
    assert.notEqual(pickDraft(undefined, null, t).submitKey, fresh.submitKey);
    const mine = local({ answers: { work: 'mine' } });
    assert.equal(pickDraft(mine, null, t), mine);
    const adopted = pickDraft(undefined, server({ updatedAt: t }), t);
    hasFields(adopted, { pageIndex: 1, dirty: false, serverUpdatedAt: iso(t) });
  });

  it('unsent changes on the device win while the server has not moved', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: true, serverUpdatedAt: iso(t), updatedAt: t + 5000 });
    assert.equal(pickDraft(mine, server({ updatedAt: t }), t + 9000), mine);
  });

  it('a server draft saved since (another device) wins over a device copy without changes, keeping the key', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: false, serverUpdatedAt: iso(t) });
    const picked = pickDraft(mine, server({ updatedAt: t + 60_000, answers: { work: 'phone' } }), t + 90_000);
    assert.deepEqual(picked.answers, { work: 'phone' });
    assert.equal(picked.submitKey, mine.submitKey);
  });

  it('when both changed, the later change wins', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: true, serverUpdatedAt: iso(t), updatedAt: t + 120_000 });
    assert.equal(pickDraft(mine, server({ updatedAt: t + 60_000 }), t + 200_000), mine);
    const older = { ...mine, updatedAt: t + 30_000 };
    assert.deepEqual(pickDraft(older, server({ updatedAt: t + 60_000 }), t + 200_000).answers, { work: 'server' });
  });

  it('a submission waiting to be sent always wins', () => {
    const mine = local({ pending: { answers: { work: 'mine' }, attemptId: null }, serverUpdatedAt: iso(t) });
    assert.equal(pickDraft(mine, server({ updatedAt: t + 60_000 }), t + 90_000), mine);
  });
});

describe('steps through pages', () => {
  const all = new Set(survey.pages.flatMap((p) => p.questions.map((q) => q.id)));

  it('a page per step, skipping pages whose questions are all hidden', () => {
    assert.deepEqual(buildSteps(survey.pages, all, false).map((s) => s.key), ['p1', 'p2']);
    const onlySecond = new Set(survey.pages[1]!.questions.map((q) => q.id));
    assert.deepEqual(buildSteps(survey.pages, onlySecond, false).map((s) => s.pageIndex), [1]);
  });

  it('one question per step, and finding the step again after a reload', () => {
    const visible = new Set(['work', 'migrant', 'age', 'topics']);
    const steps = buildSteps(survey.pages, visible, true);
    assert.deepEqual(steps.map((s) => s.key), ['work', 'migrant', 'age', 'topics']);
    assert.equal(locateStep(steps, 'age', 0), 2);
    // Saved in page mode: the first question of that page.
    assert.equal(locateStep(steps, 'p2', 1), 3);
    assert.equal(locateStep(steps, null, 9), 3);
    assert.equal(locateStep([], null, 0), -1);
  });
});

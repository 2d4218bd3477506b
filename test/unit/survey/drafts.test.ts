import { expect } from '@open-wc/testing';
import { newDraft, pickDraft, type LocalDraft } from '../../../src/survey/pb-questionnaire/drafts.js';
import { buildSteps, locateStep } from '../../../src/survey/pb-questionnaire/navigation.js';
import { survey } from '../../../fixtures/questionnaires.js';

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
    expect(fresh.answers).to.deep.equal({});
    expect(fresh.submitKey).to.match(/^[0-9a-f-]{36}$/);
    expect(pickDraft(undefined, null, t).submitKey).not.to.equal(fresh.submitKey);
    const mine = local({ answers: { work: 'mine' } });
    expect(pickDraft(mine, null, t)).to.equal(mine);
    const adopted = pickDraft(undefined, server({ updatedAt: t }), t);
    expect(adopted).to.include({ pageIndex: 1, dirty: false, serverUpdatedAt: iso(t) });
  });

  it('unsent changes on the device win while the server has not moved', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: true, serverUpdatedAt: iso(t), updatedAt: t + 5000 });
    expect(pickDraft(mine, server({ updatedAt: t }), t + 9000)).to.equal(mine);
  });

  it('a server draft saved since (another device) wins over a device copy without changes, keeping the key', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: false, serverUpdatedAt: iso(t) });
    const picked = pickDraft(mine, server({ updatedAt: t + 60_000, answers: { work: 'phone' } }), t + 90_000);
    expect(picked.answers).to.deep.equal({ work: 'phone' });
    expect(picked.submitKey).to.equal(mine.submitKey);
  });

  it('when both changed, the later change wins', () => {
    const mine = local({ answers: { work: 'mine' }, dirty: true, serverUpdatedAt: iso(t), updatedAt: t + 120_000 });
    expect(pickDraft(mine, server({ updatedAt: t + 60_000 }), t + 200_000)).to.equal(mine);
    const older = { ...mine, updatedAt: t + 30_000 };
    expect(pickDraft(older, server({ updatedAt: t + 60_000 }), t + 200_000).answers).to.deep.equal({ work: 'server' });
  });

  it('a submission waiting to be sent always wins', () => {
    const mine = local({ pending: { answers: { work: 'mine' }, attemptId: null }, serverUpdatedAt: iso(t) });
    expect(pickDraft(mine, server({ updatedAt: t + 60_000 }), t + 90_000)).to.equal(mine);
  });
});

describe('steps through pages', () => {
  const all = new Set(survey.pages.flatMap((p) => p.questions.map((q) => q.id)));

  it('a page per step, skipping pages whose questions are all hidden', () => {
    expect(buildSteps(survey.pages, all, false).map((s) => s.key)).to.deep.equal(['p1', 'p2']);
    const onlySecond = new Set(survey.pages[1]!.questions.map((q) => q.id));
    expect(buildSteps(survey.pages, onlySecond, false).map((s) => s.pageIndex)).to.deep.equal([1]);
  });

  it('one question per step, and finding the step again after a reload', () => {
    const visible = new Set(['work', 'migrant', 'age', 'topics']);
    const steps = buildSteps(survey.pages, visible, true);
    expect(steps.map((s) => s.key)).to.deep.equal(['work', 'migrant', 'age', 'topics']);
    expect(locateStep(steps, 'age', 0)).to.equal(2);
    // Saved in page mode: the first question of that page.
    expect(locateStep(steps, 'p2', 1)).to.equal(3);
    expect(locateStep(steps, null, 9)).to.equal(3);
    expect(locateStep([], null, 0)).to.equal(-1);
  });
});

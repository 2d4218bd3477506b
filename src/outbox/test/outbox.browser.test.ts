import { expect } from '@open-wc/testing';
import { waitUntil } from '../../../test/browser/support/wait.js';
import type { Backend } from '../../api/backend.js';
import { ProblemError, StorageError } from '../../api/errors.js';
import { backendFor } from '../../api/rest-backend.js';
import { layerSettings, resolveSettings } from '../../config/settings.js';
import { Outbox, type QueuedWrite } from '../outbox.js';
import { outboxFor } from '../registry.js';
import { openLocalStore, type LocalStore } from '../../storage/local-store.js';
import { mockServer, type MockAnswer } from '../../../test/browser/support/mock.js';

const batch = { sessionId: 's1', seq: 1, position: 30, intervals: [[0, 30]], activeSeconds: 0, ended: false };
const progressRoute = 'POST /courses/c1/lessons/l1/progress';

async function setup(routes: Record<string, MockAnswer[]>) {
  const server = await mockServer({ 'GET /me': [{ body: { id: 'm1' } }], ...routes });
  // The client's own retries are tested elsewhere; here every failure reaches the outbox.
  const settings = resolveSettings(layerSettings([{ apiBase: server.base, retry: { retries: 0 } }]));
  return { server, settings, backend: backendFor(settings) };
}

const store = () => openLocalStore<QueuedWrite>('outbox');
const uniqueNamespace = (member: string) => `test-${Math.random().toString(36).slice(2)}|${member}`;
const member = (id: string) => async () => id;

describe('outbox', () => {
  const outboxes: Outbox[] = [];
  const track = (outbox: Outbox) => (outboxes.push(outbox), outbox);
  afterEach(() => outboxes.splice(0).forEach((outbox) => outbox.dispose()));

  it('sends a write through the backend and resolves with its answer', async () => {
    const { server, backend } = await setup({ [progressRoute]: [{ status: 200, body: { creditedNow: 30 } }] });
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    const answer = await outbox.enqueue('reportProgress', ['c1', 'l1', batch]);
    expect(answer).to.deep.equal({ creditedNow: 30 });
    const [, post] = [undefined, ...(await server.log()).filter((r) => r.method === 'POST')];
    expect(JSON.parse(post!.body)).to.deep.equal(batch);
    expect(outbox.state.pending).to.equal(0);
  });

  it('keeps a write across a reload in IndexedDB and replays it with the same idempotency key', async () => {
    const { server, backend } = await setup({ [progressRoute]: [{ status: 503 }] });
    const namespace = uniqueNamespace('m1');
    const first = track(new Outbox(backend, namespace, store(), member('m1')));
    void first.enqueue('reportProgress', ['c1', 'l1', batch]);
    await waitUntil(() => first.state.offline, 'the 503 did not mark the outbox offline');
    expect(first.state.pending).to.equal(1);
    first.dispose();

    const stored = (await store().values()).filter((write) => write.namespace === namespace);
    expect(stored).to.have.length(1);
    expect(stored[0]!.operation).to.equal('reportProgress');

    // The next page: a new outbox over the same database, the server healthy again.
    await server.script({ 'GET /me': [{ body: { id: 'm1' } }], [progressRoute]: [{ status: 200, body: {} }] });
    const second = track(new Outbox(backend, namespace, store(), member('m1')));
    await second.flush();
    expect(second.state.pending).to.equal(0);
    const posts = (await server.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers['idempotency-key']).to.equal(stored[0]!.id);
    expect((await store().values()).filter((write) => write.namespace === namespace)).to.have.length(0);
  });

  it('names the writes an earlier page left and gives their answer once sent', async () => {
    const { server, backend } = await setup({ [progressRoute]: [{ status: 503 }] });
    const namespace = uniqueNamespace('m1');
    const first = track(new Outbox(backend, namespace, store(), member('m1')));
    void first.enqueue('reportProgress', ['c1', 'l1', batch]);
    await waitUntil(() => first.state.offline);
    first.dispose();

    await server.script({ 'GET /me': [{ body: { id: 'm1' } }], [progressRoute]: [{ status: 200, body: { creditedNow: 30 } }] });
    const second = track(new Outbox(backend, namespace, store(), member('m1')));
    await waitUntil(() => second.writes.length === 1, 'the stored write was not loaded');
    const [write] = second.writes;
    expect(write!.operation).to.equal('reportProgress');
    expect(second.outcome('no-such-write')).to.equal(undefined);
    const outcome = second.outcome(write!.id)!;
    await second.flush();
    expect(await outcome).to.deep.equal({ creditedNow: 30 });
    expect(second.writes).to.deep.equal([]);
    expect(second.outcome(write!.id), 'nothing waits once sent').to.equal(undefined);
  });

  it("never replays one member's writes under another member's session", async () => {
    const { server, backend, settings } = await setup({ [progressRoute]: [{ status: 503 }] });
    const namespace = `${settings.apiBase}|m1`;
    const a = track(new Outbox(backend, namespace, store(), member('m1')));
    void a.enqueue('reportProgress', ['c1', 'l1', batch]);
    await waitUntil(() => a.state.offline);
    a.dispose();

    // Member m2 signs in on this browser; the server would accept anything now.
    await server.script({ 'GET /me': [{ body: { id: 'm2' } }], [progressRoute]: [{ status: 200, body: {} }] });
    const replay = track(new Outbox(backend, namespace, store(), async () => (await backend.me()).id));
    await replay.flush();
    expect(replay.state.signedOut).to.equal(true);
    expect(replay.state.pending).to.equal(1);

    const mine = track(await outboxFor(settings));
    await mine.flush();
    expect(mine.namespace).to.equal(`${settings.apiBase}|m2`);
    expect(mine.state.pending).to.equal(0);
    expect((await server.log()).filter((r) => r.method === 'POST')).to.have.length(0);
    expect((await store().values()).filter((write) => write.namespace === namespace)).to.have.length(1);
  });

  it('queues the same key once: a double click submits once', async () => {
    const { server, backend } = await setup({ 'POST /questionnaires/q1/responses': [{ status: 201, body: { id: 'r1' } }] });
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    const body = { answers: { q1: 'a' }, attemptId: null };
    const [one, two] = await Promise.all([
      outbox.enqueue('submitResponse', ['q1', body], { key: 'submit-key-1' }),
      outbox.enqueue('submitResponse', ['q1', body], { key: 'submit-key-1' }),
    ]);
    expect(one).to.deep.equal({ id: 'r1' });
    expect(two).to.deep.equal({ id: 'r1' });
    expect((await server.log()).filter((r) => r.method === 'POST')).to.have.length(1);
  });

  it('rejects a write the backend refuses for good, and goes on with the next', async () => {
    const { server, backend } = await setup({
      [progressRoute]: [{ status: 422, body: { title: 'Unprocessable', status: 422, detail: 'seq went backwards' } }, { status: 200, body: { ok: true } }],
    });
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    const refused = outbox.enqueue('reportProgress', ['c1', 'l1', batch]);
    const accepted = outbox.enqueue('reportProgress', ['c1', 'l1', { ...batch, seq: 2 }]);
    const error = await refused.then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).status).to.equal(422);
    expect(await accepted).to.deep.equal({ ok: true });
    expect((await server.log()).filter((r) => r.method === 'POST')).to.have.length(2);
  });

  it('keeps writes and says so when the session has expired (401)', async () => {
    const { backend } = await setup({ [progressRoute]: [{ status: 401, body: { title: 'Unauthorized', status: 401 } }] });
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    void outbox.enqueue('reportProgress', ['c1', 'l1', batch]);
    await waitUntil(() => outbox.state.signedOut);
    expect(outbox.state.pending).to.equal(1);
  });

  it('sends only the latest of coalesced drafts', async () => {
    const { server, backend } = await setup({ 'PUT /questionnaires/q1/draft': [{ status: 503 }] });
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    const first = outbox.enqueue('saveDraft', ['q1', { answers: { a: 1 }, pageIndex: 0, attemptId: null }], { coalesce: 'draft:q1' });
    await waitUntil(() => outbox.state.offline);
    const second = outbox.enqueue('saveDraft', ['q1', { answers: { a: 2 }, pageIndex: 1, attemptId: null }], { coalesce: 'draft:q1' });
    expect(outbox.state.pending).to.equal(1);
    await server.script({ 'GET /me': [{ body: { id: 'm1' } }], 'PUT /questionnaires/q1/draft': [{ status: 200, body: { saved: 2 } }] });
    await outbox.flush();
    expect(await second).to.deep.equal({ saved: 2 });
    expect(await first).to.deep.equal({ saved: 2 });
    const puts = (await server.log()).filter((r) => r.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(JSON.parse(puts[0]!.body).answers).to.deep.equal({ a: 2 });
  });

  it('reports a full storage quota and still sends the write while the page lives', async () => {
    const { backend } = await setup({ [progressRoute]: [{ status: 200, body: { ok: true } }] });
    const full: LocalStore<QueuedWrite> = {
      get: async () => undefined,
      set: async () => {
        throw new StorageError("the browser's storage is full");
      },
      delete: async () => undefined,
      values: async () => [],
    };
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), full, member('m1')));
    const states: Array<StorageError | undefined> = [];
    outbox.addEventListener('change', () => states.push(outbox.state.storageError));
    expect(await outbox.enqueue('reportProgress', ['c1', 'l1', batch])).to.deep.equal({ ok: true });
    expect(states.some((error) => error instanceof StorageError)).to.equal(true);
  });

  it('hands queued writes to the browser with keepalive when the page goes away', async () => {
    const sent: Array<{ keepalive: boolean | undefined; key: string }> = [];
    const backend = {
      reportProgress: async (_c: string, _l: string, _b: unknown, options: { keepalive?: boolean; idempotencyKey: string }) => {
        sent.push({ keepalive: options.keepalive, key: options.idempotencyKey });
        throw new ProblemError({ status: 503, title: 'Unavailable' });
      },
    } as unknown as Backend;
    const outbox = track(new Outbox(backend, uniqueNamespace('m1'), store(), member('m1')));
    void outbox.enqueue('reportProgress', ['c1', 'l1', batch]);
    await waitUntil(() => outbox.state.offline);
    outbox.exit();
    expect(sent).to.have.length(2);
    expect(sent[1]!.keepalive).to.equal(true);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
  });
});

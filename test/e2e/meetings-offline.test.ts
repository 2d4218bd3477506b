/**
 * A meeting reply made offline, end to end on the demo: the real reference server (its own
 * seeded database), the demo's 组织生活 page with the CDN bundle, Chromium. demo-member
 * replies 参加 while replies cannot reach the server; the card shows 待发送; the member
 * reloads the page while it waits, and it shows waiting again; once the connection is back
 * the page sends it once, the server records one reply under one Idempotency-Key (the
 * keepalive hand-off as the page went may have delivered it first: the replay is then
 * answered from the idempotency store, not written again).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { keyHash } from '../../demo/server/store/idempotency-seal';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

describe('a meeting reply made offline on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  withDemo((up) => ({ demo, browser } = up));

  it('waits as 待发送 through a reload and reaches the server once, with one key', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    // Replies cannot reach the server (the rest of the site can: the page must load again).
    let offline = true;
    const reached: string[] = [];
    await context.route('**/api/v1/meetings/*/reply', async (route) => {
      if (offline) return route.abort('internetdisconnected');
      reached.push(route.request().headers()['idempotency-key'] ?? '(none)');
      return route.continue();
    });

    await page.goto(`${demo.url}/meetings.html`);
    const member = page.locator('pb-meetings[view="member"]');
    const card = member.locator('[part~="meeting"]').filter({ has: page.locator('[data-act="attend"]') }).first();
    await card.waitFor();
    const meetingId = (await card.getAttribute('data-id'))!;
    const same = member.locator(`[data-id="${meetingId}"]`);
    const memberId = demo.server.db.prepare("SELECT id FROM members WHERE username = 'demo-member'").pluck().get() as string;
    const keysOf = () => demo.server.db.prepare('SELECT key FROM idempotency_keys WHERE member_id = ?').pluck().all(memberId) as string[];
    const keysBefore = keysOf();
    await card.locator('[data-act="attend"]').click();
    await same.locator('[part~="waiting"]').waitFor();
    assert.match(await same.locator('[part~="outcome"]').innerText(), /已回复参加\s*待发送/);
    await member.locator('[part~="sync"]').waitFor();

    // The member leaves the page and comes back to it while still offline. (The page hands
    // its waiting writes to the browser as it goes, with keepalive; a route does not see
    // those, so the browser's own offline mode takes the network away while it unloads.)
    await page.reload();
    await same.locator('[part~="waiting"]').waitFor({ timeout: 20_000 });
    assert.equal(reached.length, 0, 'no replay reached the server while offline');
    // As the page went, it handed its waiting write to the browser with keepalive (a route
    // in a test cannot hold that one back; offline it fails): it may have landed already.
    // Stored until confirmed, the write waits in the new page all the same.
    const replies = () => demo.server.db.prepare('SELECT reply, replied_at AS at FROM meeting_replies WHERE meeting_id = ? AND member_id = ?').all(meetingId, memberId) as { reply: string; at: number }[];
    const early = replies().find((r) => r.reply === 'attend');

    offline = false;
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await same.locator('[part~="waiting"]').waitFor({ state: 'detached', timeout: 20_000 });
    await member.locator('[part~="sync"]').waitFor({ state: 'detached' });
    assert.match(await same.locator('[part~="outcome"]').innerText(), /已回复参加/);

    assert.equal(reached.length, 1, `the page replayed the reply ${reached.length} times`);
    const [row, ...more] = replies();
    assert.equal(row?.reply, 'attend');
    assert.deepEqual(more, []);
    if (early) assert.equal(row!.at, early.at, 'the replay wrote the reply again instead of being answered from the idempotency store');
    // One key for the reply, wherever it came from: the server stored exactly one more.
    const keysAfter = keysOf();
    assert.equal(keysAfter.length, keysBefore.length + 1, 'the server saw more than one key for the reply');
    assert.ok(keysAfter.includes(keyHash(reached[0]!)), 'the replay carried the key the server stored');
    assert.deepEqual(errors.filter((e) => !/favicon|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
    await context.close();
  });
});

import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { ProblemError } from '../../../api/errors.js';
import { measure, mergeIntervals, type Interval } from '../../../contract/rules/intervals.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { $, mountPlayer, play, text, until } from '../../test/helpers.js';
import { course, documentLesson, policy, studyBackend, videoLesson } from '../../test/support.js';

/** Seconds of media the element says it played. */
function playedSeconds(media: HTMLMediaElement): number {
  let total = 0;
  for (let i = 0; i < media.played.length; i++) total += media.played.end(i) - media.played.start(i);
  return total;
}

function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'hidden') Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<pb-course-player>: study time for credit', function () {
  // Real media plays in real time, on a machine that may be busy.
  this.timeout(45_000);
  afterEach(() => {
    if (document.visibilityState !== 'visible') setVisibility('visible');
  });

  it('sends at most one small batch per heartbeat interval while playing, with the intervals played', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ heartbeatSeconds: 5, allowSeek: 'free' }) }));
    const player = await mountPlayer(study);
    const media = await play(player);
    await until(() => media.currentTime >= 11.5, 'did not play 11.5 s', 15_000);
    media.pause();
    await until(() => study.sent.at(-1)?.batch.intervals.length && study.sent.at(-1)!.at > performance.now() - 1000, 'no batch on pause');
    await aTimeout(200);

    const batches = study.sent.map((s) => s.batch);
    expect(batches[0]).to.include({ seq: 0, activeSeconds: 0, ended: false });
    expect(batches[0]!.intervals).to.deep.equal([]);
    expect(batches.map((b) => b.seq)).to.deep.equal(batches.map((_, i) => i));
    expect(new Set(batches.map((b) => b.sessionId)).size).to.equal(1);
    expect(new Set(study.sent.map((s) => s.key)).size, 'each batch has its own idempotency key').to.equal(study.sent.length);
    for (const s of study.sent) expect(s.bytes, JSON.stringify(s.batch)).to.be.at.most(1024);
    // Opening, two heartbeats in 11.5 s at 5 s, and the pause.
    expect(study.sent.length).to.be.within(3, 4);
    const timed = study.sent.slice(1, -1);
    for (let i = 1; i < timed.length; i++) expect(timed[i]!.at - timed[i - 1]!.at).to.be.at.least(4900);

    const reported = measure(mergeIntervals(batches.flatMap((b) => b.intervals as Interval[])));
    expect(reported).to.be.closeTo(playedSeconds(media), 0.6);
    // Never more than was played. Less only by the server's wall-clock bound, which bites
    // when a loaded machine delivers the opening batch late; a lost 5 s batch still fails.
    expect(study.credited('l-video')).to.be.within(playedSeconds(media) - 2.5, playedSeconds(media) + 0.6);
  });

  it('with the default 15 s heartbeat, 6 s of play and a pause send the opening batch and one more', async () => {
    const study = studyBackend(course([videoLesson()]));
    const player = await mountPlayer(study);
    const media = await play(player);
    await until(() => media.currentTime >= 6, 'did not play 6 s');
    expect(study.sent.length, 'a batch went before 15 s of play').to.equal(1);
    media.pause();
    await until(() => study.sent.length === 2, 'no batch on pause');
    await aTimeout(500);
    expect(study.sent.length).to.equal(2);
  });

  it('shows the credit the server confirmed, and fires pb-progress, pb-lesson-complete and pb-course-complete', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ completionCoverage: 0.1 }) }));
    const player = await mountPlayer(study, { locale: 'en' });
    const progress: CustomEvent[] = [];
    player.addEventListener('pb-progress', (e) => progress.push(e));
    const lessonDone = oneEvent(player, 'pb-lesson-complete');
    const courseDone = oneEvent(player, 'pb-course-complete');
    const media = await play(player);
    await until(() => media.currentTime >= 3.2, 'did not play 3 s');
    media.pause();
    const { detail } = await lessonDone;
    expect(detail.lessonId).to.equal('l-video');
    expect((await courseDone).detail.courseId).to.equal(study.courseId);
    const credited = progress.reduce((sum, e) => sum + e.detail.creditedNow, 0);
    expect(credited).to.be.closeTo(study.credited('l-video'), 0.01);
    await until(() => text(player).includes('Well done: you completed this course'), 'no completion banner');
    expect(text(player)).to.contain(`${Math.round(study.credited('l-video'))} sec studied in this lesson`);
    expect(text(player)).to.contain('Lesson completed');
    await expect(player).shadowDom.to.be.accessible();
  });

  it('keeps batches while offline, says so, and sends each once when back: nothing lost, nothing twice', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ heartbeatSeconds: 5, allowSeek: 'free' }) }));
    const player = await mountPlayer(study);
    const media = await play(player);
    await until(() => media.currentTime >= 2, 'did not play');
    study.control.offline = true;
    await until(() => media.currentTime >= 9, 'did not play on while offline', 12_000);
    media.pause();
    await until(() => $(player, '[part="sync"]')?.textContent?.includes('离线'), 'no offline note');
    expect(study.credited('l-video')).to.be.below(3);

    study.control.offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => !$(player, '[part="sync"]'), 'the batches were not sent when back online', 12_000);
    const delivered = study.sent.filter((s) => !s.offline);
    expect(new Set(delivered.map((s) => s.key)).size, 'a batch was delivered twice').to.equal(delivered.length);
    for (const s of study.sent.filter((x) => x.offline)) expect(delivered.some((d) => d.key === s.key), 'a batch was lost').to.equal(true);
    // Never more than was played. Less only by the server's wall-clock bound, which bites
    // when a loaded machine delivers the opening batch late; a lost 5 s batch still fails.
    expect(study.credited('l-video')).to.be.within(playedSeconds(media) - 2.5, playedSeconds(media) + 0.6);
  });

  it('reports a batch the server refuses, in the player', async () => {
    const study = studyBackend(course([videoLesson()]));
    study.control.refuse = new ProblemError({ status: 403, title: 'Forbidden', detail: '请先完成上一讲' });
    const player = await mountPlayer(study);
    await play(player);
    await until(() => $(player, '.notice'), 'no notice for the refused batch');
    expect($(player, '.notice')!.getAttribute('role')).to.equal('alert');
    expect(text(player)).to.contain('学习记录未被服务器接受：请先完成上一讲');
  });

  it('hands the last batch to the browser with keepalive when the page goes away', async () => {
    const study = studyBackend(course([videoLesson()]));
    const player = await mountPlayer(study);
    const media = await play(player);
    await until(() => media.currentTime >= 2, 'did not play');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await until(() => study.sent.some((s) => s.batch.intervals.length), 'no batch on pagehide');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(study.sent.find((s) => s.batch.intervals.length)!.keepalive).to.equal(true);
    media.pause();
  });

  it('pauses when the tab is hidden if the course says so, and sends what was played', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ pauseWhenHidden: true }) }));
    const player = await mountPlayer(study);
    const media = await play(player);
    await until(() => media.currentTime >= 1.5, 'did not play');
    setVisibility('hidden');
    await until(() => media.paused, 'playback went on in a hidden tab');
    await until(() => study.sent.some((s) => s.batch.intervals.length), 'no batch when the tab was hidden');
  });

  it('counts reading time only while the document lesson is visible', async () => {
    const study = studyBackend(course([documentLesson()], { policy: policy({ heartbeatSeconds: 5 }) }));
    const mounted = performance.now();
    const player = await mountPlayer(study);
    await until(() => study.sent.length === 1, 'no opening batch');
    await until(() => $(player, '.reading-status[data-on="true"]'), 'reading time is not counted');
    const counting = performance.now();
    await aTimeout(2600);
    const firstHidden = performance.now();
    setVisibility('hidden');
    await until(() => study.sent.length === 2, 'no batch when the tab was hidden');
    await until(() => $(player, '.reading-status[data-on="false"]'), 'counting did not pause while hidden');
    expect(text(player)).to.contain('计时已暂停');
    await aTimeout(3000);
    const visibleAgain = performance.now();
    setVisibility('visible');
    await aTimeout(2100);
    const secondHidden = performance.now();
    setVisibility('hidden');
    // A heartbeat may fall due just before: then the hide sends the rest in a batch of its
    // own, or keeps it for the next batch when it is under half a second.
    await until(() => $(player, '.reading-status[data-on="false"]'), 'counting did not pause when hidden again');
    await aTimeout(300);
    const active = study.sent.reduce((sum, s) => sum + s.batch.activeSeconds, 0);
    // The visible stretches, measured here (timers run late on a busy machine); the 3 s
    // hidden between them do not count.
    const second = (secondHidden - visibleAgain) / 1000;
    expect(active).to.be.within((firstHidden - counting) / 1000 + second - 0.6, (firstHidden - mounted) / 1000 + second + 0.3);
    expect(study.sent.every((s) => s.batch.intervals.length === 0)).to.equal(true);
    expect(study.credited('l-doc')).to.be.closeTo(active, 0.01);
  });

  /** A course of one PDF lesson at `src`, with 5 s heartbeats. */
  const pdfCourse = (src: string) => studyBackend(course([documentLesson('l-doc', { document: { src, type: 'application/pdf' } })], { policy: policy({ heartbeatSeconds: 5 }) }));
  const activeSent = (study: ReturnType<typeof studyBackend>) => study.sent.reduce((sum, s) => sum + s.batch.activeSeconds, 0);
  /** Hides the tab, which sends what was counted, and waits for that batch. */
  const hideAndSend = async (study: ReturnType<typeof studyBackend>) => {
    const before = study.sent.length;
    setVisibility('hidden');
    await until(() => study.sent.length > before || study.sent.at(-1)?.batch.activeSeconds === 0, 'nothing sent when the tab was hidden');
    await aTimeout(100);
  };

  it('counts no reading time while the document loads, only once a page is on screen', async () => {
    const pdf = await fetch('/src/education/test/media/three-pages.pdf').then((r) => r.text());
    const mock = await mockServer({ 'GET /slow': [{ status: 200, delayMs: 2500, text: pdf, headers: { 'content-type': 'application/pdf' } }] });
    const study = pdfCourse(`${mock.base}/slow`);
    const mounted = performance.now();
    const player = await mountPlayer(study);
    await until(() => study.sent.length === 1, 'no opening batch');
    expect($(player, '.reading-status')!.dataset['on']).to.equal('false');
    await aTimeout(2600 - (performance.now() - mounted));
    const loaded = performance.now();
    await aTimeout(2000);
    const hidden = performance.now();
    await hideAndSend(study);
    // What the member could read: from when the file arrived (drawing takes a moment) to hidden.
    expect(activeSent(study)).to.be.within(0.8, (hidden - loaded) / 1000 + 0.3);
    expect(study.credited('l-doc')).to.be.closeTo(activeSent(study), 0.01);
  });

  it('counts no reading time for a document that failed to load', async () => {
    const study = pdfCourse('/no/such/guide.pdf');
    const player = await mountPlayer(study);
    await until(() => study.sent.length === 1, 'no opening batch');
    await aTimeout(3000);
    await hideAndSend(study);
    expect(activeSent(study)).to.equal(0);
    expect(study.credited('l-doc')).to.equal(0);
    expect($(player, '.reading-status')!.dataset['on']).to.equal('false');
  });

  it('counts no reading time while the document is scrolled away, or only its edge shows', async () => {
    const study = pdfCourse('/src/education/test/media/three-pages.pdf');
    const player = await mountPlayer(study);
    // A long page around the player, as a portal's.
    const [above, below] = [document.createElement('div'), document.createElement('div')];
    above.style.blockSize = '1000px';
    below.style.blockSize = '3000px';
    player.closest('pb-config')!.before(above);
    player.closest('pb-config')!.after(below);
    player.closest('pb-config')!.parentElement!.style.width = '375px';
    $(player, '[part="document"]')!.scrollIntoView();
    await until(() => $(player, '.reading-status[data-on="true"]'), 'reading time is not counted', 15_000);
    const counting = performance.now();
    await aTimeout(1500);
    // Only the top of the document (its toolbar) at the bottom of the screen.
    const top = $(player, '[part="document"]')!.getBoundingClientRect().top + window.scrollY;
    const away = performance.now();
    window.scrollTo(0, top - window.innerHeight + 40);
    await until(() => $(player, '.reading-status[data-on="false"]'), 'counting went on with only the edge of the document on screen');
    await aTimeout(1500);
    window.scrollTo(0, top + 5000);
    await aTimeout(1000);
    expect($(player, '.reading-status')!.dataset['on']).to.equal('false');
    const back = performance.now();
    window.scrollTo(0, top);
    await until(() => $(player, '.reading-status[data-on="true"]'), 'counting did not resume in view');
    await aTimeout(1500);
    const hidden = performance.now();
    await hideAndSend(study);
    const inView = (away - counting + hidden - back) / 1000;
    expect(activeSent(study)).to.be.within(inView - 0.4, inView + 0.4);
    above.remove();
    below.remove();
    window.scrollTo(0, 0);
  });
});

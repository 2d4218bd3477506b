import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { NetworkError } from '../../../api/errors.js';
import type { Backend } from '../../../api/backend.js';
import type { Course } from '../../../api/types.js';
import { $, $$, mediaOf, mountPlayer, play, text, until } from '../../test/helpers.js';
import { controlText, forgetSaved, saveLesson } from '../../test/offline-support.js';
import { MEDIA, articleLesson, course, documentLesson, studyBackend, videoLesson } from '../../test/support.js';

const audioLesson = () =>
  videoLesson('l-audio', {
    title: '第二讲 党章诵读（音频）',
    kind: 'audio',
    durationSeconds: 20,
    media: { src: `${MEDIA}/lesson-audio.m4a`, type: 'audio/mp4', audioOnlySrc: null, poster: null, captions: [] },
    attachments: [],
  });

/**
 * A member's backend that can lose the network: every read and write fails as offline
 * does while `control.offline` is set (the page's files are cut by `fail-requests`).
 */
function memberBackend(c: Course) {
  const study = studyBackend(c);
  const backend = study.backend as Required<Pick<Backend, 'me' | 'getCourse' | 'getCourseProgress'>>;
  const offline = <A extends unknown[], R>(read: (...args: A) => Promise<R>) => (...args: A) =>
    study.control.offline ? Promise.reject(new NetworkError('GET (offline)')) : read(...args);
  Object.assign(study.backend, { me: offline(backend.me), getCourse: offline(backend.getCourse), getCourseProgress: offline(backend.getCourseProgress) });
  return study;
}

/** The network goes: the API, the media files, and the browser says so. */
async function goOffline(study: ReturnType<typeof memberBackend>): Promise<void> {
  study.control.offline = true;
  await executeServerCommand('fail-requests', `**${MEDIA}/**`);
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  dispatchEvent(new Event('offline'));
}

async function goOnline(study: ReturnType<typeof memberBackend>): Promise<void> {
  study.control.offline = false;
  await executeServerCommand('fail-requests', null);
  delete (navigator as { onLine?: boolean }).onLine;
  dispatchEvent(new Event('online'));
}

/** Seconds of media the element played. */
function played(media: HTMLMediaElement): number {
  let total = 0;
  for (let i = 0; i < media.played.length; i++) total += media.played.end(i) - media.played.start(i);
  return total;
}

describe('<pb-course-player>: a lesson saved on the device, with the network off', function () {
  this.timeout(45_000);
  beforeEach(() => forgetSaved());
  afterEach(async () => {
    if (!navigator.onLine) delete (navigator as { onLine?: boolean }).onLine;
    await executeServerCommand('fail-requests', null);
  });

  it('plays from the saved files, in the saved copy of the course (marked so); back online, what was studied is credited once, under the session opened when it was saved', async () => {
    const study = memberBackend(course([videoLesson(), audioLesson()], { policy: { ...course([]).policy, heartbeatSeconds: 5, allowSeek: 'free' } }));
    await saveLesson(await mountPlayer(study, { lessonId: 'l-video' }));
    const opening = study.sent.filter((s) => s.batch.seq === 0).at(-1)!;
    fixtureCleanup();

    await goOffline(study);
    const before = study.sent.length;
    const player = await mountPlayer(study, { lessonId: 'l-video' });
    await until(() => $(player, '[part="saved-copy"]'), 'the saved copy is not marked');
    expect($(player, '[part="saved-copy"]')!.textContent).to.match(/离线学习：课程和进度是 .+ 保存在本机的副本。学习记录保存在本机，联网后自动提交。/);
    expect($(player, 'h2')!.textContent).to.equal('党章学习');
    const media = await mediaOf(player);
    expect(media.src).to.match(/^blob:/);
    expect(media.poster).to.match(/^blob:/);
    expect($$<HTMLTrackElement>(player, 'track').every((t) => t.src.startsWith('blob:'))).to.equal(true);
    expect($<HTMLAnchorElement>(player, '[part="attachment"]')!.href).to.match(/^blob:/);
    expect($(player, '.audio-only')).to.equal(null);
    await expect(player).to.be.accessible();

    await play(player);
    await until(() => media.currentTime >= 9, 'did not play 9 s offline', 20_000);
    media.pause();
    const studied = played(media);
    // The outbox keeps the batches: offline, it cannot even ask who is signed in.
    await until(() => $(player, '[part="sync"]'), 'no word that records wait');
    expect(study.sent.length).to.equal(before);
    expect(study.credited('l-video')).to.equal(0);

    await goOnline(study);
    await until(() => !$(player, '[part="sync"]'), 'the records were not sent', 15_000);
    await until(() => !$(player, '[part="saved-copy"]'), 'the saved copy is still shown back online');
    // The server's rule: the session was opened online, so it may be credited what was played.
    expect(study.credited('l-video')).to.be.within(studied - 0.6, studied + 0.6);
    const studiedOffline = study.sent.slice(before).filter((s) => !s.offline);
    expect(studiedOffline.length).to.be.at.least(2);
    expect(studiedOffline.every((s) => s.batch.sessionId === opening.batch.sessionId && s.batch.seq > opening.batch.seq), 'the batches studied offline continue the saved session').to.equal(true);
    const seqs = studiedOffline.map((s) => s.batch.seq);
    expect(seqs).to.deep.equal([...seqs].sort((a, b) => a - b));
    // The outbox's replays answer from the idempotency store: nothing more is credited.
    dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(study.credited('l-video')).to.be.within(studied - 0.6, studied + 0.6);
  });

  it('in a page already open when the network goes, a saved lesson opened then plays from the device', async () => {
    const study = memberBackend(course([videoLesson(), articleLesson()]));
    const player = await mountPlayer(study, { lessonId: 'l-video' });
    await saveLesson(player);
    player.lessonId = 'l-article';
    await until(() => $(player, '[part~="article"][aria-busy="false"]'), 'the article did not open');
    await goOffline(study);
    player.lessonId = 'l-video';
    await until(() => $(player, '.stage video'), 'the video lesson did not open');
    const media = await mediaOf(player);
    expect(media.src).to.match(/^blob:/);
    // The course on screen is the server's, loaded before the network went: nothing to mark.
    expect($(player, '[part="saved-copy"]')).to.equal(null);
    await play(player);
    await until(() => media.currentTime >= 2, 'did not play offline');
  });

  it('opens a saved PDF lesson from its saved bytes, its links the saved file, and counts reading time', async () => {
    const study = memberBackend(course([documentLesson()]));
    await saveLesson(await mountPlayer(study));
    fixtureCleanup();
    await goOffline(study);
    const player = await mountPlayer(study);
    await until(() => $(player, '.pdf-page:not([hidden]) canvas'), 'the PDF was not drawn offline', 15_000);
    await until(() => $(player, '.reading-status')?.dataset['on'] === 'true', 'reading time does not count');
    const links = $$<HTMLAnchorElement>(player, '[part="document"] a');
    expect(links.length).to.equal(2);
    expect(links.every((a) => a.href.startsWith('blob:'))).to.equal(true);
    expect(text(player)).to.contain('已保存到本机');
  });

  it('a lesson not saved, in a course shown from the saved copy, says it needs a network (in English too)', async () => {
    const study = memberBackend(course([videoLesson(), audioLesson()]));
    await saveLesson(await mountPlayer(study, { lessonId: 'l-video' }));
    fixtureCleanup();
    await goOffline(study);
    const player = await mountPlayer(study, { lessonId: 'l-audio' });
    await until(() => $(player, '[part="offline"].note'), 'no note on the unsaved lesson');
    expect(controlText(player)).to.equal('本讲没有保存到本机，需要联网才能学习。');
    expect($$(player, '.lesson .saved').map((mark) => mark.closest('.lesson')!.querySelector('.name')!.textContent)).to.deep.equal(['第一讲 党章总纲导读']);
    await expect(player).to.be.accessible();
    fixtureCleanup();
    const english = await mountPlayer(study, { lessonId: 'l-audio', locale: 'en' });
    await until(() => $(english, '[part="offline"].note'), 'no note in English');
    expect(controlText(english)).to.equal('This lesson is not saved on this device: it needs a network.');
    expect($(english, '[part="saved-copy"]')!.textContent).to.match(/^Offline: this course and your progress are the copy saved on this device on .+\. What you study is kept here and sent once you are online\.$/);
  });

  it('without a saved copy, offline is the usual error with a retry', async () => {
    const study = memberBackend(course([videoLesson()]));
    await goOffline(study);
    const player = await mountPlayer(study, { wait: false });
    await until(() => $(player, '[part~="error"]'), 'no error');
    expect(text(player)).to.contain('网络连接不可用');
    expect($(player, '[part="saved-copy"]')).to.equal(null);
  });
});

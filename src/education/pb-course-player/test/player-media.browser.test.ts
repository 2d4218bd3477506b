import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { openLocalStore } from '../../../storage/local-store.js';
import type { ResumeRecord } from '../internal/resume.js';
import { $, $$, mediaOf, mountPlayer, play, realClick, text, until } from '../../test/helpers.js';
import { course, policy, studyBackend, videoLesson } from '../../test/support.js';

const seeked = (media: HTMLMediaElement) => new Promise((resolve) => media.addEventListener('seeked', resolve, { once: true }));

describe('<pb-course-player>: video and audio on real media', function () {
  // Real media plays in real time, on a machine that may be busy.
  this.timeout(45_000);
  it('waits with preload="none" until the member presses play', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])));
    const media = await mediaOf(player);
    await aTimeout(300);
    expect(media.preload).to.equal('none');
    expect(media.readyState).to.equal(0);
    expect(media.paused).to.equal(true);
    await play(player);
    expect(media.preload).to.equal('auto');
  });

  it('resumes where the server says when it has the newer record', async () => {
    const study = studyBackend(course([videoLesson()]), { 'l-video': { positionSeconds: 6, furthestSeconds: 10 } });
    const player = await mountPlayer(study);
    const started = oneEvent(player, 'pb-lesson-start');
    const media = await play(player);
    const { detail } = await started;
    expect(detail.lessonId).to.equal('l-video');
    expect(detail.positionSeconds).to.be.within(6, 7);
    expect(media.currentTime).to.be.within(6, 8);
  });

  it("resumes at this device's record when it is newer than the server's (a batch still waiting)", async () => {
    const study = studyBackend(course([videoLesson()]), { 'l-video': { positionSeconds: 4, furthestSeconds: 4 } });
    await openLocalStore<ResumeRecord>('resume').set(`custom|${study.courseId}|l-video`, { position: 9, furthest: 12, at: Date.now() });
    const player = await mountPlayer(study);
    const media = await play(player);
    expect(media.currentTime).to.be.within(9, 11);
  });

  it('never lets the member past the furthest point watched: script, bar click, drag, keys, double click', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ allowSeek: 'watched' }) }), { 'l-video': { positionSeconds: 0, furthestSeconds: 5 } });
    const player = await mountPlayer(study);
    const media = await play(player);
    media.pause();
    const limit = 5.3;
    const seek = $<HTMLInputElement>(player, '[part="seek"]')!;

    // A script in the console.
    media.currentTime = 20;
    await seeked(media);
    await aTimeout(100);
    expect(media.currentTime, 'script').to.be.at.most(limit);
    await until(() => text(player).includes('不能跳到尚未观看的部分'), 'no word on why the seek was refused');

    // A click near the end of the bar.
    await realClick(seek, 0.9);
    await aTimeout(300);
    expect(media.currentTime, 'bar click').to.be.at.most(limit);

    // A drag of the thumb to the end.
    const box = seek.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 4), y] });
    await sendMouse({ type: 'down' });
    for (const x of [0.3, 0.6, 0.97]) await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * x), y] });
    await sendMouse({ type: 'up' });
    await aTimeout(300);
    expect(media.currentTime, 'drag').to.be.at.most(limit);

    // Keys on the slider: End, Page Up, arrows.
    seek.focus();
    for (const press of ['End', 'PageUp', 'ArrowRight', 'ArrowRight']) await sendKeys({ press });
    await aTimeout(300);
    expect(media.currentTime, 'keys').to.be.at.most(limit);

    // A double click on the right of the picture (forward 10 s on phones). Its clicks also
    // play and pause, and what plays in between (longer on a busy machine) is watched.
    await realClick(media, 0.9, 'dblclick');
    await aTimeout(300);
    const watched = Math.max(limit, ...Array.from({ length: media.played.length }, (_, i) => media.played.end(i) + 0.3));
    expect(watched, 'the clicks played only a moment').to.be.below(limit + 3);
    expect(media.currentTime, 'double click').to.be.at.most(watched);

    // Going back is always allowed.
    media.currentTime = 1;
    await seeked(media);
    expect(media.currentTime).to.be.closeTo(1, 0.1);
  });

  it('seeks freely when the course allows it', async () => {
    const study = studyBackend(course([videoLesson()], { policy: policy({ allowSeek: 'free' }) }));
    const player = await mountPlayer(study);
    const media = await play(player);
    media.pause();
    await realClick($(player, '[part="seek"]')!, 0.8);
    await until(() => media.currentTime > 15, 'the bar click did not seek');
    media.currentTime = 22;
    await seeked(media);
    expect(media.currentTime).to.be.closeTo(22, 0.1);
    $(player, '[part="seek"]')!.focus();
    await sendKeys({ press: 'Home' });
    await until(() => media.currentTime < 0.5, 'Home did not go to the start');
  });

  it('shows WebVTT captions, switches tracks and toggles them with C', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])));
    const media = await play(player);
    const showing = () => [...media.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language);
    expect(media.textTracks.length).to.equal(2);
    expect(showing()).to.deep.equal(['zh-CN']);
    await until(() => media.textTracks[0]!.activeCues?.length, 'no caption cue became active');
    expect((media.textTracks[0]!.activeCues![0] as VTTCue).text).to.contain('党章');

    const select = $<HTMLSelectElement>(player, 'select.captions')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await until(() => showing().join() === 'en', 'English captions did not show');
    $(player, '[part="play"]')!.focus();
    await sendKeys({ press: 'c' });
    await until(() => showing().length === 0, 'C did not turn captions off');
    await sendKeys({ press: 'c' });
    await until(() => showing().join() === 'en', 'C did not bring the last captions back');
  });

  it('shows the no-skip notice where it hides no captions: above the lines they take at the bottom of the picture', async () => {
    for (const [locale, theme] of [
      ['zh-CN', 'light'],
      ['en', 'large-text'],
    ] as const) {
      const study = studyBackend(course([videoLesson()], { policy: policy({ allowSeek: 'watched' }) }), { 'l-video': { positionSeconds: 0, furthestSeconds: 5 } });
      const player = await mountPlayer(study, { locale });
      // A phone's width, where the picture is smallest and the notice takes the most lines.
      player.closest('pb-config')!.parentElement!.style.width = '375px';
      player.setAttribute('theme', theme);
      const media = await play(player);
      await until(() => media.textTracks[0]!.activeCues?.length, 'no caption on screen');
      media.currentTime = 20;
      const toast = $(player, '.toast')!;
      await until(() => toast.textContent!.trim(), 'no word on why the seek was refused');
      const notice = toast.getBoundingClientRect();
      const picture = media.getBoundingClientRect();
      // WebVTT cues sit at the bottom of the picture, a line or two of 5 % of its height each.
      expect(notice.top, `${locale}: the notice leaves the picture`).to.be.at.least(picture.top);
      expect(notice.bottom, `${locale}: the notice covers the caption lines`).to.be.at.most(picture.bottom - 0.3 * picture.height);
      media.pause();
    }
  });

  it('offers speeds up to the course cap and holds the cap against scripts', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()], { policy: policy({ maxPlaybackRate: 1.5 }) })));
    const media = await play(player);
    const select = $<HTMLSelectElement>(player, 'select.rate')!;
    expect([...select.options].map((o) => Number(o.value))).to.deep.equal([0.75, 1, 1.25, 1.5]);
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    await until(() => media.playbackRate === 1.5, 'the speed did not change');
    media.playbackRate = 4;
    await until(() => media.playbackRate === 1.5, 'a script raised the speed above the cap');
  });

  it('works from the keyboard: K, Space, arrows, M, and ? for help', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()], { policy: policy({ allowSeek: 'free' }) })));
    const media = await play(player);
    const slider = $<HTMLInputElement>(player, '[part="seek"]')!;
    slider.focus();
    await sendKeys({ press: 'k' });
    await until(() => media.paused, 'K did not pause');
    await sendKeys({ press: 'Space' });
    await until(() => !media.paused, 'Space did not play');
    const before = media.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    await until(() => media.currentTime >= before + 9, 'the right arrow did not go forward 10 s');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => media.currentTime < before + 5, 'the left arrow did not go back 10 s');
    media.volume = 0.5;
    await sendKeys({ press: 'ArrowDown' });
    await until(() => Math.abs(media.volume - 0.4) < 0.01, 'the down arrow did not lower the volume');
    await sendKeys({ press: 'm' });
    await until(() => media.muted, 'M did not mute');
    expect($(player, 'button[aria-label="取消静音"]')).to.exist;
    await sendKeys({ press: 'Shift+Slash' });
    const dialog = $<HTMLDialogElement>(player, 'dialog')!;
    await until(() => dialog.open, '? did not open the help');
    expect(dialog.textContent).to.contain('空格 / K');
    expect(dialog.textContent).to.contain('全屏');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape did not close the help');
    for (const button of $$(player, '.controls button')) expect(button.getAttribute('aria-label') ?? button.textContent!.trim(), button.outerHTML).to.not.equal('');
  });

  it('switches to the audio-only rendition at the same point', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])));
    const media = await play(player);
    await until(() => media.currentTime > 1.5, 'did not play on');
    await realClick($(player, 'button.audio-only')!);
    await until(() => media.src.endsWith('lesson-video-audio.m4a'), 'did not switch to the audio file');
    await until(() => !media.paused && media.currentTime > 1.5, 'audio only did not continue from the same point');
    expect(player.audioOnly).to.equal(true);
    expect($(player, 'button.audio-only')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(player, '.media')!.dataset['kind']).to.equal('audio');
  });

  it('loads hls.js only for an HLS lesson, and plays it', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((e) => /hls\.light|\/hls\.ts/.test(e.name));
    expect(loaded(), 'hls.js was loaded before an HLS lesson opened').to.equal(false);
    const hlsLesson = videoLesson('l-hls', {
      durationSeconds: 8,
      media: { src: '/src/education/test/media/hls/lesson.m3u8', type: 'application/vnd.apple.mpegurl', audioOnlySrc: null, poster: null, captions: [] },
    });
    const player = await mountPlayer(studyBackend(course([hlsLesson])));
    await until(loaded, 'hls.js was not loaded for the HLS lesson');
    await realClick($(player, '[part="play"]')!);
    const media = $<HTMLVideoElement>(player, 'video')!;
    await until(() => media.currentTime > 1, 'the HLS lesson did not play');
    expect(media.src.startsWith('blob:'), 'not played through Media Source Extensions').to.equal(true);
  });

  it('says so, with a retry, when the file cannot be loaded', async () => {
    const broken = videoLesson('l-broken', { media: { ...videoLesson().media!, src: '/demo/assets/media/missing.mp4', audioOnlySrc: null } });
    const player = await mountPlayer(studyBackend(course([broken])));
    await mediaOf(player);
    await realClick($(player, '[part="play"]')!);
    await until(() => $(player, '.media .problem'), 'no problem shown for a missing file');
    expect($(player, '.media .problem')!.getAttribute('role')).to.equal('alert');
    expect(text(player)).to.contain('课件无法播放');
    expect($(player, '.media .problem button')!.textContent).to.contain('重试');
  });

  it('says so, with a download, when the browser cannot play the format', async () => {
    const flv = videoLesson('l-flv', { media: { ...videoLesson().media!, src: '/demo/assets/media/lesson.flv', type: 'video/x-flv', audioOnlySrc: null } });
    const player = await mountPlayer(studyBackend(course([flv])), { locale: 'en' });
    await until(() => $(player, '.media .problem'), 'no problem shown for an unsupported format');
    expect(text(player)).to.contain('Your browser cannot play this kind of file.');
    expect($<HTMLAnchorElement>(player, '.media .problem a[download]')!.href).to.contain('lesson.flv');
  });

  it('is accessible with its controls', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])), { locale: 'en' });
    await mediaOf(player);
    await expect(player).shadowDom.to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { fileSize } from '../internal/file-size.js';
import { $, $$, mountPlayer, text, until } from '../../test/helpers.js';
import { click, confirmSave, control, controlText, feedDownload, forgetSaved, saveLesson, savedFiles } from '../../test/offline-support.js';
import { MEDIA, articleLesson, course, documentLesson, studyBackend, videoLesson } from '../../test/support.js';

const head = async (path: string) => Number((await fetch(path, { method: 'HEAD' })).headers.get('content-length'));

/** What saving the demo's video lesson stores: the video, its poster, two captions, the study guide (as the course lists it) and the course text. */
async function videoLessonBytes(courseText: string): Promise<number> {
  const files = await Promise.all(['lesson-video.mp4', 'lesson-video-poster.jpg', 'lesson-video.zh.vtt', 'lesson-video.en.vtt'].map((f) => head(`${MEDIA}/${f}`)));
  return files.reduce((a, b) => a + b, 0) + 158652 + new Blob([courseText]).size;
}

describe('<pb-course-player>: saving a lesson on the device', function () {
  this.timeout(30_000);
  beforeEach(() => forgetSaved());
  afterEach(() => executeServerCommand('storage-quota', null));

  it('says what the lesson saves and its size first, shows progress while saving, then the saved mark; the server heard of the session', async () => {
    const c = course([videoLesson()]);
    const study = studyBackend(c);
    const player = await mountPlayer(study);
    await until(() => $(player, '[part="save"]'), 'no Save for offline');
    expect(controlText(player)).to.equal('保存到本机 保存后，没有网络也能学习本讲');

    await click($(player, '[part="save"]')!);
    await until(() => control(player)?.querySelector('.primary'), 'no size');
    const bytes = await videoLessonBytes(JSON.stringify(c));
    expect(controlText(player)).to.contain(`将保存视频、封面、2 个字幕文件、1 份学习资料和课程文字，共 ${fileSize('zh-CN', bytes)}。`);
    expect(controlText(player)).to.match(/本机可用空间约 [\d.]+ (MB|GB)。/);
    await expect(player).to.be.accessible();

    const video = await fetch(`${MEDIA}/lesson-video.mp4`).then((r) => r.arrayBuffer());
    const download = feedDownload('lesson-video.mp4');
    try {
      await click(control(player)!.querySelector('.primary')!);
      await until(() => download.started, 'the video was not downloaded');
      const progress = () => control(player)?.querySelector('progress');
      await until(() => progress(), 'no progress bar');
      expect(progress()!.value).to.equal(0);
      download.push(new Uint8Array(video, 0, 100_000));
      await until(() => progress()!.value >= 100_000, 'the bar did not move with the download', 3000);
      expect(controlText(player)).to.contain('正在保存到本机…');
      expect(controlText(player)).to.match(/\d+ KB \/ \d+ KB/);
      expect(progress()!.getAttribute('aria-valuetext')).to.match(/^\d+%/);
      await expect(player).to.be.accessible();
      download.push(new Uint8Array(video, 100_000));
      download.end();
      await until(() => control(player)?.classList.contains('saved'), 'no saved mark');
    } finally {
      download.restore();
    }
    expect(controlText(player)).to.match(new RegExp(`^已保存到本机 ${fileSize('zh-CN', bytes)} · .+ 保存，没有网络也能学习 从本机删除$`));
    await until(() => player.shadowRoot!.activeElement === control(player)!.querySelector('.line'), 'focus did not move to the saved mark');
    expect($(player, '.lesson[aria-current="true"] .saved')?.textContent?.trim()).to.equal('已存本机');
    expect((await savedFiles()).sort()).to.deep.equal(
      ['dangzhang-study-guide.pdf', 'lesson-video-poster.jpg', 'lesson-video.en.vtt', 'lesson-video.mp4', 'lesson-video.zh.vtt'].map((f) => `${MEDIA}/${f}`),
    );
    // The saved session's first batch (seq 0) reached the server while online, apart from the page's own session.
    const opening = study.sent.filter((s) => s.batch.seq === 0 && !s.offline);
    expect(opening.length).to.equal(1);
    expect(opening[0]!.batch).to.include({ activeSeconds: 0, ended: false });
    expect(opening[0]!.batch.intervals).to.deep.equal([]);
    await expect(player).to.be.accessible();
  });

  it('removes a saved lesson after asking, and keeps a file another saved lesson still uses', async () => {
    // The video's study guide is the document lesson's PDF.
    const study = studyBackend(course([videoLesson(), documentLesson()]));
    const player = await mountPlayer(study);
    await saveLesson(player);
    player.lessonId = 'l-doc';
    await until(() => $(player, '[part="save"]'), 'no Save for offline on the document lesson');
    await saveLesson(player);
    expect($$(player, '.lesson .saved').length).to.equal(2);
    player.lessonId = 'l-video';
    await until(() => $(player, '.stage video') && control(player)?.classList.contains('saved'), 'the video lesson is not marked saved');

    await click([...control(player)!.querySelectorAll('button')].at(-1)!);
    await until(() => controlText(player).includes('从本机删除本讲？'), 'no question before removing');
    expect(controlText(player)).to.contain('删除后，需要联网才能学习本讲。');
    await expect(player).to.be.accessible();
    await click([...control(player)!.querySelectorAll('button')].find((b) => b.textContent?.trim() === '取消')!);
    await until(() => control(player)?.classList.contains('saved'), 'cancelling removed it');

    await click([...control(player)!.querySelectorAll('button')].at(-1)!);
    await until(() => control(player)?.querySelector('.danger'), 'no question');
    await click(control(player)!.querySelector('.danger')!);
    await until(() => $(player, '[part="save"]'), 'the Save button did not come back');
    await until(async () => !(await savedFiles()).some((f) => f.endsWith('.mp4')), 'the video is still stored');
    expect((await savedFiles()).sort()).to.deep.equal([`${MEDIA}/dangzhang-study-guide.pdf`]);
    expect($$(player, '.lesson .saved').length).to.equal(1);
    // Saved again while its saved copy still plays: from the course's files, not the copy's.
    await saveLesson(player);
    expect((await savedFiles()).sort()).to.deep.equal(
      ['dangzhang-study-guide.pdf', 'lesson-video-poster.jpg', 'lesson-video.en.vtt', 'lesson-video.mp4', 'lesson-video.zh.vtt'].map((f) => `${MEDIA}/${f}`),
    );
  });

  it('before saving, says the lesson does not fit when the space left is too small, and offers no Save', async () => {
    const estimate = navigator.storage.estimate;
    navigator.storage.estimate = async () => ({ quota: 10e9, usage: 10e9 - 120_000 });
    try {
      const player = await mountPlayer(studyBackend(course([videoLesson()])));
      await until(() => $(player, '[part="save"]'), 'no Save for offline');
      await click($(player, '[part="save"]')!);
      await until(() => control(player)?.querySelector('.warning'), 'no word about the space');
      expect(controlText(player)).to.match(/本机存储空间不足：本讲需要 365 KB，浏览器可用约 120 KB。请先删除其他已保存的课程/);
      expect(control(player)!.querySelector('.primary')).to.equal(null);
      expect(control(player)!.querySelector('[role="alert"]')).to.exist;
      await expect(player).to.be.accessible();
    } finally {
      navigator.storage.estimate = estimate;
    }
  });

  it('a full storage refusing the files is said plainly, with a retry, and nothing half saved stays', async () => {
    // The browser's estimate can be wrong (other tabs write too): here it says there is room.
    const estimate = navigator.storage.estimate;
    navigator.storage.estimate = async () => ({ quota: 1e10, usage: 0 });
    await executeServerCommand('storage-quota', 150_000);
    try {
      const player = await mountPlayer(studyBackend(course([videoLesson()])));
      await confirmSave(player);
      await until(() => control(player)?.classList.contains('error'), 'no error');
      expect(controlText(player)).to.contain('未能保存本讲。 本机存储空间已满。请删除其他已保存的课程，或清理浏览器的网站数据后重试。');
      expect(control(player)!.getAttribute('role')).to.equal('alert');
      expect(control(player)!.querySelector('.primary')!.textContent).to.equal('重试');
      await until(async () => (await savedFiles()).length === 0, 'files of the failed save were left');
      expect($(player, '.lesson .saved')).to.equal(null);
      await expect(player).to.be.accessible();
    } finally {
      navigator.storage.estimate = estimate;
    }
  });

  it('a connection dropped while saving says so, keeps nothing, and Retry saves it', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])));
    const download = feedDownload('lesson-video.mp4');
    try {
      await confirmSave(player);
      await until(() => download.started, 'no download');
      download.push(new Uint8Array(50_000));
      download.fail();
      await until(() => control(player)?.classList.contains('error'), 'no error');
    } finally {
      download.restore();
    }
    expect(controlText(player)).to.contain('未能保存本讲。 网络连接中断，请联网后重试。');
    await until(async () => (await savedFiles()).length === 0, 'files of the failed save were left');
    await click(control(player)!.querySelector('.primary')!);
    await until(() => control(player)?.querySelector('.primary')?.textContent?.includes('保存'), 'Retry did not measure again');
    await click(control(player)!.querySelector('.primary')!);
    await until(() => control(player)?.classList.contains('saved'), 'Retry did not save');
  });

  it('offline when the member asks to save: the server must hear of the session first, so nothing is saved', async () => {
    const study = studyBackend(course([articleLesson()]));
    const player = await mountPlayer(study);
    study.control.offline = true;
    await confirmSave(player);
    await until(() => control(player)?.classList.contains('error'), 'no error');
    expect(controlText(player)).to.contain('网络连接中断');
    expect(await savedFiles()).to.deep.equal([]);
  });

  it('in English', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson()])), { locale: 'en' });
    await until(() => $(player, '[part="save"]'), 'no Save for offline');
    expect(controlText(player)).to.equal('Save for offline A saved lesson plays without a network');
    await click($(player, '[part="save"]')!);
    await until(() => control(player)?.querySelector('.primary'), 'no size');
    expect(controlText(player)).to.match(/^Saves the video, its poster, 2 caption files, 1 material and the course text: \d+ KB in all\. About [\d.]+ (MB|GB) free on this device\. Save Cancel$/);
    await click(control(player)!.querySelector('.primary')!);
    await until(() => control(player)?.classList.contains('saved'), 'not saved');
    expect(controlText(player)).to.match(/^Saved on this device \d+ KB · saved .+ · plays without a network Remove from this device$/);
    expect($(player, '.lesson .saved')?.textContent?.trim()).to.equal('Saved offline');
    await click(control(player)!.querySelector('button')!);
    await until(() => control(player)?.querySelector('.danger'), 'no question');
    expect(controlText(player)).to.contain('Remove this lesson from this device? You will need a network to study it again.');
    await expect(player).to.be.accessible();
  });

  it('by keyboard: Enter on Save for offline, focus on Save, Enter saves, focus on the saved mark; then remove', async () => {
    const player = await mountPlayer(studyBackend(course([articleLesson()])));
    const save = await until(() => $(player, '[part="save"]'), 'no Save for offline').then(() => $(player, '[part="save"]')!);
    save.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => player.shadowRoot!.activeElement?.classList.contains('primary'), 'focus did not move to Save');
    expect(player.shadowRoot!.activeElement!.textContent).to.contain('保存');
    await sendKeys({ press: 'Enter' });
    await until(() => control(player)?.classList.contains('saved'), 'not saved');
    await until(() => player.shadowRoot!.activeElement?.classList.contains('line'), 'focus is not on the saved mark');
    await sendKeys({ press: 'Tab' });
    expect(player.shadowRoot!.activeElement!.textContent).to.equal('从本机删除');
    await sendKeys({ press: 'Enter' });
    await until(() => player.shadowRoot!.activeElement?.classList.contains('danger'), 'focus did not move to Remove');
    await sendKeys({ press: 'Enter' });
    await until(() => player.shadowRoot!.activeElement === $(player, '[part="save"]'), 'focus did not come back to Save for offline');
  });

  it('offers no saving for a lesson streamed in segments (HLS)', async () => {
    const hls = videoLesson('l-hls', { media: { ...videoLesson().media!, src: `${MEDIA}/stream.m3u8`, type: 'application/vnd.apple.mpegurl' } });
    const player = await mountPlayer(studyBackend(course([hls, articleLesson()])));
    await until(() => $(player, '.stage video'), 'no stage');
    expect(text(player)).not.to.contain('保存到本机');
    player.lessonId = 'l-article';
    await until(() => $(player, '[part="save"]'), 'the article offers no saving');
  });
});

/**
 * The rules of lessons saved on the device (src/education/pb-course-player/offline-rules.ts),
 * without a browser: which files a lesson needs, whether they fit, the record per course,
 * and the seq of a saved lesson's session across pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course, CourseProgress, Lesson } from '../../../api/types.js';
import {
  MAX_SEQ,
  countRoles,
  fits,
  lessonFiles,
  localLesson,
  sessionSeq,
  spaceLeft,
  totalSize,
  unusedFiles,
  withLesson,
  withoutLesson,
  withProgress,
  type SavedCourse,
  type SavedLesson,
} from '../internal/saved/offline-rules.js';

const BASE = 'https://dangjian.example.cn/study.html';
/** As the player checks URLs: absolute, http(s) only. */
const check = (url: string | null | undefined) => {
  if (!url) return undefined;
  const parsed = new URL(url, BASE);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
};
const abs = (path: string) => new URL(path, BASE).href;

const video: Lesson = {
  id: 'l1',
  title: '第一讲',
  kind: 'video',
  durationSeconds: 1800,
  minReadingSeconds: null,
  media: {
    src: '/media/l1.mp4',
    type: 'video/mp4',
    audioOnlySrc: '/media/l1.m4a',
    poster: '/media/l1.jpg',
    captions: [
      { src: '/media/l1.zh.vtt', srclang: 'zh-CN', label: '中文', default: true },
      { src: '/media/l1.en.vtt', srclang: 'en', label: 'English', default: false },
    ],
  },
  document: null,
  articleHtml: null,
  attachments: [{ id: 'a1', name: '辅导材料.pdf', url: '/files/guide.pdf', type: 'application/pdf', sizeBytes: 158652 }],
};
const documentLesson: Lesson = { ...video, id: 'l3', kind: 'document', media: null, document: { src: '/files/guide.pdf', type: 'application/pdf' }, attachments: [video.attachments[0]!] };
const article: Lesson = { ...video, id: 'l4', kind: 'article', media: null, articleHtml: '<p>正文</p>', attachments: [] };

const session = (seq = 0) => ({ id: 's1', openedAt: 1_000, seq });
const savedLesson = (urls: string[]): SavedLesson => ({ savedAt: 1, bytes: 10, files: urls.map((url) => ({ url, role: 'media' as const, bytes: 5 })), session: session() });
const course = { id: 'c1', lessons: [video, documentLesson, article] } as Course;
const progress = { courseId: 'c1', percent: 0, creditedSeconds: 0, completed: false, lessons: [] } as CourseProgress;

describe('the files a lesson needs on the device', () => {
  it('a video: the media, its poster, each caption, and the materials with the size the course gives', () => {
    assert.deepEqual(lessonFiles(video, check), [
      { url: abs('/media/l1.mp4'), role: 'media', bytes: undefined },
      { url: abs('/media/l1.jpg'), role: 'poster', bytes: undefined },
      { url: abs('/media/l1.zh.vtt'), role: 'captions', bytes: undefined },
      { url: abs('/media/l1.en.vtt'), role: 'captions', bytes: undefined },
      { url: abs('/files/guide.pdf'), role: 'attachment', bytes: 158652 },
    ]);
  });

  it('not the audio-only rendition, and no poster for audio', () => {
    const audio = { ...video, kind: 'audio' as const };
    assert.deepEqual(
      lessonFiles(audio, check).map((f) => f.role),
      ['media', 'captions', 'captions', 'attachment'],
    );
    assert.ok(!lessonFiles(video, check).some((f) => f.url.endsWith('.m4a')));
  });

  it('a document: the file once, though it is also a material; an article: only its materials', () => {
    assert.deepEqual(lessonFiles(documentLesson, check), [{ url: abs('/files/guide.pdf'), role: 'document', bytes: undefined }]);
    assert.deepEqual(lessonFiles(article, check), []);
  });

  it('leaves out URLs the player would not show (javascript:, data:)', () => {
    const hostile = { ...video, media: { ...video.media!, poster: 'javascript:alert(1)' }, attachments: [{ ...video.attachments[0]!, url: 'data:text/html,x' }] };
    assert.deepEqual(
      lessonFiles(hostile, check).map((f) => f.role),
      ['media', 'captions', 'captions'],
    );
  });
});

describe('the size and the space', () => {
  it('adds the known sizes and counts the unknown ones', () => {
    assert.deepEqual(totalSize([{ bytes: 100 }, { bytes: undefined }, { bytes: 50 }]), { bytes: 150, unknown: 1 });
    assert.deepEqual(totalSize([]), { bytes: 0, unknown: 0 });
  });

  it('the space left is the quota less the usage; unknown when the browser does not say', () => {
    assert.equal(spaceLeft({ quota: 1000, usage: 300 }), 700);
    assert.equal(spaceLeft({ quota: 1000, usage: 1500 }), 0);
    assert.equal(spaceLeft(undefined), undefined);
    assert.equal(spaceLeft({ usage: 3 }), undefined);
  });

  it('fits with a margin for the record and the browser; always when the space is unknown', () => {
    assert.equal(fits(10e6, 20e6), true);
    assert.equal(fits(10e6, 11e6), false);
    assert.equal(fits(10e6, undefined), true);
  });
});

describe('the seq of a saved lesson’s session', () => {
  it('increases with every batch of a page', () => {
    let seq = 0;
    const sent = [0, 0, 0, 50].map((ms) => (seq = sessionSeq(seq, 0, 10_000 + ms)));
    assert.deepEqual(sent, [100, 101, 102, 103]);
  });

  it('a later page continues past what an earlier one sent, though the last seq never reached storage', () => {
    // Page A sends at 60 s … 60.9 s after the session opened; storage kept seq 600 only.
    let a = 0;
    const sentByA = Array.from({ length: 10 }, (_, i) => (a = sessionSeq(a, 0, 60_000 + i * 100)));
    const first = sessionSeq(600, 0, 61_000);
    assert.ok(first > Math.max(...sentByA), `${first} after ${sentByA.join(', ')}`);
  });

  it('a clock set back still gives a seq above the last one kept', () => {
    assert.equal(sessionSeq(5_000, 0, 10_000), 5_001);
  });

  it('stays within the contract', () => {
    assert.equal(sessionSeq(0, 0, 10 * 365 * 86_400_000), MAX_SEQ);
  });
});

describe('the record of a course on the device', () => {
  it('a saved lesson joins those saved before, with the course and progress as they are now', () => {
    const first = withLesson(undefined, course, progress, 'l1', savedLesson(['a']));
    const later = { ...progress, percent: 40 };
    const second = withLesson(first, course, later, 'l3', savedLesson(['b']));
    assert.deepEqual(Object.keys(second.lessons), ['l1', 'l3']);
    assert.equal(second.progress.percent, 40);
  });

  it('removing the last lesson removes the record', () => {
    const record = withLesson(undefined, course, progress, 'l1', savedLesson(['a']));
    assert.equal(withoutLesson(record, 'l1'), undefined);
    const two = withLesson(record, course, progress, 'l3', savedLesson(['b']));
    assert.deepEqual(Object.keys(withoutLesson(two, 'l1')!.lessons), ['l3']);
  });

  it('a file another saved lesson uses stays, whoever saved it on this device', () => {
    const mine: SavedCourse = withLesson(undefined, course, progress, 'l3', savedLesson(['guide.pdf']));
    const another: SavedCourse = withLesson(undefined, course, progress, 'l1', savedLesson(['l1.mp4', 'shared.vtt']));
    assert.deepEqual(unusedFiles(['l1.mp4', 'guide.pdf', 'shared.vtt', 'gone.jpg'], [mine]), ['l1.mp4', 'shared.vtt', 'gone.jpg']);
    assert.deepEqual(unusedFiles(['gone.jpg', 'shared.vtt'], [mine, another]), ['gone.jpg']);
  });

  it('newer progress replaces the saved progress and keeps the lessons', () => {
    const record = withLesson(undefined, course, progress, 'l1', savedLesson(['a']));
    const next = withProgress(record, { ...progress, creditedSeconds: 600 }, 99);
    assert.equal(next.progress.creditedSeconds, 600);
    assert.equal(next.savedAt, 99);
    assert.deepEqual(next.lessons, record.lessons);
  });
});

describe('a saved lesson as the player shows it', () => {
  it('its saved files at their local URLs, the others as they were, and no audio-only rendition', () => {
    const local = new Map([
      [abs('/media/l1.mp4'), 'blob:x/1'],
      [abs('/media/l1.zh.vtt'), 'blob:x/2'],
      [abs('/files/guide.pdf'), 'blob:x/3'],
    ]);
    const shown = localLesson(video, check, (url) => local.get(url));
    assert.equal(shown.media!.src, 'blob:x/1');
    assert.equal(shown.media!.poster, '/media/l1.jpg');
    assert.deepEqual(
      shown.media!.captions.map((c) => c.src),
      ['blob:x/2', '/media/l1.en.vtt'],
    );
    assert.equal(shown.media!.audioOnlySrc, null);
    assert.equal(shown.attachments[0]!.url, 'blob:x/3');
    // The course's own lesson is untouched.
    assert.equal(video.media!.src, '/media/l1.mp4');
  });

  it('a document and an article', () => {
    const doc = localLesson(documentLesson, check, () => 'blob:x/9');
    assert.equal(doc.document!.src, 'blob:x/9');
    assert.deepEqual(localLesson(article, check, () => undefined), { ...article, media: null, document: null });
  });

  it('counts the files of each kind, for "2 caption files, 1 material"', () => {
    assert.deepEqual(countRoles(lessonFiles(video, check)), { media: 1, poster: 1, captions: 2, attachment: 1 });
  });
});

import { expect } from '@open-wc/testing';
import type { Course, LessonProgress } from '../../../src/api/types.js';
import { courseHref } from '../../../src/education/course-href.js';
import { fileKind } from '../../../src/education/pb-course-player/lesson-views.js';
import { initialLesson, lessonLength, lessonStates } from '../../../src/education/pb-course-player/lessons.js';
import { mediaCommand } from '../../../src/education/pb-course-player/media-keys.js';
import { isHls } from '../../../src/education/pb-course-player/playback.js';
import { resumePoint } from '../../../src/education/pb-course-player/resume.js';
import { safeUrl } from '../../../src/education/safe-url.js';

const lessons = ['l1', 'l2', 'l3'].map((id) => ({ id })) as Course['lessons'];
const done = (lessonId: string, completed = true) => [lessonId, { lessonId, completed, coverage: completed ? 1 : 0.4, creditedSeconds: 10 } as LessonProgress] as const;

describe('lesson rules', () => {
  it('locks a lesson until every one before it is complete when the course is sequential', () => {
    const progress = new Map([done('l1'), done('l2', false)]);
    expect(lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, progress).map((s) => s.locked)).to.deep.equal([false, false, true]);
    expect(lessonStates({ lessons, policy: { sequential: false } as Course['policy'] }, progress).map((s) => s.locked)).to.deep.equal([false, false, false]);
    // A gap earlier on locks everything after it, except a lesson already complete.
    const four = [...lessons, { id: 'l4' }] as Course['lessons'];
    const gap = new Map([done('l1', false), done('l3')]);
    expect(lessonStates({ lessons: four, policy: { sequential: true } as Course['policy'] }, gap).map((s) => s.locked)).to.deep.equal([false, true, false, true]);
  });

  it('opens the lesson asked for, else the first open one not yet done', () => {
    const states = lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, new Map([done('l1')]));
    expect(initialLesson({ lessons }, states, 'l2')).to.equal(1);
    expect(initialLesson({ lessons }, states, 'l3')).to.equal(1); // locked: the next open one instead
    expect(initialLesson({ lessons }, states)).to.equal(1);
    const allDone = lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, new Map([done('l1'), done('l2'), done('l3')]));
    expect(initialLesson({ lessons }, allDone)).to.equal(0);
  });

  it('a lesson lasts its media length or estimated reading time, else its minimum reading time: the rule the course duration sums', () => {
    expect(lessonLength({ durationSeconds: 24, minReadingSeconds: null })).to.equal(24);
    // The list said 45 s for a 10-minute article while the catalog counted 10 minutes.
    expect(lessonLength({ durationSeconds: 600, minReadingSeconds: 45 })).to.equal(600);
    expect(lessonLength({ durationSeconds: null, minReadingSeconds: 45 })).to.equal(45);
    expect(lessonLength({ durationSeconds: null, minReadingSeconds: null })).to.equal(0);
  });
});

describe('resume point', () => {
  const server = { positionSeconds: 8, furthestSeconds: 10, updatedAt: '2026-01-01T00:00:00Z' };
  it('takes the newer of the server and this device', () => {
    expect(resumePoint(server, { position: 12, furthest: 14, at: Date.parse('2026-01-02T00:00:00Z') }, 24, 'free')).to.deep.equal({ position: 12, furthest: 14 });
    expect(resumePoint(server, { position: 3, furthest: 3, at: Date.parse('2025-12-31T00:00:00Z') }, 24, 'free')).to.deep.equal({ position: 8, furthest: 10 });
    expect(resumePoint(undefined, undefined, 24, 'watched')).to.deep.equal({ position: 0, furthest: 0 });
  });
  it('never resumes past what may be watched, and starts over after the end', () => {
    expect(resumePoint({ ...server, positionSeconds: 20 }, undefined, 24, 'watched').position).to.equal(10);
    expect(resumePoint({ ...server, positionSeconds: 23.5, furthestSeconds: 24 }, undefined, 24, 'free').position).to.equal(0);
  });
});

describe('media keys', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('maps the documented keys', () => {
    expect(['k', 'K', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'm', 'f', 'c', '?'].map((k) => mediaCommand(key(k), 'other'))).to.deep.equal([
      'toggle', 'toggle', 'back', 'forward', 'louder', 'quieter', 'mute', 'fullscreen', 'captions', 'help',
    ]);
    expect(mediaCommand(key(' '), 'other')).to.equal('toggle');
  });
  it('leaves native keys to buttons, selects, the volume slider and shortcuts with modifiers', () => {
    expect(mediaCommand(key(' '), 'button')).to.equal(undefined);
    expect(mediaCommand(key('ArrowUp'), 'select')).to.equal(undefined);
    expect(mediaCommand(key('ArrowRight'), 'volume')).to.equal(undefined);
    expect(mediaCommand(key('f', { ctrlKey: true }), 'other')).to.equal(undefined);
  });
  it('routes the position slider’s own keys through the seek policy', () => {
    expect(['Home', 'End', 'PageUp', 'PageDown', 'ArrowRight'].map((k) => mediaCommand(key(k), 'seek'))).to.deep.equal(['start', 'end', 'forward', 'back', 'forward']);
    expect(mediaCommand(key('End'), 'other')).to.equal(undefined);
  });
});

describe('urls and files', () => {
  it('keeps only http(s) URLs (and mailto where allowed)', () => {
    expect(safeUrl('/demo/a.pdf')).to.equal(new URL('/demo/a.pdf', document.baseURI).href);
    expect(safeUrl('https://example.cn/x')).to.equal('https://example.cn/x');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', null, '']) expect(safeUrl(bad)).to.equal(undefined);
    expect(safeUrl('mailto:a@b.cn')).to.equal(undefined);
    expect(safeUrl('mailto:a@b.cn', ['mailto:'])).to.equal('mailto:a@b.cn');
  });
  it('builds course links with the id encoded, and none from a template that is not http(s)', () => {
    expect(courseHref('/study.html?course={id}', 'c 1&x')).to.equal(new URL('/study.html?course=c%201%26x', document.baseURI).href);
    expect(courseHref('javascript:go("{id}")', 'c1')).to.equal(undefined);
    expect(courseHref(undefined, 'c1')).to.equal(undefined);
  });
  it('names file types for members', () => {
    expect(fileKind('application/pdf', 'a.pdf')).to.equal('PDF');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx')).to.equal('Word');
    expect(fileKind('application/octet-stream', '名单.xlsx')).to.equal('XLSX');
  });
  it('recognises HLS by type or extension', () => {
    expect(isHls('/a/b.m3u8?token=1', '')).to.equal(true);
    expect(isHls('/a/b', 'application/vnd.apple.mpegurl')).to.equal(true);
    expect(isHls('/a/b.mp4', 'video/mp4')).to.equal(false);
  });
});

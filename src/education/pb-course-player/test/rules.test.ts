import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course, LessonProgress } from '../../../api/types.js';
import { fileKind } from '../internal/stage/lesson-views.js';
import { initialLesson, lessonLength, lessonStates } from '../internal/lessons.js';
import { mediaCommand } from '../internal/media-keys.js';
import { isHls } from '../internal/stage/playback.js';
import { resumePoint } from '../internal/resume.js';

const lessons = ['l1', 'l2', 'l3'].map((id) => ({ id })) as Course['lessons'];
const done = (lessonId: string, completed = true) => [lessonId, { lessonId, completed, coverage: completed ? 1 : 0.4, creditedSeconds: 10 } as LessonProgress] as const;

describe('lesson rules', () => {
  it('locks a lesson until every one before it is complete when the course is sequential', () => {
    const progress = new Map([done('l1'), done('l2', false)]);
    assert.deepEqual(lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, progress).map((s) => s.locked), [false, false, true]);
    assert.deepEqual(lessonStates({ lessons, policy: { sequential: false } as Course['policy'] }, progress).map((s) => s.locked), [false, false, false]);
    // A gap earlier on locks everything after it, except a lesson already complete.
    const four = [...lessons, { id: 'l4' }] as Course['lessons'];
    const gap = new Map([done('l1', false), done('l3')]);
    assert.deepEqual(lessonStates({ lessons: four, policy: { sequential: true } as Course['policy'] }, gap).map((s) => s.locked), [false, true, false, true]);
  });

  it('opens the lesson asked for, else the first open one not yet done', () => {
    const states = lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, new Map([done('l1')]));
    assert.equal(initialLesson({ lessons }, states, 'l2'), 1);
    assert.equal(initialLesson({ lessons }, states, 'l3'), 1); // locked: the next open one instead
    assert.equal(initialLesson({ lessons }, states), 1);
    const allDone = lessonStates({ lessons, policy: { sequential: true } as Course['policy'] }, new Map([done('l1'), done('l2'), done('l3')]));
    assert.equal(initialLesson({ lessons }, allDone), 0);
  });

  it('a lesson lasts its media length or estimated reading time, else its minimum reading time: the rule the course duration sums', () => {
    assert.equal(lessonLength({ durationSeconds: 24, minReadingSeconds: null }), 24);
    // The list said 45 s for a 10-minute article while the catalog counted 10 minutes.
    assert.equal(lessonLength({ durationSeconds: 600, minReadingSeconds: 45 }), 600);
    assert.equal(lessonLength({ durationSeconds: null, minReadingSeconds: 45 }), 45);
    assert.equal(lessonLength({ durationSeconds: null, minReadingSeconds: null }), 0);
  });
});

describe('resume point', () => {
  const server = { positionSeconds: 8, furthestSeconds: 10, updatedAt: '2026-01-01T00:00:00Z' };
  it('takes the newer of the server and this device', () => {
    assert.deepEqual(resumePoint(server, { position: 12, furthest: 14, at: Date.parse('2026-01-02T00:00:00Z') }, 24, 'free'), { position: 12, furthest: 14 });
    assert.deepEqual(resumePoint(server, { position: 3, furthest: 3, at: Date.parse('2025-12-31T00:00:00Z') }, 24, 'free'), { position: 8, furthest: 10 });
    assert.deepEqual(resumePoint(undefined, undefined, 24, 'watched'), { position: 0, furthest: 0 });
  });
  it('never resumes past what may be watched, and starts over after the end', () => {
    assert.equal(resumePoint({ ...server, positionSeconds: 20 }, undefined, 24, 'watched').position, 10);
    assert.equal(resumePoint({ ...server, positionSeconds: 23.5, furthestSeconds: 24 }, undefined, 24, 'free').position, 0);
  });
});

describe('media keys', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('maps the documented keys', () => {
    assert.deepEqual(['k', 'K', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'm', 'f', 'c', '?'].map((k) => mediaCommand(key(k), 'other')), [
      'toggle', 'toggle', 'back', 'forward', 'louder', 'quieter', 'mute', 'fullscreen', 'captions', 'help',
    ]);
    assert.equal(mediaCommand(key(' '), 'other'), 'toggle');
  });
  it('leaves native keys to buttons, selects, the volume slider and shortcuts with modifiers', () => {
    assert.equal(mediaCommand(key(' '), 'button'), undefined);
    assert.equal(mediaCommand(key('ArrowUp'), 'select'), undefined);
    assert.equal(mediaCommand(key('ArrowRight'), 'volume'), undefined);
    assert.equal(mediaCommand(key('f', { ctrlKey: true }), 'other'), undefined);
  });
  it('routes the position slider’s own keys through the seek policy', () => {
    assert.deepEqual(['Home', 'End', 'PageUp', 'PageDown', 'ArrowRight'].map((k) => mediaCommand(key(k), 'seek')), ['start', 'end', 'forward', 'back', 'forward']);
    assert.equal(mediaCommand(key('End'), 'other'), undefined);
  });
});

describe('files and sources', () => {
  it('names file types for members', () => {
    assert.equal(fileKind('application/pdf', 'a.pdf'), 'PDF');
    assert.equal(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx'), 'Word');
    assert.equal(fileKind('application/octet-stream', '名单.xlsx'), 'XLSX');
  });
  it('recognises HLS by type or extension', () => {
    assert.equal(isHls('/a/b.m3u8?token=1', ''), true);
    assert.equal(isHls('/a/b', 'application/vnd.apple.mpegurl'), true);
    assert.equal(isHls('/a/b.mp4', 'video/mp4'), false);
  });
});

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { PbCoursePlayer } from '../../src/education/pb-course-player/pb-course-player.js';
import { courses, studyMock, videoLesson } from '../mocks/education.js';
import { api, handlers, member, states } from '../mocks/handlers.js';
import '../../src/define/pb-course-player.js';

interface Args {
  courseId: string;
  lessonId: string;
  audioOnly: boolean;
}

/**
 * `<pb-course-player>`: a course's lessons (video, audio, document, article) with resume,
 * captions, speed, the course's no-skip-ahead policy, training materials and study-time
 * heartbeats; the credit shown is what the server confirmed. The media are the demo's
 * real files; the mock credits batches with the reference server's rule. Keys: Space/K,
 * ←/→, ↑/↓, M, F, C, and ? for help. Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Education/Course player',
  component: 'pb-course-player',
  args: { courseId: 'c-dangzhang', lessonId: '', audioOnly: false },
  render: (args) => html`<pb-course-player course-id=${args.courseId} lesson-id=${args.lessonId || nothing} ?audio-only=${args.audioOnly}></pb-course-player>`,
};
export default meta;

type Story = StoryObj<Args>;
const course = '/courses/:courseId';

export const Video: Story = { name: 'Video lesson (resumes at 0:12, captions, materials)' };

export const Audio: Story = { name: 'Audio lesson', args: { lessonId: 'l-dangzhang-2' } };

export const AudioOnly: Story = { name: 'Video lesson, audio only (poor connection)', args: { audioOnly: true } };

export const Document: Story = { name: 'Document lesson (PDF, reading time)', args: { lessonId: 'l-dangzhang-3' } };

export const DocumentPages: Story = {
  name: 'Document lesson: a PDF of 3 pages (page through, zoom, keys)',
  args: { courseId: 'c-pdf', lessonId: 'l-pdf-1' },
};

export const DocumentLoading: Story = {
  name: 'Document lesson: the PDF loading',
  args: { courseId: 'c-pdf', lessonId: 'l-pdf-1' },
  parameters: { msw: [http.get(/three-pages.*\.pdf/, async () => delay('infinite')), ...handlers] },
};

export const DocumentBroken: Story = { name: 'Document lesson: the PDF cannot be loaded (retry)', args: { courseId: 'c-pdf', lessonId: 'l-pdf-2' } };

export const DocumentNotPdf: Story = { name: 'Document lesson: a file that is not a PDF', args: { courseId: 'c-pdf', lessonId: 'l-pdf-3' } };

export const Article: Story = { name: 'Article lesson', args: { lessonId: 'l-dangzhang-4' } };

export const Locked: Story = { name: 'Lessons in order: a locked lesson', args: { courseId: 'c-dangwu', lessonId: 'l-dangwu-3' } };

export const Completed: Story = { name: 'Completed course', args: { courseId: 'c-dangshi' } };

/** Waits for an element in the player's shadow root. */
async function inPlayer(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const player = canvas.querySelector('pb-course-player')!;
  for (let i = 0; i < 100; i++) {
    const found = player.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${selector}`);
}

/** The completed course's certificate (结业证书), opened from the completion banner; print it from the toolbar's page. */
export const Certificate: Story = {
  name: 'Completed course: its certificate',
  args: { courseId: 'c-dangshi' },
  play: async ({ canvasElement }) => {
    (await inPlayer(canvasElement, '.banner button')).click();
    await inPlayer(canvasElement, '[part="certificate"]');
  },
};

export const CertificateError: Story = {
  name: 'Completed course: the certificate cannot be fetched (retry)',
  args: { courseId: 'c-dangshi' },
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [http.get(api('/courses/:courseId/certificate'), () => HttpResponse.json({ type: '/problems/unavailable', title: 'Service unavailable', status: 503 }, { status: 503 })), ...handlers] },
  play: async ({ canvasElement }) => (await inPlayer(canvasElement, '.banner button')).click(),
};

export const OfflinePending: Story = {
  name: 'Offline: records waiting to sync',
  args: { lessonId: 'l-dangzhang-4' },
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [http.post(api('/courses/:courseId/lessons/:lessonId/progress'), () => HttpResponse.error()), ...handlers] },
};

export const Loading: Story = { parameters: { msw: [states.loading(course), ...handlers] } };

export const NotFound: Story = {
  name: 'Error (no such course)',
  args: { courseId: 'c-none' },
  parameters: { msw: [states.problem(course, 404, 'Not Found'), ...handlers] },
};

export const Forbidden: Story = {
  name: 'Error (course not open to the member)',
  parameters: { msw: [states.problem(course, 403, 'Forbidden', '该课程仅对本支部党员开放。'), ...handlers] },
};

export const BrokenMedia: Story = { name: 'Broken media URL (press play)', args: { courseId: 'c-broken' } };

export const Unsupported: Story = { name: 'Unsupported format', args: { courseId: 'c-broken', lessonId: 'l-broken-2' } };

export const NoLessons: Story = {
  name: 'Empty (no lessons yet)',
  parameters: { msw: [states.json(course, { ...courses['c-dangzhang'], lessonCount: 0, lessons: [] }), ...studyMock(), ...handlers] },
};

/* ---------- A lesson saved on the device (members away from home) ---------- */

/**
 * Each saving story studies as a member of its own, chosen anew each time it is shown:
 * what one story saved on this browser (kept per member) never shows in another.
 */
let storyMember = 'm0001';
const ownMember = () => void (storyMember = `m-story-${Math.random().toString(36).slice(2, 8)}`);
/** Whether the stories' API answers: off, as with no network (the media files still load). */
let network = true;
const video = videoLesson.media!.src;

const saving = (...extra: HttpHandler[]) => [
  ...extra,
  http.get(api('/me'), () => (network ? HttpResponse.json({ ...member, id: storyMember }) : HttpResponse.error())),
  http.get(api('/courses/:courseId'), () => (network ? undefined : HttpResponse.error())),
  http.get(api('/courses/:courseId/progress'), () => (network ? undefined : HttpResponse.error())),
  http.post(api('/courses/:courseId/lessons/:lessonId/progress'), () => (network ? undefined : HttpResponse.error())),
  ...handlers,
];

/** A part of the player in the story, once it shows. */
async function playerPart(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const player = canvas.querySelector<PbCoursePlayer>('pb-course-player')!;
  for (let i = 0; i < 200; i++) {
    const found = player.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${selector}`);
}

const ask = async (canvas: HTMLElement) => (await playerPart(canvas, '[part~="save"]')).click();
const save = async (canvas: HTMLElement) => {
  await ask(canvas);
  (await playerPart(canvas, '[part~="offline"] .primary')).click();
  await playerPart(canvas, '[part~="offline"].saved');
};

const savingStory = (name: string, story: Partial<Story>): Story => ({
  name,
  beforeEach: () => {
    ownMember();
    network = true;
  },
  ...story,
  parameters: { msw: saving(...((story.parameters?.['msw'] as HttpHandler[] | undefined) ?? [])) },
});

export const SaveButton: Story = savingStory('Save for offline: the button under the lesson', {});

export const SaveMeasuring: Story = savingStory('Save for offline: working out the size', {
  parameters: { msw: [http.head(video, () => delay('infinite'))] },
  play: async ({ canvasElement }) => ask(canvasElement),
});

export const SaveAsked: Story = savingStory('Save for offline: what it saves and its size, first', {
  play: async ({ canvasElement }) => ask(canvasElement),
});

export const SaveNoRoom: Story = savingStory('Save for offline: not enough space on the device', {
  beforeEach: () => {
    ownMember();
    network = true;
    const estimate = navigator.storage.estimate;
    navigator.storage.estimate = async () => ({ quota: 2e9, usage: 2e9 - 120_000 });
    return () => void (navigator.storage.estimate = estimate);
  },
  play: async ({ canvasElement }) => ask(canvasElement),
});

export const Saving: Story = savingStory('Saving: progress (the video half downloaded)', {
  parameters: {
    msw: [
      http.get(video, () => new HttpResponse(new ReadableStream({ start: (controller) => controller.enqueue(new Uint8Array(100_000)) }), { headers: { 'Content-Type': 'video/mp4' } })),
    ],
  },
  play: async ({ canvasElement }) => {
    await ask(canvasElement);
    (await playerPart(canvasElement, '[part~="offline"] .primary')).click();
  },
});

export const Saved: Story = savingStory('Saved on this device (the mark, and in the lesson list)', { play: async ({ canvasElement }) => save(canvasElement) });

export const RemoveAsked: Story = savingStory('Saved: remove from this device, asked first', {
  play: async ({ canvasElement }) => {
    await save(canvasElement);
    (await playerPart(canvasElement, '[part~="offline"] .actions button')).click();
  },
});

export const SaveStorageFull: Story = savingStory('Not saved: the device storage is full', {
  beforeEach: () => {
    ownMember();
    network = true;
    const put = Cache.prototype.put;
    Cache.prototype.put = () => Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    return () => void (Cache.prototype.put = put);
  },
  play: async ({ canvasElement }) => {
    await ask(canvasElement);
    (await playerPart(canvasElement, '[part~="offline"] .primary')).click();
  },
});

export const SaveConnectionDropped: Story = savingStory('Not saved: the connection dropped (retry)', {
  parameters: { msw: [http.get(video, () => HttpResponse.error())] },
  play: async ({ canvasElement }) => {
    await ask(canvasElement);
    (await playerPart(canvasElement, '[part~="offline"] .primary')).click();
  },
});

/** Saved, then the network goes and the course is opened again: the copy on the device. */
const offlineAgain = (lessonId: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await save(canvasElement);
  network = false;
  const player = canvasElement.querySelector<PbCoursePlayer>('pb-course-player')!;
  const courseId = player.courseId;
  player.courseId = '';
  await player.updateComplete;
  player.lessonId = lessonId;
  player.courseId = courseId;
  await playerPart(canvasElement, '[part~="saved-copy"]');
};

export const OfflineSavedCopy: Story = savingStory('Offline: the saved copy of the course, the saved lesson plays', { play: offlineAgain('l-dangzhang-1') });

export const OfflineNotSaved: Story = savingStory('Offline: a lesson that was not saved', { play: offlineAgain('l-dangzhang-2') });

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { courses, studyMock } from '../mocks/education.js';
import { api, handlers, states } from '../mocks/handlers.js';
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

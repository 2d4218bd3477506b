import { http, HttpResponse, type HttpHandler } from 'msw';
import { reminderFixture, taskList } from '../../fixtures/tasks.js';

/** `/me/tasks` and marking a reminder read, for the tasks stories. */
const base = '/api/v1';

export const taskHandlers: HttpHandler[] = [
  http.get(`${base}/me/tasks`, () => HttpResponse.json(taskList())),
  http.post(`${base}/me/reminders/:id/read`, () => HttpResponse.json({ ...reminderFixture, read: true })),
];

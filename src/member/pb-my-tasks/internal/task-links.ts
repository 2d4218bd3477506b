/**
 * Where each task is done, from the page's link templates, one per kind (`/study.html?course={id}`,
 * `/survey.html?id={id}`, `/dues.html?month={id}`, `/meetings.html#{id}`): `{id}` is the task's `targetId`,
 * URL-encoded, and a template that would not give an http(s) URL gives none, so the task
 * shows without a link rather than with an unsafe one. Reminders have no page of their own.
 */
import type { Task, TaskKind } from '../../../api/types.js';
import { safeUrl } from '../../../education/safe-url.js';

export type LinkTemplates = Partial<Record<Exclude<TaskKind, 'reminder'>, string | undefined>>;

export function taskHref(templates: LinkTemplates, task: Pick<Task, 'kind' | 'targetId'>): string | undefined {
  if (task.kind === 'reminder') return undefined;
  // An evaluation is a questionnaire: without its own template it opens where questionnaires do.
  const template = templates[task.kind] ?? (task.kind === 'evaluation' ? templates.questionnaire : undefined);
  if (!template) return undefined;
  return safeUrl(template.replaceAll('{id}', encodeURIComponent(task.targetId)));
}

import type { LessonProgress } from '../../../api/types.js';

/** What this device remembers of a lesson, for a reload before the server heard of it. */
export interface ResumeRecord {
  position: number;
  /** The furthest point this device saw played; the server may not have it yet. */
  furthest: number;
  /** When it was written, epoch ms. */
  at: number;
}

export interface ResumePoint {
  position: number;
  furthest: number;
}

/**
 * Where a lesson resumes: the newer of the server's progress and this device's record
 * (a batch may still wait in the outbox), never past what may be watched under the
 * `watched` policy, and from the start when the last visit reached the end.
 */
export function resumePoint(
  server: Pick<LessonProgress, 'positionSeconds' | 'furthestSeconds' | 'updatedAt'> | undefined,
  local: ResumeRecord | undefined,
  duration: number | null,
  allowSeek: 'free' | 'watched',
): ResumePoint {
  const serverAt = server?.updatedAt ? Date.parse(server.updatedAt) : -Infinity;
  const localNewer = local !== undefined && local.at > serverAt;
  const furthest = Math.max(server?.furthestSeconds ?? 0, local?.furthest ?? 0);
  let position = (localNewer ? local.position : server?.positionSeconds) ?? 0;
  if (allowSeek === 'watched') position = Math.min(position, furthest);
  if (!(position > 0) || (duration && position >= duration - 1)) position = 0;
  return { position, furthest };
}

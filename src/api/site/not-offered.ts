/**
 * What an operation the site does not offer (`endpoints: { getDraft: false }`) does. Most
 * refuse with `NotOfferedError`, which a widget shows as "not offered on this site" without
 * asking anything. A few have an honest meaning without a backend, so widgets that use them
 * on the side keep working: no draft on the server (drafts stay on the device), no earlier
 * answers to show, and a timed attempt that starts on the device (no server deadline).
 */
import type { Backend } from '../backend.js';
import { NotOfferedError } from '../errors.js';
import { randomId } from '../keys.js';
import type { Questionnaire } from '../types.js';

type Methods = Record<string, (...args: never[]) => Promise<unknown>>;

export function notOffered(names: Iterable<string>, questionnaire: (id: string) => Promise<Questionnaire> | undefined): Partial<Backend> {
  const fallbacks: Methods = {
    getDraft: async () => null,
    saveDraft: async (_id: string, draft: { answers: object; pageIndex: number; attemptId?: string | null }) => ({ attemptId: null, ...draft, updatedAt: new Date().toISOString() }),
    getMyResponses: async () => ({ items: [] }),
    startAttempt: async (id: string) => {
      const limit = (await questionnaire(id))?.timeLimitSeconds;
      const now = Date.now();
      return { id: randomId(), startedAt: new Date(now).toISOString(), deadline: limit ? new Date(now + limit * 1000).toISOString() : null };
    },
  };
  return Object.fromEntries(
    [...names].map((name) => [name, fallbacks[name] ?? (() => Promise.reject(new NotOfferedError(name)))]),
  ) as Partial<Backend>;
}

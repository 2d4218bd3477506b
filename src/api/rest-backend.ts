import type { ResolvedSettings } from '../config/settings.js';
import type { Backend } from './backend.js';
import { request, type ClientDeps, type RequestSpec } from './client.js';
import { ProblemError } from './errors.js';

/**
 * The default `Backend`: every operation over the REST contract, through the client
 * (endpoint templates, envelopes, retries, CSRF, bearer token, idempotency keys).
 */
export function createRestBackend(settings: ResolvedSettings, deps?: ClientDeps): Backend {
  // The casts are where the contract's promises meet the wire; widgets check the shape
  // of what they use (see `expectShape`), so a wrong body is reported, not trusted.
  const call = <R>(spec: RequestSpec) => request(settings, spec, deps) as Promise<R>;
  return {
    me: (o) => call({ operation: 'me', signal: o?.signal }),
    listCourses: (query, o) => call({ operation: 'listCourses', params: query, signal: o?.signal }),
    getCourse: (courseId, o) => call({ operation: 'getCourse', params: { courseId }, signal: o?.signal }),
    getCourseProgress: (courseId, o) => call({ operation: 'getCourseProgress', params: { courseId }, signal: o?.signal }),
    reportProgress: (courseId, lessonId, body, o) =>
      call({ operation: 'reportProgress', params: { courseId, lessonId }, body, ...o }),
    listQuestionnaires: (query, o) => call({ operation: 'listQuestionnaires', params: query, signal: o?.signal }),
    getQuestionnaire: (questionnaireId, o) =>
      call({ operation: 'getQuestionnaire', params: { questionnaireId }, signal: o?.signal }),
    startAttempt: (questionnaireId, o) => call({ operation: 'startAttempt', params: { questionnaireId }, body: {}, ...o }),
    getDraft: async (questionnaireId, o) => {
      try {
        return await call({ operation: 'getDraft', params: { questionnaireId }, signal: o?.signal });
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) return null;
        throw error;
      }
    },
    saveDraft: (questionnaireId, body, o) => call({ operation: 'saveDraft', params: { questionnaireId }, body, ...o }),
    submitResponse: (questionnaireId, body, o) =>
      call({ operation: 'submitResponse', params: { questionnaireId }, body, ...o }),
    getMyResponses: (questionnaireId, o) =>
      call({ operation: 'getMyResponses', params: { questionnaireId }, signal: o?.signal }),
    getDues: (query, o) => call({ operation: 'getDues', params: query, signal: o?.signal }),
    createPayment: (body, o) => call({ operation: 'createPayment', body, ...o }),
    getPayment: (paymentId, o) => call({ operation: 'getPayment', params: { paymentId }, signal: o?.signal }),
    getDuesSummary: (branchId, query, o) =>
      call({ operation: 'getDuesSummary', params: { branchId, ...query }, signal: o?.signal }),
    getLeaderboard: (query, o) => call({ operation: 'getLeaderboard', params: query, signal: o?.signal }),
    getStats: (metric, query, o) => call({ operation: 'getStats', params: { metric, ...query }, signal: o?.signal }),
  };
}

const backends = new WeakMap<ResolvedSettings, Backend>();

/**
 * The backend widgets use: the REST implementation with the site's own methods laid
 * over it. Cached per resolved settings, so widgets that share settings share it.
 */
export function backendFor(settings: ResolvedSettings): Backend {
  let backend = backends.get(settings);
  if (!backend) {
    backend = { ...createRestBackend(settings), ...settings.backend };
    backends.set(settings, backend);
  }
  return backend;
}

/**
 * One request per chosen option (`answers: { mode: "per-option" }`), for backends whose
 * exam module stores answers row by row: a single choice is one request, a multiple choice
 * one per option ticked, a grid one per row, a text or number one with the text. Then the
 * submission itself goes to `endpoints.submitResponse` (the backend's "finish"), or nowhere
 * when that is `false`.
 *
 * Such backends know no idempotency keys, so the library keeps, under the write's own key,
 * how many of the requests were acknowledged: a retry after a failure (or a reload) goes on
 * from the next one instead of posting the earlier answers again.
 */
import type { Backend, WriteOptions } from '../backend.js';
import { request } from '../client.js';
import type { Endpoint } from '../operations.js';
import { parseEndpoint } from '../operations.js';
import type { Questionnaire, Submission, SubmissionRequest } from '../types.js';
import { fillTemplate } from './field-map.js';
import type { Site } from './site.js';

/** Each request's placeholders: the question, the option (or text), a grid's row. */
export interface AnswerRow {
  questionId: string;
  value: unknown;
  key: string | null;
}

export function answerRows(answers: SubmissionRequest['answers']): AnswerRow[] {
  return Object.entries(answers).flatMap(([questionId, answer]): AnswerRow[] => {
    if (Array.isArray(answer)) return answer.map((value) => ({ questionId, value, key: null }));
    if (answer && typeof answer === 'object') return Object.entries(answer).map(([key, value]) => ({ questionId, value, key }));
    return [{ questionId, value: answer, key: null }];
  });
}

const memory = new Map<string, number>();
const store = {
  get: (key: string) => Number(globalThis.localStorage?.getItem(key) ?? memory.get(key) ?? 0),
  set(key: string, count: number | null) {
    if (count === null) {
      memory.delete(key);
      globalThis.localStorage?.removeItem(key);
    } else {
      memory.set(key, count);
      globalThis.localStorage?.setItem(key, String(count));
    }
  },
};

/** Question types answered in words or a number, not by choosing options. */
const written = new Set(['text', 'longtext', 'number']);

export function perOptionAnswers(site: Site, questionnaire: (id: string) => Promise<Questionnaire> | undefined): Pick<Backend, 'submitResponse'> {
  const config = site.settings.site?.answers ?? {};
  const answerEndpoint = parseEndpoint(config.answer ?? '', 'POST') as Endpoint;
  const body = config.body ?? { questionId: '{questionId}', value: '{value}' };
  return {
    async submitResponse(questionnaireId: string, submission: SubmissionRequest, options: WriteOptions): Promise<Submission> {
      const progressKey = `pb-per-option:${options.idempotencyKey}`;
      const rows = answerRows(submission.answers);
      const member = await site.member(options.signal).catch(() => undefined);
      // The question's type, from the definition the widget read, picks the body of a written answer.
      const definition = await questionnaire(questionnaireId)?.catch(() => undefined);
      const types = new Map(definition?.pages.flatMap((page) => page.questions.map((q) => [q.id, q.type] as const)));
      for (let index = store.get(progressKey); index < rows.length; index++) {
        const row = { questionnaireId, attemptId: submission.attemptId ?? null, ...rows[index]!, index };
        await request(site.settings, {
          operation: 'submitResponse',
          endpoint: answerEndpoint,
          // Only what the endpoint names goes into its path or query; the rest is in the body.
          params: Object.fromEntries(answerEndpoint.placeholders.map((name) => [name, (row as Record<string, unknown>)[name] as string])),
          body: fillTemplate(config.textBody && written.has(types.get(row.questionId) ?? '') ? config.textBody : body, site.scope(row, member)),
          idempotencyKey: `${options.idempotencyKey}:${index}`,
          signal: options.signal,
          keepalive: options.keepalive,
        });
        store.set(progressKey, index + 1);
      }
      const done: Submission = site.settings.notOffered.has('submitResponse')
        ? { id: options.idempotencyKey, submittedAt: new Date().toISOString(), late: false, result: null }
        : await site.rest.submitResponse(questionnaireId, submission, options);
      store.set(progressKey, null);
      return done;
    },
  };
}

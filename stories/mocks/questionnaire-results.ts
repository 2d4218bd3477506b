import { http, HttpResponse, type HttpHandler } from 'msw';
import { evaluationResults, learningNeedsResults, quizResults, textPage, withheldResults } from '../../fixtures/questionnaire-results.js';

/**
 * `/questionnaires/{id}/results` and `…/results/text` for the results stories: each
 * questionnaire id gives one kind of results (a survey, an anonymous one withheld, 民主评议,
 * a quiz); the written answers are searched as the server would.
 */
const base = '/api/v1/questionnaires';
const byId: Record<string, () => unknown> = {
  'q-learning-needs': learningNeedsResults,
  'q-satisfaction': withheldResults,
  'q-evaluation-2026': evaluationResults,
  'q-dangzhang-quiz': quizResults,
};

export const resultsHandlers: HttpHandler[] = [
  http.get(`${base}/:id/results/text`, ({ request }) => {
    const url = new URL(request.url);
    return HttpResponse.json(textPage(url.searchParams.get('questionId') ?? 'suggestion', url.searchParams.get('q') ?? ''));
  }),
  http.get(`${base}/:id/results`, ({ params }) => HttpResponse.json((byId[String(params['id'])] ?? learningNeedsResults)() as never)),
];

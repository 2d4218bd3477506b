import { nothing, type TemplateResult } from 'lit';
import { features } from '../features.js';
import type { QuestionDef } from '../shapes.js';
import { booleanQuestion } from './boolean.js';
import { longtextQuestion } from './longtext.js';
import { multipleQuestion } from './multiple.js';
import { numberQuestion } from './number.js';
import { ratingQuestion } from './rating.js';
import { singleQuestion } from './single.js';
import { textQuestion } from './text.js';
import type { FieldContext } from './types.js';

/**
 * The renderer for the question's type (the definition was checked, so the type is known).
 * Grids and ranking come from their chunks, loaded with the definition.
 */
export function renderQuestion(ctx: FieldContext): TemplateResult | typeof nothing {
  const q: QuestionDef = ctx.question;
  switch (q.type) {
    case 'single':
      return singleQuestion({ ...ctx, question: q });
    case 'multiple':
      return multipleQuestion({ ...ctx, question: q });
    case 'boolean':
      return booleanQuestion({ ...ctx, question: q });
    case 'text':
      return textQuestion({ ...ctx, question: q });
    case 'longtext':
      return longtextQuestion({ ...ctx, question: q });
    case 'number':
      return numberQuestion({ ...ctx, question: q });
    case 'rating':
      return ratingQuestion({ ...ctx, question: q });
    case 'matrix':
      return features.grids?.matrixQuestion({ ...ctx, question: q }) ?? nothing;
    case 'ranking':
      return features.ranking?.rankingQuestion({ ...ctx, question: q }) ?? nothing;
  }
}

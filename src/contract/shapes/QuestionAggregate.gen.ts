// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { AggregateMatrixRow } from './AggregateMatrixRow.gen.js';
import { AggregateOption } from './AggregateOption.gen.js';
import { AggregateRankingItem } from './AggregateRankingItem.gen.js';
import { Id } from './Id.gen.js';
import { NamedValue } from './NamedValue.gen.js';

/** The shape of `QuestionAggregate` in openapi.yaml. */
export const QuestionAggregate = { questionId: Id, title: 'string', type: 'string', kind: 'choice|rating|number|matrix|ranking|text', answered: 'int', options: /*#__PURE__*/ optional([AggregateOption]), average: /*#__PURE__*/ optional('number?'), min: /*#__PURE__*/ optional('number?'), max: /*#__PURE__*/ optional('number?'), columns: /*#__PURE__*/ optional([NamedValue]), rows: /*#__PURE__*/ optional([AggregateMatrixRow]), ranking: /*#__PURE__*/ optional([AggregateRankingItem]) } as const;

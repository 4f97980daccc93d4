import { expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as compile from '../src/compile.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_LIMITS', 'DEFAULT_TIME_ZONE', 'DIVISION_SCALE', 'Decimal', 'EvaluationError', 'MAX_DECIMAL_DIGITS', 'MAX_INSTANCES', 'MAX_NODES',
    'compareDateTimes', 'evaluate', 'indexDefinition', 'isDateTimeValue', 'isEmptyValue', 'isFileValue', 'isIsoDate', 'isListReference',
    'isTimeValue', 'localDate', 'readDateTimeBound', 'repeatingChain', 'timeWithSeconds', 'valuesEqual',
  ]);
});

it('exposes compiling as @fimforms/expressions/compile (and only there)', () => {
  expect(Object.keys(compile).sort()).toEqual([
    'checkDefinitionRules', 'compileExpression', 'compileRules', 'elementType', 'expressionTextOffset', 'operators', 'operatorsByName',
    'parseExpression', 'referencesOf',
  ]);
  for (const name of Object.keys(compile)) expect(api).not.toHaveProperty(name);
});

import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exposes the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_LIMITS', 'DEFAULT_TIME_ZONE', 'DIVISION_SCALE', 'Decimal', 'EvaluationError', 'MAX_DECIMAL_DIGITS', 'MAX_INSTANCES', 'MAX_NODES',
    'checkDefinitionRules', 'compareDateTimes', 'compileExpression', 'compileRules', 'elementType', 'evaluate', 'expressionTextOffset', 'indexDefinition',
    'isDateTimeValue', 'isEmptyValue', 'isFileValue', 'isIsoDate', 'isListReference', 'isTimeValue', 'localDate', 'operators', 'operatorsByName',
    'parseExpression', 'readDateTimeBound', 'referencesOf', 'repeatingChain', 'timeWithSeconds', 'valuesEqual',
  ]);
});

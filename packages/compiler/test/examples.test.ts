import { describe, it } from 'vitest';
import { checkDefinition } from './support/check-definition.js';
import { corpusAvailable } from './support/corpus.js';
import { exampleDefinitions, fixtureDefinitions } from './support/definitions.js';

const definitions = [...fixtureDefinitions(), ...exampleDefinitions()];

describe.runIf(corpusAvailable())('schemas and sample payloads of every example', () => {
  for (const { name, definition } of definitions) {
    it(`${name}: XSD and JSON Schema compile, pass C1/C4/C5, and the sample payloads validate and read back`, () => {
      checkDefinition(definition);
    });
    it(`${name}: the same with FIM-id element names`, () => {
      checkDefinition(definition, { naming: 'fim-id' });
    });
  }
});

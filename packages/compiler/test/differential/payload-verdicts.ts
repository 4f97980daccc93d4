import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateSubmission } from '@fimforms/runtime';
import { compile } from '../../src/index.js';
import { compilePayloadSchema } from '../support/ajv.js';
import { validateWithXmllint } from '../support/xmllint.js';

/** The verdicts on one submission: the runtime's, and each payload schema's on its payload. */
export interface PairVerdict {
  submission: unknown;
  runtimeErrors: readonly Diagnostic[];
  /** Errors of the serializer (a payload it could not write counts as refused by both schemas). */
  serializerErrors: readonly Diagnostic[];
  xml: { valid: boolean; errors: string };
  json: { valid: boolean; errors: unknown };
}

/** A definition the compiler refused (the generator should never produce one). */
export interface NotCompiled {
  diagnostics: readonly Diagnostic[];
}

/**
 * Judges a batch of submissions to one definition: `validateSubmission`, then both payloads
 * against the compiled schemas — every XML payload of the batch in ONE xmllint call.
 */
export function verdictsOf(definition: FormDefinition, submissions: unknown[]): PairVerdict[] | NotCompiled {
  const compiled = compile(definition);
  if (!compiled.ok) return { diagnostics: compiled.diagnostics };
  const validateJson = compilePayloadSchema(compiled.jsonSchema()!);
  const pairs = submissions.map((submission) => {
    const xml = compiled.toXml(submission);
    const json = compiled.toJson(submission);
    const serializerErrors = [...xml.diagnostics, ...json.diagnostics].filter((diagnostic) => diagnostic.severity === 'error');
    return { submission, runtimeErrors: validateSubmission(definition, submission).errors, serializerErrors, xmlPayload: xml.payload, jsonPayload: json.payload };
  });
  const written = pairs.filter((pair) => pair.serializerErrors.length === 0 && pair.xmlPayload !== undefined);
  const xmlVerdicts = written.length > 0 ? validateWithXmllint(compiled.xsd()!, written.map((pair) => pair.xmlPayload!)) : [];
  return pairs.map((pair) => {
    const index = written.indexOf(pair);
    const refused = { valid: false, errors: 'not written' };
    const json = index < 0 ? refused : jsonVerdict(validateJson, pair.jsonPayload!);
    return { submission: pair.submission, runtimeErrors: pair.runtimeErrors, serializerErrors: pair.serializerErrors, xml: index < 0 ? refused : xmlVerdicts[index]!, json };
  });
}

// A payload that is not JSON at all is refused like one that breaks the schema.
function jsonVerdict(validate: ReturnType<typeof compilePayloadSchema>, payload: string): PairVerdict['json'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch (error) {
    return { valid: false, errors: `not JSON: ${(error as Error).message}: ${payload}` };
  }
  return { valid: validate(parsed), errors: validate.errors };
}

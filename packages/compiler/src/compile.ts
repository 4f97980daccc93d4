import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { jsonSchemaOf, type JsonSchema } from './json-schema/compile-json-schema.js';
import { buildPayloadModel } from './payload-model/build-payload-model.js';
import { hasErrors, payloadDiagnostic } from './payload-model/payload-diagnostic.js';
import type { DataOptions, PayloadOptions } from './payload-model/payload-options.js';
import { sampleOf, type SampleOptions, type SampleResult } from './sample/sample-submission.js';
import { submissionOf, type SubmissionResult } from './serialize/from-xml-payload.js';
import type { PayloadResult } from './serialize/payload-result.js';
import { jsonPayloadOf } from './serialize/to-json-payload.js';
import { xmlPayloadOf } from './serialize/to-xml-payload.js';
import { xsdOf } from './xsd/compile-xsd.js';

/**
 * A definition compiled once (specs/payload.md §2): its diagnostics, its two payload schemas and
 * the serializers of its submissions, all read from one payload model, so schemas and payloads
 * cannot disagree. Compile with the options the receiving side's schemas were published with.
 */
export interface CompiledForm {
  /** Findings about the definition, each reported once; with an error nothing can be emitted. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when `diagnostics` holds no error: schemas and payloads can be written. */
  readonly ok: boolean;
  /** The namespace the XML payload lives in. */
  readonly targetNamespace: string;
  /** Element name of the XML payload root. */
  readonly rootName: string;
  /** `$id` of the JSON Schema (the FIT-Connect `schemaUri`). */
  readonly schemaUri: string;
  /** The XSD 1.0 payload schema in XÖV style (§3); undefined unless `ok`. */
  xsd(): string | undefined;
  /** The JSON Schema 2020-12 payload schema (§5); undefined unless `ok`. Plain data: do not modify it. */
  jsonSchema(): JsonSchema | undefined;
  /** The XML payload of a submission object (§6); diagnostics about the data only, pointers into it. */
  toXml(data: unknown, options?: DataOptions): PayloadResult;
  /** The JSON payload of a submission object (§6), exact decimals; diagnostics about the data only. */
  toJson(data: unknown, options?: DataOptions): PayloadResult;
  /** An XML payload read back into a submission object (§6.3); diagnostics about the payload only. */
  fromXml(xml: string): SubmissionResult;
  /** A valid example submission (§7), repaired with the runtime's verdict when `options.validate` is given. */
  sample(options?: SampleOptions): SampleResult;
}

/**
 * Compiles a definition for its payloads. Never throws for bad input: what cannot be compiled is
 * in `diagnostics`, and then the schemas are undefined and the serializers, the reader and the
 * sample refuse with `payload-definition-not-compiled`. The payload model is cached per definition object and
 * options: treat a definition as immutable once compiled.
 */
export function compile(definition: FormDefinition, options: PayloadOptions = {}): CompiledForm {
  const model = buildPayloadModel(definition, options);
  const ok = !hasErrors(model.diagnostics);
  let xsd: string | undefined;
  let schema: JsonSchema | undefined;
  const refuse = (): PayloadResult => ({ diagnostics: [notCompiled()] });
  return {
    diagnostics: Object.freeze([...model.diagnostics]),
    ok,
    targetNamespace: model.targetNamespace,
    rootName: model.rootName,
    schemaUri: model.schemaUri,
    xsd: () => (ok ? (xsd ??= xsdOf(model)) : undefined),
    jsonSchema: () => (ok ? (schema ??= jsonSchemaOf(model)) : undefined),
    toXml: (data, dataOptions) => (ok ? xmlPayloadOf(model, data, dataOptions) : refuse()),
    toJson: (data, dataOptions) => (ok ? jsonPayloadOf(model, data, dataOptions) : refuse()),
    fromXml: (xml) => (ok ? submissionOf(model, xml) : refuse()),
    sample: (sampleOptions) => (ok ? sampleOf(model, definition, sampleOptions) : { codeListVersions: {}, ...refuse() }),
  };
}

function notCompiled(): Diagnostic {
  return payloadDiagnostic(
    'payload-definition-not-compiled',
    '',
    'Die Formulardefinition ist fehlerhaft (siehe ihre Befunde); es werden keine Nutzdaten geschrieben.',
    'The form definition has errors (see its findings); no payload is written.',
  );
}

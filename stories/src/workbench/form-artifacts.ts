import { compile } from '@fimforms/compiler';
import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateAsSent, validateSubmission } from '@fimforms/runtime';

/** What the panels beside a form show: its compiled schemas and the payloads of one submission. */
export interface FormArtifacts {
  xsd: string | undefined;
  jsonSchema: string | undefined;
  /** The submission the payloads were built from. */
  submission: { [name: string]: unknown } | undefined;
  /** True when `submission` is the compiler's generated sample, not what a citizen submitted. */
  sample: boolean;
  /** What `validateSubmission` (the server's check) says about the submission. */
  submissionErrors: Diagnostic[];
  xmlPayload: string | undefined;
  jsonPayload: string | undefined;
  /** Findings of the compiler and serializers. */
  diagnostics: Diagnostic[];
}

/**
 * Compiles a definition to XSD and JSON Schema and serializes a submission to both payloads;
 * without a submission, the compiler's sample submission stands in (and says so).
 */
export function formArtifacts(definition: FormDefinition, submitted?: { [name: string]: unknown }): FormArtifacts {
  const compiled = compile(definition);
  const schema = compiled.jsonSchema();
  const sample = compiled.sample({ validate: (data) => validateAsSent(definition, data) });
  const submission = submitted ?? sample.submission;
  const options = { codeListVersions: sample.codeListVersions };
  const xml = submission ? compiled.toXml(submission, options) : undefined;
  const payload = submission ? compiled.toJson(submission, options) : undefined;
  return {
    xsd: compiled.xsd(),
    jsonSchema: schema ? JSON.stringify(schema, null, 2) : undefined,
    submission,
    sample: submitted === undefined,
    submissionErrors: submission ? validateSubmission(definition, submission).errors : [],
    xmlPayload: xml?.payload,
    jsonPayload: payload?.payload,
    diagnostics: [...compiled.diagnostics, ...sample.diagnostics, ...(xml?.diagnostics ?? []), ...(payload?.diagnostics ?? [])],
  };
}

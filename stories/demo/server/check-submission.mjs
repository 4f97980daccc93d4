// @ts-check
import { compile } from '@fimforms/compiler';
import { validateSubmission } from '@fimforms/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { checkXmlPayload } from './xmllint-check.mjs';

/** @typedef {import('@fimforms/format').FormDefinition} FormDefinition */
/** @typedef {import('@fimforms/format').Diagnostic} Diagnostic */

// ajv-formats' default export under NodeNext (toolchain.md P13).
const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

/** @type {WeakMap<FormDefinition, { compiled: import('@fimforms/compiler').CompiledForm, xsd: string | undefined, validateJson: import('ajv').ValidateFunction | undefined, codeListVersions: { [uri: string]: string } }>} */
const compiled = new WeakMap();

/**
 * The definition's payload schemas, compiled once: the XSD text and an ajv validator of the JSON Schema.
 * @param {FormDefinition} definition
 */
function schemasOf(definition) {
  let schemas = compiled.get(definition);
  if (!schemas) {
    const compiledForm = compile(definition);
    const json = compiledForm.jsonSchema();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    schemas = {
      compiled: compiledForm,
      xsd: compiledForm.xsd(),
      validateJson: json ? ajv.compile(json) : undefined,
      // Code lists the form references without a version: the demo has no real version to name.
      codeListVersions: compiledForm.sample().codeListVersions,
    };
    compiled.set(definition, schemas);
  }
  return schemas;
}

/**
 * What the demo endpoint does with a submission: the runtime's server check
 * (`validateSubmission`), then both payloads built by the compiler and each checked against
 * its compiled schema (JSON with ajv, XML with xmllint when present).
 * @param {FormDefinition} definition
 * @param {unknown} submission
 * @param {string} corpus where the XÖV library for offline XSD checks lies
 * @param {Record<string, import('@fimforms/runtime').PrefillValue>} [prefill] the session's prefill: locked values must be unchanged
 */
export function checkSubmission(definition, submission, corpus, prefill) {
  const checked = validateSubmission(definition, submission, prefill ? { prefill } : {});
  const errors = checked.errors.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { accepted: false, errors: checked.errors };
  const schemas = schemasOf(definition);
  const options = { codeListVersions: schemas.codeListVersions };
  const xml = schemas.compiled.toXml(submission, options);
  const json = schemas.compiled.toJson(submission, options);
  const jsonValue = json.payload === undefined ? undefined : JSON.parse(json.payload);
  const jsonValid = jsonValue !== undefined && schemas.validateJson ? schemas.validateJson(jsonValue) : false;
  const xmlCheck = xml.payload !== undefined && schemas.xsd !== undefined
    ? checkXmlPayload(schemas.xsd, xml.payload, corpus)
    : /** @type {const} */ ({ checked: false, reason: { de: 'Keine XML-Nutzdaten erzeugt.', en: 'No XML payload produced.' } });
  const jsonCheck = { checked: true, valid: jsonValid, errors: schemas.validateJson?.errors ?? [] };
  const accepted = xml.payload !== undefined && json.payload !== undefined && jsonValid && (xmlCheck.checked === false || xmlCheck.valid);
  return {
    accepted,
    errors: [...checked.errors, ...xml.diagnostics, ...json.diagnostics],
    xml: { payload: xml.payload, check: xmlCheck },
    json: { payload: json.payload, check: jsonCheck },
  };
}

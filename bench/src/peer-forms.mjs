// The benchmark's fimforms definitions (packages/elements/scripts/bench-render.mjs) as the peers
// take a form: a JSON Schema (react-jsonschema-form, JSON Forms) and a SurveyJS survey. The same
// groups, fields, control kinds and code list, so each library renders the same form.

/** The kind of control a bench field is: text, number, date, select or checkbox. */
function kindOf(field) {
  if (field.control === 'select') return 'select';
  if (field.type === 'bool') return 'checkbox';
  if (field.type === 'num') return 'number';
  if (field.type === 'date') return 'date';
  return 'text';
}

function codesOf(definition, field) {
  return definition.codeLists[field.codeList].values;
}

function fieldSchema(definition, field) {
  const title = field.label.de;
  switch (kindOf(field)) {
    case 'select': return { title, type: 'string', oneOf: codesOf(definition, field).map((v) => ({ const: v.code, title: v.label.de })) };
    case 'checkbox': return { title, type: 'boolean' };
    case 'number': return { title, type: 'number' };
    case 'date': return { title, type: 'string', format: 'date' };
    default: return { title, type: 'string', maxLength: field.constraints?.maxLength };
  }
}

/** A JSON Schema of the definition: one object per group, one property per field. */
export function jsonSchemaOf(definition) {
  const properties = {};
  for (const { group } of definition.structure) {
    const children = definition.groups[group].children;
    properties[group] = {
      type: 'object',
      title: definition.groups[group].label.de,
      properties: Object.fromEntries(children.map(({ field }) => [field, fieldSchema(definition, definition.fields[field])])),
    };
  }
  return { type: 'object', title: definition.title.de, properties };
}

function surveyQuestion(definition, key) {
  const field = definition.fields[key];
  const base = { name: key, title: field.label.de };
  switch (kindOf(field)) {
    case 'select': return { ...base, type: 'dropdown', choices: codesOf(definition, field).map((v) => ({ value: v.code, text: v.label.de })) };
    case 'checkbox': return { ...base, type: 'boolean', renderAs: 'checkbox' };
    case 'number': return { ...base, type: 'text', inputType: 'number' };
    case 'date': return { ...base, type: 'text', inputType: 'date' };
    default: return { ...base, type: 'text', maxLength: field.constraints?.maxLength };
  }
}

/** A SurveyJS survey of the definition: one page, one panel per group. */
export function surveyOf(definition) {
  const elements = definition.structure.map(({ group }) => ({
    type: 'panel',
    name: group,
    title: definition.groups[group].label.de,
    elements: definition.groups[group].children.map(({ field }) => surveyQuestion(definition, field)),
  }));
  return { title: definition.title.de, pages: [{ name: 'seite', elements }] };
}

/** A JSON Forms UI schema of the definition: one Group per group (vanilla renderers have no object renderer). */
export function jsonFormsUiSchemaOf(definition) {
  return {
    type: 'VerticalLayout',
    elements: definition.structure.map(({ group }) => ({
      type: 'Group',
      label: definition.groups[group].label.de,
      elements: definition.groups[group].children.map(({ field }) => ({ type: 'Control', scope: `#/properties/${group}/properties/${field}` })),
    })),
  };
}

/** Every form the peers take, of one definition. */
export function peerFormsOf(definition) {
  return { jsonSchema: jsonSchemaOf(definition), uiSchema: jsonFormsUiSchemaOf(definition), survey: surveyOf(definition) };
}

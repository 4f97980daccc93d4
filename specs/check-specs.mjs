// The self-check of @fimforms/specs (`node check-specs.mjs`, the package's `test` script).
// It checks the suite's own data, so that every implementation runs against sound cases (specs/README.md):
//   - every conformance file validates against its area schema (specs/schemas/<area>-cases.schema.json);
//   - descriptions are unique in their scope and never say "should";
//   - every `specification` anchor exists in the Markdown file it names, every diagnostic code is documented;
//   - the mapping table of fim-mapping.md names every element of the XDatenfelder XSDs;
//   - every example validates against the format schema and is internally consistent (format.md);
//   - section citations in the packages' code comments (`specs/format.md §5.4`) name existing sections.
// Each check is counted as one test; results go to .test-results.json in Vitest's JSON shape, and a closing
// `N passed, N failed` line is printed (the line CI reads). Exit code 1 when anything failed or nothing ran.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import * as formatsModule from 'ajv-formats';

const specsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(specsDir, '..');
const corpusDir = process.env.FIMFORMS_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'fixtures');
const inCi = process.env.CI === 'true';
const addFormats = /** @type {(ajv: Ajv) => void} */ (/** @type {any} */ (formatsModule).default ?? formatsModule);

/** @typedef {{ title: string, status: 'passed' | 'failed' | 'pending', failureMessages: string[] }} Assertion */
/** @type {Map<string, Assertion[]>} suite name → assertions */
const suites = new Map();

/** Records one check. `run` returns a list of problems; an empty list passes. A throw is a failure too. */
function check(suite, title, run) {
  let problems;
  try {
    problems = run();
  } catch (error) {
    problems = [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  const status = problems.length === 0 ? 'passed' : 'failed';
  list(suite).push({ title, status, failureMessages: problems });
}

/** Records a check that could not run: a missing corpus outside CI, or a registry not written yet. */
function pending(suite, title, reason) {
  list(suite).push({ title: `${title} (${reason})`, status: 'pending', failureMessages: [] });
}

function list(suite) {
  if (!suites.has(suite)) suites.set(suite, []);
  return /** @type {Assertion[]} */ (suites.get(suite));
}

/** Parses a JSON file; the caller's check reports a parse error as a thrown failure. */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function jsonFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

function strictAjv() {
  const ajv = new Ajv({ strict: true, discriminator: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

function ajvErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown anchors (README.md: `specification` entries are `<file>.md#<anchor>`)

/** @type {Map<string, Set<string> | null>} */
const anchorCache = new Map();

/**
 * The anchors a Markdown file offers: explicit `<a id>`/`<a name>` and `{#id}`, the section number of a numbered
 * heading (`### 4.1 Title` → `4.1`, `## 2. Title` → `2`) and GitHub's heading slugs. `null` when the file is missing.
 */
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file) ?? null;
  const full = path.join(specsDir, file);
  const anchors = existsSync(full) ? collectAnchors(readFileSync(full, 'utf8')) : null;
  anchorCache.set(file, anchors);
  return anchors;
}

function collectAnchors(text) {
  const anchors = new Set();
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  for (const m of text.matchAll(/\{#([^}\s]+)\}/g)) anchors.add(m[1]);
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    const heading = m[1];
    const number = /^§?(\d+(?:\.\d+)*)\.?\s/.exec(heading);
    if (number) anchors.add(number[1]);
    anchors.add(githubSlug(heading));
  }
  return anchors;
}

function githubSlug(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Checks one `specification` entry (a string, or an object with `section`, as style.md sketches). */
function specificationProblem(entry) {
  const ref = typeof entry === 'string' ? entry : entry?.section;
  if (typeof ref !== 'string') return `specification entry ${JSON.stringify(entry)} is not "<file>.md#<anchor>"`;
  const [file, anchor] = ref.split('#');
  const anchors = anchorsOf(/** @type {string} */ (file));
  if (anchors === null) return `${ref}: specs/${file} does not exist`;
  if (anchor !== undefined && !anchors.has(anchor)) return `${ref}: no heading or anchor "${anchor}" in specs/${file}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Conformance files

const SHOULD = /\bshould\b/i;

function checkConformance() {
  const root = path.join(specsDir, 'conformance');
  const areas = existsSync(root) ? readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory()).sort() : [];
  for (const area of areas) {
    if (area === 'resources') continue; // documents referenced by cases, not cases (README.md)
    checkArea(area, path.join(root, area));
  }
}

function checkArea(area, dir) {
  const files = jsonFiles(dir);
  const schemaFile = path.join(specsDir, 'schemas', `${area}-cases.schema.json`);
  const suite = `conformance/${area}`;
  // An empty folder is not in git and holds nothing to check; a folder with cases needs its schema.
  if (files.length === 0 && !existsSync(schemaFile)) return;
  let validate;
  check(suite, `specs/schemas/${area}-cases.schema.json exists and compiles in strict mode`, () => {
    if (!existsSync(schemaFile)) return [`conformance/${area}/ has no schema specs/schemas/${area}-cases.schema.json`];
    validate = strictAjv().compile(readJson(schemaFile));
    return [];
  });
  for (const file of files) checkCaseFile(suite, path.join(dir, file), validate);
}

function checkCaseFile(suite, file, validate) {
  const name = path.relative(specsDir, file);
  let cases;
  check(suite, `${name} is JSON and matches its area schema`, () => {
    cases = readJson(file);
    if (!validate) return ['no area schema to validate against'];
    return validate(cases) ? [] : ajvErrors(validate.errors);
  });
  if (!Array.isArray(cases)) return;
  check(suite, `${name} has unique descriptions without "should"`, () => descriptionProblems(cases));
  check(suite, `${name} cites existing specification anchors`, () =>
    cases.flatMap((c) => (Array.isArray(c?.specification) ? c.specification : [])).map(specificationProblem).filter(Boolean),
  );
  const codes = diagnosticCodes(cases);
  if (codes.size === 0) return;
  const registry = diagnosticsRegistry();
  const title = `${name} uses only codes documented in diagnostics.md or the area specifications`;
  if (registry === null) pending(suite, title, 'specs/diagnostics.md not written yet');
  else check(suite, title, () => [...codes].filter((code) => !registry.has(code)).map((code) => `code ${code} is documented in no specification`));
}

/** Every `code` of an object inside a `diagnostics` array, at any depth (each area nests them differently). */
function diagnosticCodes(value, inDiagnostics = false, found = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => diagnosticCodes(item, inDiagnostics, found));
  else if (typeof value === 'object' && value !== null) {
    if (inDiagnostics && typeof value.code === 'string') found.add(value.code);
    for (const [key, child] of Object.entries(value)) diagnosticCodes(child, key === 'diagnostics', found);
  }
  return found;
}

let registryCache;

/**
 * The codes the specifications document: diagnostics.md lists the validator's and the CLI's codes and sends the other
 * areas to their own documents (its section "Other areas"), so every kebab-case code span with a hyphen in those
 * documents counts. `null` when diagnostics.md is missing.
 */
function diagnosticsRegistry() {
  if (registryCache !== undefined) return registryCache;
  const registry = path.join(specsDir, 'diagnostics.md');
  if (!existsSync(registry)) return (registryCache = null);
  const documents = ['diagnostics.md', ...AREA_DOCUMENTS].map((doc) => path.join(specsDir, doc)).filter(existsSync);
  const spans = documents.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)]);
  return (registryCache = new Set(spans.map((m) => m[1])));
}

/** Specifications that keep their own code tables (diagnostics.md, "Other areas"). */
const AREA_DOCUMENTS = ['rules.md', 'runtime.md', 'submission.md', 'payload.md', 'xdatenfelder.md', 'diff.md'];

/** Case descriptions are unique in the file, test descriptions unique in their case, so `file › case › test` is unique. */
function descriptionProblems(cases) {
  const problems = [];
  const seenCases = new Set();
  for (const c of cases) {
    problems.push(...descriptionProblem(c?.description, seenCases, 'case'));
    const seenTests = new Set();
    for (const t of Array.isArray(c?.tests) ? c.tests : []) {
      problems.push(...descriptionProblem(t?.description, seenTests, `test in "${c?.description}"`));
    }
  }
  return problems;
}

function descriptionProblem(description, seen, scope) {
  if (typeof description !== 'string') return [`${scope} without description`];
  const problems = [];
  if (seen.has(description)) problems.push(`${scope} description "${description}" is not unique`);
  if (SHOULD.test(description)) problems.push(`${scope} description "${description}" says "should"; say what is`);
  seen.add(description);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// fim-mapping.md against the XDatenfelder XSDs

const XSD_DIR = path.join(corpusDir, 'fim', 'escalon__glykon', 'xdatenfelder');

/** Element and attribute names an XSD declares (`name="…"` on xs:element / xs:attribute), comments removed. */
function declaredNames(xsdText) {
  const text = xsdText.replace(/<!--[\s\S]*?-->/g, '');
  const elements = new Set([...text.matchAll(/<xs:element\b[^>]*?\bname="([^"]+)"/g)].map((m) => m[1]));
  const attributes = new Set([...text.matchAll(/<xs:attribute\b[^>]*?\bname="([^"]+)"/g)].map((m) => m[1]));
  return { elements, attributes };
}

/**
 * Names in the xdf2 or xdf3 column of every table with the header `xdf2 | xdf3 | fimforms | notes`: the code spans of
 * the cell, split at `/`, `,` and spaces; `@x` is attribute x.
 */
function mappedNames(markdown, column) {
  const elements = new Set();
  const attributes = new Set();
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const cells = line.startsWith('|') ? splitRow(line) : null;
    if (cells === null) inTable = false;
    else if (cells[0] === 'xdf2' && cells[1] === 'xdf3') inTable = true;
    else if (inTable) addCellNames(cells[column] ?? '', elements, attributes);
  }
  return { elements, attributes };
}

function splitRow(line) {
  // `\|` inside a cell is an escaped pipe, not a separator.
  return line.slice(1, line.endsWith('|') ? -1 : undefined).split(/(?<!\\)\|/).map((c) => c.trim());
}

function addCellNames(cell, elements, attributes) {
  for (const span of cell.matchAll(/`([^`]+)`/g)) {
    for (const token of span[1].split(/[\s/,]+/)) {
      const at = token.indexOf('@');
      if (at > 0) elements.add(token.slice(0, at));
      if (at >= 0) attributes.add(token.slice(at + 1));
      else if (token) elements.add(token);
    }
  }
}

function checkMappingTable() {
  const suite = 'fim-mapping.md';
  const table = readFileSync(path.join(specsDir, 'fim-mapping.md'), 'utf8');
  const versions = [
    { dir: '2.0', column: 0, label: 'xdf2' },
    { dir: '3.0.0', column: 1, label: 'xdf3' },
  ];
  for (const { dir, column, label } of versions) {
    const mapped = mappedNames(table, column);
    for (const file of ['xdatenfelder-baukasten.xsd', 'xdatenfelder.xsd']) {
      const xsd = path.join(XSD_DIR, dir, file);
      const title = `the ${label} column names every element and attribute of ${dir}/${file}`;
      if (!existsSync(xsd)) {
        if (inCi) check(suite, title, () => [`corpus missing: ${xsd} (set FIMFORMS_CORPUS)`]);
        else pending(suite, title, `corpus not found at ${corpusDir}`);
        continue;
      }
      check(suite, title, () => missingNames(declaredNames(readFileSync(xsd, 'utf8')), mapped, file));
    }
  }
}

function missingNames(declared, mapped, file) {
  const problems = [];
  for (const name of declared.elements) if (!mapped.elements.has(name)) problems.push(`element ${name} of ${file} is not in the table`);
  for (const name of declared.attributes) if (!mapped.attributes.has(name)) problems.push(`attribute @${name} of ${file} is not in the table`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Examples (format.md §14): schema-valid and internally consistent

const EXAMPLE_SCHEMA = '../../packages/format/schema/form-definition.schema.json';

function checkExamples() {
  const suite = 'examples';
  const dir = path.join(specsDir, 'examples');
  const files = jsonFiles(dir).filter((f) => f.endsWith('.form.json'));
  check(suite, 'there are at least five examples', () => (files.length >= 5 ? [] : [`only ${files.length} examples`]));
  const schemaFile = path.join(repoRoot, 'packages', 'format', 'schema', 'form-definition.schema.json');
  let validate;
  check(suite, 'the format schema compiles in strict mode', () => {
    validate = strictAjv().compile(readJson(schemaFile));
    return [];
  });
  for (const file of files) checkExample(suite, path.join(dir, file), validate);
}

function checkExample(suite, file, validate) {
  const name = path.basename(file);
  let definition;
  check(suite, `${name} is accepted by the format schema`, () => {
    definition = readJson(file);
    if (!validate) return ['format schema unavailable'];
    return validate(definition) ? [] : ajvErrors(validate.errors);
  });
  if (typeof definition !== 'object' || definition === null) return;
  check(suite, `${name} names the schema and format version 1.0`, () => headerProblems(definition));
  check(suite, `${name} is internally consistent`, () => consistencyProblems(definition));
}

function headerProblems(definition) {
  const problems = [];
  if (definition.$schema !== EXAMPLE_SCHEMA) problems.push(`$schema is not "${EXAMPLE_SCHEMA}"`);
  if (definition.fimforms !== '1.0') problems.push('fimforms is not "1.0"');
  return problems;
}

const own = (map, key) => map !== undefined && map !== null && Object.hasOwn(map, key);

/** The semantic rules of format.md that a hand-written example can break. Not a validator: a guard for the data. */
function consistencyProblems(d) {
  return [
    ...occurrenceProblems(d),
    ...fieldProblems(d),
    ...groupProblems(d),
    ...ruleProblems(d),
    ...fimIdentityProblems(d),
    ...pageProblems(d),
    ...unusedProblems(d),
  ];
}

/** Everything defined is used: placed, named by a field's `codeList`, or attached by `rules`/`schemaRules`. */
function unusedProblems(d) {
  const placed = new Set([...(d.structure ?? []), ...Object.values(d.groups ?? {}).flatMap((g) => g.children ?? [])].map((o) => ('field' in o ? `f:${o.field}` : `g:${o.group}`)));
  const elements = [...Object.values(d.fields ?? {}), ...Object.values(d.groups ?? {})];
  const lists = new Set(Object.values(d.fields ?? {}).map((f) => f.codeList));
  const rules = new Set([...(d.schemaRules ?? []), ...elements.flatMap((e) => e.rules ?? [])]);
  return [
    ...Object.keys(d.fields ?? {}).filter((k) => !placed.has(`f:${k}`)).map((k) => `/fields/${k}: never placed`),
    ...Object.keys(d.groups ?? {}).filter((k) => !placed.has(`g:${k}`)).map((k) => `/groups/${k}: never placed`),
    ...Object.keys(d.codeLists ?? {}).filter((k) => !lists.has(k)).map((k) => `/codeLists/${k}: no field uses it`),
    ...Object.keys(d.rules ?? {}).filter((k) => !rules.has(k)).map((k) => `/rules/${k}: attached to no element`),
  ];
}

/** Walks every occurrence list (structure and children) and checks references, names, cardinalities, cycles. */
function occurrenceProblems(d) {
  const problems = [];
  const lists = [['/structure', d.structure ?? []]];
  for (const [key, group] of Object.entries(d.groups ?? {})) lists.push([`/groups/${key}/children`, group.children ?? []]);
  for (const [pointer, occurrences] of lists) {
    const names = new Set();
    occurrences.forEach((occ, i) => {
      const at = `${pointer}/${i}`;
      const element = 'field' in occ ? d.fields?.[occ.field] : d.groups?.[occ.group];
      const resolved = 'field' in occ ? own(d.fields, occ.field) : own(d.groups, occ.group);
      if (!resolved) problems.push(`${at}: unknown ${'field' in occ ? 'field' : 'group'} "${occ.field ?? occ.group}"`);
      const name = occ.name ?? element?.name;
      if (names.has(name)) problems.push(`${at}: technical name "${name}" repeats among siblings`);
      names.add(name);
      problems.push(...cardinalityProblems(occ.cardinality, at));
    });
  }
  problems.push(...cycleProblems(d));
  return problems;
}

function cardinalityProblems(text, at) {
  if (text === undefined) return [];
  const [min, max] = text.split(':');
  if (max === '*') return [];
  if (Number(max) < 1) return [`${at}: cardinality max must be at least 1`];
  return Number(min) <= Number(max) ? [] : [`${at}: cardinality ${text} has min > max`];
}

function cycleProblems(d) {
  const problems = [];
  const visit = (key, trail) => {
    if (trail.includes(key)) return problems.push(`/groups/${key}: contains itself via ${[...trail, key].join(' → ')}`);
    for (const child of d.groups?.[key]?.children ?? []) if ('group' in child && own(d.groups, child.group)) visit(child.group, [...trail, key]);
  };
  for (const key of Object.keys(d.groups ?? {})) visit(key, []);
  return problems;
}

const TYPE_OF_CONSTRAINT = {
  minLength: ['text', 'text_latin'],
  maxLength: ['text', 'text_latin'],
  pattern: ['text', 'text_latin'],
  minValue: ['num', 'num_int', 'num_currency', 'date', 'time', 'datetime'],
  maxValue: ['num', 'num_int', 'num_currency', 'date', 'time', 'datetime'],
  maxSize: ['file'],
  mediaTypes: ['file'],
};

function fieldProblems(d) {
  const problems = [];
  for (const [key, field] of Object.entries(d.fields ?? {})) {
    const at = `/fields/${key}`;
    const c = field.constraints ?? {};
    for (const name of Object.keys(c)) {
      if (!TYPE_OF_CONSTRAINT[name]?.includes(field.type)) problems.push(`${at}: ${name} does not apply to ${field.type}`);
    }
    if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength) problems.push(`${at}: minLength > maxLength`);
    if (c.minValue !== undefined && c.maxValue !== undefined && compareBounds(c.minValue, c.maxValue, field.type) > 0) problems.push(`${at}: minValue > maxValue`);
    if (c.pattern !== undefined) problems.push(...patternProblems(c.pattern, at));
    if ((field.control === 'select') !== (field.codeList !== undefined)) problems.push(`${at}: codeList belongs to select fields only, and they need one`);
    if (field.codeList !== undefined && !own(d.codeLists, field.codeList)) problems.push(`${at}: unknown code list "${field.codeList}"`);
    if (field.control === 'label' && field.content === undefined) problems.push(`${at}: a label field needs content`);
    for (const rule of field.rules ?? []) if (!own(d.rules, rule)) problems.push(`${at}: unknown rule "${rule}"`);
  }
  for (const [key, list] of Object.entries(d.codeLists ?? {})) {
    const codes = (list.values ?? []).map((v) => v.code);
    if (new Set(codes).size !== codes.length) problems.push(`/codeLists/${key}: codes repeat`);
  }
  return problems;
}

function compareBounds(a, b, type) {
  return ['num', 'num_int', 'num_currency'].includes(type) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
}

function patternProblems(pattern, at) {
  try {
    new RegExp(`^(?:${pattern})$`, 'v');
  } catch (error) {
    return [`${at}: pattern does not compile with the v flag: ${error instanceof Error ? error.message : error}`];
  }
  return /(^|[^\\])[\^$]/.test(pattern.replace(/\[\^/g, '[')) ? [`${at}: pattern contains an anchor (format.md §5.4)`] : [];
}

function groupProblems(d) {
  const problems = [];
  for (const [key, group] of Object.entries(d.groups ?? {})) {
    if (group.choice && (group.children ?? []).length < 2) problems.push(`/groups/${key}: a choice group needs two children`);
    for (const rule of group.rules ?? []) if (!own(d.rules, rule)) problems.push(`/groups/${key}: unknown rule "${rule}"`);
  }
  for (const rule of d.schemaRules ?? []) if (!own(d.rules, rule)) problems.push(`/schemaRules: unknown rule "${rule}"`);
  return problems;
}

/** Rule references of the examples are FIM style (`self.<id>`) or element keys; both must resolve. */
function ruleProblems(d) {
  const problems = [];
  const ids = new Set([...Object.values(d.fields ?? {}), ...Object.values(d.groups ?? {})].map((e) => e.fim?.id).filter(Boolean));
  const resolves = (ref) => (ref.startsWith('self.') ? ids.has(ref.slice(5)) : own(d.fields, ref) || own(d.groups, ref) || pathResolves(d, ref));
  for (const [key, rule] of Object.entries(d.rules ?? {})) {
    (rule.effects ?? []).forEach((effect, i) => {
      const at = `/rules/${key}/effects/${i}`;
      if (effect.target !== undefined && !resolves(effect.target)) problems.push(`${at}/target: "${effect.target}" does not resolve`);
      for (const ref of identifiers(effect.when)) if (!resolves(ref)) problems.push(`${at}/when: "${ref}" does not resolve`);
    });
  }
  return problems;
}

function identifiers(expression) {
  if (expression === null || typeof expression !== 'object') return [];
  if (Array.isArray(expression)) return expression.flatMap(identifiers);
  return Object.entries(expression).flatMap(([op, arg]) => (op === 'identifier' ? [String(arg)] : identifiers(arg)));
}

function pathResolves(d, ref) {
  let occurrences = d.structure ?? [];
  for (const name of ref.split('.')) {
    const occ = occurrences.find((o) => (o.name ?? ('field' in o ? d.fields?.[o.field] : d.groups?.[o.group])?.name) === name);
    if (!occ) return false;
    occurrences = 'group' in occ ? d.groups?.[occ.group]?.children ?? [] : [];
  }
  return true;
}

function fimIdentityProblems(d) {
  const problems = [];
  const seen = new Map();
  const note = (pointer, fim, letter) => {
    if (!fim) return;
    if (fim.id[0] !== letter) problems.push(`${pointer}/fim/id: ${fim.id} does not start with ${letter}`);
    const identity = `${fim.id}@${fim.version ?? ''}`;
    if (seen.has(identity)) problems.push(`${pointer}: ${identity} is also defined at ${seen.get(identity)} (format.md §4.1)`);
    seen.set(identity, pointer);
  };
  note('', d.fim, 'S');
  for (const [k, f] of Object.entries(d.fields ?? {})) note(`/fields/${k}`, f.fim, 'F');
  for (const [k, g] of Object.entries(d.groups ?? {})) note(`/groups/${k}`, g.fim, 'G');
  for (const [k, r] of Object.entries(d.rules ?? {})) note(`/rules/${k}`, r.fim, 'R');
  return problems;
}

function pageProblems(d) {
  if (!d.pages) return [];
  const top = (d.structure ?? []).map((o) => o.name ?? ('field' in o ? d.fields?.[o.field] : d.groups?.[o.group])?.name);
  const placed = d.pages.flatMap((p) => p.items);
  const problems = placed.filter((n) => !top.includes(n)).map((n) => `/pages: "${n}" is not a top-level occurrence`);
  for (const n of top) if (placed.filter((p) => p === n).length !== 1) problems.push(`/pages: "${n}" is not on exactly one page`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Section citations in code comments (`// specs/payload.md §3.1: …`) name sections that exist

const CITATION = /\b([a-z][a-z0-9-]*\.md) ?§ ?(\d+(?:\.\d+)*)/g;

function checkCodeCitations() {
  const packagesDir = path.join(repoRoot, 'packages');
  if (!existsSync(packagesDir)) return;
  for (const pkg of readdirSync(packagesDir).sort()) {
    const files = ['src', 'scripts'].flatMap((dir) => sourceFiles(path.join(packagesDir, pkg, dir)));
    if (files.length === 0) continue;
    check('code citations', `packages/${pkg} cites existing sections of specs/*.md`, () => files.flatMap(citationProblems));
  }
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Citations of files that live in specs/ (other documents, e.g. the shared primers, are not checked). */
function citationProblems(file) {
  const problems = [];
  for (const [, doc, section] of readFileSync(file, 'utf8').matchAll(CITATION)) {
    if (!SPEC_DOCUMENTS.has(doc)) continue;
    const anchors = anchorsOf(doc);
    const where = path.relative(repoRoot, file);
    if (anchors === null) problems.push(`${where}: cites ${doc} §${section}, but specs/${doc} does not exist`);
    else if (!anchors.has(section)) problems.push(`${where}: cites ${doc} §${section}, which has no such section`);
  }
  return problems;
}

/** The specification documents of this package (README.md lists them). */
const SPEC_DOCUMENTS = new Set(['format.md', 'fim-mapping.md', 'rules.md', 'runtime.md', 'submission.md', 'payload.md', 'xdatenfelder.md', 'diagnostics.md', 'diff.md']);

// ---------------------------------------------------------------------------------------------------------------
// Report

function report() {
  const testResults = [...suites].map(([name, assertions]) => ({
    name,
    status: assertions.some((a) => a.status === 'failed') ? 'failed' : 'passed',
    message: '',
    assertionResults: assertions.map((a) => ({ ancestorTitles: [name], fullName: `${name} ${a.title}`, ...a })),
  }));
  const all = testResults.flatMap((s) => s.assertionResults);
  const count = (status) => all.filter((a) => a.status === status).length;
  const passed = count('passed');
  const failed = count('failed');
  const result = {
    numTotalTestSuites: testResults.length,
    numPassedTestSuites: testResults.filter((s) => s.status === 'passed').length,
    numFailedTestSuites: testResults.filter((s) => s.status === 'failed').length,
    numPendingTestSuites: 0,
    numTotalTests: all.length,
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: count('pending'),
    numTodoTests: 0,
    startTime: Date.now(),
    success: failed === 0 && passed > 0,
    testResults,
  };
  writeFileSync(path.join(specsDir, '.test-results.json'), JSON.stringify(result, null, 2) + '\n');
  for (const a of all) {
    const mark = a.status === 'passed' ? '✓' : a.status === 'failed' ? '✗' : '-';
    console.log(`${mark} ${a.fullName}`);
    for (const message of a.failureMessages) console.log(`    ${message}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return result.success;
}

checkConformance();
checkCodeCitations();
checkMappingTable();
checkExamples();
process.exitCode = report() ? 0 : 1;

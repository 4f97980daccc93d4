import {
  escapePointerSegment,
  fixedContent,
  parseCardinality,
  occurrenceName,
  type CodeList,
  type Diagnostic,
  type Field,
  type FieldGroup,
  type FimIdentity,
  type FormDefinition,
  type Occurrence,
} from '@fimforms/format';
import { codeListModel } from './code-list-model.js';
import { fieldConstraints } from './field-constraints.js';
import { payloadDiagnostic } from './payload-diagnostic.js';
import type { CodeListModel, Documentation, FieldType, GroupType, Member, PayloadModel } from './payload-model.js';
import type { PayloadOptions } from './payload-options.js';
import { ruleRelaxedOccurrences } from './rule-relaxed-occurrences.js';
import { fimIdName, lowerCamelName, NameScope, upperCamelName } from './xoev-name.js';

/** Groups nested deeper than this are reported, not followed (hostile input must not overflow the stack). */
export const MAX_GROUP_DEPTH = 64;

/** The default namespaces' prefix: `urn:fimforms:payload:<S-id or name>:<version>`. */
export const PAYLOAD_URN_PREFIX = 'urn:fimforms:payload:';

const cache = new WeakMap<FormDefinition, Map<string, PayloadModel>>();

/**
 * Derives the payload model of a definition (specs/payload.md §2). The result is cached per
 * definition object and options: treat definitions as immutable once compiled.
 */
export function buildPayloadModel(definition: FormDefinition, options: PayloadOptions = {}): PayloadModel {
  // Callers outside TypeScript may pass anything; report instead of throwing.
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return new ModelBuilder({ structure: 'invalid' } as unknown as FormDefinition, options).build();
  }
  const optionsKey = JSON.stringify([options.naming, options.version, options.targetNamespace, options.kennung, options.schemaUri]);
  let perOptions = cache.get(definition);
  const cached = perOptions?.get(optionsKey);
  if (cached) return cached;
  const model = new ModelBuilder(definition, options).build();
  if (!perOptions) {
    perOptions = new Map();
    cache.set(definition, perOptions);
  }
  perOptions.set(optionsKey, model);
  return model;
}

class ModelBuilder {
  readonly #definition: FormDefinition;
  readonly #naming: 'technical' | 'fim-id';
  readonly #options: PayloadOptions;
  readonly #typeNames = new NameScope();
  readonly #defKeys = new NameScope();
  readonly #groupTypes = new Map<string, GroupType>();
  readonly #fieldTypes = new Map<string, FieldType>();
  readonly #codeLists = new Map<string, CodeListModel>();
  readonly #inProgress = new Set<string>();
  readonly #diagnostics: Diagnostic[] = [];
  readonly #relaxed: Set<string>;
  #kennung = '';
  #version = '';

  constructor(definition: FormDefinition, options: PayloadOptions) {
    this.#definition = definition;
    this.#options = options;
    this.#naming = options.naming ?? 'technical';
    const { relaxed, complete } = ruleRelaxedOccurrences(definition);
    this.#relaxed = relaxed;
    if (!complete) {
      this.#report(
        'compile-structure-too-large',
        '/structure',
        'Die Struktur ist zu groß, um alle Regelziele aufzulösen; davon betroffene Pflichtfelder bleiben Pflicht.',
        'The structure is too large to resolve every rule target; required fields they hide stay required.',
        'warning',
      );
    }
  }

  build(): PayloadModel {
    const definition = this.#definition;
    const formName = typeof definition.name === 'string' && definition.name !== '' ? definition.name : 'formular';
    const identity = this.#namespace(formName);
    const rootTypeName = this.#typeNames.claim(`${upperCamelName(formName)}Type`);
    const root: GroupType = {
      kind: 'group',
      key: '',
      typeName: rootTypeName,
      defKey: '',
      choice: false,
      members: [],
      documentation: documentation(definition.title, definition.description, formName),
      ...fimIdentity(definition.fim),
      pointer: '',
    };
    if (!Array.isArray(definition.structure)) {
      this.#report('compile-invalid-definition', '/structure', 'Die Definition hat keine gültige „structure“.', 'The definition has no valid "structure".');
    } else {
      root.members = this.#members(definition.structure, '/structure', 1, false);
    }
    const rootName =
      this.#naming === 'fim-id' && definition.fim?.id !== undefined ? fimIdName(definition.fim.id) : lowerCamelName(formName);
    return {
      formName,
      ...identity,
      rootName,
      root,
      groups: [root, ...this.#groupTypes.values()],
      fields: [...this.#fieldTypes.values()],
      diagnostics: this.#diagnostics,
    };
  }

  #namespace(formName: string): Pick<PayloadModel, 'targetNamespace' | 'kennung' | 'version' | 'schemaUri'> {
    const options = this.#options;
    const version = options.version ?? this.#definition.fim?.version ?? '1.0';
    // A URN, as XÖV names its standards (urn:xoev-de:…): it needs no domain held by anyone and
    // never resolves, so no back office ever depends on a server (specs/payload.md §2.2).
    const base = `${PAYLOAD_URN_PREFIX}${encodeURIComponent(this.#definition.fim?.id ?? lowerCamelName(formName))}`;
    const targetNamespace = options.targetNamespace ?? `${base}:${version}`;
    const kennung = options.kennung ?? (options.targetNamespace === undefined ? base : targetNamespace);
    const separator = targetNamespace.startsWith('urn:') ? ':' : '/';
    const schemaUri = options.schemaUri ?? `${targetNamespace}${separator}${formName}.schema.json`;
    if (/^urn:xoev-de:/i.test(targetNamespace)) {
      this.#report(
        'compile-namespace-reserved',
        '',
        `Der Namensraum „${targetNamespace}“ liegt unter urn:xoev-de:, das registrierten XÖV-Herausgebern vorbehalten ist.`,
        `The namespace "${targetNamespace}" is under urn:xoev-de:, which is reserved for registered XÖV publishers.`,
      );
    }
    for (const [what, uri] of [['targetNamespace', targetNamespace], ['schemaUri', schemaUri], ['kennung', kennung]] as const) {
      if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]+$/.test(uri)) {
        this.#report('compile-invalid-uri', '', `„${what}“ ist kein gültiger URI: „${uri}“.`, `"${what}" is not a valid URI: "${uri}".`);
      }
    }
    if (!/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(version)) {
      this.#report('compile-invalid-version', '', `Die Version „${version}“ ist ungültig.`, `The version "${version}" is invalid.`);
    }
    this.#kennung = kennung;
    this.#version = version;
    return { targetNamespace, kennung, version, schemaUri };
  }

  #members(occurrences: Occurrence[], pointerBase: string, depth: number, choice: boolean): Member[] {
    const elementNames = new NameScope();
    const submissionNames = new Set<string>();
    const members: Member[] = [];
    occurrences.forEach((occurrence, index) => {
      const pointer = `${pointerBase}/${index}`;
      if (typeof occurrence !== 'object' || occurrence === null) {
        this.#report('compile-invalid-definition', pointer, 'Ungültiges Vorkommen.', 'Invalid occurrence.');
        return;
      }
      const member = this.#member(occurrence, pointer, depth, choice, elementNames);
      if (!member) return;
      if (submissionNames.has(member.submissionName)) {
        this.#report(
          'compile-duplicate-member',
          pointer,
          `Der technische Name „${member.submissionName}“ kommt in derselben Gruppe mehrfach vor.`,
          `The technical name "${member.submissionName}" occurs more than once in the same group.`,
        );
        return;
      }
      submissionNames.add(member.submissionName);
      members.push(member);
    });
    return members;
  }

  #member(occurrence: Occurrence, pointer: string, depth: number, choice: boolean, names: NameScope): Member | undefined {
    const range = parseCardinality(occurrence.cardinality);
    if (!range || range.min > range.max) {
      this.#report('compile-invalid-cardinality', `${pointer}/cardinality`, 'Ungültige Anzahl.', 'Invalid cardinality.');
      return undefined;
    }
    if (range.max === 0) return undefined; // `0:0` places nothing that could be submitted
    const type = this.#occurrenceType(occurrence, pointer, depth);
    if (!type) return undefined;
    const submissionName = occurrenceName(this.#definition, occurrence);
    const element = 'field' in occurrence ? this.#field(occurrence.field) : this.#group(occurrence.group);
    const byFimId = this.#naming === 'fim-id' && element?.fim?.id !== undefined;
    const preferred = byFimId ? fimIdName(element.fim!.id) : lowerCamelName(submissionName);
    const relaxed = this.#relaxed.has(pointer);
    // In a choice the chosen branch occurs at least once, even one a rule may hide or count down:
    // the runtime counts only a filled, visible branch (specs/payload.md §3.5).
    // A `hidden` or `locked` field without content never carries a value: the runtime neither
    // sends nor requires one (specs/runtime.md §4.2), so the schemas must not require it either.
    const valueless = 'field' in occurrence && element !== undefined && carriesNoValue(element as Field);
    const min = choice ? Math.max(range.min, 1) : relaxed || valueless ? 0 : range.min;
    return {
      name: names.claim(preferred, byFimId ? '.' : ''),
      submissionName,
      min,
      max: range.max,
      repeated: range.max > 1,
      ruleDependent: relaxed,
      type,
      documentation: type.documentation,
      legalBases: Array.isArray(occurrence.legalBases) ? occurrence.legalBases : [],
      pointer,
    };
  }

  #occurrenceType(occurrence: Occurrence, pointer: string, depth: number): GroupType | FieldType | undefined {
    if ('field' in occurrence) {
      const field = this.#field(occurrence.field);
      if (!field) return this.#dangling(pointer, occurrence.field);
      if (field.control === 'label') return undefined; // label fields never appear in submissions
      return this.#fieldType(occurrence.field, field);
    }
    const group = this.#group(occurrence.group);
    if (!group) return this.#dangling(pointer, occurrence.group);
    if (this.#inProgress.has(occurrence.group)) {
      this.#report(
        'compile-recursive-group',
        pointer,
        `Die Gruppe „${occurrence.group}“ enthält sich selbst; rekursive Nutzdaten werden nicht erzeugt.`,
        `The group "${occurrence.group}" contains itself; recursive payloads are not generated.`,
      );
      return undefined;
    }
    if (depth > MAX_GROUP_DEPTH) {
      this.#report(
        'compile-nesting-too-deep',
        pointer,
        `Gruppen sind tiefer als ${MAX_GROUP_DEPTH} Ebenen verschachtelt.`,
        `Groups are nested deeper than ${MAX_GROUP_DEPTH} levels.`,
      );
      return undefined;
    }
    return this.#groupType(occurrence.group, group, depth);
  }

  #dangling(pointer: string, key: string): undefined {
    this.#report('compile-unknown-element', pointer, `Das Element „${key}“ ist nicht definiert.`, `The element "${key}" is not defined.`);
    return undefined;
  }

  #groupType(key: string, group: FieldGroup, depth: number): GroupType {
    const known = this.#groupTypes.get(key);
    if (known) return known;
    const pointer = `/groups/${escapePointerSegment(key)}`;
    const type: GroupType = {
      kind: 'group',
      key,
      typeName: this.#typeNames.claim(`${upperCamelName(group.name ?? key)}Type`),
      defKey: this.#defKey(key, group.fim),
      choice: group.choice === true,
      members: [],
      documentation: documentation(group.label, group.help, group.name ?? key),
      ...fimIdentity(group.fim),
      pointer,
    };
    this.#groupTypes.set(key, type);
    this.#inProgress.add(key);
    if (Array.isArray(group.children)) {
      type.members = this.#members(group.children, `${pointer}/children`, depth + 1, type.choice);
    } else {
      this.#report('compile-invalid-definition', `${pointer}/children`, 'Die Gruppe hat keine Kinder.', 'The group has no children.');
    }
    this.#inProgress.delete(key);
    return type;
  }

  #fieldType(key: string, field: Field): FieldType {
    const known = this.#fieldTypes.get(key);
    if (known) return known;
    const pointer = `/fields/${escapePointerSegment(key)}`;
    const codeList = this.#fieldCodeList(field, pointer);
    const { constraints, xsdPattern } = fieldConstraints(field, pointer, this.#diagnostics);
    const base = upperCamelName(field.name ?? key);
    const type: FieldType = {
      kind: 'field',
      key,
      typeName: this.#typeNames.claim(codeList ? `Code.${base}Type` : `${base}Type`),
      defKey: this.#defKey(key, field.fim),
      dataType: field.type,
      constraints,
      ...(xsdPattern !== undefined ? { xsdPattern } : {}),
      ...(codeList ? { codeList } : {}),
      documentation: documentation(field.label, field.help, field.name ?? key),
      ...fimIdentity(field.fim),
      pointer,
    };
    this.#fieldTypes.set(key, type);
    return type;
  }

  #fieldCodeList(field: Field, pointer: string): CodeListModel | undefined {
    if (field.codeList === undefined) {
      if (field.control === 'select') {
        this.#report(
          'compile-select-without-code-list',
          pointer,
          'Ein Auswahlfeld ohne Codeliste wird als Text übertragen.',
          'A select field without a code list is transmitted as text.',
          'warning',
        );
      }
      return undefined;
    }
    const known = this.#codeLists.get(field.codeList);
    if (known) return known;
    const list = ownValue(this.#definition.codeLists, field.codeList);
    if (!list) {
      this.#report(
        'compile-unknown-code-list',
        `${pointer}/codeList`,
        `Die Codeliste „${field.codeList}“ ist nicht definiert.`,
        `The code list "${field.codeList}" is not defined.`,
      );
      return undefined;
    }
    const model = codeListModel(field.codeList, list as CodeList, this.#kennung, this.#version);
    this.#codeLists.set(field.codeList, model);
    return model;
  }

  #defKey(key: string, fim: FimIdentity | undefined): string {
    const preferred = fim?.id !== undefined ? `${fim.id}${fim.version !== undefined ? `V${fim.version}` : ''}` : key;
    const safe = preferred.replace(/[^A-Za-z0-9_.-]/g, '').replace(/^[^A-Za-z]+/, '');
    return this.#defKeys.claim(safe === '' ? 'element' : safe);
  }

  #field(key: string): Field | undefined {
    return ownValue(this.#definition.fields, key);
  }

  #group(key: string): FieldGroup | undefined {
    return ownValue(this.#definition.groups, key);
  }

  #report(code: string, pointer: string, de: string, en: string, severity: 'error' | 'warning' = 'error'): void {
    this.#diagnostics.push(payloadDiagnostic(code, pointer, de, en, severity));
  }
}

function documentation(
  label: { de?: string; en?: string } | undefined,
  help: { de?: string; en?: string } | undefined,
  fallback: string,
): Documentation {
  const de = [label?.de, help?.de].filter((text): text is string => typeof text === 'string' && text !== '').join('\n\n');
  const en = [label?.en, help?.en].filter((text): text is string => typeof text === 'string' && text !== '').join('\n\n');
  return { de: de === '' ? fallback : de, ...(en !== '' ? { en } : {}) };
}

function fimIdentity(fim: FimIdentity | undefined): { fim?: FimIdentity } {
  if (fim?.id === undefined) return {};
  return { fim: { id: fim.id, ...(fim.version !== undefined ? { version: fim.version } : {}) } };
}

// Maps come from JSON; an inherited key such as `constructor` must never resolve.
function ownValue<T>(map: { [key: string]: T } | undefined, key: string): T | undefined {
  return typeof map === 'object' && map !== null && Object.hasOwn(map, key) ? map[key] : undefined;
}

function carriesNoValue(field: Field): boolean {
  return (field.control === 'hidden' || field.control === 'locked') && fixedContent(field) === undefined;
}

import type { CodeValue, DataType, Diagnostic, FieldConstraints, FimIdentity, LegalBasis } from '@fimforms/format';

/**
 * The payload model: the ONE mapping from a definition to payload structure (specs/payload.md §2).
 * Every emitter (XSD, JSON Schema) and every serializer reads names, order, types, cardinality
 * and code lists from here and nowhere else, so schemas and payloads cannot drift apart.
 */
export interface PayloadModel {
  /** Technical name of the form (file base name of the emitted schemas). */
  formName: string;
  /** Versioned XML targetNamespace. */
  targetNamespace: string;
  /** Unversioned identifier of the payload schema (appinfo `kennung`). */
  kennung: string;
  /** Version of the payload schema (`xs:schema/@version`). */
  version: string;
  /** `$id` of the JSON Schema, also the FIT-Connect `schemaUri`. */
  schemaUri: string;
  /** Element name of the payload root (the only global element). */
  rootName: string;
  /** The root content: the definition's `structure`. */
  root: GroupType;
  /** Every group type, field type, in first-use order (the root first). */
  groups: GroupType[];
  fields: FieldType[];
  /** Problems found while mapping; errors mean the schemas would not be faithful. */
  diagnostics: Diagnostic[];
}

/** Documentation texts of a component, German first. */
export interface Documentation {
  de: string;
  en?: string;
}

/** A Datenfeldgruppe (or the root) as a complex type. */
export interface GroupType {
  kind: 'group';
  /** Key in the definition's `groups` (`""` for the root). */
  key: string;
  /** XSD type name (Upper-camel, `Type` suffix). */
  typeName: string;
  /** Key of the JSON Schema `$defs` entry (`G…V…` convention); `""` for the root. */
  defKey: string;
  /**
   * Exactly one member is present (FIM Auswahlgruppe) whenever the group is: the runtime reports
   * an empty present choice (`choice-none-selected`), so the choice itself is never optional.
   */
  choice: boolean;
  members: Member[];
  documentation: Documentation;
  fim?: FimIdentity;
  /** JSON pointer of the group in the definition. */
  pointer: string;
}

/** A Datenfeld as a simple type, a code type or a file type. */
export interface FieldType {
  kind: 'field';
  key: string;
  typeName: string;
  defKey: string;
  dataType: DataType;
  constraints: FieldConstraints;
  /** The XSD translation of `constraints.pattern`, when it has one. */
  xsdPattern?: string;
  /** The code list of a select field. */
  codeList?: CodeListModel;
  documentation: Documentation;
  fim?: FimIdentity;
  pointer: string;
}

/**
 * A code list as an XÖV Code type: Code-Typ 1 (version fixed, codes enumerated), 2 (version
 * fixed, codes not known) or 3 (version given in the instance).
 */
export interface CodeListModel {
  key: string;
  codeType: 1 | 2 | 3;
  listURI: string;
  /** Fixed version (Code-Typ 1 and 2). */
  version?: string;
  /** The codes (Code-Typ 1). */
  values?: CodeValue[];
  title: string;
  /** An inline list of the definition: its URI and version follow the payload schema's. */
  inline?: true;
}

/** One child element of a group: an occurrence with its element name and cardinality. */
export interface Member {
  /** Element name in XML and property name in the JSON payload. */
  name: string;
  /** The occurrence's technical name: the key in the submission object. */
  submissionName: string;
  min: number;
  /** `Infinity` for `*`. */
  max: number;
  /** Array in submissions and JSON payloads (max > 1). */
  repeated: boolean;
  /** A rule may hide this occurrence or change its count, so its minimum is 0 (specs/payload.md §3.4). */
  ruleDependent: boolean;
  type: GroupType | FieldType;
  documentation: Documentation;
  legalBases: LegalBasis[];
  /** JSON pointer of the occurrence. */
  pointer: string;
}

/**
 * Options shared by the emitters and the serializers. Emit the schemas and serialize the
 * payloads with the SAME options, or names and namespaces will not match.
 */
export interface PayloadOptions {
  /**
   * Element and property names: `technical` (default) uses the occurrences' technical names in
   * XÖV lower-camel form (`antragSteller`); `fim-id` uses the FIM ids (`F60000000227`,
   * FIT-Connect practice), falling back to the technical name for elements without a FIM id.
   */
  naming?: 'technical' | 'fim-id';
  /** Version of the payload schema; default the FIM version of the schema, else `1.0`. */
  version?: string;
  /**
   * Versioned targetNamespace; default `urn:fimforms:payload:<S-id or name>:<version>`.
   * Never one under `urn:xoev-de:` (reserved for registered XÖV publishers).
   */
  targetNamespace?: string;
  /** Unversioned identifier (appinfo `kennung`); default the namespace without its version. */
  kennung?: string;
  /** JSON Schema `$id` (FIT-Connect schemaUri); default `<targetNamespace>:<name>.schema.json` (`/` instead of `:` for an http(s) namespace). */
  schemaUri?: string;
}

/** Run-time facts the definition lacks, given with the data to serialize. */
export interface DataOptions {
  /**
   * Versions of code lists referenced without a version (Code-Typ 3), keyed by list URI. The
   * instance must name the version, and only the caller knows which one the citizen saw.
   */
  codeListVersions?: { [listURI: string]: string };
}

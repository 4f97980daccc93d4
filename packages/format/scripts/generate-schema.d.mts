/** Path of the committed schema file. */
export declare const schemaPath: string;
/** Generates the schema object from the TypeScript types. */
export declare function generateSchema(): Record<string, unknown>;
/** Serializes the schema as committed (2-space JSON, trailing newline). */
export declare function serialize(schema: Record<string, unknown>): string;

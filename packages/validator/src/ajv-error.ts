/** The part of an ajv `ErrorObject` the structural check reads (the standalone code emits these). */
export interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: { [name: string]: unknown };
  message?: string;
}

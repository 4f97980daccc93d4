import type { PayloadOptions } from '@fimforms/compiler';
import type { CliIo } from './command.js';
import { usageError } from './usage-error.js';

/** Options compile, sample and payload accept alike: schemas and payloads must agree on names and namespaces. */
export const PAYLOAD_ARGUMENTS = {
  naming: { type: 'string' },
  namespace: { type: 'string' },
  'schema-version': { type: 'string' },
  'schema-uri': { type: 'string' },
} as const;

/** Reads the payload options from parsed arguments; exit code 2 (after a message) when invalid. */
export function payloadOptions(values: { [name: string]: unknown }, io: CliIo, command: string): PayloadOptions | 2 {
  const naming = values['naming'];
  if (naming !== undefined && naming !== 'technical' && naming !== 'fim-id') {
    return usageError(io, command, { de: '--naming erwartet „technical“ oder „fim-id“.', en: '--naming expects "technical" or "fim-id".' });
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const options: PayloadOptions = {};
  if (naming !== undefined) options.naming = naming;
  if (text('namespace') !== undefined) options.targetNamespace = text('namespace')!;
  if (text('schema-version') !== undefined) options.version = text('schema-version')!;
  if (text('schema-uri') !== undefined) options.schemaUri = text('schema-uri')!;
  return options;
}

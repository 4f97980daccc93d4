import type { FormDefinition } from './form-definition.js';
import { FORMAT_VERSION } from './format-version.js';

/** One step that lifts a definition from one format version to the next. */
export interface Migration {
  /** Version read, e.g. `1.0`. */
  from: string;
  /** Version written. */
  to: string;
  migrate(definition: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The registered migrations, oldest first. Version 1.0 is the first version, so the list is
 * empty; a later version appends its step here (specs/format.md §2).
 */
export const migrations: readonly Migration[] = [];

/** The result of {@link migrateDefinition}. */
export type MigrationResult =
  | { ok: true; definition: FormDefinition; from: string; applied: string[] }
  | { ok: false; reason: 'missing-version' | 'unsupported-version'; version?: string };

/**
 * Brings a parsed definition to {@link FORMAT_VERSION}. Minor versions of major 1 newer than
 * this package are read as they are (they only add optional members); other versions need a
 * registered migration path, else `unsupported-version`.
 */
export function migrateDefinition(input: unknown): MigrationResult {
  const version = readVersion(input);
  if (version === undefined) return { ok: false, reason: 'missing-version' };
  let current = input as Record<string, unknown>;
  let at = version;
  const applied: string[] = [];
  for (const step of migrations) {
    if (step.from !== at) continue;
    current = step.migrate(current);
    at = step.to;
    applied.push(`${step.from}→${step.to}`);
  }
  if (!isReadable(at)) return { ok: false, reason: 'unsupported-version', version };
  return { ok: true, definition: current as unknown as FormDefinition, from: version, applied };
}

function readVersion(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const value = (input as Record<string, unknown>)['fimforms'];
  return typeof value === 'string' ? value : undefined;
}

function isReadable(version: string): boolean {
  const [major] = FORMAT_VERSION.split('.');
  return new RegExp(`^${major}\\.\\d+$`).test(version);
}

import { createRequire } from 'node:module';

/** The version of @fimforms/cli, for machine-readable output. */
export function toolVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

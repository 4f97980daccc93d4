import type { BuildResult } from 'esbuild';

/** Modules the elements import dynamically that become lazy chunks, by import specifier (a package's, or one relative to src/) → chunk name. */
export const LAZY_MODULES: Readonly<Record<string, string>>;

type Built = BuildResult<{ metafile: true }>;

/** An output file as written: esbuild's, compacted by terser. */
export interface BundleFile {
  readonly path: string;
  readonly contents: Uint8Array;
  readonly text: string;
}

/**
 * Builds the CMS bundle and the standalone fields entry (scripts/build-bundle.mjs); with `write: false` the outputs stay in memory.
 * The metafiles are esbuild's (before terser's pass); `outputFiles` are what is written.
 */
export function buildBundle(options?: { write?: boolean }): Promise<{ main: Built; fields: Built; lazy: Built; outputFiles: BundleFile[] }>;

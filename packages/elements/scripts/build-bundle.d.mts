import type { BuildResult, OutputFile } from 'esbuild';

/** Modules the elements import dynamically that become lazy chunks, by import specifier (a package's, or one relative to src/) → chunk name. */
export const LAZY_MODULES: Readonly<Record<string, string>>;

type Built = BuildResult<{ metafile: true }>;

/** Builds the CMS bundle and the standalone fields entry (scripts/build-bundle.mjs); with `write: false` the outputs stay in memory. */
export function buildBundle(options?: { write?: boolean }): Promise<{ main: Built; fields: Built; lazy: Built; outputFiles: OutputFile[] }>;

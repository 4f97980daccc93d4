import type { BuildOptions } from 'esbuild';

/** The esbuild options of the CMS bundle (scripts/build-bundle.mjs). */
export function bundleOptions(): BuildOptions & { metafile: true };

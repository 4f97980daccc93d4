// `cem analyze --litelement` (package build): custom-elements.json for IDEs and CMS integrations.
export default {
  globs: ['src/fim-form.ts', 'src/define.ts', 'src/standalone/*.ts', 'src/cms-bundle.ts'],
  outdir: 'dist',
  litelement: true,
};

// `cem analyze --litelement` (package build): dist/custom-elements.json for IDEs and CMS integrations.
export default {
  globs: ['src/fim-form.ts', 'src/define.ts', 'src/standalone/*.ts', 'src/cms-bundle.ts', 'src/cms-fields-bundle.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicMembersOnly()],
};

/** Leaves out private and protected members: the manifest describes what a page may use. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!Array.isArray(declaration.members)) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

import type { FormEngine } from '@fimforms/runtime';

/**
 * The chosen files a submission carries, by the `ref` of their file entry (specs/submission.md §3), and
 * the names of file entries whose contents this page does not hold (metadata restored from a draft: drafts
 * never keep file contents). A file chosen for a field a rule now hides, or one a choice switch cleared, is
 * not part of the submission and is not sent.
 */
export function submittedFiles(engine: FormEngine, chosen: ReadonlyMap<string, File>): { files: Map<string, File>; missing: string[] } {
  const files = new Map<string, File>();
  const missing: string[] = [];
  for (const path of engine.paths()) {
    const info = engine.describe(path);
    if (info?.kind !== 'field' || info.field.type !== 'file' || !engine.isVisible(path)) continue;
    const value = engine.getValue(path) as { name?: unknown; ref?: unknown } | undefined;
    if (typeof value?.ref !== 'string') continue;
    const file = chosen.get(value.ref);
    if (file) files.set(value.ref, file);
    else missing.push(String(value.name));
  }
  return { files, missing };
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '@fimforms/format';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { fieldFrame } from './field-frame.js';
import { fileControlTexts } from './file-control-texts.js';
import { randomUuid } from '../random-uuid.js';
import { partStyles } from '../lazy-parts.js';
import { fileControlStyles } from '../theme/file-control-styles.js';

/** A file as the submission carries it (specs/submission.md §3). */
export interface FileValue {
  name: string;
  size: number;
  mediaType: string;
  ref: string;
}

/** Where the files of a file occurrence live: one value, or one per instance of a repeating occurrence. */
export interface FileSlot extends FieldSlot {
  repeating: boolean;
  max: number;
}

/** A media type as people know it: `application/pdf` → `PDF`. */
export function typeName(mediaType: string): string {
  const subtype = mediaType.split('/')[1] ?? mediaType;
  return subtype.replace(/^(x-|vnd\.)/, '').split(/[.+]/)[0]!.toUpperCase();
}

/** A size in bytes for reading (`10 MB`). */
export function sizeText(bytes: number, language: string): string {
  const [unit, divisor] = bytes >= 1e6 ? ['megabyte', 1e6] : bytes >= 1e3 ? ['kilobyte', 1e3] : ['byte', 1];
  return new Intl.NumberFormat(language, { style: 'unit', unit: unit as string, maximumFractionDigits: 1 }).format(bytes / (divisor as number));
}

/** Reads a file as base64, the submission form of an `obj` (Blob) field (specs/submission.md §3). */
export async function readBlob(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function isFileValue(value: unknown): value is FileValue {
  return typeof value === 'object' && value !== null && typeof (value as FileValue).name === 'string';
}

/** The files chosen so far, with the instance path of each. */
export function chosenFiles(host: FormHost, slot: FileSlot): { path: string; file: FileValue }[] {
  const paths = slot.repeating
    ? Array.from({ length: host.engine.instanceCount(slot.path) }, (_, index) => `${slot.path}.${index}`)
    : [slot.path];
  return paths.flatMap((path) => {
    const value = host.engine.getValue(path);
    return isFileValue(value) ? [{ path, file: value }] : [];
  });
}

/**
 * Checks chosen files against the field's media types and size before anything is sent, and adds
 * those that pass (specs/rendering.md §4). Returns the message for refused files, if any.
 */
export function acceptFiles(host: FormHost, slot: FileSlot, files: readonly File[]): string | undefined {
  const { mediaTypes, maxSize } = slot.field.constraints ?? {};
  const refused: string[] = [];
  for (const file of files) {
    if (mediaTypes && mediaTypes.length > 0 && !mediaTypes.includes(file.type)) {
      refused.push(fileControlTexts[host.language].fileWrongType(file.name, mediaTypes.map(typeName).join(', ')));
      continue;
    }
    if (maxSize !== undefined && file.size > maxSize) {
      refused.push(fileControlTexts[host.language].fileTooLarge(file.name, sizeText(maxSize, host.language)));
      continue;
    }
    const value: FileValue = { name: file.name, size: file.size, mediaType: file.type, ref: `urn:fimforms:file:${randomUuid()}` };
    const path = slot.repeating ? nextInstance(host, slot) : slot.path;
    if (path === undefined) break;
    host.files.set(value.ref, file);
    host.engine.setValue(path, value);
  }
  return refused.length > 0 ? refused.join(' ') : undefined;
}

/** The first empty instance of a repeating file occurrence, adding one when needed. */
function nextInstance(host: FormHost, slot: FileSlot): string | undefined {
  const count = host.engine.instanceCount(slot.path);
  for (let index = 0; index < count; index++) {
    if (host.engine.getValue(`${slot.path}.${index}`) === undefined) return `${slot.path}.${index}`;
  }
  return host.engine.addInstance(slot.path) ? `${slot.path}.${count}` : undefined;
}

/** Removes one chosen file. */
export function removeFile(host: FormHost, slot: FileSlot, path: string): void {
  const value = host.engine.getValue(path);
  if (isFileValue(value)) host.files.delete(value.ref);
  if (slot.repeating) {
    const index = Number(path.slice(slot.path.length + 1));
    if (!host.engine.removeInstance(slot.path, index)) host.engine.setValue(path, undefined);
  } else host.engine.setValue(path, undefined);
}

/** The format hint of a file field: allowed types and size. */
function fileHint(host: FormHost, field: Field): string {
  const { mediaTypes, maxSize } = field.constraints ?? {};
  return fileControlTexts[host.language].fileHint((mediaTypes ?? []).map(typeName).join(', '), maxSize !== undefined ? sizeText(maxSize, host.language) : '');
}

/**
 * A file upload: a native file input (`multiple` for a repeating occurrence) and the list of chosen
 * files, each with a remove button.
 */
export function fileControl(host: FormHost, slot: FileSlot, state: FieldState): TemplateResult {
  const t = fileControlTexts[host.language];
  const files = chosenFiles(host, slot);
  const blob = slot.field.type === 'obj' && typeof state.value === 'string' ? state.value : undefined;
  const full = slot.repeating ? files.length >= slot.max : false;
  const refused = host.fileErrors.get(slot.path);
  const shown: FieldState = refused ? { ...state, touched: true, errors: [{ code: 'file-refused', severity: 'error', pointer: state.pointer, message: { de: refused, en: refused } }] } : state;
  return fieldFrame(
    host,
    slot,
    shown,
    (w) => html`
      ${files.length > 0
        ? html`<ul class="files" aria-label=${t.fileChosen} ${partStyles(fileControlStyles)}>
            ${files.map(
              ({ path, file }) => html`<li>${file.name} (${sizeText(file.size, host.language)})
                <button type="button" class="button link" part="button-secondary" data-remove-file=${path} data-slot=${slot.path} data-max=${slot.repeating ? slot.max : 1}>${t.fileRemove(file.name)}</button></li>`,
            )}
          </ul>`
        : nothing}
      ${blob !== undefined
        ? html`<p>${t.blobChosen(sizeText(Math.floor((blob.length * 3) / 4), host.language))}
            <button type="button" class="button link" part="button-secondary" ${partStyles(fileControlStyles)} data-remove-file=${state.path} data-slot=${slot.path} data-max="1">${t.fileRemove(slot.label)}</button></p>`
        : nothing}
      ${full || state.readonly
        ? nothing
        : html`<input type="file" id=${w.id} class="file" part="input" ${partStyles(fileControlStyles)} data-path=${slot.path} data-kind="file" data-max=${slot.repeating ? slot.max : 1} ?multiple=${slot.repeating}
            accept=${(slot.field.constraints?.mediaTypes ?? []).join(',') || nothing}
            aria-describedby=${w.describedBy ?? nothing} aria-invalid=${w.invalid ? 'true' : nothing} />`}`,
    { formatHint: fileHint(host, slot.field) },
  );
}

/** The file slot a file input or remove button stands for, from its data attributes. */
export function fileSlotOf(host: FormHost, path: string, max: number): FileSlot | undefined {
  const repeating = max > 1;
  const field = host.engine.describe(repeating ? `${path}.0` : path)?.field ?? host.engine.describe(path)?.field;
  if (!field) return undefined;
  return { path, field, occurrence: { field: field.name }, parent: undefined, label: '', repeating, max };
}

import { firstInvalidUtf8 } from '@fimforms/format';
import { fileTooLarge } from './parse-definition-text.js';
import { validateText } from './validate-text.js';
import { DEFAULT_LIMITS } from './validation-limits.js';
import { toResult, type ValidateOptions, type ValidationResult } from './validation-result.js';

/**
 * Validates the raw bytes of a definition file: the size limit is checked before decoding, the
 * bytes must be UTF-8 (a Latin-1 or UTF-16 file is reported at its first invalid byte), then
 * {@link validateText}.
 */
export function validateBytes(bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult {
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const file = options.file !== undefined ? { file: options.file } : {};
  if (bytes.length > maxBytes) return toResult([{ ...fileTooLarge(bytes.length, maxBytes), ...file }]);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== undefined) {
    return toResult([
      {
        code: 'encoding-not-utf8',
        severity: 'error',
        pointer: '',
        position: invalid.position,
        message: {
          de: `Die Datei ist nicht UTF-8-kodiert (ungültiges Byte 0x${invalid.byte.toString(16).padStart(2, '0').toUpperCase()}).`,
          en: `The file is not UTF-8 encoded (invalid byte 0x${invalid.byte.toString(16).padStart(2, '0').toUpperCase()}).`,
        },
        hint: { de: 'Speichern Sie die Datei als UTF-8.', en: 'Save the file as UTF-8.' },
        ...file,
      },
    ]);
  }
  // fatal: false cannot trigger after the check; ignoreBOM keeps the BOM so validateText reports it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return validateText(text, options);
}

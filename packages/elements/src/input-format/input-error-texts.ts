import { dateInputErrorTexts } from './date-error-texts.js';
import type { InputErrorCode, InputErrorTexts } from './input-result.js';
import { numberInputErrorTexts } from './number-error-texts.js';

/**
 * Messages for input that cannot be read, German first; a missing code or language fails the type check. The two
 * halves are apart so that <fim-form> loads the date messages with its dates part only.
 */
export const inputErrorTexts: InputErrorTexts<InputErrorCode> = { ...numberInputErrorTexts, ...dateInputErrorTexts };

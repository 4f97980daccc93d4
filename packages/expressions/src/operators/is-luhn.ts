import { isValidLuhn } from '../check-digits.js';
import { checkDigitOperator } from './check-digit-operator.js';

/** `isLuhn(s)`: `s` is a digit string whose Luhn check digit is correct (ISO/IEC 7812-1). */
export const isLuhn = checkDigitOperator('is_luhn', 'isLuhn', isValidLuhn);

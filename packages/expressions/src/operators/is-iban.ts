import { isValidIban } from '../check-digits.js';
import { checkDigitOperator } from './check-digit-operator.js';

/** `isIban(s)`: `s` is an IBAN with correct check digits (ISO 13616, ISO 7064 MOD 97-10). */
export const isIban = checkDigitOperator('is_iban', 'isIban', isValidIban);

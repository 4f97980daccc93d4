import { isValidTaxId } from '../check-digits.js';
import { checkDigitOperator } from './check-digit-operator.js';

/** `isTaxId(s)`: `s` is a well-formed German tax identification number (ISO/IEC 7064 MOD 11,10). */
export const isTaxId = checkDigitOperator('is_tax_id', 'isTaxId', isValidTaxId);

/**
 * Check-digit algorithms of identifiers German forms ask for (specs/rules.md §4.8). Each reads
 * the value exactly as written — no spaces, no lower case — because that is what the payload
 * carries and what the field's `pattern` constraint lets through to the schemas.
 */

const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
/** Lengths of the IBAN registry (ISO 13616) for the countries German forms meet most; others: 15–34. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = { DE: 22, AT: 20, CH: 21, FR: 27, NL: 18, BE: 16, LU: 20, PL: 28, IT: 27, ES: 24, DK: 18, CZ: 24 };

/** ISO 13616 IBAN: two letters, two check digits, the national account number; valid when the number mod 97 (ISO 7064 MOD 97-10) is 1. */
export function isValidIban(text: string): boolean {
  if (!IBAN_SHAPE.test(text)) return false;
  const length = IBAN_LENGTHS[text.slice(0, 2)];
  if (length !== undefined && text.length !== length) return false;
  const rearranged = text.slice(4) + text.slice(0, 4);
  // Digit by digit (letters A–Z count 10–35), keeping the remainder small instead of a BigInt.
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * The German tax identification number (Steuerliche Identifikationsnummer, § 139b AO): eleven
 * digits, the first not 0; in the first ten exactly one digit occurs twice or three times (not
 * three times in direct succession), and the last is the ISO/IEC 7064 MOD 11,10 check digit.
 */
export function isValidTaxId(text: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(text)) return false;
  return hasTaxIdDigitFrequencies(text.slice(0, 10)) && mod11_10CheckDigit(text.slice(0, 10)) === Number(text[10]);
}

/** ISO/IEC 7064 MOD 11,10: the hybrid system's check digit of a digit string. */
export function mod11_10CheckDigit(digits: string): number {
  let product = 10;
  for (const char of digits) {
    const sum = (Number(char) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

function hasTaxIdDigitFrequencies(digits: string): boolean {
  const counts = new Map<string, number>();
  for (const char of digits) counts.set(char, (counts.get(char) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, count]) => count > 1);
  if (repeated.length !== 1) return false;
  const [digit, count] = repeated[0]!;
  return count === 2 || (count === 3 && !digits.includes(digit.repeat(3)));
}

/** The Luhn algorithm (ISO/IEC 7812-1 Annex B): at least two digits, weighted sum mod 10 is 0. */
export function isValidLuhn(text: string): boolean {
  if (!/^[0-9]{2,}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    let digit = Number(text[text.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

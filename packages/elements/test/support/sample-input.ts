import type { Field } from '@fimforms/format';
import { compilePattern } from '@fimforms/runtime';

// Texts a citizen might type, tried in order against a field's pattern and lengths.
const TEXT_CANDIDATES = ['Muster', '12345', '0421 361 0', 'erika.muster@example.de', 'DE89 3704 0044 0532 0130 00', 'HB-AB 123', 'A1', 'Musterstraße 1'];

/** Text a citizen types into a field of this type so that its static constraints hold (German formats). */
export function sampleText(field: Field): string {
  const { minValue, maxValue, pattern, minLength = 0, maxLength = Infinity } = field.constraints ?? {};
  switch (field.type) {
    case 'num_int':
      return minValue ?? maxValue ?? '3';
    case 'num':
    case 'num_currency':
      return (minValue ?? maxValue ?? '12.5').replace('.', ',');
    case 'date':
      return germanDate(minValue ?? maxValue ?? '2000-01-15');
    case 'time':
      return '09:30';
    case 'datetime':
      return '24.12.2026 14:30';
    default: {
      const compiled = pattern ? compilePattern(pattern) : undefined;
      const regexp = compiled?.ok ? compiled.regexp : undefined;
      const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength && (!regexp || regexp.test(text));
      const found = TEXT_CANDIDATES.find(fits);
      if (!found) throw new Error(`no sample text fits ${field.name} (${pattern ?? ''})`);
      return found;
    }
  }
}

function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

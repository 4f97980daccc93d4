import { DEFAULT_TIME_ZONE } from '@fimforms/runtime/on-demand';
import type { UiLanguage } from './index.js';

/**
 * A moment as the citizen reads it, on the clocks the runtime reads datetimes on (Europe/Berlin), whatever the
 * device's zone: when the answers were sent (receipt) or a draft saved. `withDate: false` gives the time of day only.
 */
export function momentText(moment: Date, language: UiLanguage, withDate = true): string {
  const style: Intl.DateTimeFormatOptions = withDate ? { dateStyle: 'long', timeStyle: 'short' } : { timeStyle: 'short' };
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { ...style, timeZone: DEFAULT_TIME_ZONE }).format(moment);
}

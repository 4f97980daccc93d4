/**
 * Vertrauensniveau of a prefilled value: the level at which the identity provider authenticated
 * the person it came from — BundID/eIDAS `basic` (Basisregistrierung, "niedrig"), `substantial`
 * ("substanziell"), `high` ("hoch"). specs/format.md §5.6.
 */
export type TrustLevel = 'basic' | 'substantial' | 'high';

/** The trust levels, lowest first: a level reaches every level before it. */
export const TRUST_LEVELS: readonly TrustLevel[] = ['basic', 'substantial', 'high'];

/** True for the name of a trust level. */
export function isTrustLevel(value: unknown): value is TrustLevel {
  return typeof value === 'string' && (TRUST_LEVELS as readonly string[]).includes(value);
}

/**
 * True when `level` is `required` or higher. A value without a level (an unknown one included)
 * reaches none: trust that nobody stated is not assumed.
 */
export function reachesTrustLevel(level: unknown, required: TrustLevel): boolean {
  return isTrustLevel(level) && TRUST_LEVELS.indexOf(level) >= TRUST_LEVELS.indexOf(required);
}

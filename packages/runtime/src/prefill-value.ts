import type { TrustLevel } from '@fimforms/format';

/** A prefilled value and where it came from. */
export interface PrefillValue {
  value: unknown;
  /** e.g. `bundid:givenName`, `eid:familyNames`, `register:melderegister`. */
  source: string;
  /** The trust level the identity provider's session reached (specs/format.md §5.6.1); none: no level. */
  level?: TrustLevel;
}

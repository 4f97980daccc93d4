/**
 * Freigabestatus (list `urn:xoev-de:xprozess:codeliste:status`): `1` in Planung, `2` in
 * Bearbeitung, `3` Entwurf, `4` methodisch freigegeben, `5` fachlich freigegeben (silber),
 * `6` fachlich freigegeben (gold), `7` inaktiv, `8` vorgesehen zum Löschen.
 */
export type ReleaseStatus = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';

/** Schemaelementart: `ABS` abstrakt, `HAR` harmonisiert, `RNG` rechtsnormgebunden. */
export type ElementKind = 'ABS' | 'HAR' | 'RNG';

/**
 * DIN 91379 (2022-08) as published in the XÖV library (CC BY-ND 4.0): namespace and official
 * location. The library file is imported by this location, never copied or modified.
 */
export const DIN_91379_NAMESPACE = 'urn:xoev-de:kosit:xoev:datentyp:din-91379_2022-08';

/** Official schemaLocation of the DIN 91379 datatypes. */
export const DIN_91379_LOCATION = 'https://xoev.de/schemata/din/91379/2022-08/din-norm-91379-datatypes.xsd';

// The repertoire of Datentyp C itself (DIN_91379_DATATYPE_C_PATTERN) lives in @fimforms/format/din-91379, so the
// runtime checks values with the same definition the payload schemas use.

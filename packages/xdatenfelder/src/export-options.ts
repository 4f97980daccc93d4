/** Options of {@link exportXdf3}. */
export interface ExportOptions {
  /** Indent the XML (default `true`). */
  pretty?: boolean;
  /**
   * The time written where xdf3 requires one and the definition has none (`letzteAenderung`,
   * `erstellungszeitpunkt`), ISO date-time. Default: now. Pass a fixed value for reproducible output.
   */
  now?: string;
}

/** The default time zone of German administrative procedures. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * A submission as it reads back from an XML payload (specs/payload.md §6.3): times as
 * HH:MM:SS (xs:time), empty lists absent (no element carries them), and a single group with
 * nothing in it absent (submission.md §2).
 */
export function asReadBack(data: unknown): unknown {
  if (typeof data === 'string') return /^\d{2}:\d{2}$/.test(data) ? `${data}:00` : data;
  if (Array.isArray(data)) return data.map(asReadBack);
  if (typeof data === 'object' && data !== null) {
    const entries = Object.entries(data)
      .map(([key, value]) => [key, asReadBack(value)] as const)
      .filter(([, value]) => !(Array.isArray(value) && value.length === 0) && !isEmptyObject(value));
    return Object.fromEntries(entries);
  }
  return data;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

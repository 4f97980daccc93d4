const XDF2_ID = /^([CDFGRS])(\d{2})(\d{6})$/;

/**
 * Turns an xdf2 id (letter + 8 digits) into its xdf3 form (letter + 11 digits) by inserting
 * the Unternummernkreis `000` after the 2-digit Hauptnummernkreis (specs/xdatenfelder.md §2:
 * `F60000240` → `F60000000240`). Any other id is returned unchanged.
 */
export function upcastXdf2Id(id: string): string {
  const match = XDF2_ID.exec(id);
  return match ? `${match[1]}${match[2]}000${match[3]}` : id;
}

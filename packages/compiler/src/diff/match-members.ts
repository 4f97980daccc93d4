import type { Member } from '../payload-model/payload-model.js';

/** Two member lists of one group, matched (specs/diff.md §3.1). */
export interface MemberMatch {
  /** Same technical name in both. */
  pairs: [Member, Member][];
  /** Only in the old list. */
  removed: Member[];
  /** Only in the new list. */
  added: Member[];
  /** A removed and an added member of the same element (same FIM id, else the same definition key). */
  renamed: [Member, Member][];
}

/** Matches members by technical name; left-overs of the same element count as renamed. */
export function matchMembers(before: readonly Member[], after: readonly Member[]): MemberMatch {
  const byName = new Map(after.map((member) => [member.submissionName, member]));
  const pairs: [Member, Member][] = [];
  const unmatchedOld: Member[] = [];
  for (const member of before) {
    const partner = byName.get(member.submissionName);
    if (partner) {
      pairs.push([member, partner]);
      byName.delete(member.submissionName);
    } else {
      unmatchedOld.push(member);
    }
  }
  const unmatchedNew = after.filter((member) => byName.get(member.submissionName) === member);
  const renamed: [Member, Member][] = [];
  const removed: Member[] = [];
  for (const member of unmatchedOld) {
    const index = unmatchedNew.findIndex((candidate) => sameElement(member, candidate));
    if (index === -1) removed.push(member);
    else renamed.push([member, unmatchedNew.splice(index, 1)[0]!]);
  }
  return { pairs, removed, added: unmatchedNew, renamed };
}

function sameElement(a: Member, b: Member): boolean {
  if (a.type.kind !== b.type.kind) return false;
  if (a.type.fim?.id !== undefined || b.type.fim?.id !== undefined) return a.type.fim?.id === b.type.fim?.id;
  return a.type.key === b.type.key;
}

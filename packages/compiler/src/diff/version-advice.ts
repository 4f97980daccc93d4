import type { FimIdentity } from '@fimforms/format';
import type { FieldType, GroupType, PayloadModel } from '../payload-model/payload-model.js';
import { stronger, type ChangeRecorder } from './change-recorder.js';
import type { ChangeClass, PayloadContractDiff, VersionAdvice, VersionStep } from './payload-change.js';

const STEP: { [c in ChangeClass]: VersionStep } = { breaking: 'major', compatible: 'minor', text: 'patch' };
const STEP_INDEX: { [s in VersionStep]: number } = { major: 0, minor: 1, patch: 2 };

/**
 * Where versions must change (specs/diff.md §4): a FIM element is identified by id AND version, so
 * an element whose content changed needs a new version — major for a breaking change, minor for a
 * compatible one, patch for text — and so does every element containing it (its structure names
 * the child's version). The payload schema's version follows the overall verdict.
 */
export function versionAdvice(before: PayloadModel, after: PayloadModel, recorder: ChangeRecorder, verdict: PayloadContractDiff['verdict']): VersionAdvice[] {
  const oldVersions = new Map<string, string | undefined>();
  for (const type of [...before.groups, ...before.fields]) if (type.fim) oldVersions.set(type.fim.id, type.fim.version);
  const levels = new Map<string, ChangeClass | undefined>();
  const levelOf = (type: GroupType | FieldType, depth: number): ChangeClass | undefined => {
    const key = `${type.kind}:${type.key}`;
    if (levels.has(key) || depth > 64) return levels.get(key);
    levels.set(key, undefined);
    let level = recorder.byOwner.get(key);
    if (type.kind === 'group') for (const member of type.members) level = strongerOrNone(level, levelOf(member.type, depth + 1));
    levels.set(key, level);
    return level;
  };
  const advice: VersionAdvice[] = [];
  for (const type of [...after.groups, ...after.fields]) {
    const level = levelOf(type, 0);
    if (level === undefined || !type.fim || !oldVersions.has(type.fim.id)) continue;
    advice.push(adviceFor(type.fim.id, type.pointer, oldVersions.get(type.fim.id), type.fim, STEP[level]));
  }
  // Without an S-id of its own, the payload schema is versioned on its own (`1.0` by default).
  if (verdict !== 'none' && !after.root.fim) {
    advice.unshift(adviceFor('payload-schema', '', before.version, { id: 'payload-schema', version: after.version }, STEP[verdict]));
  }
  return advice;
}

function strongerOrNone(a: ChangeClass | undefined, b: ChangeClass | undefined): ChangeClass | undefined {
  return a === undefined && b === undefined ? undefined : stronger(a, b);
}

function adviceFor(id: string, pointer: string, oldVersion: string | undefined, current: FimIdentity, needed: VersionStep): VersionAdvice {
  const newVersion = current.version;
  const suggested = nextVersion(oldVersion, needed);
  return {
    id,
    pointer,
    ...(oldVersion !== undefined ? { oldVersion } : {}),
    ...(newVersion !== undefined ? { newVersion } : {}),
    needed,
    sufficient: isSufficient(oldVersion, newVersion, needed),
    suggested,
  };
}

/** `major.minor[.patch]` as numbers; undefined for anything else (non-standard versions exist). */
function parts(version: string | undefined): number[] | undefined {
  if (version === undefined || !/^\d+(\.\d+){0,2}$/.test(version)) return undefined;
  return version.split('.').map(Number);
}

function isSufficient(oldVersion: string | undefined, newVersion: string | undefined, needed: VersionStep): boolean {
  if (newVersion === undefined) return false;
  if (oldVersion === undefined) return true;
  const a = parts(oldVersion);
  const b = parts(newVersion);
  if (!a || !b) return oldVersion !== newVersion;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const x = a[index] ?? 0;
    const y = b[index] ?? 0;
    if (y !== x) return y > x && index <= effectiveIndex(needed, a.length);
  }
  return false;
}

// A two-part version (XDatenfelder 2.0) has no patch place: a text change takes a minor step.
function effectiveIndex(needed: VersionStep, length: number): number {
  return Math.min(STEP_INDEX[needed], Math.max(length, 2) - 1);
}

function nextVersion(oldVersion: string | undefined, needed: VersionStep): string {
  const old = parts(oldVersion);
  if (!old) return '1.0.0';
  const length = Math.max(old.length, 2);
  const index = effectiveIndex(needed, length);
  return Array.from({ length }, (_, i) => (i < index ? (old[i] ?? 0) : i === index ? (old[i] ?? 0) + 1 : 0)).join('.');
}

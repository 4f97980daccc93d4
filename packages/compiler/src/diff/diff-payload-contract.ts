import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { buildPayloadModel } from '../payload-model/build-payload-model.js';
import { hasErrors } from '../payload-model/payload-diagnostic.js';
import type { GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';
import type { PayloadOptions } from '../payload-model/payload-options.js';
import { ChangeRecorder, classRank, stronger, type ChangeSite } from './change-recorder.js';
import { compareFieldTypes } from './compare-field-types.js';
import { matchMembers } from './match-members.js';
import type { PayloadContractDiff } from './payload-change.js';
import { versionAdvice } from './version-advice.js';

/**
 * The semantic diff of two versions of a definition (specs/diff.md): both are compiled to their
 * payload models with the same options, and every difference of the payload contract is
 * classified by what the schemas then accept. Never throws for bad input: a definition that does
 * not compile is reported in `diagnostics` and nothing is compared.
 */
export function diffPayloadContract(before: FormDefinition, after: FormDefinition, options: Pick<PayloadOptions, 'naming'> = {}): PayloadContractDiff {
  const naming: PayloadOptions = options.naming ? { naming: options.naming } : {};
  const oldModel = buildPayloadModel(before, naming);
  const newModel = buildPayloadModel(after, naming);
  const diagnostics: Diagnostic[] = [
    ...oldModel.diagnostics.map((diagnostic) => ({ ...diagnostic, file: 'old' })),
    ...newModel.diagnostics.map((diagnostic) => ({ ...diagnostic, file: 'new' })),
  ];
  if (hasErrors(diagnostics)) return { changes: [], verdict: 'none', versions: [], diagnostics };
  const recorder = new ChangeRecorder();
  new ContractComparer(recorder).compare(oldModel, newModel);
  const changes = recorder.changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => classRank(a.change.class) - classRank(b.change.class) || a.index - b.index)
    .map(({ change }) => change);
  const verdict = changes.reduce<PayloadContractDiff['verdict']>((strongest, change) => (strongest === 'none' ? change.class : stronger(strongest, change.class)), 'none');
  return { changes, verdict, versions: versionAdvice(oldModel, newModel, recorder, verdict), diagnostics };
}

class ContractComparer {
  readonly #recorder: ChangeRecorder;
  // A group type used in many places is compared once, at its first use, since its changes are the same everywhere.
  readonly #compared = new Set<string>();

  constructor(recorder: ChangeRecorder) {
    this.#recorder = recorder;
  }

  compare(before: PayloadModel, after: PayloadModel): void {
    const site: ChangeSite = { pointer: '', oldPointer: '', path: `/${after.rootName}`, owner: { kind: 'group', key: '' } };
    if (before.rootName !== after.rootName || before.kennung !== after.kennung) {
      this.#recorder.record(
        'diff-root-changed',
        'breaking',
        site,
        `Wurzelelement oder Kennung geändert: ${before.rootName} (${before.kennung}) → ${after.rootName} (${after.kennung}).`,
        `Root element or identifier changed: ${before.rootName} (${before.kennung}) → ${after.rootName} (${after.kennung}).`,
      );
    }
    this.#groups(before.root, after.root, site);
  }

  #groups(before: GroupType, after: GroupType, site: ChangeSite): void {
    const pair = `${before.key}\u0000${after.key}`;
    if (this.#compared.has(pair)) return;
    this.#compared.add(pair);
    const owned: ChangeSite = { ...site, owner: { kind: 'group', key: after.key } };
    if (before.choice !== after.choice) {
      // A choice becoming a sequence keeps old payloads valid only when no member is required.
      const breaking = after.choice || after.members.some((member) => member.min > 0);
      this.#recorder.record(
        'diff-choice-changed',
        breaking ? 'breaking' : 'compatible',
        owned,
        after.choice ? 'Die Gruppe ist jetzt eine Auswahlgruppe (genau ein Element).' : 'Die Gruppe ist keine Auswahlgruppe mehr.',
        after.choice ? 'The group is now a choice (exactly one member).' : 'The group is no longer a choice.',
      );
    }
    if (!same(before.documentation, after.documentation)) {
      this.#recorder.record('diff-documentation-changed', 'text', owned, 'Beschreibung der Gruppe geändert.', 'Description of the group changed.');
    }
    const { pairs, removed, added, renamed } = matchMembers(before.members, after.members);
    for (const member of removed) {
      this.#recorder.record(
        'diff-member-removed',
        'breaking',
        { ...owned, oldPointer: member.pointer, path: `${site.path}/${member.name}` },
        `Element „${member.name}“ entfernt.`,
        `Element "${member.name}" removed.`,
      );
    }
    for (const [old, renamedTo] of renamed) {
      this.#recorder.record(
        'diff-member-renamed',
        'breaking',
        { ...owned, pointer: renamedTo.pointer, oldPointer: old.pointer, path: `${site.path}/${renamedTo.name}` },
        `Technischer Name geändert: „${old.submissionName}“ → „${renamedTo.submissionName}“.`,
        `Technical name changed: "${old.submissionName}" → "${renamedTo.submissionName}".`,
      );
    }
    for (const member of added) {
      const required = member.min > 0;
      this.#recorder.record(
        required ? 'diff-member-added-required' : 'diff-member-added',
        required ? 'breaking' : 'compatible',
        { ...owned, pointer: member.pointer, path: `${site.path}/${member.name}` },
        required ? `Pflichtelement „${member.name}“ hinzugefügt.` : `Optionales Element „${member.name}“ hinzugefügt.`,
        required ? `Required element "${member.name}" added.` : `Optional element "${member.name}" added.`,
      );
    }
    if (isReordered([...pairs, ...renamed], before.members, after.members)) {
      this.#recorder.record('diff-member-moved', 'breaking', owned, 'Reihenfolge der Elemente geändert (XML-Sequenz).', 'Order of the elements changed (XML sequence).');
    }
    // Members of a choice count as required inside it; when the choice itself changed, that change says it all.
    const choiceChanged = before.choice !== after.choice;
    for (const [old, current] of [...pairs, ...renamed]) {
      this.#members(old, current, { ...owned, pointer: current.pointer, oldPointer: old.pointer, path: `${site.path}/${current.name}` }, choiceChanged);
    }
  }

  #members(before: Member, after: Member, site: ChangeSite, choiceChanged: boolean): void {
    const record = this.#recorder.record.bind(this.#recorder);
    if (before.name !== after.name && before.submissionName === after.submissionName) {
      record('diff-member-renamed', 'breaking', site, `Elementname geändert: „${before.name}“ → „${after.name}“.`, `Element name changed: "${before.name}" → "${after.name}".`);
    }
    if (choiceChanged) {
      // The counts of members of a changed choice are covered by diff-choice-changed.
    } else if (after.min > before.min) {
      record('diff-member-required', 'breaking', site, `Mindestanzahl ${before.min} → ${after.min}${before.min === 0 ? ' (jetzt Pflicht)' : ''}.`, `Minimum ${before.min} → ${after.min}${before.min === 0 ? ' (now required)' : ''}.`);
    } else if (after.min < before.min) {
      record('diff-member-optional', 'compatible', site, `Mindestanzahl ${before.min} → ${after.min}.`, `Minimum ${before.min} → ${after.min}.`);
    }
    const shownMax = (max: number) => (max === Infinity ? '*' : String(max));
    if (before.repeated !== after.repeated) {
      // The JSON payload carries a repeated element as an array, a single one as a value.
      record('diff-repetition-changed', 'breaking', site, `Höchstanzahl ${shownMax(before.max)} → ${shownMax(after.max)}: im JSON ${after.repeated ? 'jetzt eine Liste' : 'keine Liste mehr'}.`, `Maximum ${shownMax(before.max)} → ${shownMax(after.max)}: ${after.repeated ? 'now an array' : 'no longer an array'} in JSON.`);
    } else if (after.max < before.max) {
      record('diff-maximum-reduced', 'breaking', site, `Höchstanzahl ${shownMax(before.max)} → ${shownMax(after.max)}.`, `Maximum ${shownMax(before.max)} → ${shownMax(after.max)}.`);
    } else if (after.max > before.max) {
      record('diff-maximum-raised', 'compatible', site, `Höchstanzahl ${shownMax(before.max)} → ${shownMax(after.max)}.`, `Maximum ${shownMax(before.max)} → ${shownMax(after.max)}.`);
    }
    // An occurrence without a label of its own shows its element's, which the element's comparison reports.
    const inherited = same(before.documentation, before.type.documentation) && same(after.documentation, after.type.documentation);
    if (!same([inherited || before.documentation, before.legalBases], [inherited || after.documentation, after.legalBases])) {
      record('diff-documentation-changed', 'text', site, 'Beschriftung, Hilfe oder Rechtsgrundlage des Elements geändert.', 'Label, help or legal basis of the element changed.');
    }
    if (before.type.kind === 'group' && after.type.kind === 'group') {
      this.#groups(before.type, after.type, { ...site, pointer: after.type.pointer, oldPointer: before.type.pointer });
    } else if (before.type.kind === 'field' && after.type.kind === 'field') {
      const pair = `field\u0000${before.type.key}\u0000${after.type.key}`;
      if (this.#compared.has(pair)) return;
      this.#compared.add(pair);
      compareFieldTypes(before.type, after.type, { ...site, pointer: after.type.pointer, oldPointer: before.type.pointer, owner: { kind: 'field', key: after.type.key } }, this.#recorder);
    } else {
      record('diff-type-changed', 'breaking', site, `„${after.name}“ ist jetzt ${after.type.kind === 'group' ? 'eine Gruppe' : 'ein Feld'}.`, `"${after.name}" is now a ${after.type.kind}.`);
    }
  }
}

// The XML sequence breaks when the matched members' new positions do not ascend in their old order.
function isReordered(pairs: readonly (readonly [Member, Member])[], beforeMembers: readonly Member[], afterMembers: readonly Member[]): boolean {
  const oldIndex = new Map(beforeMembers.map((member, index) => [member, index]));
  const newIndex = new Map(afterMembers.map((member, index) => [member, index]));
  const ordered = [...pairs].sort((a, b) => oldIndex.get(a[0])! - oldIndex.get(b[0])!);
  let last = -1;
  for (const [, current] of ordered) {
    const index = newIndex.get(current)!;
    if (index < last) return true;
    last = index;
  }
  return false;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

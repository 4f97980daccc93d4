import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import { occurrenceElement, occurrenceName, parseCardinality, type Field, type FieldGroup, type Occurrence } from '@fimforms/format';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { deferredPart } from './deferred-part.js';
import { fieldPart } from './field-part.js';
import type { FileSlot } from './file-control.js';
import { partFor } from '../lazy-parts.js';
import { errorId, groupId } from './field-ids.js';
import { helpText } from './help-text.js';

/** Paths of the groups rendered, with the visibility they were rendered with (host re-renders when one flips). */
export type RenderedGroups = Map<string, boolean>;

type Rendered = unknown;

/** Joins an occurrence name to its parent's instance path. */
const join = (prefix: string, name: string) => (prefix === '' ? name : `${prefix}.${name}`);

/** Occurrences in rendering order: `ui.order` first where given, else the structure's order. */
function ordered(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  if (!occurrences.some((occurrence) => occurrence.ui?.order !== undefined)) return occurrences;
  return [...occurrences].sort((a, b) => (a.ui?.order ?? 0) - (b.ui?.order ?? 0));
}

/** A field shown with a control (not a notice, a hidden or a locked value): what makes a first screen usable. */
const takesInput = (field: Field) => field.control !== 'label' && field.control !== 'hidden' && field.control !== 'locked';

/** Text as a reader compares it: white space collapsed, case ignored. */
const readAs = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** Whether two headings read the same to a sighted reader (then the second says nothing new). */
export const readsTheSame = (a: string, b: string): boolean => readAs(a) === readAs(b);

/**
 * The first group of a page (a top-level, non-repeating group occurrence) when its label reads the same
 * as the page heading shown above it: the one whose legend is hidden visually (specs/rendering.md §7).
 */
export function headingGroupOf(host: FormHost, occurrences: readonly Occurrence[], heading: string): string | undefined {
  const first = ordered(occurrences).find((occurrence) => occurrenceElement(host.engine.definition, occurrence).kind === 'group');
  if (!first || (parseCardinality(first.cardinality)?.max ?? 1) > 1) return undefined;
  const label = localized(occurrenceElement(host.engine.definition, first).element?.label, host.language);
  return label !== '' && readsTheSame(label, heading) ? occurrenceName(host.engine.definition, first) : undefined;
}

/**
 * Renders occurrences below one instance path. `present`: the parent is surely part of the
 * submission (top level, a required group, a repeat instance, the chosen alternative of a choice),
 * so mandatory fields the engine does not call required yet (an instance below a repeating
 * field's minimum, the fields of a chosen alternative) are marked as such.
 */
export function renderOccurrences(host: FormHost, groups: RenderedGroups, occurrences: readonly Occurrence[], prefix: string, parent: FieldGroup | undefined, present = true): Rendered[] {
  return ordered(occurrences).map((occurrence) => {
    const path = join(prefix, occurrenceName(host.engine.definition, occurrence));
    const render = () => renderOccurrence(host, groups, occurrence, path, parent, present);
    // After the first screen of a long page, the rest follows in later tasks (src/progressive-render.ts).
    return host.progressive.defers(path) ? deferredPart(host.progressive, render) : render();
  });
}

function renderOccurrence(host: FormHost, groups: RenderedGroups, occurrence: Occurrence, path: string, parent: FieldGroup | undefined, present: boolean): Rendered {
  const target = occurrenceElement(host.engine.definition, occurrence);
  if (!target.element) return nothing;
  const { min, max } = parseCardinality(occurrence.cardinality) ?? { min: 1, max: 1 };
  const label = localized(target.element.label, host.language);
  if (target.kind === 'field') {
    if (host.progressive.counting && takesInput(target.element) && host.engine.isVisible(path)) host.progressive.spend(max > 1 ? host.engine.instanceCount(path) : 1);
    const slot: FieldSlot = { path, field: target.element, occurrence, parent, label, mandatory: present && min > 0 };
    if (target.element.type === 'file' && target.element.control === 'input' && max > 1) return repeatingFiles(host, { ...slot, repeating: true, max });
    return max > 1 ? repeatingField(host, slot) : fieldPart(host, slot);
  }
  return max > 1
    ? repeatingGroup(host, groups, occurrence, target.element, path, label, present)
    : groupView(host, groups, occurrence, target.element, path, label, undefined, present && min > 0);
}

/** Errors of a group or an occurrence from the last summary (instances too few, no alternative chosen). */
function groupErrors(host: FormHost, path: string): TemplateResult | typeof nothing {
  const pointer = `/${path.replaceAll('.', '/')}`;
  const errors = host.summary.filter((error) => error.pointer === pointer);
  if (errors.length === 0) return nothing;
  return html`<p class="error" part="error" id=${errorId(path)}><span class="visually-hidden">${host.t.errorPrefix} </span>${errors[0]!.message[host.language]}</p>`;
}

/**
 * A group instance: a fieldset named by its label, with its help and children (or a choice) in one
 * body element. Chromium rebuilds the layout of a fieldset whose child appears or disappears, and of
 * every fieldset it sits in directly: without the body, a field shown by a rule re-laid out the whole
 * form (120–400 ms at 2,000 fields; with it, about 2 ms).
 */
function groupView(
  host: FormHost,
  groups: RenderedGroups,
  occurrence: Occurrence,
  group: FieldGroup,
  path: string,
  label: string,
  remove: TemplateResult | undefined,
  present: boolean,
): Rendered {
  const visible = host.engine.isVisible(path);
  groups.set(path, visible);
  if (!visible) return nothing;
  const help = localized(group.help, host.language);
  const errors = groupErrors(host, path);
  return html`<fieldset class="group" part="group" id=${groupId(path)} tabindex="-1" aria-describedby=${errors === nothing ? nothing : errorId(path)}><legend class=${path === host.headingGroup ? 'legend visually-hidden' : 'legend'} part="legend">${label}</legend><div class="group-body">${help ? html`<div class="hint" part="hint">${helpText(help, host.language)}</div>` : nothing}${errors}${group.choice ? choiceView(host, groups, group, path) : renderOccurrences(host, groups, group.children, path, group, present)}${remove ?? nothing}</div></fieldset>`;
}

/** The child of a choice group the citizen chose: remembered, else the one holding a value. */
export function chosenChild(host: FormHost, group: FieldGroup, path: string): string | undefined {
  const remembered = host.choices.get(path);
  if (remembered !== undefined) return remembered;
  const paths = host.engine.paths();
  for (const child of group.children) {
    const childPath = join(path, occurrenceName(host.engine.definition, child));
    if (paths.some((p) => (p === childPath || p.startsWith(`${childPath}.`)) && host.engine.getValue(p) !== undefined)) return occurrenceName(host.engine.definition, child);
  }
  return undefined;
}

/** A choice group (Auswahlgruppe): radios for the alternatives, then only the chosen one (specs/rendering.md §7). */
function choiceView(host: FormHost, groups: RenderedGroups, group: FieldGroup, path: string): TemplateResult {
  const chosen = chosenChild(host, group, path);
  const options = group.children.map((child) => {
    const target = occurrenceElement(host.engine.definition, child);
    return { child, name: occurrenceName(host.engine.definition, child), label: localized(target.element?.label, host.language) };
  });
  const chosenChildOccurrence = options.find((option) => option.name === chosen)?.child;
  return html`<div class="radios choice" role="radiogroup" aria-label=${localized(group.label, host.language)}>${options.map((option, index) => {
      const id = index === 0 ? `${groupId(path)}-choice` : `${groupId(path)}-choice-${index}`;
      return html`<div class="radio"><input type="radio" id=${id} name=${`${path}#choice`}
        data-choice=${path} .value=${option.name} .checked=${live(option.name === chosen)} /><label for=${id}>${option.label}</label></div>`;
    })}</div>
    ${chosenChildOccurrence ? renderOccurrences(host, groups, [{ ...chosenChildOccurrence, cardinality: '1:1' }], path, group, true) : nothing}`;
}

/** The visible name of a repeating occurrence, above its instances (and alone when there are none yet). */
function repeatTitle(path: string, label: string): TemplateResult {
  return html`<p class="repeat-title" id=${`${groupId(path)}-title`}>${label}</p>`;
}

/** Instances of a repeating group, each removable above the minimum, and an add button below the maximum. */
function repeatingGroup(host: FormHost, groups: RenderedGroups, occurrence: Occurrence, group: FieldGroup, path: string, label: string, present: boolean): Rendered {
  const visible = host.engine.isVisible(path);
  groups.set(path, visible);
  if (!visible) return nothing;
  const count = host.engine.instanceCount(path);
  const { max } = host.engine.instanceBounds(path);
  const addLabel = localized(occurrence.ui?.addLabel, host.language) || host.t.add(label);
  const help = localized(group.help, host.language);
  return html`<div class="repeat" role="group" aria-labelledby=${`${groupId(path)}-title`} id=${groupId(path)} tabindex="-1">
    ${repeatTitle(path, label)}
    ${help && count === 0 ? html`<div class="hint" part="hint">${helpText(help, host.language)}</div>` : nothing}
    ${groupErrors(host, path)}
    ${Array.from({ length: count }, (_, index) => {
      const name = host.t.instance(label, index + 1);
      const remove = host.engine.canRemoveInstance(path, index) ? html`<button type="button" class="button secondary" part="button-secondary" data-remove=${path} data-index=${index}>${host.t.remove(name)}</button>` : undefined;
      // Keyed by instance path, as Lit's repeat directive did at a fraction of its size: instances keep their DOM by
      // position (instance paths are positions), and a position that now shows another group's instance gets fresh DOM.
      return keyed(`${path}.${index}`, groupView(host, groups, occurrence, group, `${path}.${index}`, name, remove, present));
    })}
    ${count < max ? html`<button type="button" class="button secondary" part="button-secondary" data-add=${path} data-label=${label}>${addLabel}</button>` : nothing}
  </div>`;
}

/** Instances of a repeating field (e.g. up to three phone numbers). */
function repeatingField(host: FormHost, slot: FieldSlot): Rendered {
  const { path, label } = slot;
  if (!host.engine.isVisible(path)) return nothing;
  const count = host.engine.instanceCount(path);
  const { min, max } = host.engine.instanceBounds(path);
  const errors = groupErrors(host, path);
  // After "too few entries", the missing ones say they are mandatory.
  const mandatory = slot.mandatory === true || errors !== nothing;
  return html`<div class="repeat" role="group" aria-labelledby=${`${groupId(path)}-title`} id=${groupId(path)} tabindex="-1">
    ${repeatTitle(path, label)}
    ${errors}
    ${Array.from({ length: count }, (_, index) => {
      const name = host.t.instance(label, index + 1);
      return html`<div class="repeat-item">
        ${fieldPart(host, { ...slot, path: `${path}.${index}`, label: name, mandatory: mandatory && index < min })}
        ${host.engine.canRemoveInstance(path, index) ? html`<button type="button" class="button secondary" part="button-secondary" data-remove=${path} data-index=${index}>${host.t.remove(name)}</button>` : nothing}
      </div>`;
    })}
    ${count < max ? html`<button type="button" class="button secondary" part="button-secondary" data-add=${path} data-label=${label}>${localized(slot.occurrence.ui?.addLabel, host.language) || host.t.add(label)}</button>` : nothing}
  </div>`;
}

/** A repeating file occurrence: one file input (`multiple`) and the list of files (re-rendered by the host; the control loads lazily). */
function repeatingFiles(host: FormHost, slot: FileSlot): Rendered {
  if (!host.engine.isVisible(slot.path)) return nothing;
  const pointer = `/${slot.path.replaceAll('.', '/')}`;
  const errors = host.summary.filter((error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`));
  const min = slot.mandatory || errors.length > 0 ? host.engine.instanceBounds(slot.path).min : 0;
  return partFor(host, 'files')?.fileControl(host, slot, {
    path: slot.path,
    pointer,
    value: undefined,
    visible: true,
    required: min > 0,
    readonly: false,
    computed: false,
    errors,
    touched: errors.length > 0,
    dirty: false,
  }) ?? nothing;
}


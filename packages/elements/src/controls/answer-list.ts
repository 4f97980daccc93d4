import { html, nothing, type TemplateResult } from 'lit';
import { occurrenceElement, occurrenceName, parseCardinality, type FieldGroup, type Occurrence } from '@fimforms/format';
import type { FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { answerText } from './answer-text.js';
import { chosenChild, readsTheSame } from './structure-view.js';

/** One answer on the review page or the receipt. */
export interface Answer {
  path: string;
  label: string;
  text: string;
  /** The top-level group (instance) the answer belongs to, shown as a heading; '' for top-level fields. */
  section: string;
}

const join = (prefix: string, name: string) => (prefix === '' ? name : `${prefix}.${name}`);

/**
 * Every visible answer below the occurrences, in structure order: labelled with the numbers of
 * nested repeats, grouped in sections by top-level group.
 */
export function collectAnswers(host: FormHost, occurrences: readonly Occurrence[], prefix: string, context: string, section = '', into: Answer[] = []): Answer[] {
  for (const occurrence of occurrences) {
    const target = occurrenceElement(host.engine.definition, occurrence);
    if (!target.element) continue;
    const path = join(prefix, occurrenceName(host.engine.definition, occurrence));
    const { max } = parseCardinality(occurrence.cardinality) ?? { min: 1, max: 1 };
    const label = localized(target.element.label, host.language);
    const instances = max > 1 ? Array.from({ length: host.engine.instanceCount(path) }, (_, index) => index) : [undefined];
    for (const index of instances) {
      const instancePath = index === undefined ? path : `${path}.${index}`;
      if (!host.engine.isVisible(instancePath)) continue;
      const name = index === undefined ? label : host.t.instance(label, index + 1);
      if (target.kind === 'field') {
        const { control } = target.element;
        if (control === 'label' || control === 'hidden') continue;
        const value = host.engine.getValue(instancePath);
        into.push({ path: instancePath, label: context ? `${context} – ${name}` : name, text: answerText(host.engine.definition, target.element, value, host.language, host.t), section });
      } else {
        const children = childrenOf(host, target.element, instancePath);
        if (prefix === '') collectAnswers(host, children, instancePath, '', name, into);
        else collectAnswers(host, children, instancePath, index === undefined ? context : name, section, into);
      }
    }
  }
  return into;
}

/** The children a group shows: all of them, or only the chosen alternative of a choice. */
function childrenOf(host: FormHost, group: FieldGroup, path: string): readonly Occurrence[] {
  if (!group.choice) return group.children;
  const chosen = chosenChild(host, group, path);
  return group.children.filter((child) => occurrenceName(host.engine.definition, child) === chosen).map((child) => ({ ...child, cardinality: '1:1' }));
}

/**
 * Answers in sections (a heading per top-level group) of description lists; with `onChange`, each gets a
 * "change" link; `under` is the heading the list stands under.
 */
export function answerList(host: FormHost, answers: readonly Answer[], headingLevel: number, onChange?: (path: string) => void, under?: string): TemplateResult[] {
  const sections: Answer[][] = [];
  for (const answer of answers) {
    const last = sections.at(-1);
    if (last && last[0]!.section === answer.section) last.push(answer);
    else sections.push([answer]);
  }
  return sections.map(
    // A section titled like the heading it stands under (a page's first group named as the page) gets no second heading.
    (section) => html`${section[0]!.section && !(under !== undefined && readsTheSame(section[0]!.section, under)) ? html`<p class="section-title" role="heading" aria-level=${headingLevel}>${section[0]!.section}</p>` : nothing}
      ${answerRows(host, section, onChange)}`,
  );
}

function answerRows(host: FormHost, answers: readonly Answer[], onChange: ((path: string) => void) | undefined): TemplateResult {
  return html`<dl class="answers" part="answers">
    ${answers.map(
      (answer) => html`<div class="answer">
        <dt>${answer.label}</dt>
        <dd>${answer.text}</dd>
        ${onChange
          ? html`<dd class="change"><a href="#" @click=${(event: Event) => { event.preventDefault(); onChange(answer.path); }}>${host.t.change}<span class="visually-hidden">: ${answer.label}</span></a></dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

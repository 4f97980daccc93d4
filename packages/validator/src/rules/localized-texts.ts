import type { FormDefinition, LocalizedText } from '@fimforms/format';
import { appendPointer } from '../json-pointer.js';

/** One citizen-facing text of a definition. `label` marks accessible names (element and option labels). */
export interface LocalizedTextSite {
  pointer: string;
  text: LocalizedText;
  label: boolean;
}

/**
 * Every citizen-facing localized text of a definition with its pointer. A field's `content` counts
 * only for label fields: elsewhere it is a value, not a text to translate. A plain loop, not a
 * generator: it runs over every text of large definitions.
 */
export function localizedTexts(definition: FormDefinition): LocalizedTextSite[] {
  const sites: LocalizedTextSite[] = [];
  const at = (base: string, member: string, text: LocalizedText | undefined, label = false) => {
    if (text !== undefined) sites.push({ pointer: `${base}/${member}`, text, label });
  };
  at('', 'title', definition.title);
  at('', 'description', definition.description);
  for (const [key, field] of Object.entries(definition.fields ?? {})) {
    const base = appendPointer('/fields', key);
    at(base, 'label', field.label, true);
    at(base, 'outputLabel', field.outputLabel);
    at(base, 'help', field.help);
    at(base, 'outputHelp', field.outputHelp);
    if (field.control === 'label') at(base, 'content', field.content);
  }
  for (const [key, group] of Object.entries(definition.groups ?? {})) {
    const base = appendPointer('/groups', key);
    at(base, 'label', group.label, true);
    at(base, 'outputLabel', group.outputLabel);
    at(base, 'help', group.help);
    at(base, 'outputHelp', group.outputHelp);
  }
  for (const [key, list] of Object.entries(definition.codeLists ?? {})) {
    const base = appendPointer('/codeLists', key);
    at(base, 'title', list.title);
    (list.values ?? []).forEach((value, index) => {
      at(base, `values/${index}/label`, value.label, true);
      at(base, `values/${index}/help`, value.help);
    });
  }
  for (const [key, rule] of Object.entries(definition.rules ?? {})) {
    const base = appendPointer('/rules', key);
    (rule.effects ?? []).forEach((effect, index) => at(base, `effects/${index}/message`, effect.message));
    (rule.messages ?? []).forEach((message, index) => at(base, `messages/${index}/message`, message.message));
  }
  (definition.pages ?? []).forEach((page, index) => at('/pages', `${index}/title`, page.title));
  return sites;
}

import { appendPointer, type CodeList, type Field, type FieldGroup, type FormDefinition, type LocalizedText, type Rule } from '@fimforms/format';

/**
 * One citizen-facing text of a definition. `label` marks accessible names (element and option
 * labels), `markdown` the LocalizedMarkdown texts (help texts, the description and label-only notices'
 * content, format.md §3.2, §5.5).
 */
export interface LocalizedTextSite {
  readonly pointer: string;
  readonly text: LocalizedText;
  readonly label: boolean;
  readonly markdown: boolean;
}

/** The maps of a definition as entries, as the rule context already holds them. */
export interface DefinitionEntries {
  fields: ReadonlyArray<[string, Field]>;
  groups: ReadonlyArray<[string, FieldGroup]>;
  codeLists: ReadonlyArray<[string, CodeList]>;
  rules: ReadonlyArray<[string, Rule]>;
}

// The pointer is joined only when a rule reports the text: large definitions have thousands
// of texts and almost no findings. `key` is the entry of the map `owner` the text belongs to,
// if any (`/fields` + `vorname`), `member` its path below that.
class TextSite implements LocalizedTextSite {
  constructor(
    private readonly owner: string,
    private readonly key: string | undefined,
    private readonly member: string,
    readonly text: LocalizedText,
    readonly label: boolean,
    readonly markdown: boolean,
  ) {}

  get pointer(): string {
    const base = this.key === undefined ? this.owner : appendPointer(this.owner, this.key);
    return `${base}/${this.member}`;
  }
}

/**
 * Every citizen-facing localized text of a definition with its pointer. A field's `content` counts
 * only for label fields: elsewhere it is a value, not a text to translate. A plain loop, not a
 * generator: it runs over every text of large definitions.
 */
export function localizedTexts(definition: FormDefinition, entries: DefinitionEntries): LocalizedTextSite[] {
  const sites: LocalizedTextSite[] = [];
  const at = (owner: string, key: string | undefined, member: string, text: LocalizedText | undefined, label: boolean, markdown = false) => {
    if (text !== undefined) sites.push(new TextSite(owner, key, member, text, label, markdown));
  };
  at('', undefined, 'title', definition.title, false);
  at('', undefined, 'description', definition.description, false, true);
  for (const [key, field] of entries.fields) {
    at('/fields', key, 'label', field.label, true);
    at('/fields', key, 'outputLabel', field.outputLabel, false);
    at('/fields', key, 'help', field.help, false, true);
    at('/fields', key, 'outputHelp', field.outputHelp, false, true);
    if (field.control === 'label') at('/fields', key, 'content', field.content, false, true);
  }
  for (const [key, group] of entries.groups) {
    at('/groups', key, 'label', group.label, true);
    at('/groups', key, 'outputLabel', group.outputLabel, false);
    at('/groups', key, 'help', group.help, false, true);
    at('/groups', key, 'outputHelp', group.outputHelp, false, true);
  }
  for (const [key, list] of entries.codeLists) {
    at('/codeLists', key, 'title', list.title, false);
    const values = list.values ?? [];
    for (let index = 0; index < values.length; index++) {
      at('/codeLists', key, `values/${index}/label`, values[index]!.label, true);
      if (values[index]!.help !== undefined) at('/codeLists', key, `values/${index}/help`, values[index]!.help, false);
    }
  }
  for (const [key, rule] of entries.rules) {
    (rule.effects ?? []).forEach((effect, index) => at('/rules', key, `effects/${index}/message`, effect.message, false));
    (rule.messages ?? []).forEach((message, index) => at('/rules', key, `messages/${index}/message`, message.message, false));
  }
  (definition.pages ?? []).forEach((page, index) => at('/pages', undefined, `${index}/title`, page.title, false));
  return sites;
}

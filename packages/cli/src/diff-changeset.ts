import type { PayloadContractDiff } from '@fimforms/compiler';
import { classWord } from './diff-report.js';
import { printableText } from './reporters/printable-text.js';

const STEP = { breaking: 'major', compatible: 'minor', text: 'patch' } as const;

/**
 * A changeset proposal (`.changeset/<name>.md`) for a diff: front matter naming `packageName`
 * with the step the verdict needs, then one line per change and per version to step. Texts from
 * the definitions are made printable, so they cannot end the front matter or add lines.
 * Undefined for a diff without changes.
 */
export function changesetProposal(diff: PayloadContractDiff, packageName: string, title: string, lang: 'de' | 'en'): string | undefined {
  if (diff.verdict === 'none') return undefined;
  const heading =
    lang === 'de'
      ? `${printableText(title)}: Änderungen des Nutzdatenvertrags (${classWord(diff.verdict, lang)}), ermittelt mit \`fimforms diff\`.`
      : `${printableText(title)}: changes of the payload contract (${classWord(diff.verdict, lang)}), found by \`fimforms diff\`.`;
  const changes = diff.changes.map((change) => `- ${classWord(change.class, lang)}: \`${printableText(change.path)}\` — ${printableText(change.message[lang])}`);
  const versions = diff.versions.map((advice) => `- ${advice.id}: ${advice.oldVersion ?? '–'} → ${advice.newVersion ?? '–'} (${advice.needed}${advice.sufficient ? '' : lang === 'de' ? `, mindestens ${advice.suggested}` : `, at least ${advice.suggested}`})`);
  const versionBlock = versions.length > 0 ? ['', lang === 'de' ? 'Versionen:' : 'Versions:', '', ...versions] : [];
  return ['---', `${JSON.stringify(packageName)}: ${STEP[diff.verdict]}`, '---', '', heading, '', ...changes, ...versionBlock, ''].join('\n');
}

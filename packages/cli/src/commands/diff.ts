import { parseArgs } from 'node:util';
import { diffPayloadContract, type PayloadContractDiff } from '@fimforms/compiler';
import type { Diagnostic } from '@fimforms/format';
import { locateDiagnostics } from '@fimforms/validator';
import type { CliIo, Command } from '../command.js';
import { changesetProposal } from '../diff-changeset.js';
import { locateDiff } from '../diff-report.js';
import { readDefinitionFile, type DefinitionFile } from '../read-definition-file.js';
import { diffHumanReport } from '../reporters/diff-human-reporter.js';
import { githubReporter } from '../reporters/github-reporter.js';
import { printFindings } from '../reporters/print-findings.js';
import { printableJson } from '../reporters/printable-json.js';
import { toolVersion } from '../tool-version.js';
import { usageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';
import { parseCommandArgs } from '../parse-command-args.js';

const HELP = {
  de: `Aufruf: fimforms diff <alt.json> <neu.json> [--format human|json|github] [--allow-breaking]
                     [--naming technical|fim-id] [--changeset <datei.md>] [--package <name>]

Vergleicht zwei Versionen einer Formulardefinition über ihre Nutzdatenmodelle (specs/diff.md)
und ordnet jede Änderung ein:
  inkompatibel  eine unter den alten Schemata gültige Nutzlast kann ungültig werden
                (Element entfernt oder umbenannt, Typ eingeschränkt, Anzahl oder Länge
                verringert, optional zu Pflicht, Code entfernt, Muster eingeschränkt)
  kompatibel    jede alte Nutzlast bleibt gültig (optionales Element neu, Grenze erweitert)
  nur Text      Beschriftungen, Hilfetexte, Beschreibungen
Dazu: wo die Version eines FIM-Elements (und des Nutzdatenschemas) steigen muss.

Optionen:
  --format human|json|github  Ausgabeformat (Standard: human; github: Annotationen)
  --allow-breaking            inkompatible Änderungen nicht als Fehler werten
  --naming technical|fim-id   Elementnamen wie bei „fimforms compile“ (Standard: technical)
  --changeset <datei.md>      einen Changeset-Vorschlag schreiben (nichts ohne Änderungen)
  --package <name>            Paket im Changeset (Standard: technischer Name des Formulars)

Exit-Codes: 0 keine inkompatible Änderung (oder --allow-breaking), 1 inkompatible Änderungen
oder fehlerhafte Definition, 2 Aufruf- oder Dateifehler.

Beispiel:
  git show origin/main:formulare/antrag.json > /tmp/alt.json
  fimforms diff /tmp/alt.json formulare/antrag.json --format github`,
  en: `Usage: fimforms diff <old.json> <new.json> [--format human|json|github] [--allow-breaking]
                     [--naming technical|fim-id] [--changeset <file.md>] [--package <name>]

Compares two versions of a form definition through their payload models (specs/diff.md) and
classifies each change:
  breaking    a payload valid under the old schemas can become invalid (element removed
              or renamed, type narrowed, count or length reduced, optional made required,
              code removed, pattern narrowed)
  compatible  every old payload stays valid (optional element added, bound widened)
  text only   labels, help texts, descriptions
Also: where the version of a FIM element (and of the payload schema) must step.

Options:
  --format human|json|github  output format (default: human; github: annotations)
  --allow-breaking            do not count breaking changes as errors
  --naming technical|fim-id   element names as for "fimforms compile" (default: technical)
  --changeset <file.md>       write a changeset proposal (nothing without changes)
  --package <name>            package in the changeset (default: the form's technical name)

Exit codes: 0 no breaking change (or --allow-breaking), 1 breaking changes or a faulty
definition, 2 usage or I/O trouble.

Example:
  git show origin/main:forms/application.json > /tmp/old.json
  fimforms diff /tmp/old.json forms/application.json --format github`,
};

const FORMATS = ['human', 'json', 'github'] as const;

/** `fimforms diff`: classifies the changes between two versions of a definition (specs/diff.md). */
export const diffCommand: Command = {
  name: 'diff',
  summary: { de: 'zwei Versionen vergleichen: inkompatibel, kompatibel, nur Text', en: 'compare two versions: breaking, compatible, text only' },
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(io, 'diff', args, {
      format: { type: 'string', default: 'human' },
      'allow-breaking': { type: 'boolean', default: false },
      naming: { type: 'string', default: 'technical' },
      changeset: { type: 'string' },
      package: { type: 'string' },
    });
    if (parsed === 2) return 2;
    const { format, naming, changeset } = parsed.values;
    if (parsed.positionals.length !== 2) {
      return usageError(io, 'diff', { de: 'Zwei Formulardefinitionen angeben: die alte und die neue.', en: 'Give two form definitions: the old and the new one.' });
    }
    if (!(FORMATS as readonly string[]).includes(format)) {
      return usageError(io, 'diff', { de: `Unbekanntes Format „${format}“.`, en: `Unknown format "${format}".` });
    }
    if (naming !== 'technical' && naming !== 'fim-id') {
      return usageError(io, 'diff', { de: '--naming erwartet „technical“ oder „fim-id“.', en: '--naming expects "technical" or "fim-id".' });
    }
    const [oldPath, newPath] = parsed.positionals as [string, string];
    const before = readDefinitionFile(oldPath, io);
    if (typeof before === 'number') return before;
    const after = readDefinitionFile(newPath, io);
    if (typeof after === 'number') return after;
    const diff = diffPayloadContract(before.definition, after.definition, { naming });
    if (diff.diagnostics.some((d) => d.severity === 'error')) return reportCompileErrors(diff, before, after, io);
    const { findings } = locateDiff(diff, after.text);
    io.stdout.write(render(format, diff, findings, before, after, io));
    if (changeset !== undefined) {
      const proposal = changesetProposal(diff, parsed.values.package ?? after.definition.name, after.definition.title?.de ?? after.definition.name, io.lang);
      if (proposal !== undefined) {
        const written = writeOutput(changeset, proposal, io, [oldPath, newPath]);
        if (written !== 0) return written;
      }
    }
    return diff.verdict === 'breaking' && !parsed.values['allow-breaking'] ? 1 : 0;
  },
};

function render(format: string, diff: PayloadContractDiff, findings: Diagnostic[], before: DefinitionFile, after: DefinitionFile, io: CliIo): string {
  if (format === 'github') return githubReporter([{ file: after.file, diagnostics: findings }], { files: 1, errors: 0, warnings: 0, infos: 0 }, io.lang, '');
  if (format === 'json') {
    const summary = { breaking: 0, compatible: 0, text: 0 };
    for (const change of diff.changes) summary[change.class]++;
    const changes = diff.changes.map((change, index) => ({ ...change, position: findings[index]?.position }));
    const document = { version: 1, tool: { name: 'fimforms', version: toolVersion() }, old: before.file, new: after.file, verdict: diff.verdict, summary, changes, versions: diff.versions, diagnostics: diff.diagnostics };
    return printableJson(document) + '\n';
  }
  return diffHumanReport(after.file, diff, findings, io.lang);
}

// Either definition compiles with errors (payload.md §7): its findings, located in its own file.
function reportCompileErrors(diff: PayloadContractDiff, before: DefinitionFile, after: DefinitionFile, io: CliIo): 1 {
  const reports = [before, after].map((input, index) => {
    const side = index === 0 ? 'old' : 'new';
    const diagnostics = diff.diagnostics.filter((d) => d.file === side).map(({ file: _side, ...d }) => d);
    locateDiagnostics(input.text, diagnostics);
    return { file: input.file, diagnostics };
  });
  printFindings(reports, io);
  return 1;
}

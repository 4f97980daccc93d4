/** One `file:line:col severity code message` line of the human report. */
export interface FindingLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

const FINDING = /^(.+?):(\d+):(\d+) (Fehler|Warnung|Hinweis|error|warning|info) ([a-z0-9-]+) (.+)$/;

/** The finding lines of a report (stderr of import, export, compile, sample, payload). */
export function findingLines(output: string): FindingLine[] {
  return output
    .split('\n')
    .map((line) => FINDING.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), severity: match[4]!, code: match[5]!, message: match[6]! }));
}

/** The `kind: count` lines under "Nicht (vollständig) übernommen:" / "Not (fully) mapped:". */
export function unmappedCounts(output: string): { [kind: string]: number } {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line === 'Nicht (vollständig) übernommen:' || line === 'Not (fully) mapped:');
  if (start < 0) return {};
  const counts: { [kind: string]: number } = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\S+): (\d+)$/.exec(line);
    if (!match) break;
    counts[match[1]!] = Number(match[2]);
  }
  return counts;
}

// The benchmark's figures as one plain-text table (the JSON holds the same figures).

function number(value, unit) {
  if (unit === 'B') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'ms') return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : value.toFixed(0);
  return Math.round(value).toLocaleString('en');
}

/** One line per figure: key, median (or value), min, max, unit, note; then the machine. */
export function formatTable({ quick, date, machine, figures }) {
  const rows = figures.map((f) => [
    f.key,
    number(f.median ?? f.value, f.unit),
    f.min === undefined ? '' : number(f.min, f.unit),
    f.max === undefined ? '' : number(f.max, f.unit),
    f.unit === 'B' ? '' : f.unit,
    f.runs === undefined ? '' : String(f.runs),
    f.note ?? '',
  ]);
  const header = ['figure', 'median', 'min', 'max', 'unit', 'runs', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [
    `fimforms benchmark${quick ? ' (quick: checks the benchmarks run, the figures mean nothing)' : ''} — ${date}`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}, Chromium ${machine.chromium}`,
    `load average (1/5/15 min): ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

// Preloaded with `node --import` into every hostile-input run: at exit, the CPU time and peak
// memory of the process go to stderr as one `@@bounds {…}` line for the test to check.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const bounds = { cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) };
  writeSync(2, `\n@@bounds ${JSON.stringify(bounds)}\n`);
});

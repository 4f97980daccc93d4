export { main } from './main.js';
export { commands } from './commands/index.js';
export type { Command, CliIo } from './command.js';
export type { FileReport } from './reporters/file-report.js';

import type { Command } from '../command.js';
import { validate } from './validate.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { compileCommand } from './compile.js';
import { sampleCommand } from './sample.js';
import { payloadCommand } from './payload.js';
import { diffCommand } from './diff.js';

/** Every `fimforms` sub-command; each command file adds its one line here. */
export const commands: Command[] = [
  validate,
  importCommand,
  exportCommand,
  compileCommand,
  sampleCommand,
  payloadCommand,
  diffCommand,
];

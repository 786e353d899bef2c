// Every subcommand, in the order `warrant --help` lists them.
import type { Command } from '../io.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { rulesCommand } from './rules.js';

export const commands: Command[] = [checkCommand, rulesCommand, explainCommand];

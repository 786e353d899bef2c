// Every subcommand, in the order `warrant --help` lists them.
import type { Command } from '../io.js';
import { checkCommand } from './check.js';

export const commands: Command[] = [checkCommand];

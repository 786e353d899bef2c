// Every subcommand, in the order `warrant --help` lists them.
import type { Command } from '../io.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { exportGsn2xCommand } from './export-gsn2x.js';
import { importGsn2xCommand } from './import-gsn2x.js';
import { renderCommand } from './render.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { serveCommand } from './serve.js';

export const commands: Command[] = [checkCommand, rulesCommand, explainCommand, importGsn2xCommand, exportGsn2xCommand, renderCommand, reportCommand, serveCommand];

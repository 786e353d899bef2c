// Every subcommand, in the order `warrant --help` lists them.
import type { Command } from '../io.js';
import { checkCommand } from './check.js';
import { criticalCommand } from './critical.js';
import { diffCommand } from './diff.js';
import { evidenceImportCommand } from './evidence-import.js';
import { evidenceVerifyCommand } from './evidence-verify.js';
import { explainCommand } from './explain.js';
import { exportGsn2xCommand } from './export-gsn2x.js';
import { impactCommand } from './impact.js';
import { importGsn2xCommand } from './import-gsn2x.js';
import { renderCommand } from './render.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { serveCommand } from './serve.js';
import { statusCommand } from './status.js';
import { whatifCommand } from './whatif.js';
import { whyCommand } from './why.js';

export const commands: Command[] = [
  checkCommand,
  rulesCommand,
  explainCommand,
  statusCommand,
  whyCommand,
  criticalCommand,
  whatifCommand,
  impactCommand,
  diffCommand,
  renderCommand,
  reportCommand,
  serveCommand,
  evidenceImportCommand,
  evidenceVerifyCommand,
  importGsn2xCommand,
  exportGsn2xCommand,
];

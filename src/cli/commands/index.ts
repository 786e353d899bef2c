// Every subcommand, in the order `warrant --help` lists them. A command's
// module is imported only when it runs, so `warrant --version`, `--help` and
// each command pay only for the code they use (the zod schemas, the rules and
// the renderer are not built for a command that does not need them).
import type { Command } from '../io.js';
import { serverAdminCommands } from './server-commands.js';

export interface CommandEntry {
  /** As typed: one word, or two for a family ("evidence import"). */
  name: string;
  /** One line for `warrant --help`. */
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  {
    name: 'check',
    summary: 'Check safety cases: structure, then the rules',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'rules',
    summary: 'List the rules, by failure mode',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'explain',
    summary: 'Explain a rule or a diagnostic code',
    load: async () => (await import('./explain.js')).explainCommand,
  },
  {
    name: 'status',
    summary: 'Support status of every claim, propagated to the top claim',
    load: async () => (await import('./status.js')).statusCommand,
  },
  {
    name: 'why',
    summary: 'Why a node has its status: the chain to the top and what it rests on',
    load: async () => (await import('./why.js')).whyCommand,
  },
  {
    name: 'critical',
    summary: 'Load-bearing nodes: single points of failure, pairs, the assumptions doing most work',
    load: async () => (await import('./critical.js')).criticalCommand,
  },
  {
    name: 'whatif',
    summary: 'What loses support if some nodes or evidence items are defeated',
    load: async () => (await import('./whatif.js')).whatifCommand,
  },
  {
    name: 'impact',
    summary: 'Change impact: which triggers fire and whether the case must be re-reviewed',
    load: async () => (await import('./impact.js')).impactCommand,
  },
  {
    name: 'diff',
    summary: 'Semantic diff of two versions of a case (paths or git revisions)',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    name: 'render',
    summary: 'Draw a case as SVG in GSN notation, with status and views',
    load: async () => (await import('./render.js')).renderCommand,
  },
  {
    name: 'report',
    summary: 'Write a self-contained HTML (or Markdown) report of a case',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'serve',
    summary: 'Preview cases in the browser, updating as files are saved',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'evidence import',
    summary: 'Import evaluation logs (Inspect, lm-evaluation-harness) as evidence items of a case',
    load: async () => (await import('./evidence-import.js')).evidenceImportCommand,
  },
  {
    name: 'cite',
    summary: 'Add evidence items to what an evidence node or defeater cites, keeping comments',
    load: async () => (await import('./cite.js')).citeCommand,
  },
  {
    name: 'evidence verify',
    summary: 'Re-hash every evidence artefact the case points to; report missing and changed ones',
    load: async () => (await import('./evidence-verify.js')).evidenceVerifyCommand,
  },
  {
    name: 'migrate',
    summary: 'Rewrite format-1 cases to the current format, in place, keeping comments',
    load: async () => (await import('./migrate.js')).migrateCommand,
  },
  {
    name: 'import gsn2x',
    summary: 'Import gsn2x YAML files as a Warrant case',
    load: async () => (await import('./import-gsn2x.js')).importGsn2xCommand,
  },
  {
    name: 'export gsn2x',
    summary: 'Export a case as gsn2x YAML files',
    load: async () => (await import('./export-gsn2x.js')).exportGsn2xCommand,
  },
  {
    name: 'keys generate',
    summary: 'Make an Ed25519 key pair for signing decision records',
    load: async () => (await import('./keys.js')).keysGenerateCommand,
  },
  {
    name: 'decide',
    summary: 'Sign a decision record of the case as it stands, and log it',
    load: async () => (await import('./decide.js')).decideCommand,
  },
  {
    name: 'record verify',
    summary: 'Verify a decision record: signatures, chain, log inclusion, and the case against it',
    load: async () => (await import('./record.js')).recordVerifyCommand,
  },
  {
    name: 'record show',
    summary: 'Print a decision record: what was known when it was decided',
    load: async () => (await import('./record.js')).recordShowCommand,
  },
  ...serverAdminCommands,
];

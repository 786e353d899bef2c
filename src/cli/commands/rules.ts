// `warrant rules`: list every rule; `--format json` for tools.
import { parseArgs } from 'node:util';
import { RULES } from '../../check/rules/index.js';
import { FAILURE_MODE_TITLES, FAILURE_MODES } from '../../check/rules/types.js';
import { jsonText } from '../../output/text.js';
import { type Command, type Io, UsageError } from '../io.js';

const usage = `Usage: warrant rules [--format pretty|json]

List the rules \`warrant check\` runs after the structural checks, by failure
mode, with their default severity. \`warrant explain <rule-id>\` prints one rule's
documentation.`;

export const rulesCommand: Command = {
  name: 'rules',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}".`);
    const format = values.format ?? 'pretty';
    if (format === 'json') {
      const list = RULES.map(({ meta: m }) => ({
        id: m.id,
        title: m.title,
        failureMode: m.failureMode,
        severity: m.severity,
        usesDate: m.usesDate ?? false,
        rationale: m.rationale,
      }));
      io.stdout(`${jsonText(list, 2)}\n`);
      return 0;
    }
    if (format !== 'pretty') throw new UsageError(`--format must be one of pretty, json; got "${format}".`);
    const width = Math.max(...RULES.map((r) => r.meta.id.length));
    const lines: string[] = [];
    for (const mode of FAILURE_MODES) {
      const group = RULES.filter((r) => r.meta.failureMode === mode);
      if (!group.length) continue;
      lines.push(`${FAILURE_MODE_TITLES[mode]}`);
      for (const r of group) lines.push(`  ${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.title}`);
      lines.push('');
    }
    lines.push(`${RULES.length} rules. \`warrant explain <rule-id>\` prints one.`);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

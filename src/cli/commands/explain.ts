// `warrant explain <rule-id | code>`: print a rule's documentation, or a check code's.
import { codeMarkdown } from '../../check/code-docs.js';
import { ALL_CODES } from '../../check/codes.js';
import { isRuleId, RULES, ruleById } from '../../check/rules/index.js';
import { ruleMarkdown } from '../../check/rules/rule-docs.js';
import { term } from '../../output/terminal.js';
import { closest } from '../../util/did-you-mean.js';
import { type Command, type Io, UsageError } from '../io.js';

const usage = `Usage: warrant explain <rule-id | code>

Print the documentation of a rule (e.g. paper-safety/absolute-claim-sampled-evidence)
or of a loader or structural code (e.g. L05, S07).`;

export const explainCommand: Command = {
  name: 'explain',
  usage,
  run(argv: string[], io: Io): number {
    if (argv.length !== 1 || !argv[0] || argv[0].startsWith('-'))
      throw new UsageError('give exactly one rule id or code.');
    const want = argv[0];
    const rule = isRuleId(want) ? ruleById(want) : RULES.find((r) => r.meta.id.endsWith(`/${want}`));
    if (rule) {
      io.stdout(ruleMarkdown(rule));
      return 0;
    }
    const code = ALL_CODES.find((c) => c.code.toLowerCase() === want.toLowerCase() || c.name === want);
    if (code) {
      io.stdout(codeMarkdown(code));
      return 0;
    }
    const s = closest(want, [...RULES.map((r) => r.meta.id), ...ALL_CODES.map((c) => c.code)]);
    const mean = s ? term` Did you mean \`${s}\`?` : '';
    io.stderr(
      `${term`warrant explain: no rule or code "${want}".${mean} \`warrant rules\` lists the rules; docs/checks.md the codes.`}\n`,
    );
    return 2;
  },
};

import { report } from '../../report.js';
import type { Rule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

export const noAffectedNonUsers: Rule = {
  meta: {
    id: 'acceptability-laundering/no-affected-non-users',
    title: 'No affected non-users named',
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      'The people who bear the worst harms of a frontier model are usually not its users: attack victims, the public, people whose data passes through it. Criteria judged only from the users\' side leave them out of "acceptable".',
    docs: `Reports an \`acceptability\` section with no affected party whose \`relation\` is \`non-user\` (including one with no \`affected_parties\` at all).

Fix: list the groups who bear harm without using the system (targets of misuse, the public, people whose data the system processes, workers affected downstream) with \`relation: non-user\`, and say in the rationale why they should accept the residual harms.`,
    examples: {
      failing:
        RISKS +
        acceptability({ parties: '    - { group: Developer organisations enabling the tool, relation: user }\n' }) +
        argument(),
      passing: RISKS + acceptability() + argument(),
    },
  },
  run({ case: c }) {
    const a = c.acceptability;
    if (!a) return [];
    const parties = a.value.affected_parties ?? [];
    if (parties.some((p) => p.relation === 'non-user')) return [];
    return [
      report(
        this.meta,
        parties.length ? { thing: a, path: ['affected_parties'] } : { thing: a },
        parties.length
          ? `The acceptability criteria name ${parties.length} affected part${parties.length > 1 ? 'ies' : 'y'}, all users (${parties.map((p) => p.group).join('; ')}); no one affected without using the system.`
          : 'The acceptability criteria name no affected parties, so no one affected without using the system.',
        'Add the groups who bear harm without using the system (targets of misuse, the public, people whose data it processes) as affected_parties with relation: non-user.',
        { target: c.header.value.id },
      ),
    ];
  },
};

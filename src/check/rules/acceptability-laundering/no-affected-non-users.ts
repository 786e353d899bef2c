import { listSome } from '../../../util/list-some.js';
import { report } from '../messages.js';
import { defineRule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

export const noAffectedNonUsers = defineRule({
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
    messages: {
      onlyUsers:
        'The acceptability criteria name {{count}} affected {{parties}}, all users ({{groups}}); no one affected without using the system.',
      noParties: 'The acceptability criteria name no affected parties, so no one affected without using the system.',
    },
    hints: {
      onlyUsers:
        'Add the groups who bear harm without using the system (targets of misuse, the public, people whose data it processes) as affected_parties with relation: non-user.',
      noParties:
        'Add the groups who bear harm without using the system (targets of misuse, the public, people whose data it processes) as affected_parties with relation: non-user.',
    },
  },
  run({ case: c }) {
    const a = c.acceptability;
    if (!a) return [];
    const parties = a.value.affected_parties ?? [];
    if (parties.some((p) => p.relation === 'non-user')) return [];
    return [
      parties.length
        ? report(this.meta, {
            messageId: 'onlyUsers',
            data: {
              count: parties.length,
              parties: parties.length > 1 ? 'parties' : 'party',
              groups: listSome(
                parties.map((p) => p.group),
                { sep: '; ' },
              ),
            },
            at: { thing: a, path: ['affected_parties'] },
            target: c.header.value.id,
          })
        : report(this.meta, { messageId: 'noParties', at: { thing: a }, target: c.header.value.id }),
    ];
  },
});

import { listSome } from '../../../util/list-some.js';
import { tierRank } from '../facts.js';
import { report } from '../messages.js';
import { defineRule, type Finding } from '../types.js';

const CASE = (tier: string, redactions = '') => `argument:
  G1: { kind: claim, text: The control evaluation bounds attacks by the agent., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Control evaluation CE-05, evidence: [E1] }
  D1:
    kind: defeater
    text: Attacks spread across episodes are not covered by the evaluation.${tier}
    challenges: ["G1 -> Sn1"]
    status: open
    owner: Anjali Deshmukh
evidence:
  E1: { title: Control evaluation CE-05, kind: control-evaluation, source_type: internal-test, date: 2026-05-20, produced_by: AI Control, polarity: supports }
publication:
  default_tier: public
${redactions}`;
const REDACTION =
  '  redactions:\n    - { target: D1, reason: public-safety, description: The encoding scheme the agent proposed and the carrier features it used. }\n';

export const openDefeaterUnpublished = defineRule({
  meta: {
    id: 'secrecy-as-shield/open-defeater-unpublished',
    title: 'Open defeater left out of the published case',
    failureMode: 'secrecy-as-shield',
    severity: 'error',
    rationale:
      'An open defeater is a doubt the decision was taken over. Withholding it from the published version shows readers an argument with no open doubts, which is not the argument that was decided on.',
    docs: `Reports a defeater with \`status: open\` whose tier is more restricted than the tier the case is published at (\`publication.default_tier\`, internal when unstated), in the order public < regulator < internal < restricted.

Fix: publish the defeater itself at the default tier, saying in general terms what the doubt is, and withhold only the sensitive evidence behind it (with a redaction that describes it). Or resolve it before publishing.`,
    examples: {
      failing: CASE('\n    tier: restricted', REDACTION),
      passing: CASE(''),
    },
    messages: {
      unpublishedDoubt:
        'Open defeater {{defeater}} (against {{challenges}}) is at tier {{tier}}, so the {{published}} version of the case does not show this open doubt.',
    },
    hints: {
      unpublishedDoubt:
        'Publish the defeater at the {{published}} tier, stating the doubt in general terms, and withhold only the sensitive evidence behind it with a redaction; or resolve it before publishing.',
    },
  },
  run({ facts }) {
    const published = facts.defaultTier();
    const out: Finding[] = [];
    for (const d of facts.nodesOf('defeater')) {
      if (d.status !== 'open') continue;
      const tier = facts.tierOf(d);
      if (tierRank(tier) <= tierRank(published)) continue;
      out.push(
        report(this.meta, {
          messageId: 'unpublishedDoubt',
          data: { defeater: d.id, challenges: listSome(d.challenges), tier, published },
          at: { thing: d, path: ['tier'] },
          target: d.id,
        }),
      );
    }
    return out;
  },
});

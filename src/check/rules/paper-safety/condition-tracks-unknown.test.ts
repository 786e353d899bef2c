import { edit, ruleTester } from '../../../../test/support/rule-tester.js';
import { conditionTracksUnknown as rule } from './condition-tracks-unknown.js';

const failing = rule.meta.examples.failing as string;

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for a condition tracking only a risk',
      yaml: edit(failing, 'tracks: [D2, Sn1]', 'tracks: [R1]'),
    },
    { name: 'is silent for a condition with no tracks', yaml: edit(failing, ', tracks: [D2, Sn1] }', ' }') },
  ],
  invalid: [
    {
      name: 'reports an unknown id and an evidence node, each at its place in tracks',
      yaml: failing,
      findings: [
        {
          target: 'cond-rotate',
          line: 22,
          column: 143,
          messageId: 'unknown',
          data: { condition: 'cond-rotate', id: 'D2' },
        },
        {
          target: 'cond-rotate',
          line: 22,
          column: 147,
          messageId: 'notTrackable',
          data: { condition: 'cond-rotate', id: 'Sn1', what: 'an evidence node' },
        },
      ],
    },
    {
      name: 'reports the same and names the condition by number when it has no id',
      yaml: edit(failing, '{ id: cond-rotate, text:', '{ text:'),
      findings: [
        { target: 'example', line: 22, column: 126, messageId: 'unknown', message: /condition 1 tracks D2/ },
        { target: 'example', line: 22, column: 130, messageId: 'notTrackable' },
      ],
    },
  ],
});

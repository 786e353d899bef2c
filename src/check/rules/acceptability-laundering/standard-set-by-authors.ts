import { report } from '../messages.js';
import { authorship } from '../reviewer-capture/people.js';
import { defineRule } from '../types.js';
import { acceptability, argument, RISKS } from './examples.js';

const AUTHORS = `  authors:
    - { name: Priya Raman, team: Frontier Risk Evaluations }
`;

export const standardSetByAuthors = defineRule({
  meta: {
    id: 'acceptability-laundering/standard-set-by-authors',
    title: "Acceptability standard set by the case's authors",
    failureMode: 'acceptability-laundering',
    severity: 'warning',
    rationale:
      "When the team that writes the case also sets the bar it must clear, the bar can be placed wherever the evidence lands. The standard should come from someone accountable for the risk, not from the argument's authors.",
    docs: `Reports \`acceptability.set_by\` when it names an author of the case (the author's name as whole words, ignoring case, punctuation and titles), or is exactly an authoring team's name (ignoring case, a leading "the" and a trailing "team").

Fix: have the standard set (or ratified) by a body accountable for the risk and independent of the authors (a safety council, the board, a regulator), and record it in \`set_by\`.`,
    examples: {
      failing: AUTHORS + RISKS + acceptability({ setBy: 'Frontier Risk Evaluations team' }) + argument(),
      passing: AUTHORS + RISKS + acceptability() + argument(),
    },
    messages: {
      setByAuthor: 'The acceptability standard was set by {{author}}, an author of the case ("{{setBy}}").',
      setByAuthoringTeam: 'The acceptability standard was set by {{team}}, the team that wrote the case.',
    },
    hints: {
      setByAuthor:
        'Have the standard set or ratified by a body accountable for the risk and independent of the authors (a safety council, the board, a regulator), and name it in set_by.',
      setByAuthoringTeam:
        'Have the standard set or ratified by a body accountable for the risk and independent of the authors (a safety council, the board, a regulator), and name it in set_by.',
    },
  },
  run({ case: c }) {
    const a = c.acceptability;
    if (!a) return [];
    const who = authorship(c);
    const setBy = a.value.set_by;
    const author = who.mentionedIn(setBy);
    const team = author ? undefined : who.teamNamed(setBy);
    if (!author && !team) return [];
    return [
      author
        ? report(this.meta, {
            messageId: 'setByAuthor',
            data: { author: author.name, setBy },
            at: { thing: a, path: ['set_by'] },
            target: c.header.value.id,
          })
        : report(this.meta, {
            messageId: 'setByAuthoringTeam',
            data: { team: team! },
            at: { thing: a, path: ['set_by'] },
            target: c.header.value.id,
          }),
    ];
  },
});

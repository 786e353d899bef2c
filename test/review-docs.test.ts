// docs/server.md states the review rules for readers; it must say what the code does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { ACTION_RULES, CHALLENGER, REVIEW_ACTIONS } from '../src/review/permissions.js';
import { REQUIREMENT_NAMES, VOTE_VALUES } from '../src/review/types.js';

const doc = fs.readFileSync('docs/server.md', 'utf8');

it('docs/server.md prints the permission table exactly as ACTION_RULES has it', () => {
  for (const action of REVIEW_ACTIONS) {
    const rule = ACTION_RULES[action];
    const who =
      rule.by.length === 0
        ? 'anyone granted access'
        : rule.by.map((r) => (r === CHALLENGER ? 'the challenger' : r)).join(', ');
    assert.ok(
      doc.includes(`| ${action} | ${rule.level} | ${who} |`),
      `row for ${action}: | ${action} | ${rule.level} | ${who} |`,
    );
  }
  const rows = doc.match(/^\| [a-z-]+ \| (view|comment|edit|admin) \|/gm) ?? [];
  assert.equal(rows.length, REVIEW_ACTIONS.length, 'no row for an action that does not exist');
});

it('docs/server.md names every sign-off requirement and vote value', () => {
  for (const name of REQUIREMENT_NAMES) assert.ok(doc.includes(`| \`${name}\` |`), name);
  for (const value of VOTE_VALUES) assert.ok(doc.includes(`\`${value}\``), value);
});

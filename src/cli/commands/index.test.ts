import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands } from './index.js';

test('every command entry loads its command, under the same name, with usage text', async () => {
  const names = commands.map((c) => c.name);
  assert.equal(new Set(names).size, names.length, 'names are unique');
  for (const entry of commands) {
    const cmd = await entry.load();
    assert.equal(cmd.name, entry.name, `${entry.name}: the module's name matches its entry`);
    assert.match(
      cmd.usage,
      new RegExp(`^Usage: warrant ${entry.name}\\b`),
      `${entry.name}: usage starts with its own name`,
    );
    assert.ok(
      entry.summary.length > 0 && !entry.summary.endsWith('.'),
      `${entry.name}: a one-line summary without a full stop`,
    );
  }
});

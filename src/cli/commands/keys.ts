// `warrant keys generate <name> [-o dir]`: an Ed25519 key pair for signing
// decision records, and the keyring entry that binds it to a person.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateEd25519 } from '../../node/signing.js';
import { type Command, type Io, UsageError } from '../io.js';
import { shown } from './gsn2x-shell.js';
import { say } from './record-shell.js';

const usage = `Usage: warrant keys generate <name> [-o dir]

Make an Ed25519 key pair for signing decision records: <dir>/<name>.key (the
private key, PKCS#8 PEM, readable by you alone: mode 0600) and <dir>/<name>.pub
(the public key, SPKI PEM). Prints the key id (SHA-256 of the public key's DER
encoding) and an entry to paste into the case's keyring (docs/record.md).
Refuses to overwrite either file.

Options:
  -o, --out <dir>   Where to write the two files (default: the current directory)

Exit codes: 0 written, 2 a file exists, cannot be written, or bad usage.`;

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const keysGenerateCommand: Command = {
  name: 'keys generate',
  usage,
  run(argv: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' } },
    });
    if (positionals.length !== 1) throw new UsageError('name the key pair, e.g. `warrant keys generate dana`.');
    const name = positionals[0]!;
    if (!NAME_PATTERN.test(name))
      throw new UsageError(`the name "${name}" must be letters, digits, ".", "_" or "-" (it names two files).`);
    const dir = path.resolve(io.cwd, values.out ?? '.');
    const privateFile = path.join(dir, `${name}.key`);
    const publicFile = path.join(dir, `${name}.pub`);
    for (const f of [privateFile, publicFile]) {
      if (fs.existsSync(f)) {
        say(
          io,
          'stderr',
          `warrant keys generate: ${shown(io, f)} exists; not overwriting a key. Choose another name.\n`,
        );
        return 2;
      }
    }
    const keys = generateEd25519();
    try {
      fs.mkdirSync(dir, { recursive: true });
      // 'wx': fail rather than follow or replace a file that appeared since the check above.
      fs.writeFileSync(privateFile, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
      fs.writeFileSync(publicFile, keys.publicKeyPem, { mode: 0o644, flag: 'wx' });
    } catch (e) {
      fs.rmSync(privateFile, { force: true });
      say(
        io,
        'stderr',
        `warrant keys generate: cannot write the key pair in ${shown(io, dir)}: ${(e as Error).message}\n`,
      );
      return 2;
    }
    say(
      io,
      'stdout',
      `Wrote ${shown(io, privateFile)} (private: keep it secret) and ${shown(io, publicFile)}.\n` +
        `Key id: ${keys.keyid}\n\nKeyring entry (roles: decision-maker, reviewer, auditor, regulator, log):\n` +
        `  - name: ${name}\n    roles: [decision-maker]\n    public_key: |\n${keys.publicKeyPem
          .trim()
          .split('\n')
          .map((l) => `      ${l}`)
          .join('\n')}\n`,
    );
    return 0;
  },
};

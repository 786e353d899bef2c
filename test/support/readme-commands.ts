// The commands of a Markdown file's ```sh blocks, for the README test: one
// command per line (a line ending in a backslash continues on the next), with
// what its trailing comment says about it.
//   # exit N ...        the command exits N (without it: 0)
//   # until Ctrl-C ...  it runs until interrupted (serve, --watch), then exits 0
//   # pattern ...       it shows a pattern with placeholders: not run
export interface ReadmeCommand {
  /** 1-based line in the Markdown file where the command starts. */
  line: number;
  /** The command as a shell reads it, without its comment. */
  command: string;
  exit: number;
  kind: 'run' | 'until-interrupted' | 'pattern';
}

/** The comment of a shell line: from the first `#` outside quotes that follows a space or starts the line. */
function splitComment(line: string): { code: string; comment: string } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 1).trim() };
    }
  }
  return { code: line.trimEnd(), comment: '' };
}

function classify(comment: string): Pick<ReadmeCommand, 'exit' | 'kind'> {
  const exit = /^exit (\d+)\b/.exec(comment);
  if (exit) return { exit: Number(exit[1]), kind: 'run' };
  if (/^until Ctrl-C\b/.test(comment)) return { exit: 0, kind: 'until-interrupted' };
  if (/^pattern\b/.test(comment)) return { exit: 0, kind: 'pattern' };
  return { exit: 0, kind: 'run' };
}

/** Every command in the ```sh (or ```bash, ```shell) blocks of `markdown`, in order. */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const lines = markdown.split('\n');
  const out: ReadmeCommand[] = [];
  let inSh = false;
  let pending: { line: number; parts: string[]; comments: string[] } | undefined;
  for (const [i, raw] of lines.entries()) {
    if (/^```/.test(raw)) {
      inSh = !inSh && /^```(sh|bash|shell)\b/.test(raw);
      continue;
    }
    if (!inSh) continue;
    const { code, comment } = splitComment(raw);
    if (!pending && code === '') continue; // a blank or comment-only line
    const cont = code.endsWith('\\');
    pending ??= { line: i + 1, parts: [], comments: [] };
    pending.parts.push(cont ? code.slice(0, -1).trim() : code.trim());
    if (comment) pending.comments.push(comment);
    if (cont) continue;
    const command = pending.parts.filter(Boolean).join(' ');
    out.push({ line: pending.line, command, ...classify(pending.comments.join(' ')) });
    pending = undefined;
  }
  return out;
}

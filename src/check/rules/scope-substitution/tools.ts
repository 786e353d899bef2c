// Matching tools named in an evaluation with tools listed in the deployment.
// Context tools are often prose ("hosted code execution: gVisor sandbox, no
// egress") and evaluation tools short names ("bash", "python"), so a tool is
// matched on its name's words, on shared word stems, and on a few families of
// interchangeable tools. Matching leans towards "covered": a missed gap is a
// weaker failure than flagging an honest case for its wording.

/** Words that say nothing about which tool it is. */
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'with',
  'via',
  'by',
  'from',
  'only',
  'per',
  'at',
  'as',
  'its',
  'their',
  'over',
  'under',
  'into',
  'within',
  'than',
  'each',
  'every',
  'internal',
  'external',
  'public',
  'private',
  'tool',
  'tools',
  'access',
  'api',
  'use',
  'using',
  'hosted',
  'read',
  'write',
  'readonly',
  'rw',
  'max',
  'up',
  'all',
  'any',
  'user',
  'users',
]);

/** How many words of a deployment tool's name identify it; later words describe it. */
const NAME_WORDS = 3;

/** Families of tools an evaluation may name differently from the deployment. */
const FAMILIES: readonly (readonly string[])[] = [
  [
    'code',
    'exec',
    'execute',
    'execution',
    'shell',
    'bash',
    'python',
    'terminal',
    'sandbox',
    'interpreter',
    'repl',
    'jupyter',
    'notebook',
    'compute',
    'computer',
  ],
  ['web', 'browse', 'browser', 'browsing', 'fetch', 'http', 'https', 'url', 'internet', 'website'],
  [
    'file',
    'files',
    'filesystem',
    'upload',
    'uploads',
    'document',
    'documents',
    'docs',
    'documentation',
    'retrieval',
    'vector',
    'rag',
  ],
];

/** A deployment entry that denies a tool rather than listing one ("No lab-automation integrations"). */
export function isDenial(tool: string): boolean {
  return /^\s*(?:no|none|not|without)\b/i.test(tool);
}

/** The tool's name: the text before a colon, or before an aside in parentheses. */
export function toolName(tool: string): string {
  return tool.split(/:\s|\s\(|\s[-–]\s/)[0]!.trim();
}

export function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function family(w: string): number {
  return FAMILIES.findIndex((f) => f.includes(w));
}

/** True if two words name the same thing: equal, one a prefix of the other ("repo", "repository"), a shared stem of 5+, or one family. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (commonPrefix(a, b) >= 5) return true;
  const fa = family(a);
  return fa >= 0 && fa === family(b);
}

/** True if the evaluation tool and the deployment tool share one of the first words of the deployment tool's name. */
export function toolsMatch(measured: string, deployed: string): boolean {
  const m = words(measured);
  const d = words(toolName(deployed)).slice(0, NAME_WORDS);
  return d.some((x) => m.some((y) => sameWord(x, y)));
}

/** True if every word of the tool's name appears in the text: the text names the tool. */
export function textNamesTool(text: string, deployed: string): boolean {
  const d = words(toolName(deployed)).slice(0, NAME_WORDS);
  const t = words(text);
  return d.length > 0 && d.every((x) => t.some((y) => sameWord(x, y)));
}

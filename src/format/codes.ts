// Stable codes the loader reports. Never renumber: add new codes instead.
// `as const` keeps each code a literal, so LoaderCode is exactly this list and
// a diagnostic built with a code not in it does not compile.
import type { CodeInfo } from '../model/diagnostic.js';

const LOADER = [
  {
    code: 'L01',
    name: 'yaml-syntax',
    title: 'YAML syntax error',
    severity: 'error',
    description:
      'The file is not valid YAML, so nothing in it can be read. The commonest cause, an unquoted value with ": " ' +
      'in it (`title: Launch: phase 2`, which YAML reads as a second key), is named as such, with the quoted value to write.',
  },
  {
    code: 'L02',
    name: 'duplicate-key',
    title: 'Duplicate key',
    severity: 'error',
    description:
      'A mapping lists the same key twice. YAML parsers silently keep one of them, so the loader refuses the file instead of guessing.',
  },
  {
    code: 'L03',
    name: 'file-too-large',
    title: 'File too large',
    severity: 'error',
    description:
      'The file is over the size limit (64 MiB by default, --max-file-size to change). A case this large should be split into modules.',
  },
  {
    code: 'L04',
    name: 'alias-bomb',
    title: 'Alias expansion too large',
    severity: 'error',
    description:
      'YAML anchors and aliases expand the document beyond the limit (a "billion laughs" alias bomb). The file is refused before any check walks it.',
  },
  {
    code: 'L05',
    name: 'unknown-field',
    title: 'Unknown field',
    severity: 'error',
    description:
      'A field the format does not define. Usually a misspelling or camelCase (`supportedBy` for `supported_by`); the hint names the closest known field.',
  },
  {
    code: 'L06',
    name: 'wrong-type',
    title: 'Wrong type',
    severity: 'error',
    description: 'A field has the wrong type: text where a list is needed, a number where text is needed, and so on.',
  },
  {
    code: 'L07',
    name: 'missing-field',
    title: 'Missing required field',
    severity: 'error',
    description:
      'A required field is absent, or present only under a misspelt name. It is reported once, at the key of ' +
      'the item that lacks it, with the misspelt key named in the hint (not also as an unknown field, L05).',
  },
  {
    code: 'L08',
    name: 'invalid-value',
    title: 'Invalid value',
    severity: 'error',
    description:
      'A value is outside its vocabulary or format: an unknown enum value, a malformed date, id or digest, an empty text.',
  },
  {
    code: 'L09',
    name: 'file-not-found',
    title: 'File not found or unreadable',
    severity: 'error',
    description: 'The case file or an included module file does not exist or cannot be read.',
  },
  {
    code: 'L10',
    name: 'include-cycle',
    title: 'Include cycle',
    severity: 'error',
    description: 'Module files include each other in a cycle. The cycle is printed.',
  },
  {
    code: 'L11',
    name: 'duplicate-id',
    title: 'Duplicate id',
    severity: 'error',
    description:
      'The same id is defined twice in the case: in two modules, or as two kinds of element. Ids are unique across the whole case.',
    gsn2x: 'C07',
  },
  {
    code: 'L12',
    name: 'duplicate-module',
    title: 'Duplicate module',
    severity: 'error',
    description: 'Two module files declare the same module id.',
    gsn2x: 'C06',
  },
  {
    code: 'L13',
    name: 'not-a-case',
    title: 'Not a case root, or a root included as a module',
    severity: 'error',
    description: 'A module file was given where a case root was expected, or a case root was included as a module.',
  },
  {
    code: 'L14',
    name: 'unknown-rule',
    title: 'Unknown rule in the configuration',
    severity: 'error',
    description:
      'A `rules:` setting or a suppression names a rule id that does not exist, so it configures nothing. Often a typo, or a rule renamed in your head but not in Warrant.',
  },
  {
    code: 'L15',
    name: 'unused-suppression',
    title: 'Suppression that matches no finding',
    severity: 'warning',
    description:
      'A suppression whose rule reports nothing on its target. Remove it, so that it cannot silently hide a later finding on the same target.',
  },
  {
    code: 'L16',
    name: 'include-too-deep',
    title: 'Includes nested too deep',
    severity: 'error',
    description:
      'A chain of includes goes deeper than the limit (64 levels). Reported at the include that goes one level too deep, naming the root file the chain starts from. Deeper files are not read.',
  },
  {
    code: 'L17',
    name: 'outside-case',
    title: 'File outside the case',
    severity: 'error',
    description:
      "An include (or the case file itself) resolves, after following symbolic links, to a file outside the case's directory, or outside its git repository when the case is in one. The file is not read and nothing of it is shown, so a case from an untrusted pull request cannot print a file of the machine that checks it.",
  },
  {
    code: 'L18',
    name: 'not-a-regular-file',
    title: 'Not a regular file',
    severity: 'error',
    description:
      'An include (or the case file) is a device, a named pipe (FIFO) or a socket. Only regular files are read: a device can be endless and a pipe can block forever.',
  },
  {
    code: 'L19',
    name: 'invalid-utf8',
    title: 'Invalid UTF-8',
    severity: 'warning',
    description:
      'The file is not valid UTF-8. Each bad byte sequence is read as the replacement character U+FFFD; the position is that of the first one. Save the file as UTF-8.',
  },
  {
    code: 'L20',
    name: 'nul-byte',
    title: 'NUL byte',
    severity: 'error',
    description:
      'The file contains a NUL byte, which YAML forbids: usually a binary file, or a file saved as UTF-16. The position is that of the first NUL.',
  },
  {
    code: 'L21',
    name: 'empty-file',
    title: 'Empty file',
    severity: 'error',
    description:
      'A case or module file holds no YAML content: it is empty, or has only comments and blank lines. (An empty .warrant.yaml is allowed: it configures nothing.)',
  },
  {
    code: 'L22',
    name: 'format-1',
    title: 'Case in format 1',
    severity: 'info',
    description:
      'The case declares `warrant: 1`. It loads and is checked as before; where format 2 would say more, this note says what format 1 leaves unsaid and how it is read. Reviewers who do not say what they reviewed are read as having reviewed the whole case. `warrant migrate` rewrites the case to format 2, keeping that reading visible.',
  },
  {
    code: 'L23',
    name: 'polarity-unknown',
    title: 'Evidence item without a polarity',
    severity: 'error',
    description:
      'An evidence item states no `polarity`, and no defeater cites it in its `evidence` to read one from. In format 2 an item a defeater cites as counter-evidence may leave its polarity out: it reads as `undermines`. Any other item must say whether it supports, undermines or is mixed; format 1 requires it of every item. Until it says, the item is read as `mixed`, never as plain support.',
  },
] as const satisfies readonly CodeInfo[];

/** A code the loader reports: L01 to L23. */
export type LoaderCode = (typeof LOADER)[number]['code'];

export const LOADER_CODES: readonly (CodeInfo & { code: LoaderCode })[] = LOADER;

// Add an evidence item to what an argument node cites (`evidence: [...]`),
// editing the file's text in place as yaml-edit.ts does: only the list (or
// one new line) changes; comments, quoting and key order stay. Pure.
import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  apply,
  EditError,
  ensureNewline,
  indentOf,
  keyOf,
  lineEndAfter,
  lineStart,
  parse,
  rangeOf,
  type Splice,
  stringifyScalar,
  withLineEndings,
} from './yaml-edit.js';

/** `text` with `evidenceId` appended to node `nodeId`'s `evidence` list (the list is made if absent). */
export function addCitation(text: string, file: string, nodeId: string, evidenceId: string): string {
  return withLineEndings(text, (t) => addCitationLf(t, file, nodeId, evidenceId));
}

function addCitationLf(text: string, file: string, nodeId: string, evidenceId: string): string {
  const node = nodeMap(text, file, nodeId);
  const id = stringifyScalar(evidenceId);
  const field = node.items.find((p) => keyOf(p) === 'evidence');
  const src = ensureNewline(text);
  if (!field) return apply(src, [newField(src, node, id)]);
  const list = field.value;
  if (list === null || (isScalar(list) && list.value === null))
    throw new EditError(`${file}: node ${nodeId} has an empty \`evidence:\`; write \`evidence: [${evidenceId}]\`.`);
  if (!isSeq(list)) throw new EditError(`${file}: the \`evidence\` of node ${nodeId} is not a list.`);
  return apply(src, [appendTo(src, list, id)]);
}

/** The mapping of node `nodeId` under `argument:`. */
function nodeMap(text: string, file: string, nodeId: string): YAMLMap {
  const root = parse(text, file).contents;
  const argument = isMap(root) ? root.items.find((p) => keyOf(p) === 'argument')?.value : undefined;
  const pair = isMap(argument) ? (argument.items.find((p) => keyOf(p) === nodeId) as Pair | undefined) : undefined;
  if (!pair || !isMap(pair.value)) throw new EditError(`${file} has no node ${nodeId} under \`argument:\`.`);
  return pair.value as YAMLMap;
}

/** `evidence: [id]` as the node's last field: after its last entry in a flow map, a new line in a block map. */
function newField(text: string, node: YAMLMap, id: string): Splice {
  const last = node.items[node.items.length - 1] as Pair | undefined;
  if (!last) throw new EditError('internal: a node mapping with no fields');
  const end = rangeOf(last.value ?? last.key)[1];
  if (node.flow) return { at: end, end, text: `, evidence: [${id}]` };
  const at = lineEndAfter(text, end);
  return { at, end: at, text: `${' '.repeat(indentOf(text, node))}evidence: [${id}]\n` };
}

/** The id after the list's last item: `, id` in a flow list, a new `- id` line in a block list. */
function appendTo(text: string, list: YAMLSeq, id: string): Splice {
  const last = list.items[list.items.length - 1];
  if (list.flow) {
    if (last === undefined) {
      const [s, e] = rangeOf(list);
      return { at: s, end: e, text: `[${id}]` };
    }
    const end = rangeOf(last)[1];
    return { at: end, end, text: `, ${id}` };
  }
  const start = rangeOf(last)[0];
  const dash = /^\s*-\s*/.exec(text.slice(lineStart(text, start), start))?.[0] ?? '- ';
  const at = lineEndAfter(text, rangeOf(last)[1]);
  return { at, end: at, text: `${dash}${id}\n` };
}

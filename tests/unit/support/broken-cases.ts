/**
 * One broken case per issue code, each made from the smallest valid case
 * (tests/fixtures/scenarios/minimaal.yaml) by one patch, with the exact message it must
 * produce. Most patches change the parsed case, which is then written back as YAML; the two
 * that are about the text itself (a syntax error, a file of only a comment) change the text,
 * because a file that does not parse has no tree to patch. `bad-file-name` keeps the content
 * and loads it under a file name with spaces.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { IssueCode } from '../../../src/engine/scenario';

export const MINIMAL_FILE = 'tests/fixtures/scenarios/minimaal.yaml';
export const MINIMAL_TEXT = readFileSync(MINIMAL_FILE, 'utf8');

interface OptionData {
  id: string;
  [key: string]: unknown;
}
interface NodeData {
  id: string;
  options?: OptionData[];
  [key: string]: unknown;
}
/** The parsed minimal case, loosely typed: a patch may put anything anywhere. */
export interface CaseData {
  state: Record<string, Record<string, unknown>>;
  expertKey: { moment: string; answers: Record<string, string> }[];
  start: string;
  nodes: NodeData[];
  [key: string]: unknown;
}

export interface BrokenCase {
  /** What is broken, in a few words. */
  what: string;
  /** The error message after `<file>: `. */
  message: string;
  /** Changes the parsed minimal case in place. */
  patch?: (c: CaseData) => void;
  /** Or: makes the whole text from the minimal case's text. */
  text?: (minimal: string) => string;
  /** The file the case is loaded as, when not `scenarios/broken-<code>.yaml`. */
  file?: string;
}

/** The node with this id, failing loudly when the minimal case has none (so a patch never misses). */
function node(c: CaseData, id: string): NodeData {
  const found = c.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`the minimal case has no node "${id}"`);
  return found;
}

/** The option with this id in a node, failing loudly like `node`. */
function option(c: CaseData, nodeId: string, id: string): OptionData {
  const found = node(c, nodeId).options?.find((o) => o.id === id);
  if (!found) throw new Error(`node "${nodeId}" of the minimal case has no option "${id}"`);
  return found;
}

/** The declared variable with this name, failing loudly like `node`. */
function variable(c: CaseData, name: string): Record<string, unknown> {
  const found = c.state[name];
  if (!found) throw new Error(`the minimal case declares no variable "${name}"`);
  return found;
}

/** The expertKey entry of this moment, failing loudly like `node`. */
function moment(c: CaseData, name: string): CaseData['expertKey'][number] {
  const found = c.expertKey.find((m) => m.moment === name);
  if (!found) throw new Error(`the minimal case's expertKey has no moment "${name}"`);
  return found;
}

/** Replaces one piece of the text, failing loudly when the piece is not there. */
function replaceOnce(text: string, old: string, replacement: string): string {
  if (!text.includes(old)) throw new Error(`the minimal case has no "${old}"`);
  return text.replace(old, replacement);
}

/** A situation node on step 2, for the patches that add one. */
const situation = (id: string, title: string, text: string, next: string): NodeData => ({ id, type: 'situation', step: 2, title, text, next });

export const BROKEN_CASES: Record<IssueCode, BrokenCase> = {
  'empty-file': {
    what: 'a file of only a comment',
    text: () => '# Dit bestand is nog leeg.\n',
    message: 'the file has no content (only comments?)',
  },
  'yaml-syntax': {
    what: 'an unclosed brace in node "overleg"',
    text: (minimal) => replaceOnce(minimal, 'set: { overlegd: true }', 'set: { overlegd: true'),
    message: 'node "overleg": YAML syntax error at line 49, column 7: Flow map in block collection must be sufficiently indented and end with a }',
  },
  schema: {
    what: 'an option without feedback',
    patch: (c) => delete option(c, 'overleg', 'niets').feedback,
    message: 'node "overleg": option "niets": feedback: Invalid input: expected string, received undefined',
  },
  'score-out-of-range': {
    what: 'a score of 5',
    patch: (c) => (option(c, 'overleg', 'collega').score = 5),
    message: 'node "overleg": option "collega": score: Too big: expected number to be <=3',
  },
  'unknown-question': {
    what: 'a misspelt question',
    patch: (c) => (node(c, 'vraag-1').question = 'vermoedenn'),
    message: 'node "vraag-1": question: Invalid option: expected one of "vermoeden"|"acuutOfStructureel"|"hulpMogelijk"|"hulpAanvaard"|"duurzaamVeilig"',
  },
  'duplicate-id': {
    what: 'two nodes called "overleg"',
    patch: (c) => c.nodes.push(situation('overleg', 'Nog een overleg', 'Dit knooppunt heeft dezelfde id als een ander.', 'vraag-1')),
    message: 'node "overleg": the id "overleg" is used by more than one node',
  },
  'duplicate-option-id': {
    what: 'two options called "collega"',
    patch: (c) => (option(c, 'overleg', 'niets').id = 'collega'),
    message: 'node "overleg": option id "collega" is used twice in this node',
  },
  'unknown-start': {
    what: 'a misspelt start',
    patch: (c) => (c.start = 'begn'),
    message: 'start "begn" is not the id of a node',
  },
  'unknown-target': {
    what: 'a target that does not exist',
    patch: (c) => (option(c, 'overleg', 'niets').next = 'nergens'),
    message: 'node "overleg": target "nergens" does not exist',
  },
  'conditional-target-without-fallback': {
    what: 'a conditional target list without a last entry without "if"',
    patch: (c) => (option(c, 'overleg', 'niets').next = [{ if: 'overlegd', to: 'vraag-1' }]),
    message: 'node "overleg": next of option "niets": the last entry (to "vraag-1") has an "if"; add a last entry without "if" as fallback',
  },
  'unreachable-node': {
    what: 'a node nothing leads to',
    patch: (c) => c.nodes.push(situation('los', 'Los', 'Geen enkel knooppunt verwijst hierheen.', 'vraag-1')),
    message: 'node "los": cannot be reached from start "begin"',
  },
  'no-ending': {
    what: 'a loop without a way out',
    patch: (c) => {
      option(c, 'overleg', 'niets').next = 'wachten';
      c.nodes.push(
        situation('wachten', 'Wachten', 'Je wacht af. Er gebeurt niets.', 'nog-wachten'),
        situation('nog-wachten', 'Nog steeds wachten', 'Je wacht nog langer. Er gebeurt nog steeds niets.', 'wachten'),
      );
    },
    message: 'node "wachten": no ending can be reached from here (a dead end, or a loop without a way out)',
  },
  'no-unconditional-option': {
    what: 'every option has a showIf',
    patch: (c) => {
      option(c, 'overleg', 'collega').showIf = 'not overlegd';
      option(c, 'overleg', 'niets').showIf = 'zorg >= 1';
    },
    message: 'node "overleg": every option has a showIf; give at least one option no showIf, so a learner is never left without a choice',
  },
  'bad-condition': {
    what: 'a condition with a wrong operator',
    patch: (c) => (option(c, 'overleg', 'niets').showIf = 'zorg >>= 2'),
    message: 'node "overleg": showIf of option "niets": "zorg >>= 2" is not a condition; write "name", "not name" or "name >= 3" (operators == != >= <= > <)',
  },
  'unknown-variable': {
    what: 'a condition on a variable that is not declared',
    patch: (c) => (option(c, 'overleg', 'niets').showIf = 'vertrouwen >= 2'),
    message: 'node "overleg": showIf of option "niets": "vertrouwen >= 2" reads "vertrouwen", which is not declared under state',
  },
  'bad-variable': {
    what: 'a number that starts above its maximum',
    patch: (c) => (variable(c, 'zorg').initial = 5),
    message: 'state: "zorg" starts at 5, outside its range 0 to 3',
  },
  'effect-type-mismatch': {
    what: 'a flag set to a number',
    patch: (c) => (option(c, 'overleg', 'collega').effects = { set: { overlegd: 1 } }),
    message: 'node "overleg": effects of option "collega": "overlegd" is a flag; set it to true or false, not 1',
  },
  'unknown-moment': {
    what: 'an afweging node in a moment the key does not have',
    patch: (c) => (node(c, 'vraag-1').moment = 'later'),
    message: 'node "vraag-1": moment "later" is not in the expertKey (known: "eerste")',
  },
  'expert-option-count': {
    what: 'two expert options in one node',
    patch: (c) => (option(c, 'overleg', 'niets').expert = true),
    message: 'node "overleg": needs exactly one option with "expert: true", found 2 ("collega", "niets")',
  },
  'critical-on-expert': {
    what: 'the expert option marked critical',
    patch: (c) =>
      (option(c, 'overleg', 'collega').critical = {
        rule: 'delen-zonder-grondslag',
        explanation: 'Deze optie is per ongeluk als kritiek gemarkeerd.',
      }),
    message: 'node "overleg": option "collega" is the expert option and also marked critical',
  },
  'expert-answer-mismatch': {
    what: 'the expert option answers "ja" where the key says "nee"',
    patch: (c) => (option(c, 'vraag-1', 'nee').answer = 'ja'),
    message: 'node "vraag-1": expert option "nee" answers "ja" to vermoeden, but the expertKey (moment "eerste") says "nee"',
  },
  'expert-path-no-ending': {
    what: 'the expert path goes back to the start for ever',
    patch: (c) => (option(c, 'overleg', 'collega').next = 'begin'),
    message: 'node "begin": the expert path comes back here and loops for ever',
  },
  'expert-key-mismatch': {
    what: 'the expert ending has outcome "hulp" where the key decides "afsluiten"',
    patch: (c) => (node(c, 'einde-afsluiten').outcome = 'hulp'),
    message: 'node "einde-afsluiten": the expert path ends here with outcome "hulp", but decide() on the expertKey (moment "eerste") gives "afsluiten"',
  },
  'unknown-rule': {
    what: 'critical.rule names no rule of content/rules.yaml',
    patch: (c) => (option(c, 'overleg', 'niets').critical = { rule: 'kind-in-gevaar-latn', explanation: 'Een tikfout in de id van de regel.' }),
    message: 'node "overleg": option "niets": rule "kind-in-gevaar-latn" is not in the rule catalogue (see content/rules.yaml or the page /regels/)',
  },
  'unknown-key': {
    what: 'a typo "critcal" on an option',
    patch: (c) => (option(c, 'overleg', 'collega').critcal = { rule: 'delen-zonder-grondslag', explanation: 'Een tikfout laat deze fout verdwijnen.' }),
    message: 'node "overleg": option "collega": unknown key "critcal"; did you mean "critical"?',
  },
  'blank-text': {
    what: 'a node text of only spaces',
    patch: (c) => (node(c, 'begin').text = '            '),
    message: 'node "begin": text: is only spaces or blank lines (or too short); write at least 10 characters of text',
  },
  'reserved-variable-name': {
    what: 'a variable named valueOf',
    patch: (c) => (c.state = { valueOf: { type: 'flag', label: 'Een naam van Object' }, ...c.state }),
    message: 'state.valueOf: is the name of a built-in Object member (like valueOf or constructor); choose another variable name',
  },
  'bad-file-name': {
    what: 'valid content under a file name with spaces',
    text: (minimal) => minimal,
    file: 'scenarios/bram klas 3 kopie.yaml',
    message:
      'the file name "bram klas 3 kopie.yaml" is not a URL-safe case id: it becomes the address /casussen/bram klas 3 kopie/, so use only lowercase a-z, 0-9 and hyphens (e.g. "bram-klas-3.yaml")',
  },
  'unused-key-answer': {
    what: 'the key answers vraag 2 after vraag 1 "nee"',
    patch: (c) => (moment(c, 'eerste').answers.acuutOfStructureel = 'ja'),
    message: 'expertKey: moment "eerste" answers vraag 2 (acuutOfStructureel), but the afwegingskader never reaches it with these answers: remove it',
  },
  'rule-kind-mismatch': {
    what: 'breaks names a critical rule',
    patch: (c) => (option(c, 'overleg', 'niets').breaks = ['loslaten-na-melding']),
    message:
      'node "overleg": option "niets": breaks names "loslaten-na-melding", a rule with "critical: true"; breaking it is a critical error: write "critical: { rule: loslaten-na-melding, explanation: ... }" instead',
  },
};

/** The minimal case parsed, a fresh copy each call. */
export function minimalData(): CaseData {
  return parse(MINIMAL_TEXT) as CaseData;
}

/** The text of the broken case for this code. */
export function brokenText(code: IssueCode): string {
  const broken = BROKEN_CASES[code];
  if (broken.text) return broken.text(MINIMAL_TEXT);
  const data = minimalData();
  broken.patch?.(data);
  return stringify(data);
}

/** The file name the broken case for this code is loaded as. */
export function brokenFile(code: IssueCode): string {
  return BROKEN_CASES[code].file ?? `scenarios/broken-${code}.yaml`;
}

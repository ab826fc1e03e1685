import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue, ISSUE_CODES, ScenarioValidationError, type ValidationIssue } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

const DIR = 'tests/fixtures/scenarios';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const minimal = read('minimaal.yaml');

/** The issues a case text produces ([] when it loads). */
function issuesOf(text: string, file = 'scenarios/x.yaml'): ValidationIssue[] {
  try {
    parseScenarioFile(text, file, RULES);
    return [];
  } catch (error) {
    if (error instanceof ScenarioValidationError) return error.issues;
    throw error;
  }
}

/** Replaces one piece of the minimal case, failing loudly when the piece is not there. */
function damage(old: string, replacement: string): string {
  expect(minimal).toContain(old);
  return minimal.replace(old, replacement);
}

const messages = (text: string) => issuesOf(text).map(formatIssue);

/** One broken fixture per error code, with the exact message it must produce. */
const BROKEN: Record<string, string> = {
  'empty-file': 'the file has no content (only comments?)',
  'yaml-syntax': 'node "overleg": YAML syntax error at line 49, column 7: Flow map in block collection must be sufficiently indented and end with a }',
  schema: 'node "overleg": option "niets": feedback: Invalid input: expected string, received undefined',
  'score-out-of-range': 'node "overleg": option "collega": score: Too big: expected number to be <=3',
  'unknown-question': 'node "vraag-1": question: Invalid option: expected one of "vermoeden"|"acuutOfStructureel"|"hulpMogelijk"|"hulpAanvaard"|"duurzaamVeilig"',
  'duplicate-id': 'node "overleg": the id "overleg" is used by more than one node',
  'duplicate-option-id': 'node "overleg": option id "collega" is used twice in this node',
  'unknown-start': 'start "begn" is not the id of a node',
  'unknown-target': 'node "overleg": target "nergens" does not exist',
  'conditional-target-without-fallback':
    'node "overleg": next of option "niets": the last entry (to "vraag-1") has an "if"; add a last entry without "if" as fallback',
  'unreachable-node': 'node "los": cannot be reached from start "begin"',
  'no-ending': 'node "wachten": no ending can be reached from here (a dead end, or a loop without a way out)',
  'no-unconditional-option':
    'node "overleg": every option has a showIf; give at least one option no showIf, so a learner is never left without a choice',
  'bad-condition':
    'node "overleg": showIf of option "niets": "zorg >>= 2" is not a condition; write "name", "not name" or "name >= 3" (operators == != >= <= > <)',
  'unknown-variable': 'node "overleg": showIf of option "niets": "vertrouwen >= 2" reads "vertrouwen", which is not declared under state',
  'bad-variable': 'state: "zorg" starts at 5, outside its range 0 to 3',
  'effect-type-mismatch': 'node "overleg": effects of option "collega": "overlegd" is a flag; set it to true or false, not 1',
  'unknown-moment': 'node "vraag-1": moment "later" is not in the expertKey (known: "eerste")',
  'expert-option-count': 'node "overleg": needs exactly one option with "expert: true", found 2 ("collega", "niets")',
  'critical-on-expert': 'node "overleg": option "collega" is the expert option and also marked critical',
  'expert-answer-mismatch':
    'node "vraag-1": expert option "nee" answers "ja" to vermoeden, but the expertKey (moment "eerste") says "nee"',
  'expert-path-no-ending': 'node "begin": the expert path comes back here and loops for ever',
  'expert-key-mismatch':
    'node "einde-afsluiten": the expert path ends here with outcome "hulp", but decide() on the expertKey (moment "eerste") gives "afsluiten"',
  'unknown-rule': 'node "overleg": option "niets": rule "kind-in-gevaar-latn" is not in the rule catalogue (see content/rules.yaml or the page /regels/)',
  'unknown-key': 'node "overleg": option "collega": unknown key "critcal"; did you mean "critical"?',
  'blank-text': 'node "begin": text: is only spaces or blank lines (or too short); write at least 10 characters of text',
  'reserved-variable-name': 'state.valueOf: is the name of a built-in Object member (like valueOf or constructor); choose another variable name',
  'bad-file-name':
    'the file name "bram klas 3 kopie.yaml" is not a URL-safe case id: it becomes the address /casussen/bram klas 3 kopie/, so use only lowercase a-z, 0-9 and hyphens (e.g. "bram-klas-3.yaml")',
  'unused-key-answer':
    'expertKey: moment "eerste" answers vraag 2 (acuutOfStructureel), but the afwegingskader never reaches it with these answers: remove it',
  'rule-kind-mismatch':
    'node "overleg": option "niets": breaks names "loslaten-na-melding", a rule with "critical: true"; breaking it is a critical error: write "critical: { rule: loslaten-na-melding, explanation: ... }" instead',
};

describe('broken fixtures: one per kind of error', () => {
  test('every error code has a broken fixture, and every broken fixture is in this table', () => {
    const files = readdirSync(DIR).filter((f) => f.startsWith('broken-')).map((f) => f.replace(/^broken-|\.yaml$/g, ''));
    expect(files.sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(BROKEN).sort()).toEqual([...ISSUE_CODES].sort());
  });

  for (const [code, message] of Object.entries(BROKEN)) {
    test(`broken-${code}.yaml is refused with code ${code} and a message naming file, node and problem`, () => {
      const file = code === 'bad-file-name' ? 'scenarios/bram klas 3 kopie.yaml' : `scenarios/broken-${code}.yaml`;
      const issues = issuesOf(read(`broken-${code}.yaml`), file);
      expect(issues.map((i) => `${i.code} ${formatIssue(i)}`)).toContain(`${code} ${file}: ${message}`);
    });
  }

  test('the thrown error lists every issue in its message, so the build log shows them all', () => {
    expect(() => parseScenarioFile(read('broken-no-ending.yaml'), 'scenarios/broken-no-ending.yaml', RULES)).toThrow(
      /scenarios\/broken-no-ending\.yaml: node "wachten": no ending.*\n.*node "nog-wachten": no ending/,
    );
  });
});

describe('valid fixtures', () => {
  test.each(['minimaal.yaml', 'kleine-casus.yaml'])('%s loads without issues', (name) => {
    expect(issuesOf(read(name))).toEqual([]);
  });
});

describe('all issues are collected, not only the first', () => {
  test('a file with three different problems reports all three', () => {
    let text = damage('next: einde-melden', 'next: nergens');
    text = text.replace('set: { overlegd: true }', 'set: { overlegd: 1 }').replace('start: begin', 'start: begin\n# extra');
    text = text.replace("      - id: niets", "      - id: collega");
    const codes = issuesOf(text).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown-target', 'effect-type-mismatch', 'duplicate-option-id']));
  });

  test('a loop without a way out flags every node of the loop', () => {
    const nodes = issuesOf(read('broken-no-ending.yaml')).filter((i) => i.code === 'no-ending').map((i) => i.nodeId);
    expect(nodes).toEqual(['wachten', 'nog-wachten']);
  });
});

describe('more checks', () => {
  test('a hidden expert option stops the expert path', () => {
    const text = damage('        score: 3\n        expert: true', '        score: 3\n        expert: true\n        showIf: overlegd');
    expect(messages(text)).toContain('scenarios/x.yaml: node "overleg": the expert path stops here: no expert option is shown');
  });

  test('the expert path asking a question the key leaves out is an unknown question', () => {
    const text = damage('    question: vermoeden', '    question: hulpMogelijk').replace('answer: nee\n        text: Nee, na', 'answer: ja\n        text: Nee, na');
    expect(messages(text)).toContain(
      'scenarios/x.yaml: node "vraag-1": the expert path asks hulpMogelijk, but the expertKey (moment "eerste") gives no answer to it',
    );
  });

  test('an expert key that does not decide is reported as a key mismatch', () => {
    const text = damage('      vermoeden: nee', '      vermoeden: ja').replace(
      /- id: nee\n        answer: nee/,
      '- id: nee\n        answer: ja',
    );
    expect(messages(text)).toContain(
      'scenarios/x.yaml: node "einde-afsluiten": the expert path ends here with outcome "afsluiten", but decide() on the expertKey (moment "eerste") gives undecided (the key has no answer to acuutOfStructureel)',
    );
  });

  test('effects on undeclared variables and adding to a flag are refused', () => {
    const text = damage('set: { overlegd: true }', 'set: { gebeld: true }\n          add: { overlegd: 1 }');
    expect(messages(text)).toEqual([
      'scenarios/x.yaml: node "overleg": effects of option "collega": sets "gebeld", which is not declared under state',
      'scenarios/x.yaml: node "overleg": effects of option "collega": adds to flag "overlegd"; use "set" for flags',
    ]);
  });

  test('setting a number outside its range is refused', () => {
    const text = damage('set: { overlegd: true }', 'set: { zorg: 7 }');
    expect(messages(text)).toEqual(['scenarios/x.yaml: node "overleg": effects of option "collega": sets "zorg" to 7, outside its range 0 to 3']);
  });

  test('a number used as a flag and a flag compared with a number are bad conditions', () => {
    const asFlag = damage('        next: einde-melden', '        next: einde-melden\n        showIf: zorg');
    expect(messages(asFlag)[0]).toMatch(/node "vraag-1": showIf of option "ja": "zorg" uses number "zorg" as a flag/);
    const flagCompare = damage('        next: einde-melden', '        next: einde-melden\n        showIf: overlegd >= 1');
    expect(messages(flagCompare)[0]).toMatch(/flag "overlegd" can only be tested with "overlegd" or "not overlegd"/);
  });

  test('a conditional target with a fallback in the middle is refused', () => {
    const text = damage('        next: einde-melden', '        next:\n          - to: einde-melden\n          - if: overlegd\n            to: einde-afsluiten');
    expect(messages(text)).toContain(
      'scenarios/x.yaml: node "vraag-1": next of option "ja": only the last entry may leave out "if"; the entries after "einde-melden" are never used',
    );
  });

  test('a schema problem in a node names the node by its id, even when the id itself is the problem', () => {
    const text = damage('  - id: begin\n', '  - id: Begin!\n');
    expect(messages(text)).toContain('scenarios/x.yaml: node "Begin!": id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "gesprek-ouders")');
  });

  test('a node without an id is named by its position', () => {
    const text = damage('  - id: begin\n    type: situation', '  - type: situation');
    expect(messages(text)).toContain('scenarios/x.yaml: nodes[0] (no valid id): id: Invalid input: expected string, received undefined');
  });

  test('a duplicate afweging moment in the key is a duplicate id', () => {
    const text = damage('expertKey:\n', 'expertKey:\n  - moment: eerste\n    answers:\n      vermoeden: nee\n');
    expect(messages(text)).toContain('scenarios/x.yaml: expertKey: moment "eerste" appears more than once');
  });
});

/** Every Object member name, as the runtime has them, plus `__proto__` (an accessor zod drops silently). */
const OBJECT_MEMBERS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

describe('Object member names are refused as variable names everywhere', () => {
  test('the list is derived from Object.prototype and holds the well-known members', () => {
    for (const name of ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__']) {
      expect(OBJECT_MEMBERS).toContain(name);
    }
  });

  test.each(OBJECT_MEMBERS)('in a condition (showIf): %s', (name) => {
    const text = damage('        next: vraag-1\n        score: 3\n', `        next: vraag-1\n        showIf: "${name}"\n        score: 3\n`);
    expect(messages(text)).toEqual([
      `scenarios/x.yaml: node "overleg": option "collega": showIf: "${name}" reads "${name}", which is the name of a built-in Object member (like valueOf or constructor); choose another variable name`,
    ]);
    expect(issuesOf(text).map((i) => i.code)).toEqual(['reserved-variable-name']);
  });

  test.each(OBJECT_MEMBERS)('in a conditional target (if): %s', (name) => {
    const text = damage('    next: overleg\n', `    next:\n      - if: ${name} >= 1\n        to: overleg\n      - to: overleg\n`);
    expect(messages(text)).toEqual([
      `scenarios/x.yaml: node "begin": next (to "overleg"): "${name} >= 1" reads "${name}", which is the name of a built-in Object member (like valueOf or constructor); choose another variable name`,
    ]);
  });

  test.each(OBJECT_MEMBERS)('in effects.set: %s', (name) => {
    const text = damage('set: { overlegd: true }', `set: { overlegd: true, ${name}: true }`);
    expect(messages(text)).toEqual([
      `scenarios/x.yaml: node "overleg": option "collega": effects.set.${name}: is the name of a built-in Object member (like valueOf or constructor); choose another variable name`,
    ]);
  });

  test.each(OBJECT_MEMBERS)('in effects.add: %s', (name) => {
    const text = damage('set: { overlegd: true }', `set: { overlegd: true }\n          add: { ${name}: 1 }`);
    expect(messages(text)).toEqual([
      `scenarios/x.yaml: node "overleg": option "collega": effects.add.${name}: is the name of a built-in Object member (like valueOf or constructor); choose another variable name`,
    ]);
  });

  test.each(OBJECT_MEMBERS)('under state: %s', (name) => {
    const text = damage('state:\n', `state:\n  ${name}:\n    type: flag\n    label: Een vlag\n`);
    expect(messages(text)).toEqual([
      `scenarios/x.yaml: state.${name}: is the name of a built-in Object member (like valueOf or constructor); choose another variable name`,
    ]);
  });

  test('the loaded state has no prototype, so an undeclared name is never found on it', () => {
    const s = parseScenarioFile(minimal, 'scenarios/x.yaml', RULES);
    expect(Object.getPrototypeOf(s.state)).toBeNull();
    expect('valueOf' in s.state).toBe(false);
  });
});

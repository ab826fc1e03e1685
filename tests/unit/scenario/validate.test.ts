import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue, ISSUE_CODES, ScenarioValidationError, type ValidationIssue } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { stringify } from 'yaml';
import { BROKEN_CASES, brokenFile, brokenText, minimalData } from '../support/broken-cases';
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

describe('broken cases: one per kind of error', () => {
  test('every error code has a broken case, and every broken case is for an error code', () => {
    expect(Object.keys(BROKEN_CASES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  test('the minimal case the patches start from, written back as YAML, loads without issues', () => {
    expect(issuesOf(stringify(minimalData()))).toEqual([]);
  });

  for (const code of ISSUE_CODES) {
    test(`broken case ${code} (${BROKEN_CASES[code].what}) is refused with code ${code} and a message naming file, node and problem`, () => {
      const file = brokenFile(code);
      const issues = issuesOf(brokenText(code), file);
      expect(issues.map((i) => `${i.code} ${formatIssue(i)}`)).toContain(`${code} ${file}: ${BROKEN_CASES[code].message}`);
    });
  }

  test('the thrown error lists every issue in its message, so the build log shows them all', () => {
    expect(() => parseScenarioFile(brokenText('no-ending'), brokenFile('no-ending'), RULES)).toThrow(
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
    const nodes = issuesOf(brokenText('no-ending')).filter((i) => i.code === 'no-ending').map((i) => i.nodeId);
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

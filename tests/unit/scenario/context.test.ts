import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildDebrief, expertRun, formatIssue, ScenarioValidationError } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

const small = readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8');

/** kleine-casus with vraag 2 keyed "ja" (structural unsafety) and the expert going on to help, as after a handover by Veilig Thuis. */
function structuralThenHelp(context: string): string {
  const text = small
    .replace('      acuutOfStructureel: nee\n', '      acuutOfStructureel: ja\n')
    .replace(
      `        next: vraag-hulp
        expert: true
      - id: ja
        answer: ja
        text: Ja, dit is acuut gevaar.
        feedback: Er is geen direct lichamelijk gevaar. Melden is hier niet de eerste stap.
        next: einde-melden`,
      `        next: vraag-hulp
      - id: ja
        answer: ja
        text: Ja, dit is acuut gevaar.
        feedback: Er is geen direct lichamelijk gevaar. Melden is hier niet de eerste stap.
        next: vraag-hulp
        expert: true`,
    )
    .replace('    label: Na het gesprek met moeder\n', `    label: Na het gesprek met moeder\n${context}`);
  expect(text).not.toBe(small);
  return text;
}

function issues(text: string): string[] {
  try {
    parseScenarioFile(text, 'scenarios/x.yaml', RULES);
    return [];
  } catch (error) {
    if (error instanceof ScenarioValidationError) return error.issues.map((i) => `${i.code} ${formatIssue(i)}`);
    throw error;
  }
}

describe('the expert key is checked in its moment context', () => {
  test('first walk: vraag 2 "ja" with a "hulp" ending is refused (the case would have to key vraag 2 "nee")', () => {
    expect(issues(structuralThenHelp(''))).toContainEqual(
      expect.stringContaining('expert-key-mismatch scenarios/x.yaml: node "einde-hulp": the expert path ends here with outcome "hulp", but decide() on the expertKey (moment "na-gesprek") gives "melden"'),
    );
  });

  test('context melding-staat: vraag 2 "ja" and help that goes on is the expert answer', () => {
    expect(issues(structuralThenHelp('    context: melding-staat\n'))).toEqual([]);
  });

  test('context eerste-weging written out is the same as leaving it out', () => {
    expect(issues(structuralThenHelp('    context: eerste-weging\n'))).toEqual(issues(structuralThenHelp('')));
  });

  test('an unknown context is refused by the schema', () => {
    expect(issues(structuralThenHelp('    context: overdracht\n')).join('\n')).toMatch(/context/);
  });

  test('the debrief decides each moment in its context and says so', () => {
    const s = parseScenarioFile(structuralThenHelp('    context: melding-staat\n'), 'scenarios/x.yaml', RULES);
    const d = buildDebrief(s, expertRun(s));
    expect(d.moments[0]).toMatchObject({ meldingStaat: true, sameOutcome: true });
    expect(d.moments[0]?.expert.decision).toMatchObject({ outcome: 'hulp', meldingStaat: true, opnieuwMelden: false });
    expect(d.moments[0]?.expert.explanation).toMatch(/melding blijft staan/);
  });
});

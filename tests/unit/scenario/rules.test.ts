import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ruleById, ruleView, type LoadedScenario } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { parseRuleCatalogue } from '../../../src/engine/scenario/rules-parse';
import { optionPoints } from '../../../src/engine/scenario/scoring/max-score';
import { hasOptions } from '../../../src/engine/scenario/nodes';
import { RULES } from '../support/rules';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
const cases: LoadedScenario[] = files.map((f) => parseScenarioFile(readFileSync(`scenarios/${f}`, 'utf8'), `scenarios/${f}`, RULES));

describe('the rule catalogue', () => {
  test('has the six rules cases named before the catalogue, each critical', () => {
    for (const id of [
      'niet-melden-bij-acute-of-structurele-onveiligheid',
      'delen-zonder-grondslag',
      'gesprek-overslaan-zonder-veiligheidsreden',
      'geheimhouding-beloven',
      'loslaten-na-melding',
      'kind-in-gevaar-laten',
    ]) {
      expect(ruleById(RULES, id)?.critical, id).toBe(true);
    }
  });

  test('sound practice the seeds do not state is labelled so', () => {
    expect(ruleById(RULES, 'geheimhouding-beloven')?.kind).toBe('goede-praktijk');
    expect(ruleById(RULES, 'eerst-veilig-thuis-bij-seksueel-misbruik')?.kind).toBe('goede-praktijk');
    expect(ruleView(RULES, 'geheimhouding-beloven').kindLabel).toBe('Goede praktijk (staat niet zo in de bronnen)');
    expect(ruleView(RULES, 'delen-zonder-grondslag').kindLabel).toBe('Regel uit de Meldcode of de wet');
  });

  test('112 is for life or death or serious injury; Veilig Thuis for other unsafety that needs direct action (seed 000)', () => {
    const s = ruleById(RULES, 'kind-in-gevaar-laten')?.statement ?? '';
    expect(s).toMatch(/leven of dood/);
    expect(s).toMatch(/ernstig letsel/);
    expect(s).toMatch(/Veilig Thuis/);
  });

  test('refuses a duplicate id, an unknown key, an unknown source and blank text, naming the rule', () => {
    const one = readFileSync('content/rules.yaml', 'utf8');
    expect(() => parseRuleCatalogue(`${one}\n${one}`)).toThrow(/rule "delen-zonder-grondslag".*twee keer/);
    expect(() => parseRuleCatalogue(one.replace('  kind: regel\n', '  kind: regel\n  kritiek: true\n'))).toThrow(/kritiek/);
    expect(() => parseRuleCatalogue(one.replace('source: handelingswijzer', 'source: handelingswijzr'))).toThrow(/source/);
    expect(() => parseRuleCatalogue(one.replace('title: Informatie delen zonder grondslag', 'title: "      "'))).toThrow(/rule "delen-zonder-grondslag" \(title\)/);
  });
});

describe('one rule, one verdict, over every case in scenarios/', () => {
  const uses = cases.flatMap((s) =>
    s.nodes.filter(hasOptions).flatMap((node) =>
      node.options.flatMap((o) => [
        ...(o.critical ? [{ rule: o.critical.rule, critical: true, s, node, o }] : []),
        ...(o.breaks ?? []).map((rule) => ({ rule, critical: false, s, node, o })),
      ]),
    ),
  );

  test('a rule is named as critical in every case or in none', () => {
    const verdicts = new Map<string, Set<string>>();
    for (const u of uses) {
      const set = verdicts.get(u.rule) ?? new Set();
      set.add(`${u.critical ? 'critical' : 'breaks'} (${u.s.id}, ${u.node.id}, ${u.o.id})`);
      verdicts.set(u.rule, set);
    }
    for (const [rule, set] of verdicts) {
      const kinds = new Set([...set].map((v) => v.split(' ')[0]));
      expect(kinds.size, `rule "${rule}" gets different verdicts: ${[...set].join('; ')}`).toBe(1);
      expect([...kinds][0] === 'critical', `rule "${rule}" against the catalogue`).toBe(ruleById(RULES, rule)?.critical);
    }
  });

  test('an option that breaks a rule is never the expert option and scores below it', () => {
    for (const u of uses) {
      const where = `${u.s.file}: node "${u.node.id}", option "${u.o.id}" breaks "${u.rule}"`;
      expect(u.o.expert, where).toBe(false);
      const expert = u.node.options.find((o) => o.expert);
      expect(optionPoints(u.s, u.node, u.o.id), `${where} but scores as the expert`).toBeLessThan(expert ? optionPoints(u.s, u.node, expert.id) : 1);
    }
  });

  test('each loaded case carries exactly the catalogue entries it names', () => {
    for (const s of cases) {
      const named = new Set(uses.filter((u) => u.s === s).map((u) => u.rule));
      expect(s.rules.map((r) => r.id).sort(), s.id).toEqual([...named].sort());
    }
  });
});

/**
 * Generates a large, valid case file for the robustness test and the benchmark: a chain of
 * choice and situation nodes, each with a wrong option that loops back a few nodes (so the
 * graph has cycles with exits), then the first two afwegingskader questions and the endings.
 */
import { stringify } from 'yaml';

/** YAML text of a synthetic case with `size` nodes in total (at least 10). */
export function syntheticCaseYaml(size: number): string {
  const chain = Math.max(6, size - 4);
  const nodes: Record<string, unknown>[] = [];
  for (let i = 0; i < chain; i++) {
    const id = `n${i}`;
    const next = i + 1 < chain ? `n${i + 1}` : 'af-vermoeden';
    const step = 1 + Math.min(2, Math.floor((3 * i) / chain));
    if (i % 3 === 2) {
      nodes.push({ id, type: 'situation', title: `Situatie ${i}`, text: `Er gebeurt iets nieuws (${i}).`, step, next });
      continue;
    }
    nodes.push({
      id,
      type: 'choice',
      title: `Keuze ${i}`,
      text: `Wat doe je nu (${i})?`,
      step,
      options: [
        { id: 'goed', text: 'Ik volg de Meldcode.', feedback: 'Goed: dit is wat de Meldcode vraagt.', next, score: 2, expert: true },
        {
          id: 'terug',
          text: 'Ik wacht nog even af.',
          feedback: 'Afwachten helpt het kind niet verder.',
          next: `n${Math.max(0, i - 3)}`,
          effects: { add: { twijfel: 1 } },
        },
      ],
    });
  }
  nodes.push(
    {
      id: 'af-vermoeden',
      type: 'afweging',
      question: 'vermoeden',
      title: 'Vraag 1',
      text: 'Heb je een vermoeden van kindermishandeling?',
      step: 4,
      options: [
        { id: 'ja', answer: 'ja', text: 'Ja, de signalen wijzen daarop.', feedback: 'Klopt, er is een vermoeden.', next: 'af-acuut', expert: true },
        { id: 'nee', answer: 'nee', text: 'Nee.', feedback: 'De signalen wijzen wel op een vermoeden.', next: 'einde-afsluiten' },
      ],
    },
    {
      id: 'af-acuut',
      type: 'afweging',
      question: 'acuutOfStructureel',
      title: 'Vraag 2',
      text: 'Is er acute of structurele onveiligheid?',
      step: 4,
      options: [
        { id: 'ja', answer: 'ja', text: 'Ja, het herhaalt zich.', feedback: 'Klopt: structurele onveiligheid.', next: 'einde-melden', expert: true },
        { id: 'nee', answer: 'nee', text: 'Nee.', feedback: 'Het herhaalt zich: dat is structureel.', next: 'einde-afsluiten' },
      ],
    },
    { id: 'einde-melden', type: 'ending', outcome: 'melden', title: 'Gemeld', text: 'Je hebt gemeld bij Veilig Thuis.' },
    { id: 'einde-afsluiten', type: 'ending', outcome: 'afsluiten', title: 'Afgesloten', text: 'Je hebt de zaak afgesloten.' },
  );
  return stringify({
    title: `Synthetische casus met ${nodes.length} knopen`,
    summary: 'Een lange, gegenereerde casus om de validatie en de speler te testen.',
    setting: 'basisschool',
    role: 'Je bent leerkracht.',
    childAge: 8,
    minutes: 30,
    goals: ['Testen'],
    steps: [1, 2, 3, 4],
    sources: ['handelingswijzer'],
    state: { twijfel: { type: 'number', initial: 0, min: 0, max: 100, label: 'Twijfel' } },
    expertKey: [{ moment: 'eerste', answers: { vermoeden: 'ja', acuutOfStructureel: 'ja' } }],
    start: 'n0',
    nodes,
  });
}

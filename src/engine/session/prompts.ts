/**
 * Discussion prompts a trainer can show in a group session. A node's own `prompts`
 * (from the case file) win; otherwise the defaults of its Meldcode step are used.
 * The defaults follow the questions trainers use in a casusbespreking: where are we in
 * the Meldcode, what do we know and what do we only suspect, who else is needed,
 * what would the child want, and (step 5) who keeps sight of safety afterwards.
 */
import type { MeldcodeStep, ScenarioNode } from '../scenario';

/** Prompts per Meldcode step, used when a node has none of its own. */
export const DEFAULT_PROMPTS: Readonly<Record<MeldcodeStep, readonly string[]>> = {
  1: [
    'In welke stap zitten we?',
    'Wat weten we, wat vermoeden we?',
    'Wat schrijven we op? Wat is een feit en wat is onze mening?',
    'Wat zou het kind willen?',
  ],
  2: [
    'In welke stap zitten we?',
    'Wat weten we, wat vermoeden we?',
    'Wie moet hier nog bij? Denk aan de aandachtsfunctionaris en aan advies van Veilig Thuis.',
    'Welke informatie delen we, met wie, en mag dat?',
  ],
  3: [
    'In welke stap zitten we?',
    'Wat zou het kind willen?',
    'Hoe beginnen we het gesprek? Wat vertellen we eerst?',
    'Is er een reden om het gesprek over te slaan? Dat mag alleen als het gesprek iemands veiligheid in gevaar brengt. Volgens de schoolroute uit Parkstad ook als het gezin dan het contact verbreekt en uit beeld raakt.',
  ],
  4: [
    'In welke stap zitten we?',
    'Wat weten we, wat vermoeden we?',
    'Is er acute of structurele onveiligheid? Waaraan zien we dat?',
    'Twijfelen we? Wie moet hier nog bij?',
  ],
  5: [
    'In welke stap zitten we?',
    'Wat zou het kind willen?',
    'Wie moet hier nog bij?',
    'Wie houdt daarna zicht op de veiligheid, en hoe merken we dat het beter gaat?',
  ],
};

/** Prompts for the talk after the ending: what the group takes back to its own work. */
export const ENDING_PROMPTS: readonly string[] = [
  'Waar twijfelden we het meest, en waarom?',
  'Waar kozen we anders dan de expert? Wat maakte dat?',
  'Wat betekent dit voor onze eigen afspraken: wie is onze aandachtsfunctionaris, wanneer bellen we Veilig Thuis?',
  'Wat nemen we mee naar de volgende keer?',
];

/** The prompts to offer at a node: its own when the case file has them, else the defaults of its step. */
export function promptsFor(node: ScenarioNode): readonly string[] {
  if (node.type === 'ending') return ENDING_PROMPTS;
  if (node.prompts && node.prompts.length > 0) return node.prompts;
  return DEFAULT_PROMPTS[node.step as MeldcodeStep];
}

/**
 * Schema of a case file in scenarios/*.yaml: the single source of the case types.
 * Structural rules that need the whole graph (targets exist, every node reachable,
 * every path ends, expert key consistent with decide()) are checked by
 * src/engine/scenario/validate/index.ts, which names the file and node in each error.
 */
import { z } from 'astro/zod';
import { ruleSchema } from './rule';
import { SOURCE_IDS } from './sources';

import { SETTINGS } from './settings';
import { MOMENT_CONTEXTS, QUESTION_KEYS } from './afwegingskader';

export { MOMENT_CONTEXTS, QUESTION_KEYS, SETTINGS };

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'gebruik kleine letters, cijfers en streepjes (bijvoorbeeld "gesprek-ouders")');
const answer = z.enum(['ja', 'nee']);

/** Text a learner reads: at least `min` characters that are not spaces or blank lines. */
const text = (min: number) =>
  z
    .string()
    .min(min)
    .refine((v) => v.trim().length >= min, { message: `is only spaces or blank lines (or too short); write at least ${min} characters of text` });

/**
 * Names of Object members (valueOf, constructor, __proto__, toString, hasOwnProperty, ...): a
 * variable with such a name would read the member instead of a value, so they are refused.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'constructor', 'prototype']);

/** A case-state variable name: letters and digits (camelCase) or a lowercase id, never an Object member. */
const variableName = id
  .or(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'use letters and digits, starting with a letter (e.g. "vertrouwen")'))
  .refine((name) => !RESERVED_NAMES.has(name), { message: 'is the name of a built-in Object member (like valueOf or constructor); choose another variable name' });
const meldcodeStep = z.number().int().min(1).max(5);

/**
 * A condition on case state, as a short expression: `vertrouwen >= 3`, `veiligThuisGeraadpleegd`,
 * `not zichtOpVeiligheid`, joined with ` and `. Parsed and checked by the engine.
 */
const condition = z.string().min(1);

/** A target node: a plain node id, or a list of conditional targets where the first match wins and the last has no `if`. */
const target = z.union([
  id,
  z
    .array(
      z
        .object({
          /** Condition under which this target is taken; leave out on the last entry. */
          if: condition.optional(),
          /** The node to go to. */
          to: id,
        })
        .strict(),
    )
    .min(1),
]);

/** A case-state variable: a yes/no flag or a bounded number, with a Dutch label for the debrief. */
const variable = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('flag'),
    /** Value at the start of the case. */
    initial: z.boolean().default(false),
    /** What the flag means, in Dutch. */
    label: text(2),
  }).strict(),
  z.object({
    type: z.literal('number'),
    /** Value at the start of the case. */
    initial: z.number(),
    /** Lowest value; changes are clamped to it. */
    min: z.number().default(0),
    /** Highest value; changes are clamped to it. */
    max: z.number().default(10),
    /** What the number means, in Dutch. */
    label: text(2),
  }).strict(),
]);

/** A critical error: a choice that fails the case, with the reason named. */
const critical = z.object({
  /** Which rule was broken: the id of a rule with `critical: true` in content/rules.yaml. */
  rule: id,
  /** Why this is a critical error in this case, in Dutch. */
  explanation: text(10),
}).strict();

/** What an option does to the case state. */
const effects = z
  .object({
    /** Flags or numbers set to a value. */
    set: z.record(z.string(), z.union([z.boolean(), z.number()])).optional(),
    /** Numbers changed by an amount (negative to lower). */
    add: z.record(z.string(), z.number()).optional(),
  })
  .strict()
  .optional();

/** Fields shared by options of choice and afweging nodes. */
const optionBase = {
  /** Unique within the node; used in saved progress. */
  id,
  /** What the learner chooses, in the first person ("Ik bespreek het met ..."). */
  text: text(2),
  /** Feedback shown after choosing: why this is (not) what the Meldcode asks. */
  feedback: text(10),
  /** Where to go next. */
  next: target,
  /** Points for this choice, 0 to 3 (see src/engine/scenario/scoring/weights.ts). */
  score: z.number().int().min(0).max(3).default(0),
  /** True on the option an expert chooses; exactly one per node. */
  expert: z.boolean().default(false),
  /** Marks the option as a critical error. */
  critical: critical.optional(),
  /** Rules of the catalogue (content/rules.yaml) with `critical: false` that this option breaks; it then scores low. */
  breaks: z.array(id).optional(),
  /** Changes to case state. */
  effects,
  /** The option is only offered when this condition holds. */
  showIf: condition.optional(),
  /** Reference pages that explain the point, e.g. /handelingswijzer/stap-3/ (anchors allowed). */
  refs: z.array(z.string().regex(/^\/[a-z0-9/#-]*$/)).default([]),
};

const nodeBase = {
  /** Unique id within the case. */
  id,
  /** Short heading of the situation. */
  title: text(2),
  /** The situation as the learner reads it (plain text; blank lines make paragraphs). */
  text: text(10),
  /** Meldcode step this node belongs to (1-5). */
  step: meldcodeStep,
  /** Discussion prompts for a trainer in a group session; defaults per step are used when left out. */
  prompts: z.array(text(2)).optional(),
};

/** A situation: the story moves on with one "verder" button. */
const situationNode = z.object({ ...nodeBase, type: z.literal('situation'), next: target }).strict();

/** A choice between actions in a Meldcode step. */
const choiceNode = z.object({
  ...nodeBase,
  type: z.literal('choice'),
  options: z.array(z.object(optionBase).strict()).min(2),
}).strict();

/** One question of the afwegingskader: each option is "ja" or "nee" with a why. */
const afwegingNode = z.object({
  ...nodeBase,
  type: z.literal('afweging'),
  /** Which afwegingskader question is asked. */
  question: z.enum(QUESTION_KEYS),
  /** Which afweging moment of the expert key this belongs to (default: the first). */
  moment: id.optional(),
  options: z.array(z.object({ ...optionBase, answer }).strict()).min(2),
}).strict();

/** An ending, with the outcome the case reached and a debrief text. */
const endingNode = z.object({
  id,
  type: z.literal('ending'),
  title: text(2),
  /** What happened in the end, and what the learner can take from it. */
  text: text(10),
  /** The outcome of the afwegingskader this ending stands for. */
  outcome: z.enum(['afsluiten', 'melden', 'hulp']),
}).strict();

/** Any node of a case; `type` tells which. */
export const nodeSchema = z.discriminatedUnion('type', [situationNode, choiceNode, afwegingNode, endingNode]);

/** The expert's answers at one afweging moment. */
const expertMoment = z.object({
  /** Id of the moment, referenced by afweging nodes (`moment:`). */
  moment: id,
  /** When in the case this moment is, in Dutch (e.g. "Na het gesprek met moeder"). */
  label: text(2).optional(),
  /**
   * Where the walk is made: `eerste-weging` (the default) or `melding-staat` (a report to Veilig
   * Thuis already stands, or Veilig Thuis handed the family over). decide() uses it at build.
   */
  context: z.enum(MOMENT_CONTEXTS).optional(),
  /** The correct answers; questions the afwegingskader does not reach are left out. */
  answers: z.object({
    vermoeden: answer.optional(),
    acuutOfStructureel: answer.optional(),
    hulpMogelijk: answer.optional(),
    hulpAanvaard: answer.optional(),
    duurzaamVeilig: answer.optional(),
  }).strict(),
}).strict();

/** A whole case file. */
export const scenarioSchema = z.object({
  /** Title shown in the case list. */
  title: text(3),
  /** Two or three sentences: what the case is about. */
  summary: text(20),
  /** Where the case plays. */
  setting: z.enum(SETTINGS),
  /** The learner's role, second person ("Je bent leerkracht van groep 6."). */
  role: text(5),
  /** Age of the child in years; 0 for a baby; use childAgeLabel for an unborn child. */
  childAge: z.number().min(0).max(23),
  /** Optional wording of the age, e.g. "ongeboren (32 weken zwangerschap)". */
  childAgeLabel: text(2).optional(),
  /** Estimated minutes to play. */
  minutes: z.number().int().min(3).max(30),
  /** What the learner practises, as short sentences. */
  goals: z.array(text(3)).min(1),
  /** Meldcode steps the case covers. */
  steps: z.array(meldcodeStep).min(1),
  /** Source documents, by id. */
  sources: z.array(z.enum(SOURCE_IDS)).min(1),
  /** Raised when the case changes in a way that makes old progress and certificates refer to another version. */
  version: z.number().int().min(1).default(1),
  /** Case-state variables that options change and conditions read. */
  state: z.record(variableName, variable).default({}),
  /** The correct afwegingskader answers, per afweging moment (at least one). */
  expertKey: z.array(expertMoment).min(1),
  /** Id of the first node. */
  start: id,
  /** All nodes. */
  nodes: z.array(nodeSchema).min(2),
}).strict();

/** A validated case file. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** Any node. */
export type ScenarioNode = z.infer<typeof nodeSchema>;
/** A node with options (choice or afweging). */
export type OptionNode = Extract<ScenarioNode, { type: 'choice' | 'afweging' }>;
/** An option of a choice or afweging node. */
export type ScenarioOption = OptionNode['options'][number];
/** A target as written in the file. */
export type Target = z.infer<typeof target>;
/** A case setting. */
export type Setting = (typeof SETTINGS)[number];
/** The id of a rule of the catalogue named by a critical error. */
export type CriticalReason = string;

/** A case as the scenarios collection stores it: the file's data plus the catalogue entries it refers to (so the browser needs no other fetch). */
export const loadedScenarioDataSchema = scenarioSchema.extend({
  /** The rules of content/rules.yaml that this case names (critical.rule, breaks), filled in by the loader. */
  rules: z.array(ruleSchema),
});

/**
 * The keys each kind of object in a case file allows, for the "unknown key" message and its
 * suggestion (src/engine/scenario/load.ts). Taken from the schemas above, so they cannot drift.
 */
export const ALLOWED_KEYS = {
  scenario: Object.keys(scenarioSchema.shape),
  situation: Object.keys(situationNode.shape),
  choice: Object.keys(choiceNode.shape),
  afweging: Object.keys(afwegingNode.shape),
  ending: Object.keys(endingNode.shape),
  choiceOption: Object.keys(optionBase),
  afwegingOption: [...Object.keys(optionBase), 'answer'],
  critical: Object.keys(critical.shape),
  effects: ['set', 'add'],
  expertMoment: Object.keys(expertMoment.shape),
  answers: [...QUESTION_KEYS],
  flag: ['type', 'initial', 'label'],
  number: ['type', 'initial', 'min', 'max', 'label'],
  target: ['if', 'to'],
} as const satisfies Record<string, readonly string[]>;

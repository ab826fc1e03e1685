/**
 * Schema of the rule catalogue, content/rules.yaml: every rule a case can score or flag
 * as a critical error, with its kind (a rule the seeds state, or sound practice they do
 * not state) and its source. Cases refer to rules by id (critical.rule, breaks); the
 * case loader fails the build on an unknown id or a mismatch (docs/scenarios.md).
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from './sources';

/** regel = the Meldcode or the law as the seeds state it; goede-praktijk = sound practice the seeds do not state. */
export const RULE_KINDS = ['regel', 'goede-praktijk'] as const;

const text = (min: number) =>
  z
    .string()
    .min(min)
    .refine((v) => v.trim().length >= min, 'tekst van alleen spaties of witregels telt niet');

/** One entry of the catalogue. */
export const ruleSchema = z
  .object({
    /** Names the breach, e.g. delen-zonder-grondslag. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'gebruik kleine letters, cijfers en streepjes'),
    /** The breach as the learner sees it after "Kritieke fout:". */
    title: text(5),
    /** The rule itself, Dutch B1. */
    statement: text(20),
    kind: z.enum(RULE_KINDS),
    /** True: breaking it in a case is a critical error (fails the case); false: it costs points. */
    critical: z.boolean(),
    /** Where the seeds say it (for goede-praktijk: the nearest passage, and that the rule itself is not there). */
    sources: z
      .array(z.object({ source: z.enum(SOURCE_IDS), section: text(3) }).strict())
      .min(1),
    /** The reference page that explains it. */
    ref: z.string().regex(/^\/[a-z0-9/#-]*$/),
  })
  .strict();

/** The whole catalogue: a list with unique ids. */
export const ruleCatalogueSchema = z
  .array(ruleSchema)
  .min(1)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${r.id}" staat twee keer in de catalogus` });
      seen.add(r.id);
    });
  });

/** A rule of the catalogue. */
export type Rule = z.infer<typeof ruleSchema>;
/** The kind of a rule. */
export type RuleKind = (typeof RULE_KINDS)[number];

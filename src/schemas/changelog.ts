/**
 * Schema of the content changelog, content/changelog.yaml: what changed in the content that a
 * learner should know about (a new case, a corrected rule, a new section), with its date. Shown
 * on /wat-is-er-veranderd/ and parsed at build (src/engine/changelog/parse.ts); a broken entry
 * fails the build, naming the file and the entry.
 */
import { z } from 'astro/zod';

/** nieuw = new content; verbeterd = something was wrong or unclear and is corrected; aangevuld = more on a subject. */
export const CHANGE_KINDS = ['nieuw', 'verbeterd', 'aangevuld'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The label of each kind, as the changelog page shows it. */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  nieuw: 'Nieuw',
  verbeterd: 'Verbeterd',
  aangevuld: 'Aangevuld',
};

const text = (min: number) =>
  z
    .string()
    .min(min)
    .refine((v) => v.trim().length >= min, 'tekst van alleen spaties of witregels telt niet');

/** A link to the page that changed, as a site path (`/afwegingskader/#opnieuw-wegen…`); pages put it under the base path. */
const linkSchema = z
  .object({
    href: z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'een pad op de site, zoals /handelingswijzer/stap-2/ of /afwegingskader/#vraag-2'),
    label: text(2),
  })
  .strict();

/** One change. */
export const changeSchema = z
  .object({
    /** The day the change went live, YYYY-MM-DD. */
    date: z.iso.date('een datum als 2026-12-04'),
    kind: z.enum(CHANGE_KINDS),
    /** What changed, in a few words, Dutch B1. */
    title: text(5),
    /** What it means for the learner, Dutch B1. */
    text: text(20),
    /** The pages or cases it is about. */
    links: z.array(linkSchema).default([]),
  })
  .strict();

/** The whole file: newest first. */
export const changelogSchema = z
  .array(changeSchema)
  .min(1)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      const previous = entries[i - 1];
      if (previous && entry.date > previous.date) {
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `nieuwste eerst: ${entry.date} staat na ${previous.date}` });
      }
    });
  });

export type Change = z.infer<typeof changeSchema>;

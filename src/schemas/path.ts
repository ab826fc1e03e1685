/**
 * Schema of a learning path (leerroute) in content/paths/<slug>.yaml: one path per
 * setting, an ordered list of modules. Whether each module points at something that
 * exists (a page, a case, an exercise) is checked against the site's content by
 * src/engine/learning-path/validate.ts, which names the file and the module.
 * How a trainer edits a path: docs/learning-paths.md.
 */
import { z } from 'astro/zod';
import { SETTINGS } from './scenario';

/** A site route with the trailing slash the site uses, e.g. /handelingswijzer/stap-1/. */
const route = z
  .string()
  .regex(/^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/, 'schrijf een route als /handelingswijzer/stap-1/ (met een / aan het eind)');

/** A case or exercise slug: lowercase letters, digits and hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');

/** Why this module is in the path, in Dutch; shown under the module (optional). */
const note = z.string().min(5).optional();

/** One step of a path; the kinds are a discriminated union on `type`. */
export const pathModuleSchema = z.discriminatedUnion('type', [
  z.object({
    /** Read a reference page (counts once opened and scrolled to its end, or marked read). */
    type: z.literal('page'),
    /** The page's route, e.g. /handelingswijzer/stap-1/. */
    route,
    note,
  }),
  z.object({
    /** Play a case (counts once finished without a critical error). */
    type: z.literal('case'),
    /** The case's file name without .yaml, e.g. noor-groep-6. */
    slug,
    note,
  }),
  z.object({
    /** Take the privacy self-test at /privacytest/ (counts once passed). */
    type: z.literal('privacy-test'),
    note,
  }),
  z.object({
    /** Do a practice exercise at /oefenen/<slug>/ (counts once finished). */
    type: z.literal('exercise'),
    /** The exercise id, e.g. vastleggen-kinderopvang (folder and file name joined with a hyphen). */
    slug,
    note,
  }),
  z.object({
    /** Use an interactive tool page such as /wie-bel-ik/ (counts once marked as done). */
    type: z.literal('tool'),
    /** The tool's route; must be one of the tools in src/engine/learning-path/catalog.ts. */
    route,
    note,
  }),
]);

/** A learning path file. */
export const pathSchema = z
  .object({
    /** Name of the path, shown as the h1 and on the certificate, e.g. "Basisonderwijs". */
    title: z.string().min(3),
    /** The setting (werkveld) the path is for; the same values as a case's `setting`. */
    setting: z.enum(SETTINGS),
    /** Who the path is for, one sentence ("Leerkrachten, IB'ers en ..."). */
    audience: z.string().min(10),
    /** What the path is about, one or two sentences for the list of paths. */
    summary: z.string().min(20),
    /** Position in the list of paths (low first). */
    order: z.number().int().default(0),
    /** The modules in the order a learner should do them. */
    modules: z.array(pathModuleSchema).min(1),
  })
  .superRefine((path, ctx) => {
    // The certificate asks for the cases and the privacy test, so each path must contain both.
    if (!path.modules.some((m) => m.type === 'case')) {
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'een leerroute heeft minstens één casus (type: case)' });
    }
    if (path.modules.filter((m) => m.type === 'privacy-test').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'een leerroute bevat de privacytoets precies één keer (type: privacy-test)' });
    }
    const seen = new Set<string>();
    path.modules.forEach((module, index) => {
      const key = moduleKey(module);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['modules', index], message: `module ${key} staat twee keer in de leerroute` });
      seen.add(key);
    });
  });

/** One module as written in the file. */
export type PathModule = z.infer<typeof pathModuleSchema>;
/** A whole path file. */
export type LearningPathData = z.infer<typeof pathSchema>;
/** The kinds of module. */
export type ModuleType = PathModule['type'];

/** A stable key per module, e.g. `case:noor-groep-6` or `page:/vastleggen/`; used for duplicates and progress. */
export function moduleKey(module: PathModule): string {
  switch (module.type) {
    case 'page':
    case 'tool':
      return `${module.type}:${module.route}`;
    case 'case':
    case 'exercise':
      return `${module.type}:${module.slug}`;
    case 'privacy-test':
      return 'privacy-test';
  }
}

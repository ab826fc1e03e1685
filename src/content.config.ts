import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { scenarioLoader } from './content/case-loader';
import { recordingExerciseSchema } from './schemas/exercise';
import { pathSchema } from './schemas/path';
import { quizSourceSchema } from './schemas/quiz';
import { referenceSchema } from './schemas/reference';
import { regionSchema } from './schemas/region';
import { ruleSchema } from './schemas/rule';
import { loadedScenarioDataSchema } from './schemas/scenario';

/** The reference pages: handelingswijzer, afwegingskader, vastleggen, privacy, Veilig Thuis. */
const reference = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/reference' }),
  schema: referenceSchema,
});

/** The privacy self-test's question bank, one YAML file per topic; checked by src/engine/quiz/validate.ts. */
const quiz = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quiz' }),
  schema: quizSourceSchema,
});

/** Regional contacts for "Wie bel ik?", one YAML file per region (docs/regions.md). */
const regions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/regions' }),
  schema: regionSchema,
});

/** Practice exercises, content/exercises/<kind>/<name>.yaml; the id (and URL slug) is "<kind>-<name>". */
const exercises = defineCollection({
  loader: glob({
    pattern: '**/*.yaml',
    base: './content/exercises',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, '').replaceAll('/', '-'),
  }),
  schema: recordingExerciseSchema,
});

/** The cases, scenarios/<slug>.yaml; each file is validated by the case engine and the build fails on any problem (docs/scenarios.md). */
const scenarios = defineCollection({
  loader: scenarioLoader('./scenarios', { lock: 'scenarios/versions.lock.json' }),
  schema: loadedScenarioDataSchema,
});

/** The rule catalogue, content/rules.yaml (docs/scenarios.md); the case loader reads it too, and checks every case against it. */
const rules = defineCollection({
  loader: file('./content/rules.yaml'),
  schema: ruleSchema,
});

/** Learning paths (leerroutes), content/paths/<slug>.yaml; modules are checked against the site at build (docs/learning-paths.md). */
const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/paths' }),
  schema: pathSchema,
});

export const collections = { reference, quiz, regions, exercises, scenarios, paths, rules };

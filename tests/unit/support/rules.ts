/** The real rule catalogue (content/rules.yaml), for tests that load cases with parseScenarioFile. */
import { readFileSync } from 'node:fs';
import { parseRuleCatalogue } from '../../../src/engine/scenario/rules-parse';

export const RULES = parseRuleCatalogue(readFileSync('content/rules.yaml', 'utf8'));

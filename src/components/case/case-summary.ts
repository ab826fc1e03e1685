/** What the case list shows of one case, built at build time from the scenarios collection. */
import type { Scenario, Setting } from '~/schemas/scenario';

/** One card of the case list: plain JSON passed to CaseList.svelte. */
export interface CaseSummary {
  slug: string;
  title: string;
  summary: string;
  setting: Setting;
  role: string;
  minutes: number;
  steps: number[];
  /** The case version: stored progress of another version counts as not started. */
  version: number;
}

/** The card data of a case; leaves the nodes out so the list page stays small. */
export function toSummary(slug: string, s: Scenario): CaseSummary {
  const { title, summary, setting, role, minutes, steps, version } = s;
  return { slug, title, summary, setting, role, minutes, steps: [...steps], version };
}

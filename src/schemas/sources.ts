/**
 * The source documents the content is written from. Pages and cases name
 * their sources by these ids; the schema rejects any other id, so a typo
 * fails the build instead of printing a wrong title.
 */
export const SOURCES = {
  handelingswijzer: {
    title: "Handelingswijzer 'Wat kun jij doen als een kind thuis niet veilig is?', gemeente Midden-Groningen & partners, 2019",
    short: 'Handelingswijzer Midden-Groningen',
  },
  'augeo-magazine-18': {
    title: "Augeo Magazine editie 18, 'Samenwerken rondom gezinnen', april 2020",
    short: 'Augeo Magazine 18',
  },
  'afwegingskader-stap-5': {
    title: 'Stap 5 van de meldcode: het afwegingskader, met toelichting op hulp door wijkteam en SAVE (Midden-Nederland)',
    short: 'Afwegingskader stap 5',
  },
  'schoolroute-parkstad': {
    title: 'Route bij signalen van huiselijk geweld en kindermishandeling, route voor scholen (Parkstad, ParnasSys)',
    short: 'Schoolroute Parkstad',
  },
  'verslag-flevoland-2019': {
    title: "Verslag regionale bijeenkomst 'Samenwerken voor veiligheid', Aanpak Huiselijk Geweld en Kindermishandeling Flevoland, 2019",
    short: 'Verslag Flevoland 2019',
  },
} as const;

/** Id of a source document, as written in front matter and case files. */
export type SourceId = keyof typeof SOURCES;

/** All source ids, for use in `z.enum`. */
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

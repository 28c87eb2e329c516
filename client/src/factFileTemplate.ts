/**
 * The fact file "Create a fact file from a template" writes. Free of `vscode`
 * so a test can load it with the core and see that it yields no diagnostic
 * at all: a template that starts with a squiggle teaches the wrong thing.
 *
 * One entry of each kind (README "The fact file, by example"), all sourced,
 * the total equal to its part, with comments a writer can follow without the
 * README open.
 */

/** The name written when the folder has no fact file yet (SPEC section 1). */
export const DEFAULT_FACT_FILE_NAME = 'facts.yaml';

/** The names a fact file may have so that drafts find it (SPEC section 1); YAML only, as the template is YAML. */
export const YAML_FACT_FILE_NAME = /^(?:facts|[^\\/]+\.facts)\.ya?ml$/;

export const FACT_FILE_TEMPLATE = `# Op-Ed Facts: the facts the Markdown drafts in this folder, and in the
# folders below it, are checked against. Replace the examples with your own.
#
# Every entry is keyed by an id (lower-case letters, digits and hyphens),
# unique across the whole file, and names its sources by their ids. A draft
# refers to an entry by its name, an alias or a place, or pins a sentence to
# it with <!-- fact: id -->.
version: 1

sources:
  # Where the facts come from: press releases, reports, articles.
  city-briefing-2026-01-16:
    title: Briefing on the Riverside flood
    publisher: City of Riverside
    url: https://example.org/press/2026-01-16
    date: 2026-01-16

events:
  # Things that happened on a date at a place, with their casualties.
  riverside-flood:
    name: Flood on the Riverside embankment
    aliases: [Riverside flood, embankment breach]
    date: 2026-01-15                # YYYY-MM-DD, YYYY-MM, or {from: YYYY-MM-DD, to: YYYY-MM-DD}
    place: Riverside                # a place or a list of places; places act as aliases
    killed: {people: 4}             # kinds: killed, wounded, missing, abducted
    wounded: {people: 11}           # a count, or {min: N, max: M} where sources disagree
    sources: [city-briefing-2026-01-16]

people:
  # People a draft may name; the spelling and the title are checked.
  mara-okafor:
    name: Mara Okafor
    title: Mayor                    # rank or office
    age: 52                         # age at death if the person died, else now
    sources: [city-briefing-2026-01-16]

totals:
  # Counts over several events, other totals and people. The count must
  # equal the sum of the parts listed under \`of:\`.
  january-2026-flood-deaths:
    name: People killed in the January 2026 floods
    killed: {people: 4}
    of: [riverside-flood]
    sources: [city-briefing-2026-01-16]

figures:
  # Other numbers a draft may quote near one of the aliases.
  riverside-evacuees:
    name: People evacuated from Riverside
    aliases: [evacuated, evacuation]
    value: 1200                     # a number, or {min: N, max: M}
    unit: people                    # a free word: days, percent, EUR, people ...
    date: 2026-01-15
    sources: [city-briefing-2026-01-16]
`;

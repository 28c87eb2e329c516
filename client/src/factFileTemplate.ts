/**
 * The fact file "Create a fact file from a template" writes. Free of `vscode`
 * so a test can load it with the core and see that it yields no diagnostic
 * at all, and no finding on any draft (issue 11: a template's example figure
 * once flagged a writer's own draft). So the examples, one entry of each
 * kind, are comments a writer uncomments; the file itself holds no entry.
 */

// The name written when the folder has no fact file yet, and the YAML names drafts find (SPEC section 1).
export { DEFAULT_FACT_FILE_NAME, YAML_FACT_FILE_NAME } from '../../server/src/core/facts/factFileNames';

export const FACT_FILE_TEMPLATE = `# Op-Ed Facts: the facts the Markdown drafts in this folder, and in the
# folders below it, are checked against.
#
# Quicker: "Op-Ed Facts: Start a fact file from this draft" writes one from
# the draft you have open, with an entry for each event, person and figure
# it names, waiting for the source that confirms each.
#
# Or write entries by hand below. The examples are comments, so that nothing
# in them is ever held against a draft: copy one, remove the "# " in front of
# its lines, and put in your own facts. Every entry is keyed by an id
# (lower-case letters, digits and hyphens), unique across the whole file, and
# names its sources by their ids. A draft refers to an entry by its name, an
# alias or a place, or pins a sentence to it with <!-- fact: id -->.
version: 1

# sources:
#   # Where the facts come from: press releases, reports, articles.
#   city-briefing-2026-01-16:
#     title: Briefing on the Riverside flood
#     publisher: City of Riverside
#     url: https://www.example.com/press/2026-01-16   # the source's own address
#     date: 2026-01-16
#     locator: para. 3                                 # optional: page, paragraph or timestamp
#     quote: "Four people died in the flood"           # optional: the source's own words
#
# events:
#   # Things that happened on a date at a place, with their casualties.
#   riverside-flood:
#     name: Flood on the Riverside embankment
#     aliases: [Riverside flood, embankment breach]
#     date: 2026-01-15            # YYYY-MM-DD, YYYY-MM, YYYY, or {from: YYYY-MM-DD, to: YYYY-MM-DD}
#     place: Riverside            # a place or a list of places; places act as aliases
#     killed: {people: 4}         # kinds: killed, wounded, missing, abducted
#     wounded: {people: 11}       # a count, or {min: N, max: M} where sources disagree
#     sources: [city-briefing-2026-01-16]
#
# people:
#   # People a draft may name; the spelling and the title are checked.
#   mara-okafor:
#     name: Mara Okafor
#     title: Mayor                # rank or office
#     age: 52                     # age at death if the person died, else now
#     sources: [city-briefing-2026-01-16]
#
# totals:
#   # Counts over several events, other totals and people; the count must
#   # equal the sum of the parts listed under \`of:\`.
#   january-2026-flood-deaths:
#     name: People killed in the January 2026 floods
#     killed: {people: 4}
#     of: [riverside-flood]
#
# figures:
#   # Other numbers a draft may quote near one of the aliases.
#   riverside-evacuees:
#     name: Homes evacuated in Riverside
#     aliases: [evacuated homes]
#     value: 300                  # a number, or {min: N, max: M}
#     unit: homes                 # percent, a currency (USD, PKR), a length (mm, km), or a word
#     sources: [city-briefing-2026-01-16]
`;

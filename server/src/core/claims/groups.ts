import type { FactBase } from '../facts/factBase';

/**
 * Casualty groups (SPEC section 2): the synonyms the checker knows, extended
 * by the fact file's `categories:`. "people" and its kin stand for any group.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  soldiers: ['soldier', 'troops', 'troop', 'personnel', 'security personnel', 'officers and men', 'servicemen', 'serviceman', 'security forces'],
  police: ['policemen', 'policeman', 'police officers', 'police officer', 'policewomen', 'constables', 'police personnel'],
  militants: ['militant', 'terrorists', 'terrorist', 'insurgents', 'insurgent', 'fighters', 'attackers', 'gunmen'],
  civilians: ['civilian'],
  people: ['people', 'others', 'persons', 'person', 'lives', 'fatalities', 'deaths', 'dead', 'victims', 'individuals', 'total'],
};

/** Nouns for people that may follow a count, beyond the synonyms and the fact file's own groups. */
const PEOPLE_NOUNS = `workers worker miners passengers passenger residents villagers climbers hikers students
children child women men boys girls babies infants teenagers pilgrims worshippers shoppers commuters
supporters fans spectators fishermen firefighters crew sailors seamen patients migrants refugees
protesters demonstrators journalists reporters teachers doctors nurses farmers labourers laborers
tourists visitors guests drivers pedestrians motorists officers guards rescuers volunteers members
employees staff inmates prisoners detainees hostages marines airmen rangers paramilitaries sepoys
jawans citizens locals villagers tribesmen worshipers mourners voters pupils schoolchildren contractors
engineers passersby bystanders family families relatives elderly`.split(/\s+/);

/** Canonical group of a group word, given the fact file's categories. */
export class GroupLexicon {
  private readonly canonical = new Map<string, string>();
  /** Every group phrase, longest first, as lower-case word lists. */
  readonly phrases: string[][];

  constructor(facts: FactBase) {
    for (const [group, words] of Object.entries(SYNONYMS)) {
      this.canonical.set(group, group);
      for (const w of words) this.canonical.set(w, group);
    }
    for (const [group, words] of facts.categories) {
      const target = this.canonicalOf(group);
      this.canonical.set(group.toLowerCase(), target);
      for (const w of words) this.canonical.set(w.toLowerCase(), target);
    }
    for (const entry of facts.entries.values()) {
      for (const counts of Object.values(entry.casualties)) {
        for (const c of counts ?? []) if (!this.canonical.has(c.group.toLowerCase())) this.canonical.set(c.group.toLowerCase(), c.group.toLowerCase());
      }
    }
    for (const noun of PEOPLE_NOUNS) if (!this.canonical.has(noun)) this.canonical.set(noun, noun);
    this.phrases = [...this.canonical.keys()].map((k) => k.split(' ')).sort((a, b) => b.length - a.length);
  }

  /** "troops" -> "soldiers"; an unknown word is its own group. */
  canonicalOf(word: string): string {
    const lower = word.toLowerCase();
    return this.canonical.get(lower) ?? this.canonical.get(singular(lower)) ?? lower;
  }

  /** Whether a group stands for any group ("people", "lives", "fatalities"). */
  isAnyGroup(group: string): boolean {
    return this.canonicalOf(group) === 'people';
  }

  /** The number of words of the group phrase starting at `words[0]`, or 0. */
  matchAt(words: readonly string[]): number {
    for (const phrase of this.phrases) {
      if (phrase.length > words.length) continue;
      if (phrase.every((w, i) => w === words[i])) return phrase.length;
    }
    return 0;
  }
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The claim grammar's words, in one place (STYLE rule 17; issue 10). Every
 * reader under claims/ and draft/ builds its patterns from these lists; none
 * keeps a word list of its own. Each list says why it holds what it holds.
 * Words are lower case unless a list says otherwise; a phrase is written with
 * single spaces and matched token by token.
 *
 * test/unit/core/grammar/words.test.ts checks the lists themselves: no
 * duplicates, no word in two lists that contradict each other.
 */
import type { CasualtyKind } from '../facts/factBase';

// ---------------------------------------------------------------- calendar

/**
 * Month names as prose writes them, with the abbreviations newspapers use
 * ("Sept.", "Apr", "Dec"): SPEC section 3 reads "Sept. 2", "Dec 7", "Apr 24".
 * "May" has no abbreviation; "Mar" and "Jun" are kept because wire copy uses
 * them in datelines and tables.
 */
export const MONTHS: readonly { name: string; abbreviations: readonly string[] }[] = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sep', 'Sept'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/** Weekday names, Sunday first (JavaScript's getUTCDay order), with the abbreviations wire copy uses. */
export const WEEKDAYS: readonly { name: string; abbreviations: readonly string[] }[] = [
  { name: 'Sunday', abbreviations: ['Sun'] },
  { name: 'Monday', abbreviations: ['Mon'] },
  { name: 'Tuesday', abbreviations: ['Tue', 'Tues'] },
  { name: 'Wednesday', abbreviations: ['Wed'] },
  { name: 'Thursday', abbreviations: ['Thu', 'Thur', 'Thurs'] },
  { name: 'Friday', abbreviations: ['Fri'] },
  { name: 'Saturday', abbreviations: ['Sat'] },
];

/** Words that join the two ends of a day range ("September 10 to 13", "between 10 and 25 July"). */
export const RANGE_JOINERS = ['to', 'and', 'until', 'till', 'through', 'thru', '-', '–', '—'] as const;

/** Words that put a sentence at another time than the event's (SPEC section 4: "some months ago", "last year"). */
export const OTHER_TIME_PHRASES = [
  'last year', 'last month', 'last week', 'a year ago', 'years ago', 'months ago', 'weeks ago', 'a decade ago',
  'the previous year', 'the year before', 'earlier this year', 'in the past', 'previous year', 'next year',
] as const;

// ---------------------------------------------------------------- counts and casualties

/**
 * Casualty words (SPEC section 3) by the kind they mean and the places they
 * may stand in relative to the count they are said of:
 *  - `after`: after the count and its noun, through auxiliaries ("six soldiers
 *    were killed", "12 dead", "13 others injured", "two boys drowned");
 *  - `before`: a verb or noun governing the count that follows ("killing at
 *    least 16", "wounded 10 others", "abducted 20 girls");
 *  - `noun`: the count's own noun or adjective ("9,057 deaths", "1,126 dead
 *    bodies", "26 lives").
 * Words with no place here are no casualty words. "casualties" is left out
 * on purpose: it means killed and wounded together, which no fact compares.
 */
export const CASUALTY_WORDS: Readonly<Record<string, { kind: CasualtyKind; after?: true; before?: true; noun?: true }>> = {
  killed: { kind: 'killed', after: true, before: true },
  kill: { kind: 'killed', before: true },
  kills: { kind: 'killed', before: true },
  killing: { kind: 'killed', before: true },
  died: { kind: 'killed', after: true },
  die: { kind: 'killed', after: true },
  dies: { kind: 'killed', after: true },
  dead: { kind: 'killed', after: true, noun: true },
  deceased: { kind: 'killed', after: true, noun: true },
  deaths: { kind: 'killed', noun: true },
  death: { kind: 'killed', noun: true },
  fatalities: { kind: 'killed', noun: true },
  bodies: { kind: 'killed', noun: true },
  corpses: { kind: 'killed', noun: true },
  martyred: { kind: 'killed', after: true, before: true },
  succumbed: { kind: 'killed', after: true },
  perished: { kind: 'killed', after: true },
  // Headlines speak in the present ("8 perish in bus crash", "Nine drown in river").
  perish: { kind: 'killed', after: true },
  perishes: { kind: 'killed', after: true },
  succumb: { kind: 'killed', after: true },
  succumbs: { kind: 'killed', after: true },
  drowned: { kind: 'killed', after: true },
  drown: { kind: 'killed', after: true },
  drowns: { kind: 'killed', after: true },
  murdered: { kind: 'killed', after: true, before: true },
  lynched: { kind: 'killed', after: true, before: true },
  massacred: { kind: 'killed', after: true, before: true },
  slain: { kind: 'killed', after: true },
  slaughtered: { kind: 'killed', after: true, before: true },
  assassinated: { kind: 'killed', after: true },
  beheaded: { kind: 'killed', after: true, before: true },
  butchered: { kind: 'killed', after: true, before: true },
  executed: { kind: 'killed', after: true },
  wounded: { kind: 'wounded', after: true, before: true, noun: true },
  wounding: { kind: 'wounded', before: true },
  injured: { kind: 'wounded', after: true, before: true, noun: true },
  injuring: { kind: 'wounded', before: true },
  // the present of headlines ("fire kills 46 and injures 41")
  injure: { kind: 'wounded', before: true },
  injures: { kind: 'wounded', before: true },
  hurt: { kind: 'wounded', after: true },
  // ("unaccounted for" is no casualty word: SPEC lists "missing", and a tally of people not yet
  // reached, "1,208 still unaccounted for", is not the police's count of the missing.)
  missing: { kind: 'missing', after: true, noun: true },
  abducted: { kind: 'abducted', after: true, before: true },
  abducting: { kind: 'abducted', before: true },
  kidnapped: { kind: 'abducted', after: true, before: true },
  kidnapping: { kind: 'abducted', before: true },
};

/**
 * Phrases that govern the count after them as a whole ("claimed the lives of
 * 19", "lost the lives of"); a bare "claimed" or "lost" governs only a count
 * of people ("claimed 19 more soldiers", "the army lost 40 soldiers"), since
 * "lost 40 homes" and "claimed 40 acres" are no casualties.
 */
export const GOVERNING_PHRASES: Readonly<Record<string, CasualtyKind>> = {
  'claimed the lives of': 'killed',
  'claiming the lives of': 'killed',
  'claim the lives of': 'killed',
  'took the lives of': 'killed',
  'taking the lives of': 'killed',
  // "the recent barbaric murder of 14 persons": the noun and "of", whatever stands before them.
  'deaths of': 'killed', 'death of': 'killed', 'bodies of': 'killed', 'remains of': 'killed', 'martyrdom of': 'killed',
  'killing of': 'killed', 'killings of': 'killed', 'murder of': 'killed', 'murders of': 'killed', 'massacre of': 'killed',
  'lynching of': 'killed', 'drowning of': 'killed', 'abduction of': 'abducted', 'kidnapping of': 'abducted',
  'abductions of': 'abducted', 'kidnappings of': 'abducted',
};

/**
 * Phrases before a count that make it a part of the dead or hurt ("Among
 * those killed were 98 women", "Among the dead were four children").
 */
export const AMONG_PHRASES: Readonly<Record<string, CasualtyKind>> = {
  'among those killed were': 'killed', 'among those killed was': 'killed', 'among the dead were': 'killed', 'among the dead was': 'killed',
  'among the victims were': 'killed', 'among those who died were': 'killed', 'among the deceased were': 'killed',
  'among the injured were': 'wounded', 'among those injured were': 'wounded', 'among the wounded were': 'wounded',
  'among those hurt were': 'wounded', 'among the missing were': 'missing',
  // "The deceased include one woman and three children": the dead named by what they include.
  'the dead include': 'killed', 'the dead included': 'killed', 'the deceased include': 'killed', 'the deceased included': 'killed',
  'the victims include': 'killed', 'the victims included': 'killed', 'those killed include': 'killed', 'those killed included': 'killed',
  'the injured include': 'wounded', 'the injured included': 'wounded', 'the wounded include': 'wounded', 'the wounded included': 'wounded',
  // "Among the injured, two were taken to hospital": the group set off by a comma.
  'among the dead ,': 'killed', 'among the victims ,': 'killed', 'among those killed ,': 'killed', 'among the deceased ,': 'killed',
  'among the injured ,': 'wounded', 'among the wounded ,': 'wounded', 'among those injured ,': 'wounded', 'among the missing ,': 'missing',
};
export const GOVERNING_PEOPLE_VERBS: Readonly<Record<string, CasualtyKind>> = { claimed: 'killed', claiming: 'killed', lost: 'killed', losing: 'killed' };
/** "lost 40" with no noun is a count of the dead too (a battle's losses); "claimed 40" is not. */
export const GOVERNING_BARE_VERBS: Readonly<Record<string, CasualtyKind>> = { lost: 'killed', losing: 'killed' };
/**
 * Verbs that make "N lives" a count of the dead ("cost 40 lives", "took 40
 * lives", "claimed 40 lives"); "saved 40 lives" is none, so "lives" is a
 * casualty noun only after one of these (or before "were lost").
 */
export const LIVES_VERBS = ['cost', 'costing', 'costs', 'took', 'taking', 'takes', 'taken', 'claimed', 'claiming', 'claims', 'lost', 'losing'] as const;

/**
 * Phrases after a count that say it died: "46 people had been lost" (a
 * passive "lost" is a death; "lost their homes" is none), "40 lost their lives".
 */
export const AFTER_PHRASES: Readonly<Record<string, CasualtyKind>> = {
  'been lost': 'killed', 'were lost': 'killed', 'was lost': 'killed',
  'lost their lives': 'killed', 'lost his life': 'killed', 'lost her life': 'killed',
  // Headline forms with no "their" ("126 lost lives in floods") and the present ("Five lose lives in crash").
  'lost lives': 'killed', 'lose lives': 'killed', 'lose their lives': 'killed', 'loses life': 'killed',
  'passed away': 'killed', 'gone missing': 'missing', 'went missing': 'missing', 'to death': 'killed', 'alive': 'killed',
  // South Asian official idiom ("eight soldiers embraced martyrdom", ISPR statements).
  'embraced martyrdom': 'killed', 'embraced shahadat': 'killed', 'attained martyrdom': 'killed', 'attained shahadat': 'killed',
  'laid down their lives': 'killed', 'laid down his life': 'killed', 'sacrificed their lives': 'killed',
  'sustained injuries': 'wounded', 'sustaining injuries': 'wounded', 'suffered injuries': 'wounded', 'suffering injuries': 'wounded',
  'sustained wounds': 'wounded', 'suffered wounds': 'wounded', 'received injuries': 'wounded',
};

/**
 * Phrases after a count that make it a part of the dead or hurt, the other
 * way round from AMONG_PHRASES ("Nineteen tourists were among the dead").
 */
export const AMONG_AFTER_PHRASES: Readonly<Record<string, CasualtyKind>> = {
  'among the dead': 'killed', 'among those killed': 'killed', 'among the victims': 'killed', 'among those who died': 'killed',
  'among the deceased': 'killed', 'among the fatalities': 'killed', 'among those who were killed': 'killed',
  'among the injured': 'wounded', 'among those injured': 'wounded', 'among the wounded': 'wounded', 'among those hurt': 'wounded',
  'among the missing': 'missing', 'among those missing': 'missing',
};

/** Nouns of a death toll: the count after them and a link word is a count of the dead ("the toll rose to 57", "death toll as 288"). */
export const TOLL_NOUNS = ['toll', 'tally', 'number of dead', 'number of deaths', 'number of fatalities'] as const;

/**
 * Words that may link a toll noun to its count ("the death toll had reached
 * 271", "stood at 40", "confirms death toll as 288"). "by" is not here: "the
 * toll rose by seven" is a change, not a count (SPEC section 3).
 */
export const TOLL_LINKS = [
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'hit', 'hits', 'stood', 'stands', 'is', 'was', 'has', 'had',
  'have', 'been', 'at', 'to', 'of', 'as', 'now', 'jumped', 'increased', 'went', 'up', 'surged', 'soared', 'mounted', 'touched',
  'inched', 'inches', 'crept', 'creeps', 'edged', 'edges', 'rising', 'climbing', 'reaching', 'standing', 'hitting',
  'crossed', 'crosses', 'topped', 'tops', 'passed', 'passes', 'officially', 'already', 'further', 'again',
  // "The last toll to be given was 55".
  'be', 'given', 'announced', 'reported', 'released', 'published',
  // "the annual toll, which last year ended at 312".
  'ended', 'ends', 'finished', 'closed', 'settled',
] as const;
/**
 * Words of time that may stand between a toll and its verb ("the toll last
 * year ended at 312", "the toll so far stands at 40").
 */
export const TOLL_TIME_WORDS = ['last', 'this', 'year', 'week', 'month', 'so', 'far', 'now', 'then', 'yesterday', 'today', 'tonight', 'overnight', 'finally'] as const;
/**
 * Words that make a toll one of a period, not of an event ("the road toll
 * for the year", "the annual toll", "this month's toll"): such a count is
 * held only to totals.
 */
export const TOLL_PERIOD_WORDS = ['year', 'annual', 'yearly', 'month', 'monthly', 'year-to-date', 'national', 'nationwide', 'country\'s'] as const;

/** Words that may open a phrase between a toll and its verb ("the death toll in Genoa's bridge collapse rose to 41"). */
export const TOLL_PHRASE_OPENERS = ['from', 'in', 'of', 'after', 'at', 'on', 'since', 'for'] as const;

/**
 * Words that may stand between a count's noun and the casualty word said of
 * it: auxiliaries, adverbs and the reporting passives that keep the count
 * the subject ("were still reported missing", "58 people now feared dead",
 * "30 were confirmed dead", "are believed to have died").
 */
export const VERB_GROUP_FILLERS = [
  'were', 'was', 'are', 'is', 'am', 'be', 'been', 'being', 'had', 'have', 'has', 'having', 'will', 'would', 'could', 'may', 'might',
  'must', 'should', 'shall', 'did', 'do', 'does', 'to', 'get', 'got', 'gets',
  'later', 'still', 'also', 'all', 'both', 'each', 'now', 'reportedly', 'already', 'so', 'far', 'since', 'subsequently', 'eventually',
  'tragically', 'sadly', 'apparently', 'allegedly', 'initially', 'originally', 'officially', 'just', 'then', 'either', 'yet',
  'reported', 'feared', 'confirmed', 'believed', 'presumed', 'found', 'declared', 'pronounced', 'thought', 'said', 'known', 'listed',
  'left', 'counted', 'recorded', 'registered', 'remain', 'remained', 'remains', 'lay', 'lie', 'lies', 'lying',
  // How they died, before the word that says they did ("shot dead", "crushed to death").
  'shot', 'stabbed', 'beaten', 'burnt', 'burned', 'crushed', 'hacked', 'trampled', 'bludgeoned', 'gunned', 'mowed', 'swept', 'washed',
  'buried', 'trapped', 'electrocuted', 'down', 'away',
] as const;

/**
 * Words before a count that make it a part of the count before it (SPEC
 * section 3: "including four children", "among them N"), and after it
 * ("twelve of them", "four of whom").
 */
export const PART_OPENERS = ['including', 'among them', 'among whom', 'among those', 'of whom', 'of which', 'mostly'] as const;
/** "332 of the dead were Egyptians", "12 of the injured": the nouns of a whole whose part a count is. */
export const PART_WHOLES = ['dead', 'deceased', 'victims', 'bodies', 'injured', 'wounded', 'missing', 'fatalities', 'casualties', 'those killed', 'those injured', 'those who died'] as const;
/** Words a coordinated count may be separated from its verb by ("killing himself and fifteen persons", "killed 12 girls and eight boys, ages 6 and 7, and seven educators"). */
export const CONJUNCT_WORDS = ['and', ',', 'himself', 'herself', 'themselves', 'itself', 'the', 'a', 'an', 'ages', 'aged', 'as', 'well', 'also', 'plus'] as const;
export const PART_OF_WORDS = ['them', 'whom', 'those', 'these', 'which'] as const;

/** Words after a count that make it a rate, never a count of an event (SPEC section 3: "20 bodies a day"). */
export const RATE_PERIODS = ['day', 'week', 'month', 'year', 'hour', 'night', 'minute', 'decade', 'annum', 'capita'] as const;
export const RATE_OPENERS = ['a', 'an', 'per', 'each', 'every'] as const;
export const RATE_ADVERBS = ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'nightly', 'hourly'] as const;

/** Verbs of change: "by N" after them is a change, not a count ("the toll rose by seven"). */
export const CHANGE_VERBS = [
  'rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increases', 'increasing', 'fell', 'fallen', 'falls', 'falling',
  'dropped', 'drops', 'declined', 'declines', 'decreased', 'decreases', 'climbed', 'climbs', 'jumped', 'jumps', 'grew', 'grown', 'grows',
  'up', 'down', 'higher', 'lower', 'surged', 'soared', 'shrank', 'swelled', 'went',
] as const;
/** Nouns of change: "an increase of N", "a rise of 40 deaths". */
export const CHANGE_NOUNS = ['increase', 'rise', 'drop', 'decline', 'decrease', 'fall', 'jump', 'surge', 'change', 'difference', 'excess', 'gap'] as const;
/** After a count, these make it a difference from another figure ("3,271 above the average", "12 more than last year"). */
export const DIFFERENCE_WORDS = ['above', 'below', 'more than', 'fewer than', 'less than', 'higher than', 'lower than', 'up on', 'down on', 'short of'] as const;

/**
 * Capitalised words after which a number is part of a name, not a count
 * (SPEC section 3: "Route 9"; "Rescue 1122", "Flight 17", "Highway 1").
 */
export const NUMBERED_NAME_WORDS = [
  'route', 'flight', 'rescue', 'highway', 'line', 'platform', 'gate', 'terminal', 'block', 'sector', 'ward', 'camp', 'section',
  'article', 'chapter', 'room', 'unit', 'bus', 'train', 'phase', 'level', 'grade', 'class', 'category', 'no', 'nos', 'number',
  'regiment', 'battalion', 'brigade', 'division', 'corps', 'squadron', 'company', 'district', 'zone', 'tower', 'building', 'pier',
  'exit', 'junction', 'bridge', 'road', 'street', 'avenue', 'interstate', 'motorway', 'channel', 'apollo', 'boeing', 'airbus',
  'covid', 'vol', 'p', 'pp', 'art', 'sec', 'para', 'ch', 'cop', 'g', 'figure', 'table', 'page', 'paragraph', 'season', 'episode',
] as const;

// ---------------------------------------------------------------- groups

/**
 * Casualty groups the checker knows without being told (SPEC section 2):
 * each group's synonyms. The fact file's `categories:` adds more. "people"
 * stands for any group, so "fatalities" and "lives" are its synonyms.
 */
export const GROUP_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  soldiers: ['soldier', 'troops', 'troop', 'personnel', 'security personnel', 'officers and men', 'servicemen', 'serviceman', 'security forces', 'jawans', 'jawan', 'sepoys', 'sepoy', 'servicemembers', 'service members'],
  police: ['policemen', 'policeman', 'police officers', 'police officer', 'policewomen', 'policewoman', 'constables', 'constable', 'police personnel', 'cops'],
  militants: ['militant', 'terrorists', 'terrorist', 'insurgents', 'insurgent', 'fighters', 'attackers', 'attacker', 'gunmen', 'gunman', 'rebels', 'rebel', 'khawarij'],
  civilians: ['civilian'],
  people: ['people', 'persons', 'person', 'lives', 'fatalities', 'deaths', 'dead', 'victims', 'individuals', 'total', 'bodies', 'corpses', 'deceased', 'souls'],
};

/**
 * Nouns for people that may follow a count, beyond the synonyms: each is a
 * group of its own ("children" is never compared with a `people` fact as if
 * it were everyone). A count whose noun is in no list ("40 homes") is no
 * casualty count.
 */
export const PEOPLE_NOUNS = [
  'workers', 'worker', 'miners', 'passengers', 'passenger', 'residents', 'villagers', 'climbers', 'hikers', 'students', 'student',
  'children', 'child', 'women', 'woman', 'men', 'man', 'boys', 'boy', 'girls', 'girl', 'babies', 'infants', 'teenagers', 'pilgrims', 'worshippers',
  'shoppers', 'commuters', 'supporters', 'fans', 'spectators', 'fishermen', 'firefighters', 'crew', 'sailors', 'seamen', 'patients',
  'migrants', 'refugees', 'protesters', 'demonstrators', 'journalists', 'reporters', 'teachers', 'doctors', 'nurses', 'farmers',
  'labourers', 'laborers', 'tourists', 'visitors', 'guests', 'drivers', 'pedestrians', 'motorists', 'officers', 'officer', 'guards', 'rescuers',
  'volunteers', 'members', 'employees', 'staff', 'inmates', 'prisoners', 'detainees', 'hostages', 'marines', 'airmen', 'rangers',
  'paramilitaries', 'citizens', 'locals', 'tribesmen', 'worshipers', 'mourners', 'voters', 'pupils', 'schoolchildren', 'contractors',
  'engineers', 'passersby', 'bystanders', 'family', 'families', 'relatives', 'elderly', 'adults', 'minors', 'toddlers', 'campers',
  'swimmers', 'divers', 'truckers', 'porters', 'guides', 'herders', 'nomads', 'settlers', 'peacekeepers', 'medics', 'paramedics',
  'aid workers', 'health workers', 'family members', 'crew members', 'people', 'persons', 'individuals', 'victims',
  'traders', 'trader', 'vendors', 'hawkers', 'shopkeepers', 'merchants', 'cobblers', 'athletes', 'players', 'clerics', 'priests',
  'monks', 'nuns', 'scholars', 'lawyers', 'judges', 'cadets', 'recruits', 'sons', 'daughters', 'mothers', 'fathers', 'wives',
  'husbands', 'brothers', 'sisters', 'siblings', 'grandchildren', 'newborns', 'elders', 'youths', 'youngsters', 'teens',
  'juveniles', 'pensioners', 'retirees', 'tenants', 'occupants', 'squatters', 'evacuees', 'survivors', 'foreigners', 'nationals',
  'foreign nationals', 'inhabitants', 'dwellers', 'labourer', 'laborer', 'farmer', 'fisherman', 'miner', 'driver', 'pilgrim', 'resident',
  'devotees', 'devotee', 'attendees', 'participants', 'revellers', 'revelers', 'partygoers', 'concertgoers', 'onlookers', 'congregants',
  'parishioners', 'churchgoers', 'festivalgoers', 'holidaymakers', 'vacationers', 'backpackers', 'trekkers', 'skiers', 'cyclists',
  'riders', 'motorcyclists', 'bikers', 'hunters', 'loggers', 'artists', 'musicians', 'performers', 'dancers', 'diners', 'customers',
  'pilots', 'pilot', 'co-pilots', 'flight attendants', 'cabin crew',
];

/**
 * How the name of a people, as a plural noun, ends ("Canadians", "Nova
 * Scotians", "Pakistanis", "Sudanese", "New Zealanders", "Britons",
 * "Spaniards"), and the short ones no ending gives: a capitalised word after a
 * count that ends so is a group of people of its own ("22 Nova Scotians lost
 * their lives"). Read only capitalised, so "12 fans" is untouched.
 */
export const DEMONYM_ENDINGS = ['ans', 'ese', 'is', 'ers', 'ons', 'ards', 'ites', 'inos'] as const;
export const DEMONYMS = ['turks', 'kurds', 'swedes', 'danes', 'poles', 'czechs', 'slovaks', 'uzbeks', 'kazakhs', 'tajiks', 'arabs', 'jews', 'sikhs', 'hindus', 'muslims', 'swiss', 'french', 'dutch', 'irish', 'welsh', 'scots', 'finns', 'serbs', 'croats', 'greeks', 'thais', 'lao', 'rohingya', 'uyghurs', 'uighurs', 'yazidis', 'druze', 'copts', 'maori', 'māori', 'inuit'] as const;

/**
 * Words that stand for the group of the count before them in the sentence
 * (SPEC section 3: "seven personnel were martyred and 13 others injured").
 */
export const ANAPHORIC_GROUPS = ['others', 'more'] as const;

// ---------------------------------------------------------------- qualifiers

/**
 * Qualifiers (SPEC section 3) and the common equivalents chosen for the same
 * rule (the README's reference lists them). Longest phrases are tried first.
 */
export const QUALIFIER_PHRASES = {
  atLeast: ['at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'at the very least'],
  moreThan: ['more than', 'over', 'well over', 'just over', 'upwards of', 'in excess of', 'above', 'surpassing', 'surpasses', 'exceeding', 'exceeds'],
  atMost: ['up to', 'at most', 'no more than', 'not more than', 'as many as', 'a maximum of'],
  fewerThan: ['fewer than', 'less than', 'under', 'just under', 'below'],
  about: ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'close to', 'approx', 'nearly about', 'round about', 'circa', 'an approximate'],
  nearly: ['nearly', 'almost', 'just short of', 'close on', 'not quite'],
} as const;

// ---------------------------------------------------------------- attribution

/**
 * Reporting words (SPEC section 3): verbs of saying or showing in any tense.
 * With someone named as their subject ("police said"), after them ("said
 * the minister") or for a named person's pronoun ("he said"), they make an
 * attribution.
 */
export const REPORTING_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'report', 'reports', 'reported', 'reporting',
  'confirm', 'confirms', 'confirmed', 'confirming', 'state', 'states', 'stated', 'stating', 'announce', 'announces', 'announced',
  'announcing', 'add', 'adds', 'added', 'adding', 'estimate', 'estimates', 'estimated', 'estimating', 'reveal', 'reveals', 'revealed',
  'revealing', 'recall', 'recalls', 'recalled', 'recalling', 'claim', 'claims', 'claimed', 'claiming', 'note', 'notes', 'noted',
  'noting', 'explain', 'explains', 'explained', 'explaining', 'warn', 'warns', 'warned', 'warning', 'insist', 'insists', 'insisted',
  'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'declare', 'declares', 'declared', 'disclose',
  'discloses', 'disclosed', 'testify', 'testifies', 'testified', 'tweet', 'tweets', 'tweeted', 'write', 'writes', 'wrote',
  'inform', 'informs', 'informed', 'brief', 'briefed', 'quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited',
  'mention', 'mentioned', 'describe', 'described', 'assert', 'asserted', 'maintain', 'maintained', 'predict', 'predicted',
  'deny', 'denied', 'denies', 'urge', 'urged', 'urging', 'appeal', 'appealed', 'suggest', 'suggested', 'indicate', 'indicated',
  'indicates', 'reiterate', 'reiterated', 'emphasised', 'emphasized', 'stressed', 'observed', 'remarked', 'replied', 'responded',
  'answered', 'forecast', 'forecasts', 'forecasting', 'asked', 'read', 'reads', 'spelled', 'spelt', 'outlined', 'specified',
  'named', 'identified',
  'caution', 'cautions', 'cautioned', 'cautioning', 'argue', 'argues', 'argued', 'arguing', 'concede', 'concedes', 'conceded',
  'assure', 'assures', 'assured', 'lament', 'laments', 'lamented', 'speak', 'speaks', 'spoke', 'speaking', 'pointed',
] as const;

/**
 * What a reporting verb may do rather than report ("Ecuador declares prison
 * emergency", "announced three days of mourning"): with one of these nouns in
 * its object, the verb is an act, and cites nothing.
 */
export const DECLARED_ACTS = ['emergency', 'war', 'holiday', 'holidays', 'mourning', 'curfew', 'lockdown', 'ceasefire', 'truce', 'independence', 'victory', 'bankruptcy', 'disaster', 'amnesty', 'closure', 'closures'] as const;

/**
 * Verbs of showing: they attribute only with a document or a body of data
 * as their subject ("UKHSA data shows", "a report by PICSS found"), since
 * "rescuers found 12 bodies" reports an event, not a source.
 */
export const SHOWING_VERBS = ['show', 'shows', 'showed', 'shown', 'showing', 'find', 'finds', 'found', 'record', 'records', 'recorded', 'count', 'counts', 'counted', 'list', 'lists', 'listed', 'put', 'puts', 'document', 'documents', 'documented', 'tally', 'tallied', 'identify', 'identified', 'identifies', 'registered', 'logged'] as const;

/** "X put the toll at N": "put" attributes only with a toll after it ("firefighters put out the fire" cites nothing). */
export const PUT_OBJECTS = ['toll', 'death toll', 'number', 'figure', 'count', 'tally', 'total'] as const;

/**
 * Phrases that attribute what follows them to who they name (SPEC section
 * 3): "according to X", "citing X", "data from X", "(Source: X)".
 */
export const ATTRIBUTING_PHRASES = ['according to', 'citing', 'quoting', 'data from', 'figures from', 'statistics from', 'numbers from', 'source', 'sources', 'courtesy of', 'as per', 'reported by', 'confirmed by', 'released by', 'published by', 'compiled by', 'issued by', 'provided by', 'announced by', 'shared by', 'quoted by', 'cited by', 'estimated by', 'recorded by', 'counted by', 'documented by'] as const;

/**
 * Nouns for a person, office or organisation that can be the "someone named"
 * of an attribution without a proper name ("police said", "a rescue official
 * said", "the ministry confirmed", "a nurse who asked not to be named told
 * me"). "reports" and "media" are not here: "reports said" names no one.
 */
export const SOURCE_NOUNS = [
  'police', 'policeman', 'policemen', 'officials', 'official', 'officer', 'officers', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespersons', 'spokesmen', 'ministry', 'minister', 'ministers', 'department', 'government', 'authorities', 'authority', 'army',
  'military', 'navy', 'agency', 'administration', 'commissioner', 'governor', 'mayor', 'president', 'chief', 'director', 'head',
  'secretary', 'doctor', 'doctors', 'nurse', 'nurses', 'surgeon', 'physician', 'witness', 'witnesses', 'resident', 'residents',
  'survivor', 'survivors', 'relative', 'relatives', 'villager', 'villagers', 'rescuer', 'rescuers', 'source', 'sources', 'expert',
  'experts', 'analyst', 'analysts', 'researcher', 'researchers', 'scientist', 'scientists', 'hospital', 'hospitals', 'council',
  'committee', 'commission', 'inquiry', 'court', 'judge', 'coroner', 'prosecutor', 'prosecutors', 'investigator', 'investigators',
  'statement', 'release', 'report', 'study', 'survey', 'census', 'data', 'figures', 'statistics', 'records', 'analysis', 'tally',
  'count', 'audit', 'review', 'bulletin', 'update', 'dashboard', 'database', 'document', 'documents', 'letter', 'filing', 'briefing',
  'representative', 'representatives', 'leader', 'leaders', 'manager', 'owner', 'operator', 'company', 'firm',
  'organisation', 'organization', 'group', 'charity', 'ngo', 'union', 'association', 'office', 'service', 'services', 'team',
  'colleague', 'colleagues', 'teacher', 'worker', 'workers', 'staff', 'employee', 'paramedic', 'paramedics', 'medic', 'medics',
  'firefighter', 'firefighters', 'brigade', 'coastguard', 'guard', 'embassy', 'consulate', 'ambassador', 'envoy', 'mission',
  'tribunal', 'panel', 'board', 'institute', 'centre', 'center', 'unit', 'cell', 'wing', 'force', 'forces', 'sheriff',
  'mortuary', 'morgue', 'morgues', 'administrator', 'magistrate', 'collector', 'inspector', 'superintendent', 'constable', 'chairman',
  'chairwoman', 'chair', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'uncle', 'aunt', 'cousin',
  'neighbour', 'neighbor', 'friend', 'lawyer', 'lawyers', 'attorney', 'activist', 'activists', 'campaigner', 'campaigners',
];

/**
 * Documents and bodies of data: with a determiner or an owner ("the
 * statement", "UKHSA data", "a PDMA report") they are named sources, and
 * the subjects that verbs of showing need (SPEC section 3).
 */
export const DOCUMENT_NOUNS = [
  'report', 'study', 'survey', 'census', 'data', 'figures', 'statistics', 'records', 'analysis', 'tally', 'count', 'audit', 'review',
  'bulletin', 'update', 'statement', 'release', 'dashboard', 'database', 'document', 'investigation', 'inquiry', 'assessment',
  'estimate', 'log', 'list', 'register', 'registry', 'notification', 'circular', 'letter', 'filing', 'post', 'tweet', 'press release',
];

/** Pronouns that stand for someone named before them ("he said", J2 "he had claimed"). */
export const SOURCE_PRONOUNS = ['he', 'she', 'they', 'we', 'i', 'it'] as const;

/**
 * Hedges and passives (SPEC section 3): they name no one, so a reporting
 * word inside them attributes nothing ("was reported missing", "were said to
 * be", "reportedly", "it is believed", "is thought to", "reports said",
 * "initial reports").
 */
export const HEDGE_WORDS = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'rumoured', 'rumored'] as const;
/** Auxiliaries that make the reporting word after them a passive ("was reported", "were said", "is believed"). */
export const PASSIVE_AUXILIARIES = ['was', 'were', 'is', 'are', 'been', 'be', 'being'] as const;
/** Nouns that name no one when they stand alone as a subject ("reports said", "initial reports"). */
export const UNNAMED_SOURCES = ['reports', 'media', 'rumours', 'rumors', 'accounts', 'estimates', 'there', 'some', 'many', 'others'] as const;

/**
 * News agencies whose credit opens a dateline ("KATHMANDU, Nepal (AP) —",
 * "(Al Jazeera) –") or ends a headline ("— AFP"): such a credit cites its
 * paragraph (SPEC section 3). Written as they are capitalised.
 */
export const AGENCY_CREDITS = ['AP', 'AFP', 'Reuters', 'PTI', 'IANS', 'ANI', 'APP', 'UNB', 'BSS', 'Xinhua', 'Bernama', 'Antara', 'KNA', 'EFE', 'DPA', 'PA', 'UPI', 'TASS', 'Anadolu', 'Al Jazeera', 'BBC', 'CNN', 'NAN', 'WAM', 'IRNA', 'Yonhap', 'Kyodo', 'AAP', 'Dawn', 'RFE/RL'] as const;

// ---------------------------------------------------------------- names and titles

/**
 * Ranks and offices that may stand before a name (SPEC section 3: "a title
 * and name"). Capitalised as written. Abbreviations are in TITLE_ABBREVIATIONS.
 */
export const TITLES = [
  'Major', 'Captain', 'Colonel', 'General', 'Lieutenant', 'Sergeant', 'Corporal', 'Private', 'Brigadier', 'Admiral', 'Commander',
  'Commissioner', 'Councillor', 'Councilor', 'Mayor', 'Governor', 'Minister', 'Senator', 'President', 'Premier', 'Chancellor',
  'Judge', 'Justice', 'Inspector', 'Superintendent', 'Chief', 'Constable', 'Professor', 'Ambassador', 'Secretary', 'Deputy',
  'Director', 'Chairman', 'Chairwoman', 'Chair', 'Speaker', 'Representative', 'Sheriff', 'Marshal', 'Bishop', 'Imam', 'Rabbi',
  'Father', 'Reverend', 'Magistrate', 'Prosecutor', 'Officer', 'Detective', 'Collector', 'Commandant', 'Staff', 'Master', 'Warrant',
  'Field', 'Air', 'Vice', 'Rear', 'Flight', 'Squadron', 'Wing', 'Group', 'Naib', 'Subedar', 'Havildar', 'Sepoy', 'Lance', 'Naik',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Coroner', 'Attorney', 'Auditor', 'Controller', 'Administrator', 'Principal', 'Dean',
  'Pope', 'Cardinal', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Chief Minister', 'Prime', 'CS',
  'Assistant', 'Additional', 'Joint', 'Associate', 'Senior', 'Special', 'Executive', 'Managing',
  // Parts of ranks: "Lieutenant Junior Grade", "Private First Class", "Petty Officer Second Class".
  'Junior', 'Grade', 'First', 'Second', 'Third', 'Class', 'Petty',
] as const;

/** Abbreviations of title words, and the word each stands for (SPEC section 4: "Staff Sgt." is "Staff Sergeant"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Gen: 'General', Lt: 'Lieutenant', Lieut: 'Lieutenant', Col: 'Colonel', Capt: 'Captain', Cpt: 'Captain', Sgt: 'Sergeant',
  Maj: 'Major', Cpl: 'Corporal', Pvt: 'Private', Pte: 'Private', Brig: 'Brigadier', Adm: 'Admiral', Cmdr: 'Commander',
  Cdr: 'Commander', Comdr: 'Commander', Gov: 'Governor', Sen: 'Senator', Rep: 'Representative', Supt: 'Superintendent',
  Insp: 'Inspector', Det: 'Detective', Prof: 'Professor', Rev: 'Reverend', Cllr: 'Councillor', Sec: 'Secretary', Dep: 'Deputy',
  Dir: 'Director', Amb: 'Ambassador', Sqn: 'Squadron', Ldr: 'Leader', Fr: 'Father', Hav: 'Havildar', Sub: 'Subedar', Nk: 'Naik',
  Dy: 'Deputy', Addl: 'Additional', Asst: 'Assistant', PM: 'Prime Minister', CM: 'Chief Minister', DPO: 'District Police Officer', DC: 'Deputy Commissioner', SP: 'Superintendent of Police',
  // South Asian police ranks, as reporting writes them.
  SSP: 'Senior Superintendent of Police', DSP: 'Deputy Superintendent of Police', ASP: 'Assistant Superintendent of Police',
  DIG: 'Deputy Inspector General', IG: 'Inspector General', IGP: 'Inspector General of Police', SHO: 'Station House Officer',
  DCP: 'Deputy Commissioner of Police', ACP: 'Assistant Commissioner of Police',
};

/** Words that make another rank of the title after them ("deputy director", "Assistant Commissioner"), rather than heading a title of their own. */
export const TITLE_MODIFIERS = ['Deputy', 'Assistant', 'Additional', 'Joint', 'Associate', 'Senior', 'Vice', 'Junior', 'Sub', 'Under', 'Principal', 'Acting'] as const;

/**
 * Words before a title that say where the office is, not what it is
 * ("district SP", "the state deputy governor", "provincial health
 * minister"): written in lower case they end the title, so they are never
 * a wrong title.
 */
export const TITLE_PLACE_WORDS = ['district', 'state', 'provincial', 'regional', 'local', 'city', 'county', 'federal', 'national', 'divisional', 'zonal', 'municipal', 'tehsil', 'town', 'area', 'country', 'island'] as const;

/**
 * Words before a title that say when, not what office ("former governor",
 * "the late minister", "acting president"): never a wrong title.
 */
export const TITLE_TIME_WORDS = ['former', 'late', 'then', 'outgoing', 'incoming', 'new', 'newly', 'current', 'acting', 'interim', 'caretaker', 'ex'] as const;

/**
 * Lower-case particles written against a capitalised name with a hyphen or
 * apostrophe ("al-Sour", "el-Sisi", "bin-Salman", "d'Souza"): the word is
 * part of a name although it starts in lower case.
 */
export const NAME_PARTICLES = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'abu', 'd', 'l', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von'] as const;

/** Honorifics: never a wrong title, and never part of a name ("Mr Cundy", "Dr Adnan Aslam"). */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Mx', 'Hon', 'Honourable', 'Shaheed', 'Sahib', 'Haji', 'Hazrat'] as const;

/**
 * Words written with a full stop that does not end a sentence: honorifics,
 * title and month abbreviations, and a few of reference ("No.", "vs.").
 * Intl.Segmenter ends a sentence after them; the sentence splitter joins
 * the pieces again.
 */
export const STOP_ABBREVIATIONS = ['No', 'Nos', 'Vol', 'St', 'vs', 'etc', 'approx', 'Mt', 'Ft', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Govt', 'Dept', 'Univ', 'Pvt', 'Rs', 'Tk', 'Pfc', 'Spc', 'Cpl', 'Lt', 'Sgt'] as const;

// ---------------------------------------------------------------- places, events, institutions

/** Words that put the proper noun after them in a place ("in Rafah", "at Nasser Hospital"). */
export const LOCATIVES = ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'on', 'from', 'throughout', 'within', 'off', 'along'] as const;

/**
 * Nouns for an event: with a definite article ("the fire", "the attack") or
 * after a proper noun ("the Eastgate riot") they name one event, which is
 * what lets internal-inconsistency set two untied counts against each other
 * (SPEC section 4). "floods" and "rains" are weather, not one event (J3).
 */
export const EVENT_NOUNS = [
  'attack', 'attacks', 'bombing', 'blast', 'explosion', 'fire', 'blaze', 'crash', 'collision', 'derailment', 'riot', 'riots',
  'shooting', 'massacre', 'ambush', 'raid', 'strike', 'airstrike', 'earthquake', 'quake', 'tremor', 'landslide', 'landslip',
  'avalanche', 'collapse', 'stampede', 'capsize', 'capsizing', 'sinking', 'shipwreck', 'cyclone', 'hurricane', 'typhoon', 'tornado',
  'storm', 'tsunami', 'eruption', 'flood', 'disaster', 'tragedy', 'accident', 'incident', 'siege', 'clash', 'clashes', 'battle',
  'assault', 'offensive', 'operation', 'standoff', 'hijacking', 'kidnapping', 'abduction', 'leak', 'spill', 'outbreak', 'epidemic',
  'heatwave', 'heat wave', 'drought', 'famine', 'mudslide', 'cloudburst', 'wildfire', 'inferno', 'protest', 'protests', 'uprising',
  'killing', 'killings', 'stabbing', 'rampage', 'bombardment', 'shelling', 'barrage', 'flooding',
] as const;

/**
 * Head nouns of organisations and buildings: a proper noun phrase ending in
 * one ("Lahore High Court", "the Bannu Medical College", "the Office for
 * National Statistics", "Turkey's Disaster and Emergency Management
 * Authority") is an institution's name, so a place inside it names nothing
 * (SPEC section 3), and it is no event (SPEC section 4).
 */
export const INSTITUTION_NOUNS = [
  'army', 'navy', 'police', 'court', 'college', 'hospital', 'office', 'authority', 'ministry', 'university', 'department',
  'commission', 'agency', 'council', 'corporation', 'bank', 'company', 'airport', 'station', 'school', 'stadium', 'mosque',
  'church', 'temple', 'institute', 'centre', 'center', 'assembly', 'parliament', 'senate', 'board', 'bureau', 'service', 'services',
  'force', 'forces', 'guard', 'corps', 'party', 'league', 'association', 'society', 'union', 'federation', 'foundation', 'trust',
  'committee', 'tribunal', 'administration', 'government', 'railway', 'railways', 'express', 'airlines', 'airways', 'times', 'post',
  'news', 'tribune', 'herald', 'gazette', 'chronicle', 'press', 'radio', 'television', 'tv', 'museum', 'library', 'prison', 'jail',
  'club', 'hotel', 'market', 'bazaar', 'plaza', 'mall', 'tower', 'headquarters', 'cantonment', 'academy', 'cross', 'crescent',
  'constabulary', 'rangers', 'secretariat', 'directorate', 'division', 'command', 'regiment', 'brigade', 'group', 'network',
  'organisation', 'organization', 'institution', 'observatory', 'survey', 'inc', 'ltd', 'limited', 'plc', 'mills', 'factory',
  // Businesses named after a place ("White Island Tours", "Lake Tahoe Cruises", "Kathmandu Air").
  'tours', 'travel', 'travels', 'cruises', 'charters', 'air', 'aviation', 'shipping', 'lines', 'ferries', 'transport', 'motors',
  'holdings', 'enterprises', 'industries', 'co', 'corp', 'llc', 'resort', 'lodge', 'brewery', 'farms',
] as const;

// ---------------------------------------------------------------- units and scales

/**
 * Units a figure may carry (SPEC section 3), by the dimension they measure
 * and their size in that dimension's base unit, so "255mm" and "10 inches"
 * compare. Symbols and glued forms are listed as written after the number
 * ("40.3C", "10.4%", "5pc", "255mm").
 */
export const UNITS: Readonly<Record<string, { dimension: string; factor: number }>> = {
  '%': { dimension: 'percent', factor: 1 }, percent: { dimension: 'percent', factor: 1 }, 'per cent': { dimension: 'percent', factor: 1 },
  pc: { dimension: 'percent', factor: 1 }, pct: { dimension: 'percent', factor: 1 }, percentage: { dimension: 'percent', factor: 1 },
  'percentage points': { dimension: 'points', factor: 1 }, points: { dimension: 'points', factor: 1 }, point: { dimension: 'points', factor: 1 },
  mm: { dimension: 'length', factor: 0.001 }, millimetre: { dimension: 'length', factor: 0.001 }, millimetres: { dimension: 'length', factor: 0.001 },
  millimeter: { dimension: 'length', factor: 0.001 }, millimeters: { dimension: 'length', factor: 0.001 },
  cm: { dimension: 'length', factor: 0.01 }, centimetre: { dimension: 'length', factor: 0.01 }, centimetres: { dimension: 'length', factor: 0.01 },
  centimeter: { dimension: 'length', factor: 0.01 }, centimeters: { dimension: 'length', factor: 0.01 },
  m: { dimension: 'length', factor: 1 }, metre: { dimension: 'length', factor: 1 }, metres: { dimension: 'length', factor: 1 },
  meter: { dimension: 'length', factor: 1 }, meters: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1000 }, kilometre: { dimension: 'length', factor: 1000 }, kilometres: { dimension: 'length', factor: 1000 },
  kilometer: { dimension: 'length', factor: 1000 }, kilometers: { dimension: 'length', factor: 1000 },
  inch: { dimension: 'length', factor: 0.0254 }, inches: { dimension: 'length', factor: 0.0254 },
  ft: { dimension: 'length', factor: 0.3048 }, foot: { dimension: 'length', factor: 0.3048 }, feet: { dimension: 'length', factor: 0.3048 },
  yd: { dimension: 'length', factor: 0.9144 }, yard: { dimension: 'length', factor: 0.9144 }, yards: { dimension: 'length', factor: 0.9144 },
  mi: { dimension: 'length', factor: 1609.344 }, mile: { dimension: 'length', factor: 1609.344 }, miles: { dimension: 'length', factor: 1609.344 },
  kg: { dimension: 'mass', factor: 1 }, kilogram: { dimension: 'mass', factor: 1 }, kilograms: { dimension: 'mass', factor: 1 }, kilos: { dimension: 'mass', factor: 1 },
  g: { dimension: 'mass', factor: 0.001 }, gram: { dimension: 'mass', factor: 0.001 }, grams: { dimension: 'mass', factor: 0.001 },
  tonne: { dimension: 'mass', factor: 1000 }, tonnes: { dimension: 'mass', factor: 1000 }, t: { dimension: 'mass', factor: 1000 },
  lb: { dimension: 'mass', factor: 0.45359237 }, lbs: { dimension: 'mass', factor: 0.45359237 },
  c: { dimension: 'celsius', factor: 1 }, '°c': { dimension: 'celsius', factor: 1 }, celsius: { dimension: 'celsius', factor: 1 },
  'degrees celsius': { dimension: 'celsius', factor: 1 }, 'degrees c': { dimension: 'celsius', factor: 1 }, centigrade: { dimension: 'celsius', factor: 1 },
  f: { dimension: 'fahrenheit', factor: 1 }, '°f': { dimension: 'fahrenheit', factor: 1 }, fahrenheit: { dimension: 'fahrenheit', factor: 1 },
  'degrees fahrenheit': { dimension: 'fahrenheit', factor: 1 }, 'degrees f': { dimension: 'fahrenheit', factor: 1 },
  ha: { dimension: 'area', factor: 10000 }, hectare: { dimension: 'area', factor: 10000 }, hectares: { dimension: 'area', factor: 10000 },
  acre: { dimension: 'area', factor: 4046.8564224 }, acres: { dimension: 'area', factor: 4046.8564224 },
  'sq km': { dimension: 'area', factor: 1e6 }, km2: { dimension: 'area', factor: 1e6 }, 'square kilometres': { dimension: 'area', factor: 1e6 },
  'square kilometers': { dimension: 'area', factor: 1e6 }, 'square miles': { dimension: 'area', factor: 2589988.110336 }, 'sq mi': { dimension: 'area', factor: 2589988.110336 },
  'square mile': { dimension: 'area', factor: 2589988.110336 }, 'square kilometre': { dimension: 'area', factor: 1e6 }, 'square kilometer': { dimension: 'area', factor: 1e6 },
  'square feet': { dimension: 'area', factor: 0.09290304 }, 'square foot': { dimension: 'area', factor: 0.09290304 }, 'sq ft': { dimension: 'area', factor: 0.09290304 },
  'square metres': { dimension: 'area', factor: 1 }, 'square meters': { dimension: 'area', factor: 1 }, 'square metre': { dimension: 'area', factor: 1 },
  'square meter': { dimension: 'area', factor: 1 }, 'sq m': { dimension: 'area', factor: 1 }, m2: { dimension: 'area', factor: 1 },
  'square yards': { dimension: 'area', factor: 0.83612736 }, 'square yard': { dimension: 'area', factor: 0.83612736 },
  kph: { dimension: 'speed', factor: 1 }, 'km/h': { dimension: 'speed', factor: 1 }, kmh: { dimension: 'speed', factor: 1 }, mph: { dimension: 'speed', factor: 1.609344 },
};

/**
 * Currencies by their symbols, codes and words. `family` is what a symbol
 * alone can mean: "Rs" is any rupee and "$" any dollar, and the entry's
 * `unit` says which (SPEC section 3).
 */
export const CURRENCIES: Readonly<Record<string, { family: string; code?: string }>> = {
  $: { family: 'dollar' }, usd: { family: 'dollar', code: 'usd' }, 'us$': { family: 'dollar', code: 'usd' }, dollar: { family: 'dollar' }, dollars: { family: 'dollar' },
  cad: { family: 'dollar', code: 'cad' }, aud: { family: 'dollar', code: 'aud' }, 'a$': { family: 'dollar', code: 'aud' }, 'c$': { family: 'dollar', code: 'cad' },
  nzd: { family: 'dollar', code: 'nzd' }, 'nz$': { family: 'dollar', code: 'nzd' }, hkd: { family: 'dollar', code: 'hkd' }, 'hk$': { family: 'dollar', code: 'hkd' },
  sgd: { family: 'dollar', code: 'sgd' }, 's$': { family: 'dollar', code: 'sgd' }, twd: { family: 'dollar', code: 'twd' }, 'nt$': { family: 'dollar', code: 'twd' },
  jmd: { family: 'dollar', code: 'jmd' }, 'j$': { family: 'dollar', code: 'jmd' }, ttd: { family: 'dollar', code: 'ttd' }, fjd: { family: 'dollar', code: 'fjd' },
  '£': { family: 'pound', code: 'gbp' }, gbp: { family: 'pound', code: 'gbp' }, pounds: { family: 'pound', code: 'gbp' }, sterling: { family: 'pound', code: 'gbp' },
  '€': { family: 'euro', code: 'eur' }, eur: { family: 'euro', code: 'eur' }, euro: { family: 'euro', code: 'eur' }, euros: { family: 'euro', code: 'eur' },
  rs: { family: 'rupee' }, 'rs.': { family: 'rupee' }, rupee: { family: 'rupee' }, rupees: { family: 'rupee' }, '₹': { family: 'rupee', code: 'inr' },
  inr: { family: 'rupee', code: 'inr' }, pkr: { family: 'rupee', code: 'pkr' }, lkr: { family: 'rupee', code: 'lkr' }, npr: { family: 'rupee', code: 'npr' },
  tk: { family: 'taka', code: 'bdt' }, taka: { family: 'taka', code: 'bdt' }, bdt: { family: 'taka', code: 'bdt' }, '৳': { family: 'taka', code: 'bdt' },
  ksh: { family: 'shilling', code: 'kes' }, kes: { family: 'shilling', code: 'kes' }, shillings: { family: 'shilling' },
  '₦': { family: 'naira', code: 'ngn' }, naira: { family: 'naira', code: 'ngn' }, ngn: { family: 'naira', code: 'ngn' },
  rp: { family: 'rupiah', code: 'idr' }, idr: { family: 'rupiah', code: 'idr' }, rupiah: { family: 'rupiah', code: 'idr' },
  '¥': { family: 'yen' }, yen: { family: 'yen', code: 'jpy' }, yuan: { family: 'yuan', code: 'cny' }, rmb: { family: 'yuan', code: 'cny' },
  rand: { family: 'rand', code: 'zar' }, zar: { family: 'rand', code: 'zar' }, peso: { family: 'peso' }, pesos: { family: 'peso' },
  '₱': { family: 'peso', code: 'php' }, php: { family: 'peso', code: 'php' }, crowns: { family: 'crown' }, kronor: { family: 'crown', code: 'sek' },
  '₺': { family: 'lira', code: 'try' }, lira: { family: 'lira' }, riyal: { family: 'riyal' }, riyals: { family: 'riyal' }, dirham: { family: 'dirham' }, dirhams: { family: 'dirham' },
};

/**
 * The words a fact file's `unit:` may use for a currency, by the code they
 * pin down ("PKR", "Pakistani rupees", "US dollars").
 */
export const CURRENCY_UNIT_WORDS: Readonly<Record<string, { family: string; code?: string }>> = {
  'pakistani rupees': { family: 'rupee', code: 'pkr' }, 'indian rupees': { family: 'rupee', code: 'inr' }, 'us dollars': { family: 'dollar', code: 'usd' },
  'sri lankan rupees': { family: 'rupee', code: 'lkr' }, 'nepalese rupees': { family: 'rupee', code: 'npr' }, 'kenyan shillings': { family: 'shilling', code: 'kes' },
  'british pounds': { family: 'pound', code: 'gbp' }, 'bangladeshi taka': { family: 'taka', code: 'bdt' },
  'nepali rupees': { family: 'rupee', code: 'npr' }, 'canadian dollars': { family: 'dollar', code: 'cad' }, 'australian dollars': { family: 'dollar', code: 'aud' },
  'new zealand dollars': { family: 'dollar', code: 'nzd' }, 'hong kong dollars': { family: 'dollar', code: 'hkd' }, 'singapore dollars': { family: 'dollar', code: 'sgd' },
  'nigerian naira': { family: 'naira', code: 'ngn' }, 'south african rand': { family: 'rand', code: 'zar' }, 'philippine pesos': { family: 'peso', code: 'php' },
};

/**
 * Scale words: they multiply the number before them ("2.5 million", "1.2bn",
 * "3 lakh", "2 crore"); glued abbreviations ("$1.2m", "£2.5bn") only after a
 * currency, where "m" cannot be metres.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
  mn: 1e6, bn: 1e9, tn: 1e12,
};
export const CURRENCY_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12, cr: 1e7 };

/** Units after which a number is a time of day, never a count or figure ("7 pm", "4:17am", "01:17 GMT"). */
export const TIME_WORDS = ['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'pst', 'est', 'ist', 'pkt', 'hrs', 'hours', 'o\'clock', 'bst', 'cet', 'eat', 'wat', 'cat', 'edt', 'pdt', 'cdt', 'mdt'] as const;

/** Ordinal suffixes: "9th" is a position, never a count. */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'] as const;

// ---------------------------------------------------------------- ages

/**
 * Words after "aged N" or "N-year-old" that make it a bracket of ages, no
 * claim (SPEC section 3: "people aged 65 and over", "aged 18 to 25",
 * "children under five").
 */
export const AGE_BRACKET_AFTER = ['and over', 'and above', 'or over', 'or above', 'and older', 'or older', 'and up', 'plus', 'and under', 'and below', 'or under', 'or younger', 'and younger', 'to', 'and', 'or', '-', '–', 'through', 'between'] as const;
/** Words before an age that make it a bracket ("under five", "over 65", "between 18 and 25"). */
export const AGE_BRACKET_BEFORE = ['under', 'over', 'below', 'above', 'between', 'from', 'than', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately'] as const;

// ---------------------------------------------------------------- function words

/**
 * Function words: articles, pronouns, prepositions, conjunctions and
 * auxiliaries. They are never an adjective of a count's noun ("40 of the"),
 * never a name, and never the start of a longer proper name when they open
 * a sentence in capitals ("In Bannu", "The Bannu attack").
 */
export const FUNCTION_WORDS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
  'my', 'your', 'them', 'him', 'us', 'me', 'who', 'whom', 'whose', 'which', 'what', 'why', 'how', 'where', 'when', 'there', 'here',
  'of', 'in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'after', 'before',
  'during', 'since', 'until', 'across', 'along', 'among', 'amid', 'between', 'through', 'throughout', 'near', 'off', 'per', 'than',
  'despite', 'like', 'unlike', 'within', 'against', 'around', 'behind', 'beyond', 'inside', 'outside', 'toward', 'towards', 'upon',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'if', 'while', 'whereas', 'although', 'though', 'because', 'once', 'unless', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'only', 'even', 'still', 'then', 'just', 'all', 'both',
  'each', 'every', 'some', 'many', 'most', 'more', 'less', 'fewer', 'other', 'another', 'such', 'same', 'own', 'very', 'too',
  'earlier', 'later', 'yesterday', 'today', 'tomorrow', 'meanwhile', 'however', 'according', 'nearly', 'almost', 'up', 'down', 'out',
] as const;

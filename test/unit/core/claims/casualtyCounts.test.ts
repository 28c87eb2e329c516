import { strict as assert } from 'node:assert';
import { claimsIn } from '../../helpers/readProse';

/**
 * What the grammar reads as a casualty count (SPEC section 3), one class of
 * phrasing per test, each with sentences of our own (not the corpus's).
 */
describe('casualty counts: what is read', () => {
  const counts = (prose: string): string[] => claimsIn(prose).filter((c) => c.startsWith('casualty'));

  it('reads a count governed by a casualty word with no group noun', () => {
    assert.deepEqual(counts('The blast ripped through the market, killing at least 23.'), ['casualty killed 23 people (atLeast)']);
    assert.deepEqual(counts('By nightfall there were 9 dead and 31 injured.'), ['casualty killed 9 people', 'casualty wounded 31 people']);
    assert.deepEqual(counts('The storm wounded 14 others in the valley.'), ['casualty wounded 14 people']);
    assert.deepEqual(counts('Mine blast kills 9, injures 22'), ['casualty killed 9 people', 'casualty wounded 22 people']);
  });

  it('gives "N others" and "N more" the group of the count before them', () => {
    assert.deepEqual(counts('Four guards were shot dead and 11 others hurt.'), ['casualty killed 4 guards', 'casualty wounded 11 guards']);
    assert.deepEqual(counts('The raid claimed 7 more policemen.'), ['casualty killed 7 police']);
  });

  it('reads a count after a casualty participle that opens the sentence ("Killed in the attack were 37 students")', () => {
    assert.deepEqual(counts('Injured in the crash on the bypass were 14 passengers.'), ['casualty wounded 14 passengers']);
    assert.deepEqual(counts('Reported in the survey were 14 passengers.'), []);
  });

  it('reads a count past an "of" phrase with a proper name before its verb', () => {
    assert.deepEqual(counts('Nine pupils of the Kisumu Hawks rugby academy were killed when the bus overturned.'), ['casualty killed 9 pupils']);
  });

  it('reads a death toll and its verb, past a phrase of place or cause', () => {
    assert.deepEqual(counts('The toll from the ferry sinking off Bhola has climbed to 48.'), ['casualty killed 48 people']);
    assert.deepEqual(counts('Officials said the death toll in the hill district stood at 31 by Sunday.'), ['casualty killed 31 people']);
    assert.deepEqual(counts('The death toll has now inched up to 61.'), ['casualty killed 61 people']);
    assert.deepEqual(counts('The toll from the landslide in Kiambu, Central Province, now stands at over 20.'), ['casualty killed 20 people (moreThan)']);
  });

  it('does not read "unaccounted for" as missing: SPEC lists "missing", and a tally of people not yet reached is not that count', () => {
    assert.deepEqual(counts('A week on, some 300 residents were still unaccounted for.'), []);
    assert.deepEqual(counts('A week on, some 300 residents were still missing.'), ['casualty missing 300 residents (about)']);
  });

  it('does not read a change of a toll, a rate or a difference as a count', () => {
    assert.deepEqual(counts('The toll rose by nine overnight.'), []);
    assert.deepEqual(counts('The morgue took in 35 bodies a day during the heat.'), []);
    assert.deepEqual(counts('Hospitals recorded 2,100 deaths, 412 above the seasonal norm.'), ['casualty killed 2100 people']);
  });

  it('reads the bodies of N and N lost with their lives, and says "lost 40 homes" is no casualty', () => {
    assert.deepEqual(counts('Divers recovered the bodies of five fishermen on Monday.'), ['casualty killed 5 fishermen']);
    assert.deepEqual(counts('Twenty-two miners lost their lives underground.'), ['casualty killed 22 miners']);
    assert.deepEqual(counts('The village lost 40 homes to the river.'), []);
    assert.deepEqual(counts('Volunteers saved 60 lives that night.'), []);
    assert.deepEqual(counts('The fighting has cost 300 lives.'), ['casualty killed 300 people']);
  });

  it('says a casualty word must be said of the count (not "gathered to help the injured")', () => {
    assert.deepEqual(counts('About 500 residents queued outside the clinic to give blood for the wounded.'), []);
    assert.deepEqual(counts('Some 40 doctors worked through the night on the injured.'), []);
  });

  it('reads parts of a count by their group, and parts of the dead', () => {
    assert.deepEqual(counts('At least 30 people, including nine children, were killed.'), ['casualty killed 30 people (atLeast)', 'casualty killed 9 children (part)']);
    assert.deepEqual(counts('Forty of the dead were pilgrims from Sindh.'), ['casualty killed 40 pilgrims (part)']);
  });

  it('reads counts coordinated after one verb, across an aside of ages', () => {
    assert.deepEqual(counts('The gunman killed six students and two teachers before he was shot.'), ['casualty killed 6 students', 'casualty killed 2 teachers']);
    assert.deepEqual(counts('The crash killed three nurses, aged 24, 31 and 40, and a driver.'), ['casualty killed 3 nurses']);
  });

  it('reads a count across an aside set off by commas', () => {
    assert.deepEqual(counts('Five climbers, two of them guides, died on the ridge.'), ['casualty killed 5 climbers', 'casualty killed 2 guides (part)']);
  });

  it('reads official idiom for a death ("embraced martyrdom")', () => {
    assert.deepEqual(counts('Three sepoys embraced shahadat in the exchange of fire.'), ['casualty killed 3 soldiers']);
  });

  it('leaves numbers in names, money, measures, times and age brackets alone', () => {
    assert.deepEqual(counts('Flight 302 crashed and Route 66 was closed; nobody was killed.'), []);
    assert.deepEqual(counts('Each family of the dead gets Rs 5 lakh, and the injured Rs 50,000.'), []);
    assert.deepEqual(counts('The water killed crops over 40 km by 6pm.'), []);
    assert.deepEqual(counts('Children under five were most at risk of being killed.'), []);
  });

  it('reads a count with a relative clause or a participle\'s phrase before its verb', () => {
    assert.deepEqual(counts('The report leaves out the six workers who died at the gate.'), ['casualty killed 6 workers']);
    assert.deepEqual(counts('Some 30 villagers attending a funeral in the valley were killed.'), ['casualty killed 30 villagers (about)']);
    assert.deepEqual(counts('A group of 11 traders returning from the market were attacked and killed.'), ['casualty killed 11 traders']);
  });

  it('reads murder and its kin as killing, as a verb or a noun with "of"', () => {
    assert.deepEqual(counts('Nine herders were lynched last week.'), ['casualty killed 9 herders']);
    assert.deepEqual(counts('Nobody has answered for the brutal murder of 12 pilgrims.'), ['casualty killed 12 pilgrims']);
  });

  it('reads "among those killed were N" as a part, and a part with no verb of its own by the count it belongs to', () => {
    assert.deepEqual(counts('Among those killed were 40 students.'), ['casualty killed 40 students (part)']);
    assert.deepEqual(counts('Among the wounded, three remain in a critical condition.'), ['casualty wounded 3 people (part)']);
    assert.deepEqual(counts('The victims included two nurses from the clinic.'), ['casualty killed 2 nurses (part)']);
    assert.deepEqual(counts('The blaze, claiming at least 30 lives, including 6 firefighters, is now the worst on record.'), ['casualty killed 30 people (atLeast)', 'casualty killed 6 firefighters (part)']);
  });

  it('reads headlines in the present and "lost lives" with no "their"', () => {
    assert.deepEqual(counts('# Six perish as minibus plunges into gorge'), ['casualty killed 6 people']);
    assert.deepEqual(counts('# 14 drown off Lamu as dhow capsizes'), ['casualty killed 14 people']);
    assert.deepEqual(counts('# 31 lost lives in Sindh heatwave'), ['casualty killed 31 people']);
  });

  it('reads the name of a people as a group of its own, not where a group noun follows it', () => {
    assert.deepEqual(counts('Four young Albertans lost their lives in the avalanche.'), ['casualty killed 4 albertans']);
    assert.deepEqual(counts('Nine New Zealanders were killed in the crash.'), ['casualty killed 9 new zealanders']);
    assert.deepEqual(counts('Three Paris residents were killed in the fire.'), ['casualty killed 3 residents']);
  });

  it('reads "N X were among the dead" as a part, and two counts joined by "and" before one verb', () => {
    assert.deepEqual(counts('Two pilots were among those killed.'), ['casualty killed 2 pilots (part)']);
    assert.deepEqual(counts('Three nurses from the clinic are among the injured.'), ['casualty wounded 3 nurses (part)']);
    assert.deepEqual(counts('Five pupils and two teachers from Kisii were among the dead.'), ['casualty killed 5 pupils (part)', 'casualty killed 2 teachers (part)']);
    assert.deepEqual(counts('Eight soldiers and three civilians were killed.'), ['casualty killed 8 soldiers', 'casualty killed 3 civilians']);
  });

  it('reads a count with an adverb and a casualty adjective before a people noun', () => {
    assert.deepEqual(counts('Three badly burnt worshippers were flown to the capital.'), []);
    assert.deepEqual(counts('Four critically injured revellers were moved to the city hospital.'), ['casualty wounded 4 revellers']);
  });

  it('reads a toll with time words or a relative clause before its verb', () => {
    assert.deepEqual(counts('The toll from the quake so far stands at 212.'), ['casualty killed 212 people']);
    assert.deepEqual(counts('The state\'s road toll, which last year finished at 378, is climbing again.'), ['casualty killed 378 people (period)']);
  });

  it('reads a count across an aside set off by dashes or brackets, and a relative clause inside one', () => {
    assert.deepEqual(counts('Six porters – all from the same village – died on the pass.'), ['casualty killed 6 porters']);
    assert.deepEqual(counts('Four miners (all of them from Kitwe) were killed underground.'), ['casualty killed 4 miners']);
    assert.deepEqual(counts('Nobody will forget the nine pupils ~ who drowned in the flood ~ or their teacher.'), ['casualty killed 9 pupils']);
  });

  it('reads "N of the M X" as a part, and "others" after a part as a part of the same group', () => {
    assert.deepEqual(counts('Two of the five climbers were rescued.'), []);
    assert.deepEqual(counts('Four of the 12 patients died of smoke, and eight others died of burns.'), ['casualty killed 4 patients (part)', 'casualty killed 8 patients (part)']);
  });

  it('reads a count joined to one person before the verb ("Eleven women and a man were killed")', () => {
    assert.deepEqual(counts('Nine pilgrims and a driver died when the van overturned.'), ['casualty killed 9 pilgrims']);
  });

  it('reads an acronym before a count\'s noun as a name ("US"), and a group used as an adjective of lives or deaths', () => {
    assert.deepEqual(counts('Three UN peacekeepers were killed.'), ['casualty killed 3 peacekeepers']);
    assert.deepEqual(counts('Six civilian lives were lost in the shelling.'), ['casualty killed 6 civilians']);
    assert.deepEqual(counts('The army reported two soldier deaths.'), ['casualty killed 2 soldiers']);
  });

  it('reads a phrase of place before an aside of dashes, and "in all" before the verb', () => {
    assert.deepEqual(counts('Three climbers on the north face — a guide, his client and a porter — died.'), ['casualty killed 3 climbers']);
    assert.deepEqual(counts('Forty passengers in all drowned.'), ['casualty killed 40 passengers']);
  });

  it('reads a number set off after a name as an age, not a count', () => {
    assert.deepEqual(counts('Ann, 9; Bo, 7; and Cy, 4 — all drowned.'), []);
    assert.deepEqual(counts('In Kisumu, 14 drowned.'), ['casualty killed 14 people']);
  });

  it('marks a toll of a period, which is held only to totals and to entries of a period', () => {
    assert.deepEqual(counts("Kenya's road toll for the year has climbed to 61."), ['casualty killed 61 people (period)']);
    assert.deepEqual(counts('The annual toll stood at 380.'), ['casualty killed 380 people (period)']);
    assert.deepEqual(counts('The toll from the crash has climbed to 6.'), ['casualty killed 6 people']);
  });

  it('reads the last toll given, and keeps a count\'s clause apart from an uncounted neighbour', () => {
    assert.deepEqual(counts('The last toll to be announced was 38.'), ['casualty killed 38 people']);
    assert.deepEqual(counts('Seven deaths were in Upper Town and 12 in the harbour.').length, 1);
  });
});

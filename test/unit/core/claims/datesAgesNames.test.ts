import { strict as assert } from 'node:assert';
import { check } from '../../helpers/checkProse';
import { claimsIn } from '../../helpers/readProse';

/** Dates, ages and names as news prose writes them (SPEC section 3), with sentences of our own. */
describe('dates: what is read', () => {
  const dates = (prose: string, frontMatter = 'date: 2025-09-20'): string[] => claimsIn(prose, null, frontMatter).filter((c) => c.startsWith('date'));

  it('reads abbreviated months, with or without a stop, and takes the year from the front matter', () => {
    assert.deepEqual(dates('The ferry left on Oct 3 and was found on Oct. 5.'), ['date 2025-10-03 (Oct 3)', 'date 2025-10-05 (Oct. 5)']);
  });

  it('reads ordinals, "the Nth of Month" and a year after a comma', () => {
    assert.deepEqual(dates('It began on the 22nd of June and ended on 3rd Jul, 2024.'), ['date 2025-06-22 (22nd of June)', 'date 2024-07-03 (3rd Jul, 2024)']);
  });

  it('reads ranges in both orders, across months, and "between D and D Month"', () => {
    assert.deepEqual(dates('Polling ran from May 30 to June 2, and counting between 4 and 6 June.'), ['date 2025-05-30 to 2025-06-02 (May 30 to June 2)', 'date 2025-06-04 to 2025-06-06 (4 and 6 June)']);
    assert.deepEqual(dates('Strikes hit the port on 14-16 March.'), ['date 2025-03-14 to 2025-03-16 (14-16 March)']);
  });

  it('reads "on the night of May 9" as 9 May', () => {
    assert.deepEqual(dates('The dam gave way on the night of May 9.'), ['date 2025-05-09 (May 9)']);
  });

  it('takes the year of the nearest month-and-year before it', () => {
    assert.deepEqual(dates('In August 2019 the river rose. On 21 August it broke its banks.'), ['date 2019-08-21 (21 August)']);
  });

  it('does not read a weekday alone, a month alone, a slash date, a time, or "Theresa May"', () => {
    assert.deepEqual(dates('On Thursday, in March, at 9pm on 27/12, Theresa May 5 votes short, spoke.'), []);
  });

  it('keeps a four-digit year apart from the count after a comma ("13 September, 19 soldiers")', () => {
    assert.deepEqual(dates('By 13 September, 19 soldiers had died.'), ['date 2025-09-13 (13 September)']);
  });
});

describe('ages: what is read', () => {
  const ages = (prose: string): string[] => claimsIn(prose).filter((c) => c.startsWith('age'));

  it('reads "aged N", "at the age of N", "N-year-old" and a name with its age set off', () => {
    assert.deepEqual(ages('Halima Bibi, 62, and her son, aged 40, were found; a 9-year-old boy survived.'), ['age 62', 'age 40', 'age 9']);
    assert.deepEqual(ages('Ravi Menon (58) was the pilot. Joan Price, who was 71, died at the age of 71.'), ['age 58', 'age 71', 'age 71']);
    // the second comma left out before the verb of the death; a place before a count keeps its count
    assert.deepEqual(ages('In the second crash, Amos Banda, 41 died at the scene.'), ['age 41']);
    assert.deepEqual(claimsIn('In North Kivu, 41 died at the scene.').filter((c) => c.startsWith('age') || c.startsWith('casualty')), ['casualty killed 41 people']);
    assert.deepEqual(ages('Seven-year-old Amina was rescued.'), ['age 7']);
  });

  it('does not read "(N)" after a number word or after a common noun opening a headline', () => {
    assert.deepEqual(ages('Boy (12) drowns in quarry pond'), []);
    assert.deepEqual(ages('Thirty-one (31) workers were trapped, and Ama Owusu (9) was found.'), ['age 9']);
  });

  it('reads "N-year old" with the second hyphen left out', () => {
    assert.deepEqual(ages('The driver, 47-year old Dev Rao, and six-year old Lila survived.'), ['age 47', 'age 6']);
  });

  it('does not read an age bracket or a list of ages', () => {
    assert.deepEqual(ages('Adults aged 60 and over, people aged 18 to 30, and 12- to 15-year-olds were warned.'), []);
    assert.deepEqual(ages('Four pupils, aged 9, 10 and 12, were hurt.'), []);
    // two ages offered as alternatives, or a range, describe a group, not one person
    assert.deepEqual(ages('The pupils, from nursery age up to about 11 or 12 years old, were unhurt.'), []);
    assert.deepEqual(ages('Boys 15 to 16 years old and girls 14 or 15 years old took part.'), []);
  });
});

describe('names: what is read', () => {
  const FACTS = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2025-01-01}
people:
  imran-qureshi: {name: Imran Qureshi, title: Deputy Commissioner, sources: [wire]}
  k-p-sharma-oli: {name: Khadga Prasad Sharma, title: Prime Minister, sources: [wire]}
  wanjiru-kamau: {name: Wanjiru Kamau, title: police chief, sources: [wire]}
  nadia-fares: {name: Nadia Fares, title: Justice Minister, sources: [wire]}
  olu-ade: {name: Olu Ade, title: Governor, sources: [wire]}
  tomas-ferro: {name: Tomas Ferro, title: Minister of Water and Sanitation, sources: [wire]}
  aziz-khan: {name: Aziz Khan, title: Superintendent of Police, sources: [wire]}
  lena-moyo: {name: Lena Moyo, title: Acting Western Cape Police Commissioner, sources: [wire]}
  kofi-a-mensah: {name: Kofi A. Mensah, title: director, sources: [wire]}
  rosa-cruz: {name: Rosa Cruz, sources: [wire]}
`;
  const names = (prose: string): string[] => claimsIn(prose, FACTS).filter((c) => c.startsWith('name'));

  it('reads a surname written alone after the full name, right or misspelt', () => {
    assert.deepEqual(names('Imran Qureshi visited the site. Qureshi said the dam had held. Later Qureshy left.'), ['name Imran Qureshi', 'name Imran Qureshi', 'name Imran Qureshi (spelling: Qureshy)']);
  });

  it('reads a name with a lower-case particle ("al-Rashidi"), right and misspelt', () => {
    const facts = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2025-01-01}
people:
  hamid-al-rashidi: {name: Hamid al-Rashidi, title: Prosecutor, sources: [wire]}
`;
    const read = (prose: string): string[] => claimsIn(prose, facts).filter((c) => c.startsWith('name'));
    assert.deepEqual(read('Prosecutor Hamid al-Rashidi spoke first.'), ['name Hamid al-Rashidi']);
    assert.deepEqual(read('Prosecutor Hamid al-Rasheedi spoke first.'), ['name Hamid al-Rashidi (spelling: Hamid al-Rasheedi)']);
  });

  it('reads a misspelt surname after an honorific even when it is an English word ("Ms Crux")', () => {
    assert.deepEqual(names('Rosa Cruz was sworn in. Ms Crux thanked the voters.'), ['name Rosa Cruz', 'name Rosa Cruz (spelling: Crux)']);
    assert.deepEqual(names('Rosa Cruz was sworn in. The Crux of it was money.'), ['name Rosa Cruz']);
  });

  it('does not read a surname before the full name, or an English word near it, as a name', () => {
    assert.deepEqual(names('Qureshy was not there.'), []);
    assert.deepEqual(names('Imran Qureshi spoke. Fresh rain fell.'), ['name Imran Qureshi']);
  });

  it('reads a misspelt name of three words and a wrong title of two', () => {
    assert.deepEqual(names('Prime Minister Khadga Prashad Sharma flew home.'), ['name Khadga Prasad Sharma (spelling: Khadga Prashad Sharma)']);
    assert.deepEqual(names('Assistant Commissioner Imran Qureshi spoke.'), ['name Imran Qureshi (title: Assistant Commissioner)']);
  });

  it('takes abbreviations and a plural for the same title', () => {
    assert.deepEqual(names('Dy Commissioner Imran Qureshi spoke.'), ['name Imran Qureshi']);
  });

  it('reads a first name written alone after the full name, right or misspelt', () => {
    assert.deepEqual(names('Wanjiru Kamau spoke first. Wanjiru said the road was shut; Wanjeru left at noon.'), ['name Wanjiru Kamau', 'name Wanjiru Kamau', 'name Wanjiru Kamau (spelling: Wanjeru)']);
  });

  it('reads a title written head first ("Superintendent of Police") whole, and the head alone as that title', () => {
    assert.deepEqual(names('Inspector General of Police Aziz Khan toured the camp.'), ['name Aziz Khan (title: Inspector General of Police)']);
    assert.deepEqual(names('Superintendent of Police Aziz Khan toured the camp.'), ['name Aziz Khan']);
    assert.deepEqual(names('The camp was opened, said Minister Tomas Ferro.'), ['name Tomas Ferro']);
    assert.deepEqual(names('Water Minister Tomas Ferro spoke.'), ['name Tomas Ferro']);
    assert.deepEqual(names('Minister of Water and Sanitation Tomas Ferro spoke.'), ['name Tomas Ferro']);
    assert.deepEqual(names('Olu Ade and Energy Minister Tomas Ferro spoke.'), ['name Olu Ade', 'name Tomas Ferro (title: Energy Minister)']);
  });

  it('takes a word of where the office is ("district SP") as no part of the title', () => {
    assert.deepEqual(names('The district SP Aziz Khan said the road was shut.'), ['name Aziz Khan']);
    assert.deepEqual(names('The state DSP Aziz Khan said the road was shut.'), ['name Aziz Khan (title: DSP)']);
  });

  it('reads a name with a middle initial, misspelt, and a nickname in quotes inside a name', () => {
    assert.deepEqual(names('The statement was signed by Kofi A. Mensha.'), ['name Kofi A. Mensah (spelling: Kofi A. Mensha)']);
    assert.deepEqual(names('Rosa "Rosie" Cruz was 31.'), ['name Rosa Cruz']);
  });

  it('reads a rank before a title the mention holds ("deputy director Kofi A. Mensah"), not another role', () => {
    assert.deepEqual(names('The deputy director Kofi A. Mensah spoke.'), ['name Kofi A. Mensah (title: deputy director)']);
    assert.deepEqual(names('The spokesperson director Kofi A. Mensah spoke.'), ['name Kofi A. Mensah']);
  });

  it('reads "President of <a body>" before a President\'s name as her title, the body no part of it', () => {
    const facts = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2025-01-01}
people:
  ama-owusu: {name: Ama Owusu, title: President, sources: [wire]}
`;
    const read = (prose: string): string[] => claimsIn(prose, facts).filter((c) => c.startsWith('name'));
    assert.deepEqual(read('President of Safe Roads Ghana Ama Owusu spoke first.'), ['name Ama Owusu']);
    assert.deepEqual(read('Secretary Ama Owusu spoke first.'), ['name Ama Owusu (title: Secretary)']);
  });

  it('reads a title that leaves out the rank the person\'s own has ("Commissioner" for a Deputy Commissioner) as another office', () => {
    assert.deepEqual(names('Commissioner Imran Qureshi visited the site.'), ['name Imran Qureshi (title: Commissioner)']);
    assert.deepEqual(check('Commissioner Imran Qureshi visited the site.', FACTS).filter((d) => d.code === 'name-mismatch').map((d) => d.expected), ['Deputy Commissioner']);
    assert.deepEqual(names('Deputy Commissioner Imran Qureshi visited the site.'), ['name Imran Qureshi']);
  });

  it('replaces a wrong title whole, in the draft\'s own case', () => {
    const fix = (prose: string) => check(prose, FACTS).filter((d) => d.code === 'name-mismatch').map((d) => [d.text, d.expected]);
    assert.deepEqual(fix('The acting Western Cape police spokesperson Lena Moyo spoke.'), [['acting Western Cape police spokesperson', 'acting Western Cape police commissioner']]);
    assert.deepEqual(fix('Acting Western Cape Police Spokesperson Lena Moyo spoke.'), [['Acting Western Cape Police Spokesperson', 'Acting Western Cape Police Commissioner']]);
  });

  it('reads a title from the right against the person\'s own, a comma between them, and a rank written before it', () => {
    assert.deepEqual(names('The local fire chief Wanjiru Kamau arrived.'), ['name Wanjiru Kamau (title: fire chief)']);
    assert.deepEqual(names('The Kenyan police chief Wanjiru Kamau arrived.'), ['name Wanjiru Kamau']);
    assert.deepEqual(names('Home Affairs Minister Nadia Fares spoke.'), ['name Nadia Fares (title: Home Affairs Minister)']);
    assert.deepEqual(names('The former Justice Minister Nadia Fares spoke.'), ['name Nadia Fares']);
    assert.deepEqual(names('The state deputy governor, Olu Ade, spoke.'), ['name Olu Ade (title: deputy governor)']);
  });
});

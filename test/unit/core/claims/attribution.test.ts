import { strict as assert } from 'node:assert';
import { isCited } from '../../helpers/readProse';

/** Attribution as a class (SPEC section 3), with sentences of our own: who is named, and who is not. */
describe('attribution', () => {
  it('takes someone named with a reporting word, in either order and any tense', () => {
    for (const s of [
      'Eleven people drowned, the district coordinator confirmed.',
      'Eleven people drowned, confirmed the district coordinator.',
      'Eleven people drowned, said Ms Okafor.',
      'Okafor, 52, said that eleven people drowned.',
      'Governor Okello cautioned that eleven people had drowned.',
      'Governor Okello pointed out that eleven people had drowned.',
      'Governor Okello was speaking on Monday, when eleven people had drowned.',
      'The coroner has estimated that eleven people drowned.',
      'NDMA figures show that eleven people drowned.',
      'A survey by the Red Crescent found that eleven people drowned.',
      'Eleven people drowned, according to the Bhola district administration.',
      'Eleven people drowned (Source: Fire Service).',
      'The provincial health department put the toll at eleven.',
      'Citing hospital records, the paper said eleven people drowned.',
    ]) assert.equal(isCited(s), true, s);
  });

  it('takes a statement opening the sentence as its subject\'s, and naming by an office', () => {
    assert.equal(isCited('In a statement on Monday, the ministry said eleven people drowned.'), true);
    assert.equal(isCited('In its report, the coastguard listed eleven people drowned.'), true);
    assert.equal(isCited('Police identified the eleven people who drowned.'), true);
  });

  it('takes a document someone named issued, through a relative clause', () => {
    assert.equal(isCited('The Coast Guard released a report on Friday that found eleven people drowned.'), true);
    assert.equal(isCited('The ministry published the audit, which showed eleven people drowned.'), true);
  });

  it('takes reports that someone owns ("according to police reports")', () => {
    assert.equal(isCited('According to police reports, eleven people drowned.'), true);
    assert.equal(isCited('According to the coastguard\'s reports, eleven people drowned.'), true);
  });

  it('takes a pronoun for someone named, and someone described but not named', () => {
    assert.equal(isCited('Eleven people drowned, she told reporters.'), true);
    assert.equal(isCited('A ferryman who would not give his name told us eleven people drowned.'), true);
    assert.equal(isCited('Warning residents to stay indoors, the mayor added that eleven people drowned.'), true);
  });

  it('takes no one from a reporting verb that performs an act ("declares an emergency")', () => {
    assert.equal(isCited('Kenya declares national mourning as floods kill 40.'), false);
    assert.equal(isCited('The governor announced a curfew after 40 people were killed.'), false);
    assert.equal(isCited('The governor announced that 40 people were killed.'), true);
  });

  it('takes no one from a passive, a hedge, or reports with no owner', () => {
    for (const s of [
      'Eleven people were reported drowned.',
      'Eleven people are said to have drowned.',
      'Eleven people reportedly drowned.',
      'It is believed that eleven people drowned.',
      'Initial reports said eleven people drowned.',
      'Local media reported that eleven people drowned.',
      'A report said eleven people drowned.',
      'According to first reports, eleven people drowned.',
      'According to unconfirmed local accounts, eleven people drowned.',
      'Eleven confirmed deaths were recorded on the island.',
      'Eleven reported drownings came from the delta.',
      'Investigations suggest eleven people drowned.',
      'Judging by official reports, eleven people drowned.',
      'Eleven fishermen declared dead were taken ashore.',
      'A study that found eleven people drowned was shelved.',
      'Figures show eleven people drowned.',
      'The family named the boy Sam, and eleven people drowned.',
      'In a statement, eleven people drowned.',
    ]) assert.equal(isCited(s), false, s);
  });

  it('takes no one from a denial of saying, or a verb that is a noun or part of a name', () => {
    assert.equal(isCited('Eleven people drowned, and the owners have not explained why.'), false);
    assert.equal(isCited('Eleven people drowned in the Kano State capital.'), false);
    assert.equal(isCited('Eleven people drowned while the state government dithered.'), false);
  });

  it('takes a headline credit and a dateline credit, not a bare "Report"', () => {
    assert.equal(isCited('# Ferry capsizes, eleven drown – Fire Service'), true);
    assert.equal(isCited('# Ferry capsizes, eleven drown: Report'), false);
    assert.equal(isCited('DHAKA (Reuters) - Eleven people drowned when a ferry capsized.'), true);
    assert.equal(isCited('DHAKA: Eleven people drowned when a ferry capsized.'), false);
    // an embedded post's credit, its account named by its handle
    assert.equal(isCited('Eleven people drowned off Bhola tonight — Coast Watch (@coastwatch_bd), June 3, 2024'), true);
    assert.equal(isCited('Eleven people drowned off Bhola tonight — a terrible night'), false);
    // a paragraph that is only the piece's dateline, a name and a date, cites itself
    assert.equal(isCited('The Harbour Gazette: 12 May 2023:'), true);
    assert.equal(isCited('The Harbour Gazette: 12 May 2023: eleven people drowned.'), false);
  });

  it('takes a passive with a named agent, an appositive before its verb, and a credit describing someone', () => {
    assert.equal(isCited('The nine victims have been named by police.'), true);
    assert.equal(isCited('Amina Yusuf (61), a trader, says nine stalls burnt down with three people inside.'), true);
    assert.equal(isCited('# Nine dead in market fire: Fire official'), true);
  });

  it('does not take "claiming the lives of" for a verb of saying', () => {
    assert.equal(isCited('The fire in the market, claiming the lives of nine people, is the worst in Accra.'), false);
  });
});

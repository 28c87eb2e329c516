import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

/** What makes two counts or dates one event's (SPEC section 4), with sentences of our own and no fact file. */
const rivals = (prose: string) => only('internal-inconsistency', check(prose, null)).map((s) => s.text);

describe('internal-inconsistency: one event', () => {
  it('sets two counts for the same place named as a place against each other', () => {
    assert.deepEqual(rivals('Fourteen people died in Marlow. Later the paper said 17 people died in Marlow.'), ['17']);
  });

  it('sets two counts of the same definite event noun against each other when the draft names one such event', () => {
    assert.deepEqual(rivals('The blaze killed 12 workers. Weeks later, we learnt the blaze killed 15 workers.'), ['15']);
  });

  it('never sets two counts of one sentence against each other (two scopes)', () => {
    assert.deepEqual(rivals('The fever has killed 220 people in the province, and 96 people have died in Marlow alone.'), []);
  });

  it('does not make two events one: a common noun phrase, another time, an organisation', () => {
    assert.deepEqual(rivals('Heavy rains killed 20 people. Heavy rains killed 31 people.'), []);
    assert.deepEqual(rivals('Fourteen people died in Marlow. Last year, 40 people died in Marlow.'), []);
    assert.deepEqual(rivals('The Marlow Hospital said 14 people died. The Marlow Hospital said 18 people died.'), []);
  });

  it('sets a count of people against one group only where the people are fewer', () => {
    assert.deepEqual(rivals('The fire in Marlow killed 30 people. In Marlow, 12 firefighters were killed.'), []);
    assert.deepEqual(rivals('The fire in Marlow killed 3 people. In Marlow, 12 firefighters were killed.'), ['12']);
  });

  it('sets two dates of one event against each other only where each is said of the event', () => {
    assert.deepEqual(rivals('The collapse at the Ridley quarry on 2 May 2024 buried the night shift. The Ridley quarry collapse of 3 May 2024 is still unexplained.'), ['3 May 2024']);
    assert.deepEqual(rivals('The collapse at the Ridley quarry on 2 May 2024 buried the night shift. The inquiry into the collapse opened on 9 May 2024.'), []);
  });
});

import { strict as assert } from 'node:assert';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../../client/src/restartPolicy';

/** The client restarts a crashed server up to five times in three minutes, then stops trying. */
describe('RestartPolicy', () => {
  it('restarts five crashes in quick succession and gives up on the sixth', () => {
    const policy = new RestartPolicy();
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, (_, i) => policy.onCrash(1000 * i));
    assert.deepEqual(decisions.slice(0, MAX_RESTARTS), [1, 2, 3, 4, 5].map((restarts) => ({ restart: true, restarts })));
    assert.deepEqual(decisions[MAX_RESTARTS], { restart: false, crashes: 6 });
  });

  it('forgets crashes older than three minutes', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) policy.onCrash(i);
    assert.deepEqual(policy.onCrash(RESTART_WINDOW_MS + 10), { restart: true, restarts: 1 });
  });

  it('starts counting again after a restart by hand', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i <= MAX_RESTARTS; i++) policy.onCrash(i);
    policy.reset();
    assert.deepEqual(policy.onCrash(10), { restart: true, restarts: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { createUpdateLog } from '../../../src/data/update-log';

/** A log whose "request in flight" the test switches by hand. */
function setup() {
  const flight = { active: false };
  const log = createUpdateLog<string>(() => flight.active);
  return { log, flight };
}

describe('createUpdateLog', () => {
  it('keeps nothing while no request is in flight: there is no answer to replay it over', () => {
    const { log } = setup();
    log.record('u1');
    expect(log.position()).toBe(0);
    expect(log.since(0)).toEqual([]);
  });

  it('gives a request the updates recorded after its start, oldest first', () => {
    const { log, flight } = setup();
    flight.active = true;
    log.record('before');
    const start = log.position();
    log.record('u1');
    log.record('u2');
    expect(start).toBe(1);
    expect(log.since(start)).toEqual(['u1', 'u2']);
    expect(log.since(0)).toEqual(['before', 'u1', 'u2']);
    expect(log.since(log.position())).toEqual([]);
  });

  it('trims only once nothing is in flight, and positions keep counting across a trim', () => {
    const { log, flight } = setup();
    flight.active = true;
    const first = log.position();
    log.record('u1');
    const second = log.position();
    log.record('u2');
    log.trim(); // a request is still in flight: its updates must stay
    expect(log.since(first)).toEqual(['u1', 'u2']);

    flight.active = false;
    log.trim();
    expect(log.position()).toBe(2);
    expect(log.since(first)).toEqual([]);
    expect(log.since(second)).toEqual([]);

    flight.active = true;
    const third = log.position();
    log.record('u3');
    log.record('u4');
    log.record('u5');
    expect(third).toBe(2);
    expect(log.since(third)).toEqual(['u3', 'u4', 'u5']);
    expect(log.since(third + 1)).toEqual(['u4', 'u5']);
    // A position from before the trim gets everything still kept, never an older entry.
    expect(log.since(first)).toEqual(['u3', 'u4', 'u5']);
  });

  it('clear forgets everything even with requests in flight (unmount)', () => {
    const { log, flight } = setup();
    flight.active = true;
    const start = log.position();
    log.record('u1');
    log.clear();
    expect(log.since(start)).toEqual([]);
    expect(log.position()).toBe(1);
  });
});

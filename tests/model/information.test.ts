/**
 * The community memory of each crossing method (phases/information.ts): what people at home know
 * of how attempts on it end. A departure stopped on the transit country's coast is an attempt
 * stopped, as a pull-back is, and word of it reaches home.
 */
import { describe, expect, it } from 'vitest';
import { defaultCalibration } from '../../models/index';
import { makeCounters } from '../../models/phases/counters';
import { updateInformation } from '../../models/phases/information';
import type { World } from '../../models/world';

const memory = () => ({ memoryEnded: 0, memoryDeaths: 0, memoryIntercepted: 0 });

describe('community memory of attempts', () => {
  it('counts departures stopped on the coast as attempts stopped, like pull-backs', () => {
    const cal = defaultCalibration();
    const [pulledBack, stoppedOnCoast] = [memory(), memory()];
    const world = { methods: [pulledBack, stoppedOnCoast] } as unknown as World;
    const c = makeCounters(2);
    // Method 0: 10 journeys ended, 4 of them pulled back. Method 1: 6 ended (none stopped at sea)
    // and 4 taken off the boats on the coast.
    c.ended[0] = 10;
    c.interceptions[0] = 4;
    c.pullbacks[0] = 4;
    c.ended[1] = 6;
    c.prevented[1] = 4;
    for (let month = 0; month < 60; month++) updateInformation(world, c, cal, 1);
    expect(stoppedOnCoast.memoryIntercepted / stoppedOnCoast.memoryEnded).toBeCloseTo(pulledBack.memoryIntercepted / pulledBack.memoryEnded, 12);
    expect(stoppedOnCoast.memoryIntercepted / stoppedOnCoast.memoryEnded).toBeCloseTo(0.4, 3);
  });
});

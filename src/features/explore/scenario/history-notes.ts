/**
 * What to say beside a history check. Every check gets the general caution; the Central
 * Mediterranean scenario also gets a reading of its misfits, summarised from models/ODD.md
 * section 8.3 (which the documentation generator keeps in step with the model). The reading is
 * about the scenario as loaded: a student who edits the timeline may change what it describes.
 * history-data.test.ts checks each sentence against the model, so the text cannot drift.
 */

export const GENERAL_CAUTION =
  'The model is not fitted to these years. The timeline only switches policies on at their recorded dates, and the size of the population is chosen so that the first year has about the right number of arrivals; everything else is the model as it is. A year it misses is therefore information about what the model leaves out, not a fault to be tuned away.';

export interface HistoryReading {
  readonly title: string;
  readonly points: readonly string[];
}

const CENTRAL_MEDITERRANEAN: HistoryReading = {
  title: 'What the misfits suggest (the scenario as loaded, 100,000 agents, seeds 1–5)',
  points: [
    '2014–2015: arrivals within a few per cent — but that is how the population size was chosen, so it is not a test.',
    '2014–2015 deaths within about a tenth of the record: rescue, set high for Mare Nostrum, saves the people in distress it reaches, but inflatables that break up at once are beyond it.',
    '2016 too low (arrivals by about a quarter, deaths by about a third), though it was a record year. Insecurity at origin is held constant and no other origins or routes feed Libya, so nothing in the model can push numbers up that year.',
    '2017–2019 pull-backs two to four times the record: from mid-2017 the timeline gives the coastguard its full strength, while the recorded returns stayed near 15,000 a year — a coastguard with less capacity than the lever’s full strength assumes.',
    '2018–2019 arrivals three to nearly six times the record, 2020 three quarters too high, and deaths in 2018–2020 two thirds to nine tenths too high: the real collapse followed the containment of departures on the Libyan coast, which the model does not yet represent. In the model people keep deciding to leave and crossing; the extra deaths follow the extra crossings.',
    'The order of the years is right for arrivals and deaths (high, then a collapse); not for pull-backs, which the model keeps high while the record fell.',
  ],
};

const READINGS: Readonly<Record<string, HistoryReading>> = {
  'central-mediterranean-2014-2020': CENTRAL_MEDITERRANEAN,
};

export function historyReading(scenarioId: string): HistoryReading | undefined {
  return Object.prototype.hasOwnProperty.call(READINGS, scenarioId) ? READINGS[scenarioId] : undefined;
}

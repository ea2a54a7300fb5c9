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
    '2014 deaths about two fifths too low: with rescue set high for Mare Nostrum the model prevents most deaths at sea, while the real year still had large shipwrecks. Either the rescue setting or the model’s rescue effect is too strong.',
    '2016 too low (arrivals by a quarter, deaths by about half), though it was a record year. Insecurity at origin is held constant and no other origins or routes feed Libya, so nothing in the model can push numbers up that year.',
    '2017–2019 pull-backs close to twice the record: the timeline switches them to full strength in one step in mid-2017, while the recorded returns hardly grew.',
    '2018–2019 arrivals about twice the record or more, and deaths in 2018 more than twice: the real collapse followed political deals with the groups running departures, which the model can only approximate through its market. In the model people keep deciding to leave and smugglers come back while fees cover their costs; the extra deaths follow the extra crossings.',
    '2020 arrivals about a quarter too low: that year’s rise came largely from Tunisia, a departure point this one-route scenario does not have.',
    'The order of the years is right for arrivals (high, then a collapse); much less so for deaths and pull-backs.',
  ],
};

const READINGS: Readonly<Record<string, HistoryReading>> = {
  'central-mediterranean-2014-2020': CENTRAL_MEDITERRANEAN,
};

export function historyReading(scenarioId: string): HistoryReading | undefined {
  return Object.prototype.hasOwnProperty.call(READINGS, scenarioId) ? READINGS[scenarioId] : undefined;
}

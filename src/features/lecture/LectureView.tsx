/**
 * Lecture mode (#/lecture): guided walkthroughs from the built-in tours. Each step runs its
 * scenario in the worker (the other steps are run in the background afterwards, so moving on is
 * instant), shows its narrative and statements, and the chart it is about, large. Keyboard
 * navigation works on the whole page; #/lecture/present/… is the presenter view.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { BUILT_IN_TOURS } from '../../../scenarios/tours';
import { lectureHash, parseLectureRoute, stepRunInput, stepsNeeded } from './lecture-route';
import { LectureStep } from './LectureStep';
import { useLectureKeys } from './use-lecture-keys';
import { useRunQueue, useRuns } from '../../runner/index';
import type { ViewProps } from '../../shared/view-props';
import './lecture.css';
import './lecture-present.css';
import '../../shared/print.css';

/** The steps run one after another on one worker, the step on screen first. */
const RUN_WORKERS = 1;
/** A tour's runs, and more (about 240 whole 120-month runs). */
const STORE_BYTES = 16_000_000;

/** `rest`: the address after #/lecture/ (the tour, the step, the presenter view). */
export default function LectureView({ rest }: ViewProps) {
  const route = useMemo(() => parseLectureRoute(rest, BUILT_IN_TOURS), [rest]);
  const tour = BUILT_IN_TOURS.find((t) => t.id === route.tourId) ?? BUILT_IN_TOURS[0];
  const queue = useRunQueue({ workers: RUN_WORKERS, storeBytes: STORE_BYTES });

  const allInputs = useMemo(() => tour.steps.map((_, k) => stepRunInput(tour, k)), [tour]);
  const needed = useMemo(() => stepsNeeded(tour, route.step), [tour, route.step]);
  const { results, error } = useRuns(
    queue,
    useMemo(() => needed.map((k) => allInputs[k]), [needed, allInputs]),
  );
  const runOf = useCallback((k: number) => results[needed.indexOf(k)] ?? queue.peek(allInputs[k]) ?? null, [results, needed, queue, allInputs]);
  const ready = results.every((r) => r !== null);

  // Once the step on screen has its runs, run the rest of the tour in the background.
  useEffect(() => {
    if (!ready) return;
    for (const input of allInputs) queue.run(input).catch(() => undefined);
  }, [ready, allInputs, queue]);

  const go = useCallback((step: number) => window.location.replace(lectureHash({ ...route, step })), [route]);
  useLectureKeys(route.step, tour.steps.length, go);

  return <LectureStep tours={BUILT_IN_TOURS} tour={tour} step={route.step} present={route.present} runOf={runOf} error={error} go={go} />;
}

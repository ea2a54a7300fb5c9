/**
 * Lecture mode (#/lecture): guided walkthroughs from the built-in tours. Each step runs its
 * scenario in the worker (the other steps are run in the background afterwards, so moving on is
 * instant), shows its narrative and statements, and the chart it is about, large. Keyboard
 * navigation works on the whole page; #/lecture/present/… is the presenter view.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BUILT_IN_TOURS } from '../../scenarios/tours';
import { lectureHash, parseLectureRoute, stepRunInput, stepsNeeded } from '../lecture/lecture-route';
import { LectureStep } from '../lecture/LectureStep';
import { useLectureKeys } from '../lecture/use-lecture-keys';
import { inputKey, RunQueue } from '../seminar-ui/run-queue';
import { useRunQueueLifetime, useRuns } from '../seminar-ui/use-run';
import { useRoute } from './use-route';
import '../styles/lecture.css';
import '../styles/lecture-present.css';
import '../styles/print.css';

export default function LectureView() {
  const { rest } = useRoute();
  const route = useMemo(() => parseLectureRoute(rest, BUILT_IN_TOURS), [rest]);
  const tour = BUILT_IN_TOURS.find((t) => t.id === route.tourId) ?? BUILT_IN_TOURS[0];
  const [queue] = useState(() => new RunQueue());
  useRunQueueLifetime(queue);

  const allKeys = useMemo(() => tour.steps.map((_, k) => inputKey(stepRunInput(tour, k))), [tour]);
  const needed = useMemo(() => stepsNeeded(tour, route.step), [tour, route.step]);
  const { results, error } = useRuns(
    queue,
    useMemo(() => needed.map((k) => allKeys[k]), [needed, allKeys]),
  );
  const runOf = useCallback((k: number) => results[needed.indexOf(k)] ?? queue.peek(allKeys[k]) ?? null, [results, needed, queue, allKeys]);
  const ready = results.every((r) => r !== null);

  // Once the step on screen has its runs, run the rest of the tour in the background.
  useEffect(() => {
    if (!ready) return;
    for (const key of allKeys) queue.run(JSON.parse(key)).catch(() => undefined);
  }, [ready, allKeys, queue]);

  const go = useCallback((step: number) => window.location.replace(lectureHash({ ...route, step })), [route]);
  useLectureKeys(route.step, tour.steps.length, go);

  return <LectureStep tours={BUILT_IN_TOURS} tour={tour} step={route.step} present={route.present} runOf={runOf} error={error} go={go} />;
}

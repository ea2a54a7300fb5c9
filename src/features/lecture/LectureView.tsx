/**
 * Lecture mode (#/lecture): guided walkthroughs from the built-in tours. Each step runs its
 * scenario in the worker (the other steps are run in the background afterwards, so moving on is
 * instant), shows its narrative and statements, and the chart it is about, large. Keyboard
 * navigation works on the whole page; #/lecture/present/… is the presenter view (with speaker
 * notes), #/lecture/audience/… the audience window it opens; the two stay on the same step.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { BUILT_IN_TOURS } from '../../../scenarios/tours';
import { lectureHash, parseLectureRoute, stepRunInput, stepsNeeded } from './lecture-route';
import { LectureStep } from './LectureStep';
import { useLectureKeys } from './use-lecture-keys';
import { useRunQueue, useRuns } from '../../runner/index';
import { useLectureChannel } from './lecture-channel';
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

  // Another lecture window of this browser moved: follow it, in this window's own kind of view.
  const followed = useRef<string | null>(null);
  const announce = useLectureChannel(({ tourId, step }) => {
    const target = parseLectureRoute(`${tourId}/${step + 1}`, BUILT_IN_TOURS);
    if (target.tourId === route.tourId && target.step === route.step) return;
    followed.current = `${target.tourId}/${target.step}`;
    window.location.replace(lectureHash({ ...target, view: route.view }));
  });
  // Say where this window went (by key, button, step link or tour menu), unless it was following.
  // Not on opening: a window opened later must not pull the others back to its step.
  const shownFirst = useRef<string | null>(`${route.tourId}/${route.step}`);
  useEffect(() => {
    const here = `${route.tourId}/${route.step}`;
    if (followed.current === here) followed.current = null;
    else if (shownFirst.current !== here) announce({ tourId: route.tourId, step: route.step });
    shownFirst.current = null;
  }, [route.tourId, route.step, announce]);
  const go = useCallback((step: number) => window.location.replace(lectureHash({ ...route, step })), [route]);
  useLectureKeys(route.step, tour.steps.length, go);

  return <LectureStep tours={BUILT_IN_TOURS} tour={tour} step={route.step} view={route.view} runOf={runOf} error={error} go={go} />;
}

/**
 * When levers last moved, to tell a drag (a step every frame, or a held arrow key) from a single
 * step. During a drag the explorer throttles its work — new runs a few times a second, the
 * heavier charts when the hand pauses — so that the page keeps up with the hand; a single step
 * is acted on at once. A plain module clock: read in effects, never during render.
 */
/** Two lever inputs closer than this belong to one drag. */
export const DRAG_GAP_MS = 120;

let lastInput = -Infinity;
let previousInput = -Infinity;

export function noteLeverInput(now = performance.now()): void {
  previousInput = lastInput;
  lastInput = now;
}

export function msSinceLeverInput(now = performance.now()): number {
  return now - lastInput;
}

/** A drag is under way: the last two inputs were close together, and the last one is recent. */
export function isDragging(now = performance.now()): boolean {
  return now - lastInput < DRAG_GAP_MS && lastInput - previousInput < DRAG_GAP_MS;
}

/**
 * Keyboard navigation for lecture mode, on the whole page: → PageDown Space next, ← PageUp
 * previous, Home/End, 1–9 a step (a presenter's clicker sends PageDown/PageUp). Keys typed into a
 * field, and Space or Enter on a button or link, keep their usual meaning. In a right-to-left
 * page the arrows follow the reading direction: ← is next, → previous.
 */
import { useEffect } from 'react';
import { stepForKey } from './lecture-route';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function isActivating(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement) || (key !== ' ' && key !== 'Enter')) return false;
  return ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function useLectureKeys(step: number, count: number, go: (step: number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || isActivating(e.target, e.key)) return;
      const rtl = document.documentElement.dir === 'rtl';
      const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
      const next = stepForKey(key, step, count);
      if (next === null) return;
      e.preventDefault();
      if (next !== step) go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, count, go]);
}

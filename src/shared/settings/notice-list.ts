/**
 * Notices collected while decoding a link or an autosave, capped as they come: at most
 * MAX_NOTICES are worded, the rest are only counted. A junk record with 50,000 bad entries then
 * costs 50,000 increments, not 50,000 sentences translated and then thrown away. A notice is
 * given as a function that words it, so that one past the cap is never worded at all.
 */
import { i18n } from '../i18n/i18n';

/** More notices than this are summed up in one last line, so a junk link cannot flood the page. */
export const MAX_NOTICES = 8;
export type NoticeKind = 'ignored' | 'adjusted' | 'info';

export interface SettingsNotice {
  readonly kind: NoticeKind;
  /** The field as it appears in the link (a lever key, `seed`, …). */
  readonly field: string;
  /** The value given, shortened for display. */
  readonly value: string;
  /** What is wrong and what is allowed. */
  readonly problem: string;
  /** What the page does instead. */
  readonly outcome: string;
}

/**
 * At most `max` notices: the first `max − 1`, then one line for the rest ("…and 49,993 more"),
 * so that junk in a link or an autosave shows as a few lines, never as thousands.
 */
export function capNotices(notices: readonly SettingsNotice[], max = MAX_NOTICES, field = 'link'): SettingsNotice[] {
  if (notices.length <= max) return [...notices];
  return [...notices.slice(0, max - 1), moreNotice(notices.length - (max - 1), field)];
}

/** The last line of a capped list: how many more notices there were. */
export function moreNotice(rest: number, field = 'link'): SettingsNotice {
  return {
    kind: 'ignored',
    field,
    value: i18n.t('common:notices.nMore', { count: rest }),
    problem: i18n.t('common:notices.moreProblems', { count: rest }),
    outcome: i18n.t('common:notices.moreOutcome'),
  };
}

export class NoticeList {
  private readonly kept: SettingsNotice[] = [];
  private total = 0;

  constructor(private readonly max = MAX_NOTICES) {}

  /** A notice (or a function wording it, called only while under the cap). */
  push(notice: SettingsNotice | (() => SettingsNotice)): void {
    this.total++;
    if (this.kept.length < this.max) this.kept.push(typeof notice === 'function' ? notice() : notice);
  }

  get length(): number {
    return this.total;
  }

  /** The notices as capNotices gives them: all if they fit, else the first max − 1 and one line counting the rest. */
  capped(field?: string): SettingsNotice[] {
    if (this.total <= this.max) return [...this.kept];
    return [...this.kept.slice(0, this.max - 1), moreNotice(this.total - (this.max - 1), field)];
  }
}

/** A notice as one sentence for people. */
export function noticeText(n: SettingsNotice): string {
  return i18n.t('common:notices.line', { field: n.field, value: n.value, problem: n.problem, outcome: n.outcome });
}

/**
 * Discussion questions for the debrief, tied to the module's boxes (Box 15 human security, 16
 * Khartoum Process, 17 AU–Horn of Africa Initiative, 18 Rabat Process, 19 Bali Process, 20 New
 * York Declaration, 21 Global Compact for Migration, 22 Operation Sophia). They ask students to
 * connect what their session showed to the policies the module describes, not to recall facts.
 */
import { i18n } from '../../../shared/i18n/i18n';

export interface DiscussionQuestion {
  readonly text: string;
  /** The part of the module it draws on. */
  readonly reference: string;
}

/** How many questions the catalogue holds (`seminar:questions.<i>.text` and `.reference`). */
export const QUESTION_COUNT = 8;

/** The questions in the interface language. */
export function discussionQuestions(): DiscussionQuestion[] {
  return Array.from({ length: QUESTION_COUNT }, (_, i) => ({
    text: i18n.t(`seminar:questions.${i}.text`),
    reference: i18n.t(`seminar:questions.${i}.reference`),
  }));
}

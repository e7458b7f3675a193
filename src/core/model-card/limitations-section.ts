/**
 * The card's "Limitations, in words": what the version's own figures mean for a counsellor with a fixed
 * number of places (how many of the students who will fail the High tier holds, how many in it pass anyway),
 * what its ROC AUC means, how uncertain the figures are, and the "no absences" artefact of the UCI data that
 * PassCompass designs around. Every number is computed from the version; none is typed in.
 */
import type { VersionEvidence } from '../model/evidence';
import type { ModelVersion } from '../registry/model-version';
import { type CardRow, type CardSection, fact } from './card-types';
import { count, finite, outOf10, outOf100, score } from './card-words';

/** "Of every 10 students who will fail, the High tier of 25 holds about 4; about 15 of the 25 will pass anyway." */
export function capacitySentence(
  recall: number | undefined,
  precision: number | undefined,
  capacity: number,
): string | null {
  if (!finite(recall)) return null;
  const holds = `Of every 10 students who will fail, the High tier of ${capacity} holds about ${outOf10(recall)}`;
  if (!finite(precision)) return `${holds}.`;
  const pass = Math.round((1 - precision) * capacity);
  return pass === 0
    ? `${holds}; nearly all of the ${capacity} will fail without help.`
    : `${holds}; about ${pass} of the ${capacity} will pass anyway.`;
}

export function limitationsSection(
  v: ModelVersion,
  evidence: VersionEvidence | null,
  capacity: number,
): CardSection {
  const recall = evidence?.metrics.topKRecall.mean ?? v.metrics['topKRecall'];
  const precision = evidence?.metrics.topKPrecision.mean ?? v.metrics['topKPrecision'];
  const auc = evidence?.metrics.auc.mean ?? v.metrics['auc'];
  const rows: CardRow[] = [];
  const places = capacitySentence(recall, precision, capacity);
  // Stryker disable next-line ConditionalExpression: capacitySentence is null exactly when the recall is not finite, so `places !== null` adds nothing to `finite(recall)` (kept for the types)
  if (places !== null && finite(recall)) {
    const failing = evidence === null ? null : Math.round(evidence.failRate * v.rows);
    const ceiling =
      failing !== null && failing > capacity
        ? ` With ${failing.toLocaleString('en')} failing in a year like the training one and ${capacity} places, ` +
          `no ranking could hold more than ${outOf10(capacity / failing)} in 10: more places, not a better model, ` +
          'is what would catch more.'
        : '';
    rows.push(
      fact(
        `With ${capacity} places`,
        `${places}${ceiling} So about ${10 - outOf10(recall)} in 10 are not in the High tier: look past it, and act on a ` +
          `teacher’s worry whatever the tier. (For a roster the size of the training data, ${v.rows.toLocaleString('en')} students.)`,
      ),
    );
  }
  if (finite(auc)) {
    const right = outOf100(auc);
    rows.push(
      fact(
        `What an AUC of ${score(auc)} means`,
        `Take a student who will fail and one who will pass, at random: the model ranks them the right way round ` +
          `${right} times in 100 and the wrong way ${100 - right} times. Good enough to choose whom to see first; ` +
          `not good enough to judge one student.` +
          (v.mode === 'early'
            ? ' Early in the term nothing of this term’s work is known yet, so it is less sure.'
            : ''),
      ),
    );
  }
  if (evidence !== null) {
    const failures = Math.round(evidence.failRate * v.rows);
    rows.push(
      fact(
        'How sure the figures are',
        `They come from ${count(v.rows, 'student')}, of whom ${failures.toLocaleString('en')} failed. Another year’s ` +
          `students could give an AUC anywhere from about ${score(evidence.metrics.auc.low)} to ` +
          `${score(evidence.metrics.auc.high)} (its 95% interval).`,
      ),
    );
  }
  rows.push(
    fact(
      'A risk is not a forecast for one student',
      'A 30% risk means that among past students who looked like this one on paper, about 3 in 10 failed. ' +
        'It does not say what this student will do.',
    ),
    fact(
      'It knows only the past',
      'It learned from past students. A new teacher, an illness, a move or a change at home this year is ' +
        'invisible to it. When new students look different, the daily check says so.',
    ),
    fact(
      'Reasons are not causes',
      'A student’s main reasons name what the model weighs, not why the student struggles: a start for the ' +
        'conversation, not its conclusion.',
    ),
    fact(
      'The “no absences” artefact',
      'In the UCI Math sample every student with a final grade of 0 (most likely students who left the ' +
        'course) has 0 absences recorded, so in that data “no absences” goes with failing. PassCompass ' +
        'therefore has no “any absences” input and never gives “no absences” as a reason. A school’s own ' +
        'early-term data would not show this: early in a term, no absences is what a committed student shows. ' +
        'Make sure your roster records absences before relying on them.',
    ),
  );
  return { title: 'Limitations, in words', rows };
}

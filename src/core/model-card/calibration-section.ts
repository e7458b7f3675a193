/**
 * The card's "Calibration": whether a 30% risk means about 3 in 10 failed. The correction made (Platt scaling
 * or none), the Brier score before and after, and the ten risk bands of the risks the model now gives, each
 * with how many students fell in it, their average risk and the share who failed, judged in words.
 */
import { notRecordedWhy } from './model-json-facts';
import type { ReliabilityBin } from '../model/calibration';
import type { CalibrationEvidence } from '../model/evidence';
import { type CardRow, type CardSection, fact, figure, header } from './card-types';
import { pct, points } from './card-words';

/** A band's risk and outcome closer than this (5 points) read "about right". */
const CLOSE = 0.05;
/** Fewer students than this in a band say too little to judge it. */
const FEW = 10;

/**
 * Expected calibration error: the gap between average risk and share failed in each band, weighted by the
 * band's students (Naeini et al., 2015). NaN with no students.
 */
export function calibrationError(bins: readonly ReliabilityBin[]): number {
  let total = 0;
  let weighted = 0;
  for (const bin of bins) {
    if (bin.count === 0 || bin.meanPredicted === null || bin.observedRate === null) continue;
    total += bin.count;
    weighted += bin.count * Math.abs(bin.meanPredicted - bin.observedRate);
  }
  // With no students this is 0 / 0, NaN: not measured.
  return weighted / total;
}

/** One line for the sidebar and the card: the correction, and how far a percentage is from what happened. */
export function calibrationLine(c: CalibrationEvidence): string {
  const error = calibrationError(c.reliabilityAfter);
  const made = c.method === 'platt' ? 'Percentages corrected (Platt scaling)' : 'Percentages not corrected';
  return Number.isFinite(error)
    ? `${made}; on average ${points(error)} from the share who failed.`
    : `${made}.`;
}

function bandVerdict(bin: ReliabilityBin): string {
  if (bin.count === 0 || bin.meanPredicted === null || bin.observedRate === null) return 'No student.';
  if (bin.count < FEW) return 'Too few students to judge.';
  const gap = bin.observedRate - bin.meanPredicted;
  if (Math.abs(gap) <= CLOSE) return 'About right.';
  // Stryker disable next-line EqualityOperator: gap is never 0 here (within 5 points returned above), so >= reads as >.
  return gap > 0
    ? `More failed than the risk says (${points(gap)}).`
    : `Fewer failed than the risk says (${points(gap)}).`;
}

export function calibrationSection(calibration: CalibrationEvidence | null, imported = false): CardSection {
  const title = 'Calibration: can the percentages be taken at their word?';
  if (calibration === null) {
    return {
      title,
      rows: [fact('Not recorded', notRecordedWhy('calibration figures (the risk bands)', imported))],
    };
  }
  const rows: CardRow[] = [
    fact(
      'Correction',
      calibration.method === 'platt'
        ? 'Platt scaling: the risks were rescaled, because that made them closer to what happened for students ' +
            'the model had not seen.'
        : 'None: a correction would not have made the risks closer to what happened.',
    ),
    fact(
      'Brier score before → after',
      'Lower is better. “After” is measured on students the correction was not fitted on.',
      figure(calibration.brierBefore, 'score'),
      figure(calibration.brierAfter, 'score'),
    ),
    fact(
      'In one line',
      calibrationLine(calibration),
      figure(calibrationError(calibration.reliabilityAfter), 'percent'),
    ),
    header('Risk band', 'How it compares', 'Students', 'Average risk', 'Share failed'),
  ];
  for (const bin of calibration.reliabilityAfter) {
    rows.push(
      fact(
        `${pct(bin.from)} to ${pct(bin.to)}`,
        bandVerdict(bin),
        figure(bin.count, 'count'),
        figure(bin.meanPredicted, 'percent'),
        figure(bin.observedRate, 'percent'),
      ),
    );
  }
  return { title, rows };
}

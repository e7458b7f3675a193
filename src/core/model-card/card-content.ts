/**
 * A registered version's model card (`card-types.ts`), from its Versions row and its evidence: what it is for
 * and not for, what it learned from and when, its inputs, its cross-validated figures with intervals, its
 * calibration and equity, its limits in words, and what it holds about students. Written for a teacher, a head
 * of year and a data-protection officer: short sentences, a gloss for every technical word, figures computed
 * from the version, never typed in. A version trained before the evidence existed still gets a card, which
 * says plainly what was not recorded.
 */
import type { VersionEvidence } from '../model/evidence';
import type { ImportedOrigin } from '../model/logistic';
import type { ModelVersion } from '../registry/model-version';
import { calibrationSection } from './calibration-section';
import { type CardSection, type ModelCard, fact, figure } from './card-types';
import { count } from './card-words';
import { equitySection } from './equity-section';
import { addOnVersionOf, importedOriginOf } from './model-json-facts';
import { inputsSection } from './inputs-section';
import { limitationsSection } from './limitations-section';
import { metricsSection } from './metrics-section';
import { dataProtectionSection, trainingCounts } from './protection-section';

export interface CardOptions {
  /** The pass mark in Settings when the card is written (a version does not record its own); null: unknown. */
  readonly passMark: number | null;
  /** The capacity in Settings, for a version whose evidence does not say which K its figures are for. */
  readonly capacity: number;
  /** A time as the spreadsheet's readers say it (its time zone and locale); ISO 8601 when absent. */
  readonly formatTime?: (at: Date) => string;
}

/** The version's evidence: null for a row written before evidence existed. */
export const evidenceOf = (v: ModelVersion): VersionEvidence | null => v.evidence ?? null;

function intendedUse(rows: number, imported: boolean): CardSection {
  return {
    title: 'Intended use',
    rows: [
      fact(
        'What it is for',
        'Ranking students by their risk of failing the course, so that a counsellor or teacher can decide whom ' +
          'to talk to first, early enough in the term to help.',
      ),
      fact(
        'What a tier is',
        'A prompt for a conversation with the student and their teachers. It is never a decision about a student.',
      ),
      fact(
        'Not for',
        'Grades, admission, setting or streaming, discipline, or any decision taken without a person. A tier is ' +
          'not shown to other students.',
      ),
      fact(
        'Not for students unlike these',
        (imported
          ? `It learned from the district's students in BigQuery and was measured on ${count(rows, 'student')} here. `
          : `It learned from ${count(rows, 'past student')}. `) +
          'Students of another school, year group, course or ' +
          'country, or a roster that records things differently (absences counted another way, say), may be ' +
          'ranked badly. The daily check warns when new students look different.',
      ),
      fact(
        'Who decides',
        'People. Look past the High tier too, and weigh what the student and their teachers know that the ' +
          'sheet does not.',
      ),
    ],
  };
}

function momentText(mode: ModelVersion['mode']): string {
  return mode === 'early'
    ? 'Early term: it uses only what is known before any grade of the term (no first- or second-period grade). ' +
        'It can be used from the first week; it is less sure than a mid-term model.'
    : 'Mid-term: it also uses this term’s period grades (G1, and G2 where present). It is more accurate, but ' +
        'comes later, when there is less time left to help.';
}

function dataAndMoment(
  v: ModelVersion,
  evidence: VersionEvidence | null,
  options: CardOptions,
  origin: ImportedOrigin | null,
): CardSection {
  const counts = trainingCounts(v, evidence);
  return {
    title: 'Data and moment',
    rows: [
      ...(origin === null
        ? []
        : [
            fact(
              'Fitted by',
              `${origin.from}, in the district’s warehouse, with the CREATE MODEL PassCompass wrote from version ` +
                `${origin.inputsOf}: the same inputs, read with version ${origin.inputsOf}’s averages, spreads and ` +
                'categories. PassCompass imported its weights; it did not fit them.',
            ),
          ]),
      fact(
        'Students',
        origin === null
          ? 'Students with a final grade (G3) it learned from, for example last year’s class.'
          : 'Students of this workbook with a final grade (G3) it was measured on when it was imported.',
        figure(v.rows, 'count'),
      ),
      fact(
        'Failed',
        counts.failures === null
          ? 'Share of them whose final grade was below the pass mark.'
          : `${count(counts.failures, 'student')} of ${v.rows.toLocaleString('en')} had a final grade below the pass mark.`,
        figure(counts.failRate, 'percent'),
      ),
      fact(
        'Pass mark',
        options.passMark === null
          ? 'Not known: a version does not record it.'
          : `A final grade below ${options.passMark} of 20 counts as failing (the pass mark in Settings when this ` +
              'card was written; a version does not record its own).',
        figure(options.passMark, 'whole'),
      ),
      fact('Moment of term', momentText(v.mode)),
      fact(
        'Trained',
        `${(options.formatTime ?? ((at: Date) => at.toISOString()))(new Date(v.createdAt))}: when this version was registered.`,
      ),
      fact(
        'Version',
        'Numbers are never reused. The Versions sheet keeps every version; the Aliases sheet says which one ' +
          'scores students and since when.' +
          (addOnVersionOf(v) === null ? '' : ` Registered by PassCompass ${addOnVersionOf(v)}.`),
        figure(v.version, 'whole'),
      ),
      fact(
        'Experiment',
        `Run ${v.experimentId}: its row in the Experiments sheet has every figure of the run.`,
      ),
      fact(
        'Training data fingerprint',
        `${v.dataFingerprint.slice(0, 16)}… A digest of the training rows: two versions with the same ` +
          'fingerprint learned from the same students. The rows cannot be read back from it.',
      ),
    ],
  };
}

/** The card of `v`. Pure; O(equity groups + bins). */
export function modelCard(v: ModelVersion, options: CardOptions): ModelCard {
  const evidence = evidenceOf(v);
  const origin = importedOriginOf(v);
  const capacity = evidence?.capacity ?? options.capacity;
  const sections: CardSection[] = [
    intendedUse(v.rows, origin !== null),
    dataAndMoment(v, evidence, options, origin),
    inputsSection(v.features, evidence),
    metricsSection(evidence, v.metrics, v.threshold, capacity, origin),
    calibrationSection(evidence?.calibration ?? null, origin !== null),
    equitySection(evidence, origin !== null),
    limitationsSection(v, evidence, capacity),
    dataProtectionSection(v, evidence),
  ];
  return { version: v.version, title: `Model card: version ${v.version}`, sections };
}

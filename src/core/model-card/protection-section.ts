/**
 * The card's "Data protection", for a data-protection officer: what the card, the model and the Versions
 * sheet hold about students, stated from the version itself (the reference sample is decoded to say how many
 * training rows it keeps and which columns), where it all lives, and what deleting a student does not undo.
 */
import { decodeReferenceSample } from '../drift/reference-codec';
import { MIN_GROUP } from '../model/equity';
import type { VersionEvidence } from '../model/evidence';
import type { ModelVersion } from '../registry/model-version';
import { type CardSection, fact } from './card-types';
import { count, listed } from './card-words';

/** Failures and fail rate of the training rows: from the evidence, else from the model JSON; null unknown. */
export function trainingCounts(
  v: ModelVersion,
  evidence: VersionEvidence | null,
): { failures: number | null; failRate: number | null } {
  if (evidence !== null)
    return { failures: Math.round(evidence.failRate * v.rows), failRate: evidence.failRate };
  // Only the counts are read (the model itself was checked when the version was loaded).
  let training: unknown;
  try {
    training = (JSON.parse(v.modelJson) as { training?: unknown }).training;
    // Stryker disable next-line BlockStatement: an emptied catch leaves `training` undefined, which the check below turns into the same nulls
  } catch {
    return { failures: null, failRate: null };
  }
  const { rows, failures } = (training ?? {}) as { rows?: unknown; failures?: unknown };
  if (typeof rows !== 'number' || typeof failures !== 'number' || !(rows > 0))
    return { failures: null, failRate: null };
  return { failures, failRate: failures / rows };
}

/** What the reference sample holds, in words; an unreadable or missing one is said to be absent. */
function sampleText(v: ModelVersion): string {
  if (v.referenceSample === '') return 'This version keeps no sample of training rows.';
  let rows: number;
  let columns: string[];
  try {
    const sample = decodeReferenceSample(v.referenceSample);
    rows = sample.rows;
    columns = Object.keys(sample.table);
  } catch {
    return 'Its sample of training rows cannot be read, so it holds none that can be used.';
  }
  const shown = columns.length > 6 ? [...columns.slice(0, 6), `${columns.length - 6} more`] : columns;
  return (
    'For the daily drift check, the Versions sheet keeps ' +
    (rows >= v.rows
      ? `all ${v.rows.toLocaleString('en')} training rows`
      : `${rows.toLocaleString('en')} of the ${v.rows.toLocaleString('en')} training rows, drawn at random`) +
    `: each student’s ${columns.length} input ` +
    `columns as they were (${listed(shown)}), with no name, no student number and no final grade. A student ` +
    'with an unusual mix (age, school, family) could be recognised by someone who knows the class: share the ' +
    'spreadsheet as carefully as the Students sheet.'
  );
}

export function dataProtectionSection(v: ModelVersion, evidence: VersionEvidence | null): CardSection {
  return {
    title: 'Data protection',
    rows: [
      fact(
        'This card',
        'Aggregate figures only: counts, shares and scores over groups of students; no name and no student’s ' +
          (evidence === null
            ? 'row.'
            : `row. Equity lists every group with its count, small ones (under ${MIN_GROUP}) included: where a ` +
              'group is tiny, someone who knows the class could tell who is in it.'),
      ),
      fact(
        'The model',
        'One weight per input and an intercept, the encoding (each number column’s average and spread, each ' +
          'category column’s answers) and how many students and failures it learned from. No student’s row.',
      ),
      fact('The reference sample', sampleText(v)),
      fact(
        'Scoring',
        'Each scoring run adds its risks to the Inference log sheet under a pseudonymous student key, with the ' +
          'inputs scored (hidden column), never a name.',
      ),
      fact(
        'Where it lives',
        'In this spreadsheet, in the school’s Google account: PassCompass sends nothing to an outside server. ' +
          'Alert emails carry counts and a link, never a name or a row. Anyone the spreadsheet is shared with can ' +
          'read all of it.',
      ),
      fact(
        'Deleting a student',
        'Removing a student from the Students sheet does not remove them from versions already trained: their ' +
          `input columns may stay in a version’s reference sample, and their outcome in its figures (${count(v.rows, 'student')} here).`,
      ),
    ],
  };
}

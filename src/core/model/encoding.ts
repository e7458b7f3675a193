/**
 * The encoding turns student records into the numeric features the logistic model reads, and is saved inside
 * the model so that a version scores identically next term. It is fitted on training rows only. Categories
 * become indicator (one-hot) columns, one per level seen in training except the most frequent, which is the
 * reference; numbers and ordinal codes enter as values, optionally transformed (`log1p` for skewed counts
 * such as absences, `positive` for "any at all", e.g. any past failure). Every feature is then standardised
 * with the training mean and (population) standard deviation, so a coefficient is "change in log-odds per
 * training standard deviation" and the average training student encodes to all zeros.
 *
 * Defined behaviours: a blank cell encodes to 0 in every feature of its attribute, i.e. it is imputed at the
 * training mean and contributes nothing to the score; a category never seen in training encodes like the
 * reference level (all indicators 0); a feature that is constant or blank throughout training (sd 0) is
 * dropped and listed in `dropped`, never divided by zero.
 */
import { mean, standardDeviation } from 'simple-statistics';
import { type StudentRecord, attributeNamed, isBlank, isCategorical } from '../data/dictionary';
import { type CategoryFeature, type NumericFeature, featureRawValue } from './feature-value';

export type { CategoryFeature, NumericFeature } from './feature-value';

/** How a numeric or ordinal value enters the model: as it is, as log(1 + x), or as the indicator x > 0. */
export type NumericTransform = 'linear' | 'log1p' | 'positive';

/** One encoded feature: where its raw value comes from, and the centre and scale that standardise it. */
export type EncodedFeature = (NumericFeature | CategoryFeature) & {
  /** Unique, readable: `absences`, `log1p(absences)`, `failures>0`, `Mjob=teacher`. */
  readonly name: string;
  /** Training mean of the raw value (blanks excluded); also the value a blank is imputed with. */
  readonly center: number;
  /** Training population standard deviation of the raw value; always > 0. */
  readonly scale: number;
};

/** A fitted encoding; plain JSON. `features` is in model order. */
export interface Encoding {
  readonly version: 1;
  readonly features: readonly EncodedFeature[];
  /** The reference level of each categorical attribute (its most frequent training value). */
  readonly references: Readonly<Record<string, string>>;
  /**
   * What was left out because it was constant or blank in every training row: numeric features by feature
   * name, categorical attributes with fewer than two levels by attribute name (categorical ones listed
   * first).
   */
  readonly dropped: readonly string[];
}

export interface EncodingOptions {
  /** Transforms per numeric attribute; an attribute not listed enters as `['linear']`. */
  readonly transforms?: Readonly<Record<string, readonly NumericTransform[]>>;
}

/**
 * Fits the encoding of `attributes` on the training `records`. O(rows × attributes). Throws `RangeError` for
 * an attribute the dictionary lacks, `TypeError` for a non-numeric value in a numeric column.
 */
export function fitEncoding(
  records: readonly StudentRecord[],
  attributes: readonly string[],
  options: EncodingOptions = {},
): Encoding {
  const candidates: (NumericFeature | CategoryFeature)[] = [];
  const references: Record<string, string> = {};
  const droppedAttributes: string[] = [];
  for (const name of attributes) {
    const attribute = attributeNamed(name);
    if (!isCategorical(attribute)) {
      for (const transform of options.transforms?.[name] ?? ['linear']) {
        candidates.push({ attribute: name, transform });
      }
      continue;
    }
    const [reference, ...others] = levelsByFrequency(records, name, attribute.categories);
    if (reference !== undefined) references[name] = reference;
    if (others.length === 0) droppedAttributes.push(name);
    for (const level of others) candidates.push({ attribute: name, level });
  }
  const features: EncodedFeature[] = [];
  const dropped: string[] = [...droppedAttributes];
  for (const candidate of candidates) {
    const name = featureName(candidate);
    const values: number[] = [];
    records.forEach((record, row) => {
      const value = featureRawValue(candidate, record, row);
      if (value !== null) values.push(value);
    });
    const scale = values.length > 0 ? standardDeviation(values) : 0;
    if (!(scale > 1e-12)) dropped.push(name);
    else features.push({ ...candidate, name, center: mean(values), scale });
  }
  return { version: 1, features, references, dropped };
}

/** The standardised feature vector of one record (`row` only labels errors). O(features). */
export function encodeRecord(encoding: Encoding, record: StudentRecord, row = 0): number[] {
  return encoding.features.map((feature) => {
    const value = featureRawValue(feature, record, row);
    return value === null ? 0 : (value - feature.center) / feature.scale;
  });
}

/** The standardised feature matrix of `records`, one row per record. O(rows × features). */
export function encodeRecords(encoding: Encoding, records: readonly StudentRecord[]): number[][] {
  return records.map((record, row) => encodeRecord(encoding, record, row));
}

/** The readable name of a feature. */
export function featureName(feature: NumericFeature | CategoryFeature): string {
  if ('level' in feature) return `${feature.attribute}=${feature.level}`;
  if (feature.transform === 'log1p') return `log1p(${feature.attribute})`;
  if (feature.transform === 'positive') return `${feature.attribute}>0`;
  return feature.attribute;
}

/** Levels present in the training rows, most frequent first; ties in dictionary order, then alphabetical. */
function levelsByFrequency(
  records: readonly StudentRecord[],
  name: string,
  known: readonly string[],
): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = record[name];
    if (isBlank(value)) continue;
    const level = String(value).trim();
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const order = (level: string) => (known.includes(level) ? known.indexOf(level) : known.length);
  // Alphabetical (by UTF-16 code unit) first; the second sort is stable, so it keeps that order among ties.
  return [...counts.keys()]
    .sort()
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order(a) - order(b));
}

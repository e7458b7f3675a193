/**
 * What a version's model JSON says about where the model came from, for the card and the sidebar: whether it
 * was fitted outside PassCompass (`LogisticModel.origin`, set by the import of BigQuery ML weights), and which
 * PassCompass release registered it (`addOnVersion`). Read leniently: the model itself was checked when the
 * version was loaded, and JSON without these fields is simply a model trained here by an earlier release.
 */
import type { ImportedOrigin } from '../model/logistic';
import type { ModelVersion } from '../registry/model-version';

function modelFields(v: ModelVersion): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(v.modelJson);
    // Stryker disable next-line ConditionalExpression: a number, string or boolean has no origin or addOnVersion either.
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The origin of `v`'s model, or null for a model PassCompass trained (or JSON that cannot be read). */
export function importedOriginOf(v: ModelVersion): ImportedOrigin | null {
  const origin = modelFields(v)['origin'];
  if (typeof origin !== 'object' || origin === null) return null;
  const { from, inputsOf } = origin as { from?: unknown; inputsOf?: unknown };
  return from === 'BigQuery ML' && typeof inputsOf === 'number' ? { from, inputsOf } : null;
}

/**
 * Why the card has no `what` for a version without evidence: trained before PassCompass kept it, or imported
 * (the figures come from PassCompass's own cross-validation, which an imported model has not had).
 */
export function notRecordedWhy(what: string, imported: boolean): string {
  return imported
    ? `This version was imported from BigQuery ML: ${what} come from PassCompass's own cross-validation, which ` +
        'an imported model has not had. Weigh that before promoting it.'
    : `This version was trained before PassCompass kept ${what}. Train again to see them.`;
}

/** The PassCompass release that registered `v` ("0.1.0"), or null when its JSON predates the field. */
export function addOnVersionOf(v: ModelVersion): string | null {
  const version = modelFields(v)['addOnVersion'];
  return typeof version === 'string' && version !== '' ? version : null;
}

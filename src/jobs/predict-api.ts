/**
 * The web API's use cases: predictions for students sent in a request (`doPost`) and the health of the service
 * (`doGet`). A prediction is made exactly as Score students makes it (the champion, the same scoreability rule,
 * risk, main reasons) and logged in the inference log under a run id starting `API-`, with the student's key
 * pseudonymised with the same salt, never a name. Tiers follow the threshold rule (`highFrom`, `mediumFrom`)
 * whatever the Tier rule setting: a capacity ("the 25 highest risks are High") needs the whole roster, which
 * one request does not have. Call `predictStudents` under the lock: it appends to the log and may create the salt.
 */
import { DataError } from '../core/errors';
import type { StudentRecord } from '../core/data/dictionary';
import type { RequestedStudent } from '../core/api/predict-request';
import type { LogisticModel } from '../core/model/logistic';
import { riskOfFailing } from '../core/model/score';
import { mainReasons } from '../core/scoring/reasons';
import { pseudonym } from '../core/scoring/pseudonym';
import { imputedNote, modelAttributes, scoreability } from '../core/scoring/scoreability';
import { type Tier, tierAssignment } from '../core/scoring/tiers';
import type { Settings } from '../core/settings';
import { sha256Hex } from '../core/sha256';
import { Registry, type RegistrySheets } from './registry';
import type { Digests, InferenceLog, KeyValueStore } from './ports';
import { MAX_LOG_ROWS } from './score/finish-run';
import { SALT_KEY } from './score/score-students';

/** What the log's Run column holds for rows written by the web API, before the time and a short id. */
export const API_RUN_PREFIX = 'API-';

export interface PredictDeps extends RegistrySheets {
  digests: Digests;
  log: InferenceLog;
  store: KeyValueStore;
  settings: Settings;
  now: () => Date;
  uuid: () => string;
}

export interface Prediction {
  /** P(fail), or null when the student cannot be scored (then `reasons` says why). */
  risk: number | null;
  tier: Tier | null;
  /** The main reasons in words (none for Low), or why the student was not scored. */
  reasons: string[];
  /** Which values were blank and filled in as the training data's typical value, when any. */
  note?: string;
}

export interface PredictResult {
  modelVersion: number;
  tierRule: { highFrom: number; mediumFrom: number };
  predictions: Prediction[];
}

/** The champion, or a `DataError` saying why there is none. */
function champion(deps: PredictDeps) {
  const registry = Registry.read(deps, deps.digests);
  const version = registry.champion();
  if (!version)
    throw new DataError(
      `There is no champion model to predict with.${registry.problems.map((p) => ` ${p}`).join('')}`,
    );
  return version;
}

/** Scores `students` with the champion and appends one log row per student (one write). */
export function predictStudents(deps: PredictDeps, students: readonly RequestedStudent[]): PredictResult {
  const version = champion(deps);
  const model = JSON.parse(version.modelJson) as LogisticModel;
  const attributes = modelAttributes(model);
  const rule = { highFrom: deps.settings.highFrom, mediumFrom: deps.settings.mediumFrom };
  const scored = students.map((student, i) => {
    const record: StudentRecord = Object.fromEntries(
      attributes.map((name) => [name, student.values[name] ?? null]),
    );
    const verdict = scoreability(model, record);
    if (!verdict.ok) return { risk: null, reasons: [verdict.why], note: '' };
    const risk = riskOfFailing(model, [record])[0] ?? null;
    const reasons = mainReasons(model, record, 3, i).map((reason) => reason.text);
    return { risk, reasons, note: imputedNote(verdict.blanks) };
  });
  const { tiers } = tierAssignment(
    scored.map((s) => s.risk),
    { kind: 'thresholds', ...rule },
  );
  const predictions = scored.map((s, i): Prediction => {
    const tier = tiers[i] ?? null;
    // As in the roster: a Low-tier student has no strong risk factor worth naming.
    const reasons = tier === 'Low' ? [] : s.reasons;
    return { risk: s.risk, tier, reasons, ...(s.note ? { note: s.note } : {}) };
  });
  log(deps, version.version, students, predictions, attributes);
  return { modelVersion: version.version, tierRule: rule, predictions };
}

function log(
  deps: PredictDeps,
  version: number,
  students: readonly RequestedStudent[],
  predictions: readonly Prediction[],
  attributes: readonly string[],
): void {
  const at = deps.now();
  const runId = `${API_RUN_PREFIX}${at.toISOString()}-${deps.uuid().slice(0, 8)}`;
  const salt = saltOf(deps.store, deps.uuid);
  deps.log.append(
    students.map((student, i) => [
      at,
      runId,
      version,
      // No key: nothing to join on later, and nothing to hash.
      student.key === null ? '' : pseudonym(student.key, salt, sha256Hex),
      predictions[i]?.risk ?? '',
      predictions[i]?.tier ?? '',
      JSON.stringify(attributes.map((name) => student.values[name] ?? null)),
    ]),
  );
  deps.log.trim(MAX_LOG_ROWS);
}

/** The pseudonym salt Score students uses, created the same way when no run has made it yet. */
function saltOf(store: KeyValueStore, uuid: () => string): string {
  const existing = store.get(SALT_KEY);
  if (existing) return existing;
  const salt = uuid();
  store.set(SALT_KEY, salt);
  return salt;
}

export interface Health {
  status: 'ok' | 'no champion';
  modelVersion: number | null;
  trainedAt: string | null;
  /** The champion's cross-validated metrics (ROC AUC, Brier, …): about the model, never about a student. */
  metrics: Record<string, number> | null;
  problems: string[];
}

/** The service's health: whether there is a champion to predict with, and its version and metrics. */
export function health(deps: RegistrySheets & { digests: Digests }): Health {
  const registry = Registry.read(deps, deps.digests);
  const version = registry.champion();
  if (!version)
    return {
      status: 'no champion',
      modelVersion: null,
      trainedAt: null,
      metrics: null,
      problems: registry.problems,
    };
  return {
    status: 'ok',
    modelVersion: version.version,
    trainedAt: version.createdAt,
    metrics: version.metrics,
    problems: registry.problems,
  };
}

/**
 * The columns of the `Inference log` sheet, shared by the step that appends a run's rows and the step that fills
 * in their tiers once the whole roster has a risk.
 */
export const LOG_HEADER = [
  'Time',
  'Run',
  'Model version',
  'Student key',
  'Risk of failing',
  'Tier',
  'Inputs (JSON)',
] as const;

/** 0-based column of the tier, written when the run finishes. */
export const LOG_TIER_COLUMN = LOG_HEADER.indexOf('Tier');

/** 0-based column of the run id, by which a run finds its own rows. */
export const LOG_RUN_COLUMN = LOG_HEADER.indexOf('Run');

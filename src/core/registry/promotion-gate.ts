/**
 * The rule that decides whether a newly trained version replaces the champion on its own. A model only
 * replaces another automatically when the comparison is fair: the same training data (same fingerprint), the
 * same moment in the term, and a strictly higher cross-validated ROC AUC. Everything else waits as challenger for
 * a person to promote it.
 */
import type { ModelVersion } from './model-version';

export interface GateDecision {
  alias: 'champion' | 'challenger';
  reason: string;
}

const fmt = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));

export function decidePromotion(candidate: ModelVersion, champion: ModelVersion | null): GateDecision {
  if (!champion) return { alias: 'champion', reason: 'first version' };
  const mine = candidate.metrics['auc'];
  const theirs = champion.metrics['auc'];
  if (candidate.dataFingerprint !== champion.dataFingerprint) {
    return {
      alias: 'challenger',
      reason: `trained on different data from champion v${champion.version}; promote by hand`,
    };
  }
  if (candidate.mode !== champion.mode) {
    return {
      alias: 'challenger',
      reason: `${candidate.mode}-term model vs ${champion.mode}-term champion; promote by hand`,
    };
  }
  if (mine !== undefined && theirs !== undefined && mine > theirs) {
    return {
      alias: 'champion',
      reason: `CV ROC AUC ${fmt(mine)} beats champion v${champion.version} (${fmt(theirs)})`,
    };
  }
  return {
    alias: 'challenger',
    reason: `CV ROC AUC ${fmt(mine)} does not beat champion v${champion.version} (${fmt(theirs)})`,
  };
}

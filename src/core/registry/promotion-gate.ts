/**
 * The rule that decides whether a newly trained version replaces the champion on its own. A model only
 * replaces another automatically when the comparison is fair and its figures can be believed: the same training
 * data (same fingerprint), the same moment in the term, a strictly higher cross-validated ROC AUC, and a
 * champion whose row is wholly covered by its checksum (`integrity.ts`). Everything else waits as challenger for
 * a person to promote it: in particular a champion that could not be loaded (an edited row) is never replaced
 * by training alone, since editing the champion's row must not be a way to let any new model take its place.
 */
import type { ModelVersion } from './model-version';

export interface GateDecision {
  alias: 'champion' | 'challenger';
  reason: string;
}

/** A champion named by the Aliases history whose row could not be loaded, and why. */
export interface UnusableChampion {
  version: number;
  unusable: string;
}

const fmt = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(3));

export function decidePromotion(
  candidate: ModelVersion,
  champion: ModelVersion | UnusableChampion | null,
): GateDecision {
  if (!champion) return { alias: 'champion', reason: 'first version' };
  if ('unusable' in champion) {
    return {
      alias: 'challenger',
      reason: `champion v${champion.version} could not be loaded (${champion.unusable}), so nothing was compared; promote by hand`,
    };
  }
  const mine = candidate.metrics['auc'];
  const theirs = champion.metrics['auc'];
  if (champion.checksumCovers === 'model') {
    return {
      alias: 'challenger',
      reason: `champion v${champion.version} was recorded by an earlier PassCompass and its CV ROC AUC (${fmt(theirs)}) is not covered by its checksum, so it is not compared; promote by hand`,
    };
  }
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

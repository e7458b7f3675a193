/**
 * Where this spreadsheet stands, for the sidebar: the champion and what it promises, the last scoring run, a
 * run still under way, and daily monitoring. Read from the registry sheets (one read each) and the document's
 * background record; nothing is written, so opening the sidebar never changes the workbook.
 */
import { type CardSummary, cardSummary } from '../core/model-card/card-summary';
import { importedOriginOf } from '../core/model-card/model-json-facts';
import { expectedCatch } from '../core/scoring/catch-curve';
import { TamperedVersionError } from '../core/registry/integrity';
import type { Settings } from '../core/settings';
import { type LastCheck, type LastScoring, loadBackground } from './background/background-state';
import { monitoringStatus } from './monitoring/daily-monitoring';
import type { Digests, KeyValueStore } from './ports';
import { Registry, type RegistrySheets } from './registry';
import { tierRuleOf } from './score/finish-run';
import { pendingRun } from './score/score-students';

export interface StatusDeps extends RegistrySheets {
  store: KeyValueStore;
  digests: Digests;
  settings: Settings;
}

export interface ChampionFacts {
  version: number;
  mode: 'early' | 'mid';
  createdAt: Date;
  rows: number;
  auc: number | null;
  /** Expected share of the students who will fail that the High tier holds, under the current tier rule. */
  highHolds: number | null;
  /** Its model card in brief (see `core/model-card/card-summary.ts`). */
  card: CardSummary;
  /** True for weights imported from BigQuery ML: its figures were measured on the sheet's rows, not cross-validated. */
  imported: boolean;
}

export interface WorkbookStatus {
  champion: ChampionFacts | null;
  championProblem: string | null;
  challenger: number | null;
  lastScoring: LastScoring | null;
  scoringUnderway: { scored: number; total: number } | null;
  monitoring: { on: boolean; nextCheck: Date | null; lastCheck: LastCheck | null };
}

const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

export function workbookStatus(deps: StatusDeps): WorkbookStatus {
  const background = loadBackground(deps.store);
  const registry = Registry.read(deps, deps.digests);
  let champion: ChampionFacts | null = null;
  let championProblem: string | null = null;
  try {
    const loaded = registry.champion();
    if (loaded) {
      // A capacity rule's share depends on how many students are ranked: the last run's count stands in for the
      // roster until this one is scored.
      const rule = tierRuleOf(deps.settings);
      const ranked = background.lastScoring?.scored ?? 0;
      const holds = loaded.catchCurve ? finite(expectedCatch(loaded.catchCurve, rule, ranked)) : null;
      champion = {
        version: loaded.version,
        mode: loaded.mode,
        createdAt: new Date(loaded.createdAt),
        rows: loaded.rows,
        auc: finite(loaded.metrics['auc']),
        highHolds: holds,
        card: cardSummary(loaded),
        imported: importedOriginOf(loaded) !== null,
      };
    }
  } catch (error) {
    if (!(error instanceof TamperedVersionError)) throw error;
    championProblem = error.message;
  }
  const pending = pendingRun(deps.store);
  const monitoring = monitoringStatus(deps.store);
  return {
    champion,
    championProblem,
    challenger: registry.aliases().challenger,
    lastScoring: background.lastScoring,
    scoringUnderway: pending ? { scored: pending.nextRow, total: pending.dataRows } : null,
    monitoring: { on: monitoring.on, nextCheck: monitoring.nextCheck, lastCheck: background.lastCheck },
  };
}

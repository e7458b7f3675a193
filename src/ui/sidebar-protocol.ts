/**
 * What the sidebar and the server say to each other through `google.script.run`: one request type, one reply
 * type, shared by the page (`src/sidebar/client.ts`) and the entry point (`src/ui/sidebar.ts`). Only plain JSON
 * crosses (Apps Script drops Dates and functions on the way), so times arrive as text already written in the
 * spreadsheet's time zone. Nothing here holds a student's data: counts, versions and words only.
 */

/** What the sidebar can ask for: its status, or one of the jobs of the menu. */
export const SIDEBAR_ACTIONS = [
  'status',
  'checkData',
  'train',
  'score',
  'checkNow',
  'settings',
  'modelCard',
] as const;
export type SidebarAction = (typeof SIDEBAR_ACTIONS)[number];

export interface SidebarRequest {
  action: SidebarAction;
}

export interface ChampionView {
  version: number;
  /** "early-term" (no grades of the term yet) or "mid-term" (first and second period grades). */
  moment: string;
  trainedAt: string;
  /** Students with a final grade it learned from. */
  rows: number;
  /** Cross-validated ROC AUC (for an imported model, measured on the sheet's rows); null when unmeasured. */
  auc: number | null;
  /** True for weights imported from BigQuery ML (Import BigQuery ML weights…). */
  imported: boolean;
  /**
   * Of every 10 students who will fail, about how many the High tier holds (from cross-validation and the
   * current tier rule); null when it cannot be said (no catch curve, or no roster scored yet with a capacity).
   */
  highHoldsOf10: number | null;
  /** Its model card in a few lines (`core/model-card/card-summary.ts`); the Model card button opens the rest. */
  card: CardView;
}

/** The champion's model card in brief: each line a sentence, null when not recorded for this version. */
export interface CardView {
  /** "ROC AUC 0.72 (95% interval 0.65 to 0.79)". */
  auc: string | null;
  /** "Of every 10 students who will fail, the High tier of 25 holds about 4." */
  highHolds: string | null;
  calibration: string | null;
  equity: string | null;
  /** True when the largest equity gap is above the acceptable gap. */
  equityFlagged: boolean;
  /** False for a version trained before PassCompass recorded calibration and equity. */
  recorded: boolean;
}

export interface ScoringView {
  at: string;
  version: number;
  scored: number;
  notScored: number;
  high: number;
  medium: number;
  low: number;
}

export interface MonitoringView {
  on: boolean;
  /** When the next daily check is due; null while monitoring is off. */
  nextCheck: string | null;
  lastCheck: { at: string; verdict: string; alert: string } | null;
}

export interface SidebarStatus {
  champion: ChampionView | null;
  /** Why the champion cannot be shown (a damaged Versions row), in words; null when all is well. */
  championProblem: string | null;
  /** A version trained but not scoring students yet; null when there is none. */
  challenger: number | null;
  /** How tiers are chosen now, in a sentence. */
  tierRule: string;
  lastScoring: ScoringView | null;
  /** A scoring run still under way in the background: how far it has got. */
  scoringUnderway: { scored: number; total: number } | null;
  monitoring: MonitoringView;
  /** PassCompass's own version (package.json's, set when dist/ is built), shown at the foot of the page. */
  addOnVersion: string;
}

export interface SidebarReply {
  /** False when the job stopped on something the teacher must fix (the message says what). */
  ok: boolean;
  /** What happened, in words: the same text the menu shows in its dialogs; '' for a plain status request. */
  message: string;
  status: SidebarStatus;
}

/** The request, checked: anything the page did not build is refused rather than guessed at. */
export function parseSidebarRequest(raw: unknown): SidebarRequest | { problem: string } {
  const action = typeof raw === 'object' && raw !== null ? (raw as { action?: unknown }).action : undefined;
  if (typeof action === 'string' && (SIDEBAR_ACTIONS as readonly string[]).includes(action))
    return { action: action as SidebarAction };
  return {
    problem: `The sidebar asked for something PassCompass does not know (${JSON.stringify(action)}).`,
  };
}

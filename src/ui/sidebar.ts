/**
 * The sidebar's server side: shows `Sidebar.html` and answers its requests (see `sidebar-protocol.ts`). A job
 * started from the sidebar is the menu's job with one difference: what the menu would show in a dialog comes
 * back as the reply's message, for the sidebar to show beside its buttons. Questions (continue a stopped run?)
 * are still asked in a dialog, which Sheets shows over the sidebar.
 */
import type { Settings } from '../core/settings';
import type { Dialogs } from '../jobs/ports';
import type { WorkbookStatus } from '../jobs/workbook-status';
import { PASSCOMPASS_VERSION } from '../version';
import { isUserFacing } from './run-from-menu';
import {
  type SidebarAction,
  type SidebarReply,
  type SidebarStatus,
  parseSidebarRequest,
} from './sidebar-protocol';

export const SIDEBAR_TITLE = 'PassCompass';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Dialogs whose messages are kept for the reply; questions go to `asker` (the spreadsheet's own dialogs). */
export function capturedDialogs(asker: Dialogs): Dialogs & { said(): string } {
  const lines: string[] = [];
  return {
    confirm: (title, message) => asker.confirm(title, message),
    prompt: (title, message) => asker.prompt(title, message),
    inform(title, message) {
      // "PassCompass: model trained" is a dialog's title; beside the buttons it reads "Model trained".
      const heading = title.replace(/^PassCompass: /, '');
      lines.push(`${heading.charAt(0).toUpperCase()}${heading.slice(1)}\n${message}`);
    },
    toast(message) {
      lines.push(message);
    },
    said: () => lines.join('\n\n'),
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** How tiers are chosen now, in a sentence a counsellor can check against the sheet. */
export function tierRuleSentence(settings: Settings): string {
  const medium = `Medium from ${percent(settings.mediumFrom)} risk, the rest Low`;
  return settings.tierRule === 'capacity'
    ? `The ${settings.capacity} students at highest risk are High (fewer when several share the risk at the cut-off); ${medium}.`
    : `High from ${percent(settings.highFrom)} risk; ${medium}.`;
}

/** The status as the page shows it: times written in the spreadsheet's time zone, shares as whole numbers. */
export function sidebarStatus(
  status: WorkbookStatus,
  settings: Settings,
  formatTime: (at: Date) => string,
): SidebarStatus {
  const { champion, lastScoring, monitoring } = status;
  return {
    champion: champion && {
      version: champion.version,
      moment: champion.mode === 'early' ? 'early-term' : 'mid-term',
      trainedAt: Number.isFinite(champion.createdAt.getTime()) ? formatTime(champion.createdAt) : 'unknown',
      rows: champion.rows,
      auc: champion.auc,
      imported: champion.imported,
      highHoldsOf10: champion.highHolds === null ? null : Math.round(champion.highHolds * 10),
      card: { ...champion.card },
    },
    championProblem: status.championProblem,
    challenger: status.challenger,
    tierRule: tierRuleSentence(settings),
    lastScoring: lastScoring && {
      at: formatTime(new Date(lastScoring.at)),
      version: lastScoring.version,
      scored: lastScoring.scored,
      notScored: lastScoring.notScored,
      high: lastScoring.tiers.High,
      medium: lastScoring.tiers.Medium,
      low: lastScoring.tiers.Low,
    },
    scoringUnderway: status.scoringUnderway,
    monitoring: {
      on: monitoring.on,
      nextCheck: monitoring.nextCheck && formatTime(monitoring.nextCheck),
      lastCheck: monitoring.lastCheck && {
        at: formatTime(new Date(monitoring.lastCheck.at)),
        verdict: monitoring.lastCheck.verdict,
        alert: monitoring.lastCheck.alert,
      },
    },
    addOnVersion: PASSCOMPASS_VERSION,
  };
}

export interface SidebarServer {
  /** The status, read afresh. */
  status(): SidebarStatus;
  /** Runs a job of the menu with `dialogs` in place of the spreadsheet's. */
  run(action: Exclude<SidebarAction, 'status'>, dialogs: Dialogs & { said(): string }): void;
  /** The spreadsheet's own dialogs, for questions. */
  asker(): Dialogs;
}

/**
 * Answers one request. Problems the teacher can act on come back as `ok: false` with their message; anything
 * else is thrown, so Apps Script logs it and the page's failure handler says the job failed.
 */
export function answerSidebar(raw: unknown, server: SidebarServer): SidebarReply {
  const request = parseSidebarRequest(raw);
  if ('problem' in request) return { ok: false, message: request.problem, status: server.status() };
  if (request.action === 'status') return { ok: true, message: '', status: server.status() };
  const dialogs = capturedDialogs(server.asker());
  let ok = true;
  try {
    server.run(request.action, dialogs);
  } catch (error) {
    if (!isUserFacing(error)) throw error;
    dialogs.inform('Stopped', error.message);
    ok = false;
  }
  return { ok, message: dialogs.said(), status: server.status() };
}

/**
 * The sidebar page's script (bundled into `Sidebar.html` by `scripts/build.ts`). It asks the server for the
 * status on load and after every job, and shows it. Every value from the server is written with `textContent`,
 * never as HTML: a version's reason or a sheet's name typed by someone else is shown, not run.
 */
import type { SidebarAction, SidebarReply, SidebarRequest, SidebarStatus } from '../ui/sidebar-protocol';

interface ScriptRun {
  withSuccessHandler(handler: (reply: SidebarReply) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  sidebarRequest(request: SidebarRequest): void;
}

declare const google: { script: { run: ScriptRun } };

/** What the result area says while a job runs; training and scoring can take a minute. */
const WORKING: Record<SidebarAction, string> = {
  status: 'Reading the status…',
  checkData: 'Checking the Students sheet…',
  train: 'Training: this takes up to a minute…',
  score: 'Scoring students…',
  checkNow: 'Running the monitoring check…',
  settings: 'Opening Settings…',
  modelCard: 'Writing the model card…',
};

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Sidebar.html has no #${id}`);
  return element;
};

/** Replaces `parent`'s children with one paragraph per line (text only). */
function showLines(parent: HTMLElement, lines: readonly string[]): void {
  parent.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function championLines(status: SidebarStatus): string[] {
  const c = status.champion;
  if (!c) {
    return [
      status.championProblem ?? 'No model yet.',
      'Train model learns from students with a final grade (G3), for example last year’s class.',
    ];
  }
  const lines = [
    c.imported
      ? `Version ${c.version}, an ${c.moment} model fitted in BigQuery ML, imported ${c.trainedAt} and measured on ${count(c.rows, 'student')} with a final grade.`
      : `Version ${c.version}, an ${c.moment} model, trained ${c.trainedAt} on ${count(c.rows, 'student')} with a final grade.`,
    c.auc === null
      ? 'Its ranking quality could not be measured.'
      : `Ranking quality (${c.imported ? 'AUC on those students, not cross-validated' : 'cross-validated AUC'}): ${c.auc.toFixed(2)}, where 0.5 is a coin toss and 1 is perfect.`,
  ];
  if (c.highHoldsOf10 !== null)
    lines.push(`Of every 10 students who will fail, the High tier holds about ${c.highHoldsOf10}.`);
  if (status.challenger !== null)
    lines.push(
      `Version ${status.challenger} was registered since and waits as the challenger: PassCompass ▸ Promote challenger… makes it score students.`,
    );
  return lines;
}

/** The champion's model card in brief; the equity line is marked when its gap is above the acceptable gap. */
function showCard(status: SidebarStatus): void {
  const section = byId('card-section');
  const c = status.champion;
  section.hidden = c === null;
  if (!c) return;
  const card = c.card;
  const lines: { text: string; flagged?: boolean }[] = [];
  if (card.auc) lines.push({ text: `${card.auc}.` });
  if (card.highHolds && c.highHoldsOf10 === null) lines.push({ text: card.highHolds });
  if (card.calibration) lines.push({ text: card.calibration });
  if (card.equity) lines.push({ text: card.equity, flagged: card.equityFlagged });
  if (!card.recorded)
    lines.push({
      text: 'Calibration and equity were not recorded for this version (trained before PassCompass kept them); train again to see them.',
    });
  byId('card').replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line.text;
      if (line.flagged) p.className = 'flagged';
      return p;
    }),
  );
}

function scoringLines(status: SidebarStatus): string[] {
  const lines: string[] = [];
  const s = status.lastScoring;
  if (s) {
    lines.push(`${s.at}, with version ${s.version}: ${count(s.scored, 'student')} scored.`);
    lines.push(`High ${s.high} · Medium ${s.medium} · Low ${s.low}`);
    if (s.notScored > 0)
      lines.push(
        `${count(s.notScored, 'row')} could not be scored: Main reasons on the Students sheet says why.`,
      );
  } else lines.push('No students scored yet.');
  const underway = status.scoringUnderway;
  if (underway)
    lines.push(
      `Scoring continues in the background: ${underway.scored.toLocaleString('en')} of ${underway.total.toLocaleString('en')} rows so far.`,
    );
  lines.push(status.tierRule);
  return lines;
}

function monitoringLines(status: SidebarStatus): string[] {
  const m = status.monitoring;
  const lines = [m.on ? `Daily check on; next at ${m.nextCheck ?? 'an unknown time'}.` : 'Daily check off.'];
  if (m.lastCheck) {
    lines.push(
      `Last check ${m.lastCheck.at}. Verdict: ${m.lastCheck.verdict}${m.lastCheck.verdict === 'OK' ? '' : '; the Monitoring sheet says why'}.`,
    );
    lines.push(`Alert: ${m.lastCheck.alert}.`);
  }
  return lines;
}

function showStatus(status: SidebarStatus): void {
  showLines(byId('champion'), championLines(status));
  showCard(status);
  showLines(byId('scoring'), scoringLines(status));
  const m = status.monitoring;
  byId('monitoring-section').hidden = !m.on && m.lastCheck === null;
  showLines(byId('monitoring'), monitoringLines(status));
  byId('version').textContent = `PassCompass ${status.addOnVersion}`;
}

const buttons = (): HTMLButtonElement[] =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-action]'));

function setBusy(action: SidebarAction | null): void {
  document.body.setAttribute('aria-busy', action === null ? 'false' : 'true');
  for (const button of buttons()) button.disabled = action !== null;
  if (action !== null) showResult(WORKING[action], 'working');
}

function showResult(message: string, kind: 'working' | 'done' | 'problem'): void {
  const result = byId('result');
  result.dataset['kind'] = kind;
  result.hidden = message === '';
  result.textContent = message;
}

function send(action: SidebarAction): void {
  setBusy(action);
  google.script.run
    .withSuccessHandler((reply) => {
      setBusy(null);
      showStatus(reply.status);
      showResult(reply.message, reply.ok ? 'done' : 'problem');
    })
    .withFailureHandler((error) => {
      setBusy(null);
      showResult(`That did not work: ${error.message}`, 'problem');
    })
    .sidebarRequest({ action });
}

function start(): void {
  for (const button of buttons())
    button.addEventListener('click', () => send(button.dataset['action'] as SidebarAction));
  send('status');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

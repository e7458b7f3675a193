/**
 * The sidebar page in Chromium: the built `Sidebar.html`, as the bundle shows it, wired to the add-on's real
 * `sidebarRequest` on the local runtime (or, for replies no workbook produces, to a stand-in server).
 */
import type { Browser, Page } from 'playwright-core';
import { startAddOn } from '../../src/local/bundle';
import type { SidebarReply, SidebarStatus } from '../../src/ui/sidebar-protocol';
import { packageVersion } from '../../scripts/build';
import { saveSettings } from '../bundle/support';
import { launchChromium, withGoogleScriptStub } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Server = (request: unknown) => Promise<unknown>;

/** The sidebar the bundle shows, in a page whose `google.script.run.sidebarRequest` calls `server`. */
async function openSidebar(server: Server): Promise<Page> {
  const { runtime, addOn } = startAddOn();
  addOn.call('showSidebar');
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('callServer', async (name: string, args: string) => {
    if (name !== 'sidebarRequest') throw new Error(`The sidebar called ${name}`);
    return JSON.stringify(await server((JSON.parse(args) as unknown[])[0]));
  });
  await page.setContent(withGoogleScriptStub(runtime.ui.sidebars[0]?.html ?? ''));
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

const EMPTY: SidebarStatus = {
  champion: null,
  championProblem: null,
  challenger: null,
  tierRule: 'High from 50% risk; Medium from 30% risk, the rest Low.',
  lastScoring: null,
  scoringUnderway: null,
  monitoring: { on: false, nextCheck: null, lastCheck: null },
  addOnVersion: '0.1.0',
};

describe('the sidebar page', () => {
  it('shows the status on opening, and runs Train and Score with a busy state and the result in words', async () => {
    const started = startAddOn();
    started.addOn.call('loadSampleBothCourses');
    saveSettings(started.runtime, { mode: 'early', folds: 3 });
    // Each reply waits for the test's go-ahead, so the page can be seen while the job runs.
    let release: () => void = () => undefined;
    const page = await openSidebar(async (request) => {
      if ((request as { action?: string }).action !== 'status')
        await new Promise<void>((resolve) => (release = resolve));
      return started.addOn.call('sidebarRequest', request);
    });
    await page.getByText('No model yet.').waitFor();
    expect(await page.locator('#monitoring-section').isHidden()).toBe(true);
    // One quiet line at the foot: the version dist/ was built from (package.json's).
    expect(await text(page, '#version')).toBe(`PassCompass ${packageVersion()}`);

    await page.getByRole('button', { name: 'Train model' }).click();
    await page.getByText('Training: this takes up to a minute…').waitFor();
    expect(await page.locator('body').getAttribute('aria-busy')).toBe('true');
    for (const button of await page.locator('button').all()) expect(await button.isDisabled()).toBe(true);
    release();
    await page.getByText(/^Version 1, an early-term model, trained .* on 1,044 students/).waitFor();
    expect(await page.locator('body').getAttribute('aria-busy')).toBe('false');
    for (const button of await page.locator('button').all()) expect(await button.isEnabled()).toBe(true);
    expect(await text(page, '#result')).toMatch(/^Model trained\nVersion 1 \(early-term model/);

    await page.getByRole('button', { name: 'Score students' }).click();
    release();
    await page.getByText(/1,044 students scored\.$/).waitFor();
    expect(await text(page, '#scoring')).toMatch(/High 25 · Medium \d+ · Low \d+/);
    expect(await text(page, '#champion')).toMatch(
      /Of every 10 students who will fail, the High tier holds about \d+\./,
    );

    // The champion's model card in brief, and the button that opens it.
    const card = await text(page, '#card');
    expect(card).toMatch(/^ROC AUC 0\.\d\d \(95% interval 0\.\d\d to 0\.\d\d\)\./);
    expect(card).toMatch(/Percentages (not )?corrected/);
    expect(card).toMatch(
      /Largest equity gap, by [^:]+: .* the acceptable gap of \d+ points(\.|, and it may be chance\.)/,
    );
    await page.getByRole('button', { name: 'Open the model card' }).click();
    await page.getByText('Writing the model card…').waitFor();
    release();
    await page.getByText('The model card of version 1 is on the "Model card v1" sheet.').waitFor();
    expect(started.runtime.spreadsheet.getActiveSheet().getName()).toBe('Model card v1');
    await page.close();
  });

  it('marks an equity gap above the acceptable gap, and says when a version recorded no card figures', async () => {
    const champion = {
      version: 4,
      moment: 'early-term',
      trainedAt: '2 Dec 2026 09:00',
      rows: 395,
      auc: 0.72,
      imported: false,
      highHoldsOf10: null,
    };
    const flagged: SidebarStatus = {
      ...EMPTY,
      champion: {
        ...champion,
        card: {
          auc: 'ROC AUC 0.72 (95% interval 0.65 to 0.79)',
          highHolds: 'Of every 10 students who will fail, the High tier of 25 holds about 4.',
          calibration:
            'Percentages corrected (Platt scaling); on average 3 points from the share who failed.',
          equity:
            'Largest equity gap, by sex: failing students missed, female (F) vs male (M), 14 points (95% interval 2 to 26): above the acceptable gap of 10 points.',
          equityFlagged: true,
          recorded: true,
        },
      },
    };
    let status = flagged;
    const page = await openSidebar(async () => ({ ok: true, message: '', status }) as SidebarReply);
    await page.getByText(/^Largest equity gap/).waitFor();
    expect(await page.locator('#card p.flagged').innerText()).toMatch(/above the acceptable gap/);
    expect(await text(page, '#card')).toContain('the High tier of 25 holds about 4.');
    status = {
      ...EMPTY,
      champion: {
        ...champion,
        card: {
          auc: 'ROC AUC 0.72 (no interval recorded for this version)',
          highHolds: null,
          calibration: null,
          equity: null,
          equityFlagged: false,
          recorded: false,
        },
      },
    };
    await page.getByRole('button', { name: 'Check data' }).click();
    await page.getByText(/^Calibration and equity were not recorded for this version/).waitFor();
    expect(await page.locator('#card p.flagged').count()).toBe(0);
    // A champion imported from BigQuery ML: fitted elsewhere, its AUC measured on the sheet's own rows.
    const recordedNothing = status.champion;
    if (recordedNothing === null) throw new Error('the status above has a champion');
    status = { ...status, champion: { ...recordedNothing, imported: true } };
    await page.getByRole('button', { name: 'Check data' }).click();
    await page
      .getByText(
        'Version 4, an early-term model fitted in BigQuery ML, imported 2 Dec 2026 09:00 and measured on 395 students with a final grade.',
      )
      .waitFor();
    expect(await text(page, '#champion')).toContain(
      'Ranking quality (AUC on those students, not cross-validated): 0.72, where 0.5 is a coin toss',
    );
    await page.close();
  });

  it('shows text from the workbook as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__ran = true">';
    const status: SidebarStatus = {
      ...EMPTY,
      championProblem: `Versions row 2: "Reason" ${hostile}`,
      monitoring: {
        on: true,
        nextCheck: hostile,
        lastCheck: { at: hostile, verdict: hostile, alert: hostile },
      },
    };
    const page = await openSidebar(async () => ({ ok: false, message: hostile, status }) as SidebarReply);
    await page.getByText(`Alert: ${hostile}.`).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(await text(page, '#result')).toBe(hostile);
    expect(await text(page, '#champion')).toContain(hostile);
    await page.close();
  });

  it('writes nothing as HTML: the built script never uses innerHTML or its relatives', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('showSidebar');
    const html = runtime.ui.sidebars[0]?.html ?? '';
    const script = html.slice(html.lastIndexOf('<script>'));
    expect(script).toContain('textContent');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('says when a job failed, and is ready again', async () => {
    let calls = 0;
    const page = await openSidebar(async () => {
      calls += 1;
      if (calls > 1) throw new Error('Service Spreadsheets timed out');
      return { ok: true, message: '', status: EMPTY };
    });
    await page.getByText('No model yet.').waitFor();
    await page.getByRole('button', { name: 'Check data' }).click();
    await page.getByText(/^That did not work: .*Service Spreadsheets timed out/).waitFor();
    expect(await page.getByRole('button', { name: 'Check data' }).isEnabled()).toBe(true);
    expect(await page.locator('#result').getAttribute('data-kind')).toBe('problem');
    await page.close();
  });
});

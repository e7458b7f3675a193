import { startAddOn } from '../../src/local/bundle';

const MENU_FUNCTIONS = [
  'showSidebar',
  'loadSampleMath',
  'loadSamplePortuguese',
  'loadSampleBothCourses',
  'checkData',
  'trainModel',
  'scoreStudents',
  'checkNow',
  'turnOnDailyMonitoring',
  'turnOffDailyMonitoring',
  'showSettings',
  'showModelCard',
  'promoteChallenger',
  'rollBackChampion',
  'importBigQueryWeights',
];

describe('the add-on menu, built by the bundle', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)('appears under onOpen in AuthMode.%s', (mode) => {
    const { runtime, addOn } = startAddOn();
    addOn.call('onOpen', runtime.openEvent(mode));
    expect(runtime.ui.menuFunctionNames()).toEqual(MENU_FUNCTIONS);
  });

  it('names only functions that exist in the bundle', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('onOpen', runtime.openEvent('FULL'));
    const names = runtime.ui.menuFunctionNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !addOn.has(name))).toEqual([]);
  });

  it('is also built by onInstall, so it shows without reopening the spreadsheet', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('onInstall', runtime.openEvent('FULL'));
    expect(runtime.ui.menuFunctionNames()).toContain('loadSampleBothCourses');
  });

  it('is built from the spreadsheet UI alone, touching no data or other service', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('onOpen', runtime.openEvent('NONE'));
    const services = Object.keys(runtime.calls.snapshot()).map((key) => key.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui']));
    expect(runtime.calls.count('SpreadsheetApp.SpreadsheetApp.getUi')).toBe(1);
    expect(runtime.calls.cells()).toBe(0);
  });
});

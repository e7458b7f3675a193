/**
 * The add-on menu under Extensions ▸ PassCompass. Items name entry points declared in `src/main.ts`; a bundle
 * test checks that every name exists. The menu is static so that it can be built in `onOpen` under
 * AuthMode.NONE, where an add-on may build menus and nothing else. Only jobs that work get an item.
 */

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface SubMenu {
  caption: string;
  items: MenuItem[];
}

export type MenuEntry = MenuItem | SubMenu | 'separator';

export const ADDON_MENU: readonly MenuEntry[] = [
  { caption: 'Open PassCompass', functionName: 'showSidebar' },
  'separator',
  {
    caption: 'Load sample data',
    items: [
      { caption: 'Math', functionName: 'loadSampleMath' },
      { caption: 'Portuguese', functionName: 'loadSamplePortuguese' },
      { caption: 'Both courses', functionName: 'loadSampleBothCourses' },
    ],
  },
  { caption: 'Check data', functionName: 'checkData' },
  { caption: 'Train model', functionName: 'trainModel' },
  { caption: 'Score students', functionName: 'scoreStudents' },
  { caption: 'Check now', functionName: 'checkNow' },
  {
    caption: 'Daily monitoring',
    items: [
      { caption: 'Turn on daily monitoring', functionName: 'turnOnDailyMonitoring' },
      { caption: 'Turn off daily monitoring', functionName: 'turnOffDailyMonitoring' },
    ],
  },
  { caption: 'Settings…', functionName: 'showSettings' },
  'separator',
  { caption: 'Model card…', functionName: 'showModelCard' },
  { caption: 'Promote challenger…', functionName: 'promoteChallenger' },
  { caption: 'Roll back champion…', functionName: 'rollBackChampion' },
  { caption: 'Import BigQuery ML weights…', functionName: 'importBigQueryWeights' },
];

/**
 * Items only a script bound to the spreadsheet shows: a web app is a deployment of one script, so the web API
 * (README, "Web API") exists only there, never for a Marketplace add-on.
 */
export const BOUND_ONLY_MENU: readonly MenuEntry[] = [
  { caption: 'Web API token…', functionName: 'createWebApiToken' },
];

/** The caption of the top-level menu of a script bound to the spreadsheet. */
export const MENU_CAPTION = 'PassCompass';

/**
 * Adds the PassCompass menu to the spreadsheet's UI. A Marketplace add-on must use the add-on menu
 * (Extensions ▸ PassCompass). In a script bound to the spreadsheet that menu would carry the script project's
 * name ("Untitled project"), so there PassCompass adds a top-level menu of its own. `bound` is known only with
 * authorisation: under `AuthMode.NONE` only an add-on that is not yet enabled in this document runs `onOpen`.
 */
export function buildAddonMenu(
  ui: GoogleAppsScript.Base.Ui,
  bound = false,
  entries: readonly MenuEntry[] = ADDON_MENU,
): void {
  const menu = bound ? ui.createMenu(MENU_CAPTION) : ui.createAddonMenu();
  for (const entry of bound ? [...entries, ...BOUND_ONLY_MENU] : entries) {
    if (entry === 'separator') menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/**
 * The local `Menu` builder behind `Ui.createMenu` and `Ui.createAddonMenu`. Apps Script shows a menu only once
 * `addToUi()` is called; here that call hands a plain snapshot of the tree (captions and handler function names)
 * to the `LocalUi`, where tests read it, e.g. to check that every menu item names a function of the bundle.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';

/** One line of a recorded menu. */
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

/** A menu as it was when `addToUi()` was called. */
export interface RecordedMenu {
  caption: string;
  /** True for the add-on's own menu (`createAddonMenu`), under Extensions in Sheets. */
  addOn: boolean;
  entries: MenuEntry[];
}

type LiveEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: LocalMenu };

export class LocalMenu implements Subset<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  private readonly entries: LiveEntry[] = [];

  /** @param onAddToUi receives the snapshot; `LocalUi` records it. */
  constructor(
    readonly caption: string,
    readonly addOn: boolean,
    private readonly calls: CallLog,
    private readonly onAddToUi: (menu: RecordedMenu) => void,
  ) {}

  /**
   * Adds an item that runs the top-level function `functionName` when clicked.
   * @throws TypeError when either argument is not a string (Apps Script rejects the call the same way).
   */
  addItem(caption: string, functionName: string): this {
    this.calls.record('Ui', 'Menu.addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw new TypeError(
        `Menu.addItem(caption, functionName) needs two strings, got ${typeof caption}, ${typeof functionName}`,
      );
    }
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.calls.record('Ui', 'Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  /** @throws TypeError when `menu` is not a menu of the local runtime. */
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.calls.record('Ui', 'Menu.addSubMenu');
    if (!(menu instanceof LocalMenu))
      throw new TypeError('Menu.addSubMenu needs a Menu created by Ui.createMenu');
    if (menu === this) throw new RangeError('Menu.addSubMenu: a menu cannot contain itself');
    this.entries.push({ kind: 'submenu', menu });
    return this;
  }

  addToUi(): void {
    this.calls.record('Ui', 'Menu.addToUi');
    this.onAddToUi({ caption: this.caption, addOn: this.addOn, entries: this.snapshot() });
  }

  /** A deep copy of the entries as they are now. */
  snapshot(): MenuEntry[] {
    return this.entries.map((entry): MenuEntry => {
      if (entry.kind === 'submenu') {
        return { kind: 'submenu', caption: entry.menu.caption, entries: entry.menu.snapshot() };
      }
      return { ...entry };
    });
  }
}

/** Every handler function name in a set of recorded menus, depth first, in menu order. */
export function menuFunctionNames(menus: readonly RecordedMenu[]): string[] {
  const names: string[] = [];
  const visit = (entries: readonly MenuEntry[]): void => {
    for (const entry of entries) {
      if (entry.kind === 'item') names.push(entry.functionName);
      else if (entry.kind === 'submenu') visit(entry.entries);
    }
  };
  for (const menu of menus) visit(menu.entries);
  return names;
}

/**
 * Apps Script enums as the V8 runtime exposes them. They are not numbers (as `@types/google-apps-script`
 * declares them) nor strings, but one object per value whose `toString()`, `toJSON()` and `name()` give the
 * value's name and `ordinal()` its position (described by the gas-fakes project, which checks itself against
 * live Apps Script). Code that compares `response == ui.Button.YES` works on either; code that compares with a
 * string literal (`e.authMode === 'FULL'`) is wrong in Apps Script, and stays wrong here.
 */

/** One value of an Apps Script enum. */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
  compareTo(other: EnumValue): number;
}

/**
 * Builds the runtime object of an Apps Script enum from its value names, typed as the declared enum `E`
 * (`typeof GoogleAppsScript.Base.Button`), so the add-on's typed comparisons keep working. The cast is the one
 * place where the declared numeric enum and the runtime object meet.
 */
export function appsScriptEnum<E>(names: readonly (keyof E & string)[]): E {
  const values: Record<string, EnumValue> = {};
  names.forEach((name, index) => {
    const value: EnumValue = {
      name: () => name,
      ordinal: () => index,
      toString: () => name,
      toJSON: () => name,
      compareTo: (other) => index - other.ordinal(),
    };
    values[name] = Object.freeze(value);
  });
  return Object.freeze(values) as unknown as E;
}

/**
 * The enum value called `name`, for test hooks that take names (`ui.answerNext('YES')`).
 * @throws RangeError when the enum has no such value, listing the valid names.
 */
export function enumValueByName<E extends object>(enumObject: E, name: string, enumName: string): E[keyof E] {
  if (!Object.prototype.hasOwnProperty.call(enumObject, name)) {
    throw new RangeError(
      `${enumName} has no value ${name}; valid values: ${Object.keys(enumObject).join(', ')}`,
    );
  }
  return enumObject[name as keyof E];
}

/** The name of an enum value (what Apps Script's `toString()` returns). */
export function enumName(value: unknown): string {
  return String(value);
}

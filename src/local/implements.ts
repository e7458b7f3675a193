/**
 * Type-level glue that ties each local runtime class to the real Apps Script interface it stands in for, shared
 * by the spreadsheet runtime and the other services. Implementing a whole interface is impossible (a Sheets
 * `Range` has over 200 methods), so a class lists the methods it provides:
 * `class LocalMailApp implements Subset<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>`.
 * A listed name that the real interface lacks, a wrong parameter type or a wrong primitive return type then
 * fails the type check; `OnlyMembers` closes the other gap, a public method that is not in the list (so a
 * misspelled `getNmae` cannot hide as an extra method).
 *
 * Overloads: a conditional type sees only the last overload of a function, so `LooseOverloads` matches a method
 * against eight call signatures, which captures up to eight overloads (`Spreadsheet.insertSheet` has eight);
 * with fewer overloads the pattern repeats some of them, which is harmless. The local method must accept the
 * arguments of every overload: declare it with its own overload list, or with optional and union parameters.
 *
 * Parameters keep their real types (a local method taking a `Range` declares `GoogleAppsScript...Range |
 * LocalRange` and checks at run time that it got one of its own). Returns are kept when they are primitives,
 * enums or arrays of primitives, and loosened to `unknown` when they are service objects.
 *
 * Known gap: a parameter typed as an all-optional options object (`MailAdvancedParameters`) also accepts a string
 * in TypeScript's parameter comparison, so an overload taking a string in that position is not enforced.
 */

type Primitive = string | number | boolean | bigint | symbol | null | undefined | void;

type IsAny<T> = 0 extends 1 & T ? true : false;

/** The return type a local method must keep: primitives and primitive arrays exactly, anything else loosely. */
export type LooseReturn<R> =
  IsAny<R> extends true
    ? unknown
    : [R] extends [Primitive]
      ? R
      : [R] extends [readonly Primitive[]]
        ? R
        : [R] extends [readonly (readonly Primitive[])[]]
          ? R
          : unknown;

/** Every overload of `F` (up to eight), each with its return loosened, as one overloaded function type. */
export type LooseOverloads<F> = F extends {
  (...args: infer A1): infer R1;
  (...args: infer A2): infer R2;
  (...args: infer A3): infer R3;
  (...args: infer A4): infer R4;
  (...args: infer A5): infer R5;
  (...args: infer A6): infer R6;
  (...args: infer A7): infer R7;
  (...args: infer A8): infer R8;
}
  ? ((...args: A1) => LooseReturn<R1>) &
      ((...args: A2) => LooseReturn<R2>) &
      ((...args: A3) => LooseReturn<R3>) &
      ((...args: A4) => LooseReturn<R4>) &
      ((...args: A5) => LooseReturn<R5>) &
      ((...args: A6) => LooseReturn<R6>) &
      ((...args: A7) => LooseReturn<R7>) &
      ((...args: A8) => LooseReturn<R8>)
  : never;

/**
 * The members `K` of the real interface `T`: methods with the same parameters and loosened service-object
 * returns; other members (the enums hung on `SpreadsheetApp`, `Ui.Button`) loosened the same way as returns.
 */
export type Subset<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: never[]) => unknown ? LooseOverloads<T[P]> : LooseReturn<T[P]>;
};

/**
 * `true` when the public string-named members of `C` are all in `K` (plus the local-only extras `X`);
 * otherwise the names that are not, which makes `const check: OnlyMembers<...> = true` fail to compile.
 */
export type OnlyMembers<C, K extends PropertyKey, X extends PropertyKey = never> = [
  Exclude<Extract<keyof C, string>, K | X>,
] extends [never]
  ? true
  : { notInTheRealInterface: Exclude<Extract<keyof C, string>, K | X> };

/** Fails to compile unless `T` is `true`: the anchor for `OnlyMembers` checks. */
export type AssertTrue<T extends true> = T;

/**
 * `Utilities.formatString` and `Logger.log(format, ...values)`: Java-style `%` formatting as Apps Script
 * does it. Supports %s, %d, %f (with an optional precision, e.g. %.2f) and %%, the specifiers Apps Script
 * scripts use; any other specifier throws instead of guessing.
 */

/**
 * Replaces each specifier in `template` with the next value.
 * @throws RangeError for an unsupported specifier or when values run out.
 */
export function formatString(template: string, values: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%(\.\d+)?([a-zA-Z%])/g,
    (spec: string, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      if (next >= values.length)
        throw new RangeError(`formatString: no value for ${spec} in ${JSON.stringify(template)}`);
      const value = values[next];
      next += 1;
      switch (kind) {
        case 's':
          return String(value);
        case 'd':
          return String(Math.trunc(Number(value)));
        case 'f':
          return Number(value).toFixed(precision === undefined ? 6 : Number(precision.slice(1)));
        default:
          throw new RangeError(`formatString: specifier ${spec} is not supported by the local runtime`);
      }
    },
  );
}

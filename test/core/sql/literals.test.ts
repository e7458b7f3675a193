import { floatLiteral, quoteIdentifier, quoteTablePath, stringLiteral } from '../../../src/core/sql/literals';

describe('SQL identifiers and literals', () => {
  it('quotes identifiers with backticks for BigQuery and double quotes for DuckDB', () => {
    expect(quoteIdentifier('Mjob', 'bigquery')).toBe('`Mjob`');
    expect(quoteIdentifier('Mjob', 'duckdb')).toBe('"Mjob"');
    expect(quoteTablePath('my-project.district.students', 'bigquery')).toBe(
      '`my-project`.`district`.`students`',
    );
  });

  it('refuses names that could end a quote', () => {
    expect(() => quoteIdentifier('a`b', 'bigquery')).toThrow(RangeError);
    expect(() => quoteIdentifier('a"; DROP TABLE x; --', 'duckdb')).toThrow(RangeError);
    expect(() => quoteTablePath('a.b.c.d', 'bigquery')).toThrow(RangeError);
    expect(() => quoteTablePath('a.`b`', 'bigquery')).toThrow(RangeError);
  });

  it('escapes string literals for each dialect', () => {
    expect(stringLiteral("it's", 'bigquery')).toBe("'it\\'s'");
    expect(stringLiteral('back\\slash', 'bigquery')).toBe("'back\\\\slash'");
    expect(stringLiteral("it's", 'duckdb')).toBe("'it''s'");
  });

  it('writes numbers in exponent form that round-trips the double', () => {
    for (const x of [0, 1, -0.1, 1 / 3, 123456.789, 5e-324, -1.7976931348623157e308]) {
      expect(Number(floatLiteral(x))).toBe(x);
      expect(floatLiteral(x)).toMatch(/e[+-]/);
    }
    expect(() => floatLiteral(Number.NaN)).toThrow(RangeError);
  });
});

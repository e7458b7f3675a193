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

describe('SQL identifiers and literals, exactly', () => {
  it('names the refused column name and why', () => {
    expect(() => quoteIdentifier('a-b', 'bigquery')).toThrow(
      new RangeError(
        '"a-b" cannot be used as a column name here: only letters, digits and underscores are allowed.',
      ),
    );
  });

  it('checks every part of a table path from its first character to its last', () => {
    const refused = (path: string) =>
      new RangeError(
        `"${path}" is not a table path of the form project.dataset.table (letters, digits, underscores, hyphens).`,
      );
    expect(() => quoteTablePath('p.`b', 'bigquery')).toThrow(refused('p.`b'));
    expect(() => quoteTablePath('p.b`', 'bigquery')).toThrow(refused('p.b`'));
    expect(() => quoteTablePath('-p.b', 'duckdb')).toThrow(refused('-p.b'));
    expect(() => quoteTablePath('p..b', 'duckdb')).toThrow(refused('p..b'));
    expect(quoteTablePath('students', 'duckdb')).toBe('"students"');
    expect(quoteTablePath('_p-1.d_2', 'duckdb')).toBe('"_p-1"."d_2"');
  });

  it('writes line breaks in a BigQuery string as \\n and \\r, and leaves them to DuckDB', () => {
    expect(stringLiteral('a\nb\r\nc', 'bigquery')).toBe("'a\\nb\\r\\nc'");
    expect(stringLiteral('a\nb\rc', 'duckdb')).toBe("'a\nb\rc'");
  });

  it('names the number it cannot write', () => {
    expect(() => floatLiteral(Number.NaN)).toThrow(new RangeError('NaN cannot be written as a SQL number.'));
    expect(() => floatLiteral(Number.NEGATIVE_INFINITY)).toThrow(
      new RangeError('-Infinity cannot be written as a SQL number.'),
    );
  });
});

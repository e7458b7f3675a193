/** The offline runner's usage text, printed for `--help` and after a usage error. */

export const USAGE = `Usage: passcompass run --in <roster.xlsx|roster.csv> --out <scored.xlsx> [options]

Runs PassCompass on a roster file, on this computer, with the same built add-on that runs in Google Sheets:
Check data, then Train model (only when the workbook has no champion model yet), then Score students. The
result is saved as a new .xlsx workbook; the input file is never changed. The settings and the salt of the
student keys are kept in the workbook (a hidden sheet, "PassCompass properties") for the next run.

  --in <file>    the roster: .xlsx (the sheet named Students, in any case, or else the first sheet) or .csv
                 (comma or semicolon separated, header row first, UTF-8)
  --out <file>   the workbook to write (.xlsx); must differ from --in
  --force        overwrite --out if it already exists
  --retrain      train a new model version even when the workbook already has a champion
  --yes          answer Yes to questions the add-on asks (the default answer is No)
  --set <k>=<v>  change a setting before running, e.g. --set capacity=40 --set mode=early (repeatable;
                 passMark, mode, folds, capacity, seed, tierRule, highFrom, mediumFrom); kept in the output
  -h, --help     show this text

Exit codes: 0 saved; 1 PassCompass stopped with a message about the data (nothing saved);
2 bad arguments or an unusable input or output file; 3 unexpected error.`;

/** The offline runner's usage text (every command), printed for `--help` and after a usage error. */

export const USAGE = `Usage: passcompass run --in <roster.xlsx|roster.csv> --out <scored.xlsx> [options]
       passcompass score --in <roster.xlsx|roster.csv> --model <trained.xlsx> --out <scored.xlsx> [--force] [--yes]
       passcompass promote --model <workbook.xlsx> --out <new.xlsx> --reason <why> [--force]
       passcompass rollback --model <workbook.xlsx> --out <new.xlsx> --reason <why> [--force]
       passcompass check --in <roster.xlsx|roster.csv> --model <scored.xlsx> --out <report.xlsx> [--force]
       passcompass evaluate [--data <roster.csv|roster.xlsx>] [--setup A|B|C | --moment early|mid] [options]
       passcompass export-sql --model <scored.xlsx> [--version <n>] [--table <project.dataset.table>]
                              [--key <column>] [--out <file.sql>] [--force] [--create-model <p.d.model>]
       passcompass import-bqml --model <workbook.xlsx> --weights <weights.json|.csv> --out <new.xlsx> [--force]

run: runs PassCompass on a roster file, on this computer, with the same built add-on that runs in Google Sheets:
Check data, then Train model (only when the workbook has no champion model yet), then Score students. The
result is saved as a new .xlsx workbook; the input file is never changed. The settings and the salt of the
student keys are kept in the workbook (a hidden sheet, "PassCompass properties") for the next run.

  --in <file>    the roster: .xlsx (the sheet named Students, in any case, or else the first sheet) or .csv
                 (comma, semicolon or tab separated, header row first; UTF-8, UTF-16 or
                 Windows-1252)
  --out <file>   the workbook to write (.xlsx); must differ from --in
  --force        overwrite --out if it already exists
  --retrain      train a new model version even when the workbook already has a champion
  --yes          answer Yes to questions the add-on asks (the default answer is No)
  --set <k>=<v>  change a setting before running, e.g. --set capacity=40 --set mode=early (repeatable;
                 passMark, mode, folds, capacity, seed, tierRule, highFrom, mediumFrom, alertRecipients,
                 monitoringHour, equityGapLimit, leaveOutAttributes); kept in the output
  -h, --help     show this text

score: scores a roster (this term's students; final grades not needed) with the champion model of a workbook
run saved after training (last year's class), without training: Check data, then Score students. Saves the model
workbook with this roster as Students, scored, and the predictions added to its Inference log; give it as --model
next time to carry on. Neither input is ever changed.

  --in <file>     the roster to score, read as run reads it
  --model <file>  the workbook run (or an earlier score) saved; it must have a champion model
  --out <file>    the workbook to write (.xlsx); must differ from --in and --model
  --force         overwrite --out if it already exists
  --yes           answer Yes to questions the add-on asks

promote, rollback: Promote challenger and Roll back champion, as in the menu: the challenger becomes the
champion, or the champion goes back to the version it replaced; --reason answers the add-on's "Why?" and is kept
in the Aliases history. A version whose Versions row was edited is refused. Saves the workbook as --out.

check: the monitoring check (Check now) of the roster against the champion model of a workbook that run saved:
drift since training, data quality, and realised accuracy once final grades (G3) are in. Prints the verdict and
saves the model workbook with this roster as Students and the check added to its Monitoring sheet as a new
report; give the report as --model next time to continue the history. Nothing is emailed: an alert the check
would send is only counted. Neither input is ever changed.

  --in <file>     the roster to check, read as run reads it
  --model <file>  the workbook run (or an earlier check) saved; it must have a champion model
  --out <file>    the report to write (.xlsx); must differ from --in and --model
  --force         overwrite --out if it already exists

evaluate: how good the model would be, measured by repeated cross-validation with the add-on's own training
code, beside a naive baseline (every student given the training folds' fail rate) on the same folds. Nothing is
written. Per cell (a dataset and a setup): mean and 95% interval of ROC AUC (mean of the folds' AUCs, and pooled
over all out-of-fold risks), accuracy of the 50% decision, Brier score and recall at capacity.

  --data <file>       a roster with the UCI columns and final grades (G3), read as run reads it (.csv with
                      commas, semicolons or tabs, or .xlsx); without it, the UCI Math, Portuguese and joined files
  --setup A|B|C       C early term (no grades), B mid-term with G1, A mid-term with G1 and G2 (default: all
                      three the data allows)
  --moment early|mid  the add-on's moments: early is C, mid is A
  --folds <k>         folds per repeat, 2 to 20 (default 10)
  --repeats <n>       repeats, each with new folds, 1 to 100 (default 20)
  --seed <n>          seed of the first repeat's folds; repeat i uses seed + i (default 1000)
  --capacity <n>      students counsellors can see, for recall at capacity (default 25)
  --pass-mark <n>     a final grade below it is a fail (default 10)
  --calibration       also measure two corrections of the percentages (Platt scaling, isotonic regression),
                      each fitted inside every training fold on 5 inner folds: Brier score before and after, and
                      how predicted risks compare with observed fail rates by tenth of risk (about 6 times slower)
  --equity            also report, per sex, address, school, parents' education and course, how the High tier
                      (at --capacity) treats each group: share High, failing students missed, passing students
                      flagged, and precision, with the largest gap and its bootstrap interval
  --without-dropouts  leave out students with a final grade of 0 (in the UCI data, most likely students who
                      left the course: their end-of-year attributes are not what an early-term roster shows)
  --json              print one JSON object instead of the table

export-sql: prints (or writes to --out) a BigQuery standard-SQL query that scores a warehouse table with the UCI
columns as the add-on scores a sheet: the same encoding (stored means and standard deviations, one-hot levels,
blanks as the training mean, unseen or differently-cased categories as the reference level), risk = 1/(1+EXP(-z))
and the threshold tier (High from the settings' highFrom, Medium from mediumFrom). Text that is not a number is
read as blank (the add-on stops on it instead). Each row gets the model version; with --key, output is that
column, model_version, risk_of_failing and tier, otherwise every input column followed by those. The workbook is
only read.

  --model <file>    a workbook passcompass run saved (its Versions and Aliases sheets)
  --version <n>     a registered version (default: the champion); its row must match its checksum
  --table <path>    the table to score (default project.dataset.students)
  --key <column>    a column identifying each student, output first
  --out <file>      write the query to this file instead of stdout (--force to overwrite)
  --create-model <project.dataset.model>
                    print instead BigQuery ML's CREATE MODEL (LOGISTIC_REG) trained on --table, whose TRANSFORM
                    computes the version's encoded features, label failed = G3 below the pass mark
  --l2-reg <x>      its L2_REG (default 0; the add-on regularises by early stopping, not a penalty)

import-bqml: the menu's Import BigQuery ML weights…: the rows of ML.WEIGHTS of a model trained with the CREATE
MODEL above (bq query --format=json or --format=csv; the inputs are named v<version>_…, which says whose
encoding they use) become a new version, measured on the workbook's graded students (not cross-validated), and
the challenger; the champion does not change. Saved to a new workbook; the input is only read.

  --model <file>    a workbook passcompass run saved, holding the version the CREATE MODEL was written from
  --weights <file>  the weights: JSON, or CSV or tab-separated text with its header (processed_input, weight, …)
  --out <file>      the workbook to write (.xlsx; --force to overwrite)

Exit codes: 0 saved (check: verdict OK); 1 PassCompass stopped with a message about the data (nothing saved),
or check: the check failed (its reason is printed and kept in the report); 2 bad arguments, an unusable input or
output file, or score, check, promote and rollback: no champion model in --model (nothing saved); 3 unexpected error;
4 check: problems found (drift, data quality, accuracy or several; the report is saved).`;

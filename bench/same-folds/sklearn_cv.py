"""scikit-learn's tuned logistic regression on PassCompass's own folds (see bench/same-folds/cells.ts).

Run with Debian's interpreter, which has python3-sklearn:

    /usr/bin/python3 bench/same-folds/sklearn_cv.py cv EXPORT.json [--inner-folds 5] [--cs 10] [--raw-inputs]
    /usr/bin/python3 bench/same-folds/sklearn_cv.py time EXPORT.json --runs 5 [--inner-folds 5] [--cs 10]

EXPORT.json is written by the TypeScript side: the raw values of the setup's attributes, the labels, the match-key
groups and, per repeat, the outer fold of every row (exactly PassCompass's). For every outer training fold, a
Pipeline is fitted on the training rows only: one-hot categories (every level, unknown levels ignored), then
every column standardised (as PassCompass's encoding does), then LogisticRegressionCV (L2, lbfgs, Cs values on
a log grid from 1e-4 to 1e4, C chosen by ROC AUC over inner StratifiedGroupKFold folds of the training rows,
then refitted on all of them). By default the numeric inputs are PassCompass's own (its hand-made `failures>0`
and `G1>0` beside the values); `--raw-inputs` gives scikit-learn the attributes as they are.

`cv` prints JSON: per repeat the out-of-fold P(fail) of every row and the C chosen per fold, plus scikit-learn's
own mean-of-folds and pooled AUC (for a cross-check of the TypeScript metrics). `time` runs the outer CV plus a
final fit on every row `--runs` times (after one untimed outer CV as a warm-up) and prints the seconds of each,
wall-clock and CPU (of the process), measured inside Python; the seconds spent importing numpy, pandas and scikit-learn are reported apart.
"""

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import LogisticRegressionCV  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.model_selection import StratifiedGroupKFold  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _STARTED


def design(export, raw_inputs):
    """The input table: categories as text, numbers with PassCompass's transforms (or as they are)."""
    rows = export["rows"]
    columns = {}
    categorical = []
    for j, attribute in enumerate(export["attributes"]):
        values = [row[j] for row in rows]
        name = attribute["name"]
        if attribute["categorical"]:
            columns[name] = pd.Series(["" if v is None else str(v) for v in values], dtype=object)
            categorical.append(name)
            continue
        if any(v is None for v in values):
            raise SystemExit(f"{name} has blank cells; this comparison expects complete UCI rows")
        x = np.asarray(values, dtype=float)
        for transform in ["linear"] if raw_inputs else attribute["transforms"]:
            if transform == "linear":
                columns[name] = x
            elif transform == "positive":
                columns[f"{name}>0"] = (x > 0).astype(float)
            elif transform == "log1p":
                columns[f"log1p({name})"] = np.log1p(x)
            else:
                raise SystemExit(f"unknown transform {transform}")
    return pd.DataFrame(columns), categorical


def model(categorical, splits, cs):
    onehot = ColumnTransformer(
        [("category", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical)],
        remainder="passthrough",
    )
    tuned = LogisticRegressionCV(Cs=cs, cv=splits, scoring="roc_auc", solver="lbfgs", max_iter=10000)
    return Pipeline([("onehot", onehot), ("scale", StandardScaler()), ("logistic", tuned)])


def inner_splits(labels, groups, folds, seed):
    """Stratified, grouped inner folds of the training rows (a student in both courses on one side)."""
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(labels)), labels, groups))


def fit(table, labels, groups, rows, categorical, options, seed):
    y = labels[rows]
    pipeline = model(categorical, inner_splits(y, groups[rows], options.inner_folds, seed), options.cs)
    pipeline.fit(table.iloc[rows], y)
    return pipeline


def outer_cv(table, labels, groups, fold_of, categorical, options, seed):
    """Out-of-fold P(fail) for every row, and the C each fold chose."""
    risks = np.full(len(labels), np.nan)
    chosen = []
    for fold in range(int(fold_of.max()) + 1):
        test = np.flatnonzero(fold_of == fold)
        train = np.flatnonzero(fold_of != fold)
        pipeline = fit(table, labels, groups, train, categorical, options, seed * 100 + fold)
        risks[test] = pipeline.predict_proba(table.iloc[test])[:, 1]
        chosen.append(float(pipeline.named_steps["logistic"].C_[0]))
    return risks, chosen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["cv", "time"])
    parser.add_argument("export")
    parser.add_argument("--inner-folds", type=int, default=5)
    parser.add_argument("--cs", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--raw-inputs", action="store_true")
    options = parser.parse_args()
    with open(options.export, encoding="utf8") as handle:
        export = json.load(handle)
    table, categorical = design(export, options.raw_inputs)
    labels = np.asarray(export["labels"], dtype=int)
    groups = np.asarray(export["groups"], dtype=object)
    seed = int(export["seed"])
    answer = {
        "sklearn": sklearn.__version__,
        "python": sys.version.split()[0],
        "importSeconds": IMPORT_SECONDS,
        "columns": int(table.shape[1]),
    }
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        started = time.perf_counter()
        if options.mode == "cv":
            repeats = []
            for repeat, fold_of in enumerate(export["foldOf"]):
                fold_of = np.asarray(fold_of, dtype=int)
                risks, chosen = outer_cv(table, labels, groups, fold_of, categorical, options, seed + repeat)
                per_fold = [
                    roc_auc_score(labels[fold_of == f], risks[fold_of == f]) for f in range(int(fold_of.max()) + 1)
                ]
                repeats.append(
                    {
                        "risks": risks.tolist(),
                        "C": chosen,
                        "aucMeanOfFolds": float(np.mean(per_fold)),
                        "aucPooled": float(roc_auc_score(labels, risks)),
                    }
                )
            answer["repeats"] = repeats
        else:
            fold_of = np.asarray(export["foldOf"][0], dtype=int)
            seconds = []
            cpu_seconds = []
            outer_cv(table, labels, groups, fold_of, categorical, options, seed)  # warm-up, not timed
            for _ in range(options.runs):
                begun = time.perf_counter()
                begun_cpu = time.process_time()
                outer_cv(table, labels, groups, fold_of, categorical, options, seed)
                final = fit(table, labels, groups, np.arange(len(labels)), categorical, options, seed)
                seconds.append(time.perf_counter() - begun)
                cpu_seconds.append(time.process_time() - begun_cpu)
            answer["seconds"] = seconds
            answer["cpuSeconds"] = cpu_seconds
            answer["finalC"] = float(final.named_steps["logistic"].C_[0])
        answer["elapsedSeconds"] = time.perf_counter() - started
    answer["convergenceWarnings"] = sum(1 for w in caught if issubclass(w.category, ConvergenceWarning))
    answer["totalSeconds"] = time.perf_counter() - _STARTED
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()

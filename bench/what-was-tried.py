"""What was tried to beat the published accuracy, with figures: the experiments behind the README's
"What was tried" table. Run with Debian's scikit-learn (the python3 first on PATH may lack it):

    /usr/bin/python3 bench/what-was-tried.py [--repeats 5] [--folds 10]

Every variant is a logistic regression except the last, a random forest, which is a reference only (the
product is a logistic model a teacher can read). Folds are stratified and grouped: a student in both courses
(same 13 matching attributes as src/core/data/match-key.ts) stays in one fold, so the joined-course model never
sees a test student's other course. Every choice from data (C, by inner 3-fold ROC AUC) is made on the training
fold only. Figures: mean over repeats of the mean-of-folds ROC AUC, and accuracy of the 50% decision (the
paper's measure), with the spread over repeats.
"""
import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, PolynomialFeatures, StandardScaler

warnings.filterwarnings("ignore")

DATA = Path(__file__).resolve().parent.parent / "data" / "uci-student"
MATCH = ["school", "sex", "age", "address", "famsize", "Pstatus", "Medu", "Fedu", "Mjob", "Fjob", "reason",
         "nursery", "internet"]
NOMINAL = ["school", "sex", "address", "famsize", "Pstatus", "Mjob", "Fjob", "reason", "guardian", "schoolsup",
           "famsup", "paid", "activities", "nursery", "higher", "internet", "romantic"]
PAPER_BEST = {("Math", "C"): 70.6, ("Math", "B"): 83.8, ("Portuguese", "C"): 85.0, ("Portuguese", "B"): 90.1}


def load():
    math = pd.read_csv(DATA / "student-mat.csv", sep=";")
    por = pd.read_csv(DATA / "student-por.csv", sep=";")
    math["course"], por["course"] = "math", "por"
    joined = pd.concat([math, por], ignore_index=True)
    joined["group"] = joined[MATCH].astype(str).agg("|".join, axis=1)
    joined["fail"] = (joined["G3"] < 10).astype(int)
    return joined


def columns(data, setup, joined_model):
    before_grades = [c for c in data.columns if c not in ("G1", "G2", "G3", "course", "group", "fail")]
    grades = {"C": [], "B": ["G1"], "A": ["G1", "G2"]}[setup]
    extra = ["course"] if joined_model else []
    return before_grades + grades + extra


def encoder(cols, interactions=False):
    nominal = [c for c in cols if c in NOMINAL or c == "course"]
    numeric = [c for c in cols if c not in nominal]
    steps = [("encode", ColumnTransformer([
        ("nominal", OneHotEncoder(drop="if_binary", handle_unknown="ignore"), nominal),
        ("numeric", StandardScaler(), numeric),
    ], sparse_threshold=0))]
    if interactions:
        steps += [("pairs", PolynomialFeatures(degree=2, interaction_only=True, include_bias=False)),
                  ("rescale", StandardScaler())]
    return steps


def tuned(**kw):
    return LogisticRegressionCV(Cs=10, cv=StratifiedKFold(3, shuffle=True, random_state=0), scoring="roc_auc",
                                max_iter=5000, **kw)


def variants(fixed_cs):
    out = [("logistic, C tuned (inner 3-fold AUC)", lambda: tuned(), False, False)]
    out += [(f"logistic, fixed C = {c:g}", (lambda c=c: LogisticRegression(C=c, max_iter=5000)), False, False)
            for c in fixed_cs]
    out += [("logistic, C tuned, classes weighted equally", lambda: tuned(class_weight="balanced"), False, False),
            ("logistic, C tuned, all pairwise interactions", lambda: tuned(), True, False),
            ("logistic, C tuned, trained on both courses", lambda: tuned(), False, True),
            ("reference only: random forest, 500 trees",
             lambda: RandomForestClassifier(500, min_samples_leaf=2, n_jobs=2, random_state=0), False, False)]
    return out


def run_cell(data, course, setup, repeats, folds, fixed_cs):
    course_key = {"Math": "math", "Portuguese": "por"}[course]
    rows = []
    for name, make, interactions, joined_model in variants(fixed_cs):
        pool = data if joined_model else data[data["course"] == course_key].reset_index(drop=True)
        cols = columns(data, setup, joined_model)
        aucs, accs = [], []
        started = time.perf_counter()
        for repeat in range(repeats):
            split = StratifiedGroupKFold(folds, shuffle=True, random_state=1000 + repeat)
            fold_auc, fold_acc = [], []
            for train, test in split.split(pool, pool["fail"], pool["group"]):
                test = test[(pool["course"].values[test] == course_key)]  # judged on this course only
                model = Pipeline(encoder(cols, interactions) + [("model", make())])
                model.fit(pool.iloc[train][cols], pool["fail"].values[train])
                risk = model.predict_proba(pool.iloc[test][cols])[:, 1]
                truth = pool["fail"].values[test]
                fold_auc.append(roc_auc_score(truth, risk))
                fold_acc.append(np.mean((risk >= 0.5) == truth) * 100)
            aucs.append(np.mean(fold_auc))
            accs.append(np.mean(fold_acc))
        rows.append((name, np.mean(aucs), np.std(aucs, ddof=1) if repeats > 1 else 0.0, np.mean(accs),
                     np.std(accs, ddof=1) if repeats > 1 else 0.0, time.perf_counter() - started))
        print(f"  {course} {setup}: {name}: AUC {rows[-1][1]:.3f}, accuracy {rows[-1][3]:.1f}", file=sys.stderr)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--cells", default="Math:C,Math:B,Portuguese:C,Portuguese:B")
    args = parser.parse_args()
    data = load()
    fixed_cs = [0.001, 0.01, 0.1, 1.0, 10.0]
    print(f"# What was tried: {args.repeats} x {args.folds}-fold stratified grouped CV, "
          f"scikit-learn {__import__('sklearn').__version__}\n")
    for cell in args.cells.split(","):
        course, setup = cell.split(":")
        print(f"## {course}, setup {setup} (paper's best accuracy {PAPER_BEST.get((course, setup), '-')}%)\n")
        print("| variant | ROC AUC, mean of folds (sd over repeats) | accuracy % of the 50% decision | seconds |")
        print("| --- | --- | --- | --- |")
        for name, auc, auc_sd, acc, acc_sd, seconds in run_cell(data, course, setup, args.repeats, args.folds,
                                                                fixed_cs):
            print(f"| {name} | {auc:.3f} ({auc_sd:.3f}) | {acc:.1f} ({acc_sd:.1f}) | {seconds:.0f} |")
        print()


if __name__ == "__main__":
    main()

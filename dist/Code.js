// PassCompass: built by scripts/build.ts from src/. Do not edit; run `npm run build`.
"use strict";
var PassCompass = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // src/main.ts
  var main_exports = {};
  __export(main_exports, {
    entryPoints: () => entryPoints
  });

  // src/core/errors.ts
  var DataError = class extends Error {
    constructor(message, location = {}) {
      super(message);
      this.location = location;
      this.name = "DataError";
    }
  };

  // src/core/data/dictionary.ts
  var num = (name, label3, aliases, min2, max2, note) => ({ name, label: label3, aliases, kind: "numeric", min: min2, max: max2, ...note ? { note } : {} });
  var ord = (name, label3, aliases, levels, min2 = 1) => ({
    name,
    label: label3,
    aliases,
    kind: "ordinal",
    min: min2,
    max: min2 + levels.length - 1,
    levels
  });
  var cat = (name, label3, aliases, categories, categoryLabels) => ({
    name,
    label: label3,
    aliases,
    kind: categories.length === 2 ? "binary" : "nominal",
    categories,
    ...categoryLabels ? { categoryLabels } : {}
  });
  var yesNo = (name, label3, aliases, presence = false) => ({
    name,
    label: label3,
    aliases,
    kind: "binary",
    categories: ["no", "yes"],
    ...presence ? { phrasing: "presence" } : {}
  });
  var education = [
    "none",
    "primary school (4th grade)",
    "5th to 9th grade",
    "secondary school",
    "higher education"
  ];
  var jobs = ["teacher", "health", "services", "at_home", "other"];
  var jobLabels = { health: "health care", services: "civil services", at_home: "at home" };
  var scale = (low, high) => [low, "low", "medium", "high", high];
  var ATTRIBUTES = [
    cat("school", "school", [], ["GP", "MS"], { GP: "Gabriel Pereira", MS: "Mousinho da Silveira" }),
    cat("sex", "sex", ["gender"], ["F", "M"], { F: "female", M: "male" }),
    num("age", "age", ["student age"], 15, 22),
    cat("address", "home address", ["address type", "home address"], ["U", "R"], { U: "urban", R: "rural" }),
    cat("famsize", "family size", ["family size"], ["LE3", "GT3"], { LE3: "3 or fewer", GT3: "more than 3" }),
    cat("Pstatus", "parents' living situation", ["parent status", "parents status"], ["T", "A"], {
      T: "together",
      A: "apart"
    }),
    ord("Medu", "mother's education", ["mother education", "mothers education"], education, 0),
    ord("Fedu", "father's education", ["father education", "fathers education"], education, 0),
    cat("Mjob", "mother's job", ["mother job", "mothers job"], jobs, jobLabels),
    cat("Fjob", "father's job", ["father job", "fathers job"], jobs, jobLabels),
    cat(
      "reason",
      "reason for choosing the school",
      ["school choice reason"],
      ["home", "reputation", "course", "other"],
      { home: "close to home", reputation: "the school's reputation", course: "course preference" }
    ),
    cat("guardian", "guardian", [], ["mother", "father", "other"]),
    ord(
      "traveltime",
      "travel time to school",
      ["travel time"],
      ["under 15 min", "15-30 min", "30-60 min", "over 1 hour"]
    ),
    ord(
      "studytime",
      "weekly study time",
      ["study time"],
      ["under 2 hours", "2-5 hours", "5-10 hours", "over 10 hours"]
    ),
    num(
      "failures",
      "past class failures",
      ["past failures", "class failures"],
      0,
      4,
      'The UCI files hold 0-3; their description codes "3 or more" as 4, so 4 is accepted too.'
    ),
    yesNo("schoolsup", "extra educational support from the school", ["school support"], true),
    yesNo("famsup", "family educational support", ["family support"], true),
    yesNo("paid", "extra paid classes in the subject", ["paid classes"], true),
    yesNo("activities", "extra-curricular activities", ["extracurricular activities"], true),
    yesNo("nursery", "attended nursery school", ["nursery school"]),
    yesNo("higher", "wants to take higher education", ["wants higher education", "higher education"]),
    yesNo("internet", "internet access at home", ["internet access"], true),
    yesNo("romantic", "in a romantic relationship", ["relationship"]),
    ord("famrel", "quality of family relationships", ["family relationships"], scale("very bad", "excellent")),
    ord("freetime", "free time after school", ["free time"], scale("very low", "very high")),
    ord("goout", "going out with friends", ["going out", "go out"], scale("very low", "very high")),
    ord(
      "Dalc",
      "alcohol use on school days",
      ["workday alcohol", "weekday alcohol"],
      scale("very low", "very high")
    ),
    ord("Walc", "alcohol use at weekends", ["weekend alcohol"], scale("very low", "very high")),
    ord("health", "current health", ["health status"], scale("very bad", "very good")),
    num(
      "absences",
      "absences",
      ["absence count", "school absences"],
      0,
      93,
      "The description allows 0-93; the UCI files reach 75 (Math) and 32 (Portuguese)."
    ),
    num("G1", "first-period grade", ["grade 1", "period 1 grade", "first period grade"], 0, 20),
    num("G2", "second-period grade", ["grade 2", "period 2 grade", "second period grade"], 0, 20),
    num("G3", "final grade", ["grade 3", "final grade"], 0, 20),
    cat("course", "course", ["subject"], ["math", "portuguese"], { math: "Math", portuguese: "Portuguese" })
  ];
  var GRADE_ATTRIBUTES = ["G1", "G2", "G3"];
  var FINAL_GRADE = "G3";
  var MATCH_ATTRIBUTES = [
    "school",
    "sex",
    "age",
    "address",
    "famsize",
    "Pstatus",
    "Medu",
    "Fedu",
    "Mjob",
    "Fjob",
    "reason",
    "nursery",
    "internet"
  ];
  var byName = new Map(ATTRIBUTES.map((attribute) => [attribute.name, attribute]));
  function attributeNamed(name) {
    const attribute = byName.get(name);
    if (!attribute) throw new RangeError(`"${name}" is not an attribute in the data dictionary.`);
    return attribute;
  }
  function isCategorical(attribute) {
    return attribute.kind === "binary" || attribute.kind === "nominal";
  }
  function normaliseHeader(header2) {
    return header2.toLowerCase().replace(/[\s_\-.'’]/g, "");
  }
  var byHeader = /* @__PURE__ */ new Map();
  for (const attribute of ATTRIBUTES) {
    for (const spelling of [attribute.name, ...attribute.aliases])
      byHeader.set(normaliseHeader(spelling), attribute);
  }
  function attributeForHeader(header2) {
    return byHeader.get(normaliseHeader(header2));
  }
  function isBlank(value) {
    return value === null || value === void 0 || typeof value === "string" && value.trim() === "";
  }

  // src/core/data/roster/normalise-value.ts
  var YES = /* @__PURE__ */ new Set(["yes", "y", "true", "1"]);
  var NO = /* @__PURE__ */ new Set(["no", "n", "false", "0"]);
  function normaliseValue(attribute, cell) {
    if (cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "")
      return { kind: "ok", value: null };
    if (Object.prototype.toString.call(cell) === "[object Date]") {
      return { kind: "invalid", value: null, problem: "is a date (the spreadsheet may have converted it)" };
    }
    return isCategorical(attribute) ? readCategory(attribute, cell) : readNumber(attribute, cell);
  }
  function readNumber(attribute, cell) {
    let value;
    let problem = null;
    if (typeof cell === "number") value = cell;
    else if (typeof cell === "string") {
      const text2 = cell.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
      value = /^-?(\d+\.?\d*|\.\d+)$/.test(text2) ? Number(text2) : NaN;
      if (Number.isNaN(value)) return { kind: "invalid", value: null, problem: "is not a number" };
      problem = "is a number stored as text";
    } else return { kind: "invalid", value: null, problem: "is not a number" };
    if (attribute.kind === "ordinal" && !Number.isInteger(value)) {
      return {
        kind: "invalid",
        value: null,
        problem: `is not a whole number from ${attribute.min} to ${attribute.max}`
      };
    }
    if (value < attribute.min || value > attribute.max) {
      return {
        kind: "invalid",
        value: null,
        problem: `is outside the valid range ${attribute.min}-${attribute.max}`
      };
    }
    return problem ? { kind: "normalised", value, problem } : { kind: "ok", value };
  }
  function readCategory(attribute, cell) {
    const raw = String(cell).trim();
    if (attribute.categories.includes(raw)) {
      return raw === cell ? { kind: "ok", value: raw } : { kind: "normalised", value: raw, problem: `is written "${String(cell)}"` };
    }
    const sameButCase = attribute.categories.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (sameButCase !== void 0 && cell === raw) return { kind: "ok", value: sameButCase };
    const match = matchCategory(attribute, raw);
    if (match === null) {
      const allowed = attribute.categories.join(", ");
      return { kind: "invalid", value: null, problem: `is not one of the expected values (${allowed})` };
    }
    return { kind: "normalised", value: match, problem: `is written "${String(cell)}"` };
  }
  function matchCategory(attribute, raw) {
    const folded = fold(raw);
    if (attribute.categories.includes("yes")) {
      if (YES.has(folded)) return "yes";
      if (NO.has(folded)) return "no";
    }
    for (const category of attribute.categories) {
      if (fold(category) === folded) return category;
      const label3 = attribute.categoryLabels?.[category];
      if (label3 !== void 0 && fold(label3) === folded) return category;
    }
    return null;
  }
  function fold(text2) {
    return text2.toLowerCase().replace(/[\s_-]/g, "");
  }

  // src/core/data/roster/roster-columns.ts
  var KEY_HEADERS = new Set(
    [
      "id",
      "student id",
      "student number",
      "student no",
      "pupil id",
      "name",
      "student name",
      "student",
      "pupil",
      "full name"
    ].map(normaliseHeader)
  );
  function findRosterColumns(headerRow) {
    const headers = headerRow.map((h) => String(h ?? "").trim());
    const byAttribute = /* @__PURE__ */ new Map();
    let key = null;
    headers.forEach((header2, index) => {
      const attribute = header2 ? attributeForHeader(header2) : void 0;
      if (attribute) {
        const earlier = byAttribute.get(attribute.name);
        if (earlier !== void 0) {
          throw new DataError(
            `Columns "${headers[earlier]}" (${columnLetter(earlier)}) and "${header2}" (${columnLetter(index)}) both mean "${attribute.name}". Rename or remove one.`,
            { row: 1, column: header2 }
          );
        }
        byAttribute.set(attribute.name, index);
      } else if (!key && KEY_HEADERS.has(normaliseHeader(header2))) key = { index, header: header2 };
    });
    return { byAttribute, key, headers };
  }
  function assertHasColumns(columns, required) {
    const missing = required.filter((name) => !columns.byAttribute.has(name));
    if (missing.length === 0) return;
    const list2 = missing.map((name) => `"${name}"`).join(", ");
    throw new DataError(
      `The roster has no column for ${list2}. Add ${missing.length === 1 ? "it" : "them"} to the header row (row 1); column order and extra columns do not matter.`,
      { row: 1, ...missing[0] ? { column: missing[0] } : {} }
    );
  }
  function columnLetter(index) {
    let n = index + 1;
    let letters = "";
    while (n > 0) {
      const rem = (n - 1) % 26;
      letters = String.fromCharCode(65 + rem) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return letters;
  }

  // src/core/data/roster/check-roster.ts
  var ISSUES_LISTED_PER_KIND = 20;
  var ISSUE_QUOTE_CHARS = 1e3;
  var REQUIRED_INPUTS = ATTRIBUTES.filter(
    (a) => !["G1", "G2", "G3", "course"].includes(a.name)
  ).map((a) => a.name);
  function checkRoster(table, required = REQUIRED_INPUTS) {
    const [headerRow, ...rows] = table;
    if (!headerRow || rows.length === 0)
      throw new DataError("The roster has no student rows below its header row.", { row: 2 });
    const columns = findRosterColumns(headerRow);
    assertHasColumns(columns, required);
    const issues = new IssueList();
    const blankCounts = {};
    const records = rows.map((row, index) => {
      const sheetRow = index + 2;
      const record = {};
      for (const [name, column2] of columns.byAttribute) {
        const cell = row[column2];
        const reading = normaliseValue(attributeNamed(name), cell);
        record[name] = reading.value;
        const where = `${cut(columns.headers[column2] ?? name)} (${columnLetter(column2)})`;
        if (reading.kind === "normalised")
          issues.add(where, sheetRow, cell, reading.problem, `read as ${String(reading.value)}`);
        if (reading.kind === "invalid") issues.add(where, sheetRow, cell, reading.problem, blankAction(name));
        if (reading.value === null) {
          blankCounts[name] = (blankCounts[name] ?? 0) + 1;
          if (reading.kind === "ok" && name !== FINAL_GRADE)
            issues.add(where, sheetRow, "", "is blank", blankAction(name));
        }
      }
      return record;
    });
    const key = columns.key;
    const rowKeys = rows.map((row, index) => {
      const value = key ? String(row[key.index] ?? "").trim() : "";
      return value || `row ${index + 2}`;
    });
    const rowsWithFinalGrade = records.filter(
      (r) => r[FINAL_GRADE] !== null && r[FINAL_GRADE] !== void 0
    ).length;
    return { columns, records, rowKeys, issues: issues.list(), blankCounts, rowsWithFinalGrade };
  }
  function blankAction(attribute) {
    return attribute === FINAL_GRADE ? "treated as blank: the student is scored but not used for training" : "treated as blank: the model uses the training average";
  }
  function cut(text2) {
    if (text2.length <= ISSUE_QUOTE_CHARS) return text2;
    const end = /[\uD800-\uDBFF]/.test(text2.charAt(ISSUE_QUOTE_CHARS - 1)) ? ISSUE_QUOTE_CHARS - 1 : ISSUE_QUOTE_CHARS;
    return `${text2.slice(0, end)}…`;
  }
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
  }
  var IssueList = class {
    constructor() {
      this.issues = [];
      this.overflow = /* @__PURE__ */ new Map();
      this.listed = /* @__PURE__ */ new Map();
    }
    add(column2, row, value, problem, action) {
      const kind = `${column2}\0${problem.startsWith("is written") ? "is written" : problem}`;
      const issue = { row, column: column2, value: String(value ?? ""), problem, action };
      const n = this.listed.get(kind) ?? 0;
      if (n < ISSUES_LISTED_PER_KIND) {
        this.listed.set(kind, n + 1);
        const length = issue.value.length;
        if (length > ISSUE_QUOTE_CHARS) {
          issue.value = cut(issue.value);
          issue.problem += ` (value shown cut to ${grouped(ISSUE_QUOTE_CHARS)} of its ${grouped(length)} characters)`;
        }
        this.issues.push(issue);
        return;
      }
      const extra = this.overflow.get(kind);
      if (extra) extra.count += 1;
      else this.overflow.set(kind, { count: 1, sample: issue });
    }
    list() {
      const summaries = [...this.overflow.values()].map(({ count: count3, sample }) => ({
        ...sample,
        value: "",
        problem: `…and ${count3} more cells where the value ${sample.problem.startsWith("is written") ? "was written differently" : sample.problem}`
      }));
      return [...this.issues, ...summaries].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    }
  };

  // src/jobs/check-data.ts
  var DATA_ISSUES_SHEET = "Data issues";
  var ISSUE_HEADER = ["Row", "Column", "Value", "Problem", "What PassCompass does"];
  function checkStudents(students2, issues) {
    const table = students2.read();
    if (table.length === 0) {
      throw new DataError(
        "The Students sheet is empty. Load sample data, or paste your roster into it with its header row."
      );
    }
    const checked = checkRoster(table);
    const rows = checked.issues.map((i) => [i.row, i.column, i.value, i.problem, i.action]);
    if (rows.length === 0) rows.push(["", "", "", `No problems found in ${checked.records.length} rows.`, ""]);
    issues.replace([[...ISSUE_HEADER], ...rows]);
    return checked;
  }
  function checkData(deps) {
    const checked = checkStudents(deps.students, deps.issues);
    deps.dialogs.toast(checkSummary(checked, deps.issues.name?.()), "PassCompass: Check data");
    return checked;
  }
  function checkSummary(checked, issuesSheet = DATA_ISSUES_SHEET) {
    const n = checked.records.length;
    const issues = checked.issues.length;
    const toScore = n - checked.rowsWithFinalGrade;
    return `Checked ${n} rows: ${issues === 0 ? "no problems" : `${issues} issue${issues === 1 ? "" : "s"} listed in ${issuesSheet}`}` + (toScore > 0 ? `; ${toScore} without a final grade (scored, not trained on).` : ".");
  }

  // src/version.ts
  var PASSCOMPASS_VERSION = true ? "0.1.0" : "development";

  // src/jobs/experiments.ts
  var EXPERIMENTS_SHEET = "Experiments";
  var EXPERIMENT_HEADER = [
    "Run",
    "Time",
    "Data fingerprint",
    "Rows",
    "Failures",
    "Mode",
    "Parameters (JSON)",
    "CV ROC AUC",
    "AUC sd",
    "Accuracy",
    "Precision",
    "Recall",
    "F1",
    "Brier",
    "Top-K recall",
    "Top-K precision",
    "Per fold (JSON)",
    "Duration (s)",
    "Version",
    "Outcome"
  ];
  var VERSION_COLUMN = EXPERIMENT_HEADER.indexOf("Version");
  function experimentRow(e) {
    const { summary: summary2, folds, k, seed } = e.validated.validation;
    const m = (name) => numberOrBlank(summary2[name].mean);
    const parameters = {
      passMark: e.settings.passMark,
      folds: k,
      seed,
      capacity: e.settings.capacity,
      threshold: e.validated.threshold,
      training: e.validated.model.training,
      // Which PassCompass trained it (package.json's version, set when dist/ is built): its code, not the data.
      addOnVersion: PASSCOMPASS_VERSION,
      // Runs that left sensitive attributes out of the inputs are told apart from those that did not.
      ...e.settings.leaveOutAttributes.length > 0 ? { leaveOutAttributes: e.settings.leaveOutAttributes } : {}
    };
    const perFold = folds.map((f) => ({
      fold: f.fold,
      testRows: f.testRows,
      auc: f.auc,
      brier: f.brier,
      accuracy: f.atThreshold.accuracy,
      recall: f.atThreshold.recall,
      topKRecall: f.topK.recall
    }));
    return [
      e.runId,
      e.at,
      e.dataFingerprint,
      e.rows,
      e.validated.model.training.failures,
      e.mode,
      JSON.stringify(parameters),
      m("auc"),
      numberOrBlank(summary2.auc.sd),
      m("accuracy"),
      m("precision"),
      m("recall"),
      m("f1"),
      m("brier"),
      m("topKRecall"),
      m("topKPrecision"),
      JSON.stringify(perFold),
      Number(e.seconds.toFixed(2)),
      e.version ?? "",
      e.outcome
    ];
  }
  function nextRunId(rows) {
    const highest = rows.reduce((max2, row) => {
      const match = /^R-(\d+)$/.exec(String(row[0] ?? ""));
      return match ? Math.max(max2, Number(match[1])) : max2;
    }, 0);
    return `R-${String(highest + 1).padStart(4, "0")}`;
  }
  function versionsNamedIn(rows) {
    return rows.map((row) => row[VERSION_COLUMN]).filter((v) => typeof v === "number" && Number.isInteger(v) && v >= 1);
  }
  function numberOrBlank(x) {
    return Number.isFinite(x) ? Number(x.toFixed(4)) : "";
  }

  // src/core/data/csv.ts
  function parseCsv(text2, separator = detectSeparator(text2)) {
    const records = splitRecords(text2.replace(/^\uFEFF/, ""), separator);
    const header2 = records.shift();
    if (!header2) return { header: [], rows: [] };
    records.forEach((record, index) => {
      if (record.length !== header2.length) {
        throw new RangeError(
          `CSV line ${index + 2} has ${record.length} fields where the header has ${header2.length}.`
        );
      }
    });
    return { header: header2, rows: records };
  }
  function detectSeparator(text2) {
    const firstLine = text2.slice(0, text2.search(/\r?\n|$/));
    const pieces = (ch) => firstLine.split(ch).length;
    return pieces(";") > pieces(",") ? ";" : ",";
  }
  function splitRecords(text2, separator) {
    const records = [];
    let record = [];
    let field = "";
    let quoted2 = false;
    let i = 0;
    while (i < text2.length) {
      const ch = text2[i];
      if (quoted2) {
        if (ch === '"' && text2[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') quoted2 = false;
        else field += ch;
        i += 1;
        continue;
      }
      if (ch === '"') quoted2 = true;
      else if (ch === separator) {
        record.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        record.push(field);
        if (!(record.length === 1 && record[0] === "")) records.push(record);
        record = [];
        field = "";
      } else field += ch;
      i += 1;
    }
    if (field !== "" || record.length > 0) {
      record.push(field);
      records.push(record);
    }
    return records;
  }

  // src/core/data/sample.ts
  var SAMPLE_FILES = {
    math: {
      course: "math",
      courseLabel: "Math",
      projectFile: "sample-student-mat",
      sourceCsv: "student-mat.csv",
      sha256: "e47f9ee225e1ee6e69b7564e6dac7123e80b8486677fe111f351964cef5dec80",
      rows: 395
    },
    portuguese: {
      course: "portuguese",
      courseLabel: "Portuguese",
      projectFile: "sample-student-por",
      sourceCsv: "student-por.csv",
      sha256: "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f",
      rows: 649
    }
  };
  var COURSE_COLUMN = "course";
  var SampleIntegrityError = class extends Error {
    constructor(file, actualSha256) {
      super(
        `The bundled ${file.courseLabel} sample (${file.projectFile}) does not match its published checksum, so it was not loaded. Reinstall PassCompass from an unmodified copy.`
      );
      this.file = file;
      this.actualSha256 = actualSha256;
      this.name = "SampleIntegrityError";
    }
  };
  var PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
  function typeSampleField(field) {
    return PLAIN_NUMBER.test(field) ? Number(field) : field;
  }
  function sampleTable(parts) {
    let header2;
    const rows = [];
    for (const { file, csvText } of parts) {
      const parsed = parseCsv(csvText, ";");
      if (header2 && parsed.header.join(";") !== header2.join(";")) {
        throw new RangeError(`The ${file.courseLabel} sample has different columns from the other course.`);
      }
      header2 = parsed.header;
      for (const row of parsed.rows) rows.push([...row.map(typeSampleField), file.courseLabel]);
    }
    return { header: [...header2 ?? [], COURSE_COLUMN], rows };
  }

  // src/core/scoring/pseudonym.ts
  var PSEUDONYM_LENGTH = 16;
  var SEPARATOR = "\0";
  function pseudonym(rowKey2, salt, sha256Hex2) {
    if (salt.length === 0) throw new RangeError("A pseudonym needs a non-empty salt.");
    const digest = sha256Hex2(`${salt}${SEPARATOR}${rowKey2}`);
    if (!/^[0-9a-fA-F]{64}$/.test(digest)) {
      throw new TypeError(`sha256Hex must return 64 hex digits, not "${digest.slice(0, 80)}".`);
    }
    return digest.slice(0, PSEUDONYM_LENGTH).toLowerCase();
  }

  // node_modules/@noble/hashes/esm/utils.js
  function isBytes(a) {
    return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array";
  }
  function abytes(b, ...lengths) {
    if (!isBytes(b))
      throw new Error("Uint8Array expected");
    if (lengths.length > 0 && !lengths.includes(b.length))
      throw new Error("Uint8Array expected of length " + lengths + ", got length=" + b.length);
  }
  function aexists(instance, checkFinished = true) {
    if (instance.destroyed)
      throw new Error("Hash instance has been destroyed");
    if (checkFinished && instance.finished)
      throw new Error("Hash#digest() has already been called");
  }
  function aoutput(out, instance) {
    abytes(out);
    const min2 = instance.outputLen;
    if (out.length < min2) {
      throw new Error("digestInto() expects output buffer of length at least " + min2);
    }
  }
  function clean(...arrays) {
    for (let i = 0; i < arrays.length; i++) {
      arrays[i].fill(0);
    }
  }
  function createView(arr) {
    return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  }
  function rotr(word, shift) {
    return word << 32 - shift | word >>> shift;
  }
  var hasHexBuiltin = /* @__PURE__ */ (() => (
    // @ts-ignore
    typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
  ))();
  var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
  function bytesToHex(bytes) {
    abytes(bytes);
    if (hasHexBuiltin)
      return bytes.toHex();
    let hex = "";
    for (let i = 0; i < bytes.length; i++) {
      hex += hexes[bytes[i]];
    }
    return hex;
  }
  function utf8ToBytes(str) {
    if (typeof str !== "string")
      throw new Error("string expected");
    return new Uint8Array(new TextEncoder().encode(str));
  }
  function toBytes(data) {
    if (typeof data === "string")
      data = utf8ToBytes(data);
    abytes(data);
    return data;
  }
  var Hash = class {
  };
  function createHasher(hashCons) {
    const hashC = (msg) => hashCons().update(toBytes(msg)).digest();
    const tmp = hashCons();
    hashC.outputLen = tmp.outputLen;
    hashC.blockLen = tmp.blockLen;
    hashC.create = () => hashCons();
    return hashC;
  }

  // node_modules/@noble/hashes/esm/_md.js
  function setBigUint64(view, byteOffset, value, isLE) {
    if (typeof view.setBigUint64 === "function")
      return view.setBigUint64(byteOffset, value, isLE);
    const _32n = BigInt(32);
    const _u32_max = BigInt(4294967295);
    const wh = Number(value >> _32n & _u32_max);
    const wl = Number(value & _u32_max);
    const h = isLE ? 4 : 0;
    const l = isLE ? 0 : 4;
    view.setUint32(byteOffset + h, wh, isLE);
    view.setUint32(byteOffset + l, wl, isLE);
  }
  function Chi(a, b, c) {
    return a & b ^ ~a & c;
  }
  function Maj(a, b, c) {
    return a & b ^ a & c ^ b & c;
  }
  var HashMD = class extends Hash {
    constructor(blockLen, outputLen, padOffset, isLE) {
      super();
      this.finished = false;
      this.length = 0;
      this.pos = 0;
      this.destroyed = false;
      this.blockLen = blockLen;
      this.outputLen = outputLen;
      this.padOffset = padOffset;
      this.isLE = isLE;
      this.buffer = new Uint8Array(blockLen);
      this.view = createView(this.buffer);
    }
    update(data) {
      aexists(this);
      data = toBytes(data);
      abytes(data);
      const { view, buffer, blockLen } = this;
      const len = data.length;
      for (let pos = 0; pos < len; ) {
        const take2 = Math.min(blockLen - this.pos, len - pos);
        if (take2 === blockLen) {
          const dataView = createView(data);
          for (; blockLen <= len - pos; pos += blockLen)
            this.process(dataView, pos);
          continue;
        }
        buffer.set(data.subarray(pos, pos + take2), this.pos);
        this.pos += take2;
        pos += take2;
        if (this.pos === blockLen) {
          this.process(view, 0);
          this.pos = 0;
        }
      }
      this.length += data.length;
      this.roundClean();
      return this;
    }
    digestInto(out) {
      aexists(this);
      aoutput(out, this);
      this.finished = true;
      const { buffer, view, blockLen, isLE } = this;
      let { pos } = this;
      buffer[pos++] = 128;
      clean(this.buffer.subarray(pos));
      if (this.padOffset > blockLen - pos) {
        this.process(view, 0);
        pos = 0;
      }
      for (let i = pos; i < blockLen; i++)
        buffer[i] = 0;
      setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE);
      this.process(view, 0);
      const oview = createView(out);
      const len = this.outputLen;
      if (len % 4)
        throw new Error("_sha2: outputLen should be aligned to 32bit");
      const outLen = len / 4;
      const state = this.get();
      if (outLen > state.length)
        throw new Error("_sha2: outputLen bigger than state");
      for (let i = 0; i < outLen; i++)
        oview.setUint32(4 * i, state[i], isLE);
    }
    digest() {
      const { buffer, outputLen } = this;
      this.digestInto(buffer);
      const res = buffer.slice(0, outputLen);
      this.destroy();
      return res;
    }
    _cloneInto(to) {
      to || (to = new this.constructor());
      to.set(...this.get());
      const { blockLen, buffer, length, finished, destroyed, pos } = this;
      to.destroyed = destroyed;
      to.finished = finished;
      to.length = length;
      to.pos = pos;
      if (length % blockLen)
        to.buffer.set(buffer);
      return to;
    }
    clone() {
      return this._cloneInto();
    }
  };
  var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);

  // node_modules/@noble/hashes/esm/sha2.js
  var SHA256_K = /* @__PURE__ */ Uint32Array.from([
    1116352408,
    1899447441,
    3049323471,
    3921009573,
    961987163,
    1508970993,
    2453635748,
    2870763221,
    3624381080,
    310598401,
    607225278,
    1426881987,
    1925078388,
    2162078206,
    2614888103,
    3248222580,
    3835390401,
    4022224774,
    264347078,
    604807628,
    770255983,
    1249150122,
    1555081692,
    1996064986,
    2554220882,
    2821834349,
    2952996808,
    3210313671,
    3336571891,
    3584528711,
    113926993,
    338241895,
    666307205,
    773529912,
    1294757372,
    1396182291,
    1695183700,
    1986661051,
    2177026350,
    2456956037,
    2730485921,
    2820302411,
    3259730800,
    3345764771,
    3516065817,
    3600352804,
    4094571909,
    275423344,
    430227734,
    506948616,
    659060556,
    883997877,
    958139571,
    1322822218,
    1537002063,
    1747873779,
    1955562222,
    2024104815,
    2227730452,
    2361852424,
    2428436474,
    2756734187,
    3204031479,
    3329325298
  ]);
  var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
  var SHA256 = class extends HashMD {
    constructor(outputLen = 32) {
      super(64, outputLen, 8, false);
      this.A = SHA256_IV[0] | 0;
      this.B = SHA256_IV[1] | 0;
      this.C = SHA256_IV[2] | 0;
      this.D = SHA256_IV[3] | 0;
      this.E = SHA256_IV[4] | 0;
      this.F = SHA256_IV[5] | 0;
      this.G = SHA256_IV[6] | 0;
      this.H = SHA256_IV[7] | 0;
    }
    get() {
      const { A, B, C, D, E, F, G, H } = this;
      return [A, B, C, D, E, F, G, H];
    }
    // prettier-ignore
    set(A, B, C, D, E, F, G, H) {
      this.A = A | 0;
      this.B = B | 0;
      this.C = C | 0;
      this.D = D | 0;
      this.E = E | 0;
      this.F = F | 0;
      this.G = G | 0;
      this.H = H | 0;
    }
    process(view, offset) {
      for (let i = 0; i < 16; i++, offset += 4)
        SHA256_W[i] = view.getUint32(offset, false);
      for (let i = 16; i < 64; i++) {
        const W15 = SHA256_W[i - 15];
        const W2 = SHA256_W[i - 2];
        const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
        const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
        SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
      }
      let { A, B, C, D, E, F, G, H } = this;
      for (let i = 0; i < 64; i++) {
        const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
        const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
        const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
        const T2 = sigma0 + Maj(A, B, C) | 0;
        H = G;
        G = F;
        F = E;
        E = D + T1 | 0;
        D = C;
        C = B;
        B = A;
        A = T1 + T2 | 0;
      }
      A = A + this.A | 0;
      B = B + this.B | 0;
      C = C + this.C | 0;
      D = D + this.D | 0;
      E = E + this.E | 0;
      F = F + this.F | 0;
      G = G + this.G | 0;
      H = H + this.H | 0;
      this.set(A, B, C, D, E, F, G, H);
    }
    roundClean() {
      clean(SHA256_W);
    }
    destroy() {
      this.set(0, 0, 0, 0, 0, 0, 0, 0);
      clean(this.buffer);
    }
  };
  var sha256 = /* @__PURE__ */ createHasher(() => new SHA256());

  // src/core/sha256.ts
  function sha256Hex(text2) {
    return bytesToHex(sha256(utf8Bytes(text2)));
  }
  function utf8Bytes(text2) {
    const bytes = [];
    for (let i = 0; i < text2.length; i += 1) {
      let code = text2.charCodeAt(i);
      if (code >= 55296 && code <= 56319 && i + 1 < text2.length) {
        const next = text2.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) {
          code = 65536 + (code - 55296 << 10) + (next - 56320);
          i += 1;
        }
      }
      if (code >= 55296 && code <= 57343) code = 65533;
      if (code < 128) bytes.push(code);
      else if (code < 2048) bytes.push(192 | code >> 6, 128 | code & 63);
      else if (code < 65536)
        bytes.push(224 | code >> 12, 128 | code >> 6 & 63, 128 | code & 63);
      else
        bytes.push(
          240 | code >> 18,
          128 | code >> 12 & 63,
          128 | code >> 6 & 63,
          128 | code & 63
        );
    }
    return Uint8Array.from(bytes);
  }

  // src/core/drift/reference-codec.ts
  var REFERENCE_FORMAT = "reference-sample/1";
  var compareLevels = (a, b) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    const left = String(a);
    const right = String(b);
    if (left < right) return -1;
    return left > right ? 1 : 0;
  };
  function encodeReferenceSample(sample) {
    const encoded = {
      format: REFERENCE_FORMAT,
      seed: sample.seed,
      sourceRows: sample.sourceRows,
      rows: sample.rows,
      levels: {},
      columns: {}
    };
    for (const [column2, values] of Object.entries(sample.table)) {
      if (!values.some((value) => typeof value === "string")) {
        encoded.columns[column2] = values.map((value) => typeof value === "number" ? value : null);
        continue;
      }
      const levels = [...new Set(values.filter((value) => value !== null))].sort(compareLevels);
      const index = new Map(levels.map((level, position) => [level, position]));
      encoded.levels[column2] = levels;
      encoded.columns[column2] = values.map((value) => value === null ? null : index.get(value) ?? null);
    }
    return JSON.stringify(encoded);
  }
  var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  function wholeNumber(value, name) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      throw new TypeError(`The reference sample's ${name} must be a whole number ≥ 0.`);
    return value;
  }
  function levelsOf(column2, raw) {
    if (raw === void 0) return void 0;
    if (Array.isArray(raw) && raw.every((level) => typeof level === "string" || typeof level === "number"))
      return raw;
    throw new TypeError(`The levels of reference column "${column2}" must be a list of texts or numbers.`);
  }
  function decodeColumn(column2, raw, levels, rows) {
    if (!Array.isArray(raw) || raw.length !== rows)
      throw new RangeError(`Reference column "${column2}" must be a list of ${rows} values.`);
    return raw.map((value) => {
      if (value === null) return null;
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new TypeError(`Reference column "${column2}" holds a value that is neither a number nor blank.`);
      if (levels === void 0) return value;
      const level = levels[value];
      if (level === void 0)
        throw new RangeError(`Reference column "${column2}" points at level ${value}, which does not exist.`);
      return level;
    });
  }
  function decodeReferenceSample(text2) {
    const parsed = JSON.parse(text2);
    if (!isRecord(parsed) || parsed.format !== REFERENCE_FORMAT)
      throw new RangeError(`This is not a reference sample in the format ${REFERENCE_FORMAT}.`);
    const rows = wholeNumber(parsed.rows, "row count");
    const levels = isRecord(parsed.levels) ? parsed.levels : {};
    if (!isRecord(parsed.columns)) throw new TypeError("The reference sample's columns must be an object.");
    const table = {};
    for (const [column2, raw] of Object.entries(parsed.columns))
      table[column2] = decodeColumn(column2, raw, levelsOf(column2, levels[column2]), rows);
    const seed = parsed.seed;
    if (typeof seed !== "number") throw new TypeError("The reference sample's seed must be a number.");
    return {
      seed,
      sourceRows: wholeNumber(parsed.sourceRows, "source row count"),
      rows,
      table
    };
  }

  // src/core/alerts/figure-format.ts
  var NOT_AVAILABLE = "not available";
  function formatCount(n) {
    if (!Number.isFinite(n)) return NOT_AVAILABLE;
    const digits = String(Math.round(Math.abs(n)));
    const grouped2 = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return n < 0 ? `-${grouped2}` : grouped2;
  }
  function countOf(n, noun, plural3 = `${noun}s`) {
    return `${formatCount(n)} ${n === 1 ? noun : plural3}`;
  }
  function formatPercent(p) {
    return Number.isFinite(p) ? `${Math.round(p * 100)}%` : NOT_AVAILABLE;
  }
  function formatAuc(auc) {
    return Number.isFinite(auc) ? auc.toFixed(2) : NOT_AVAILABLE;
  }
  function clipText(text2, maxLength) {
    const flat2 = text2.replace(/\s+/g, " ").trim();
    if (flat2.length <= maxLength) return flat2;
    let end = maxLength - 1;
    const last = flat2.charCodeAt(end - 1);
    if (last >= 55296 && last <= 56319) end -= 1;
    return `${flat2.slice(0, end)}…`;
  }
  function listInWords(items) {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
  }

  // src/core/model/model-schema.ts
  var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  var isFiniteNumber = (value) => Number.isFinite(value);
  var TRANSFORMS = ["linear", "log1p", "positive"];
  function featureProblem(feature, index, coefficients) {
    const at = `feature ${index + 1}`;
    if (!isObject(feature)) return `${at} is not an object`;
    const { name, attribute, level, transform, center, scale: scale2 } = feature;
    if (typeof name !== "string" || name === "") return `${at} has no name`;
    if (typeof attribute !== "string") return `feature "${name}" names no attribute`;
    try {
      attributeNamed(attribute);
    } catch {
      return `feature "${name}" reads "${attribute}", which is not a column PassCompass knows`;
    }
    if (level === void 0 ? !TRANSFORMS.includes(transform) : typeof level !== "string")
      return `feature "${name}" has neither a category level nor a known transform`;
    if (!isFiniteNumber(center)) return `feature "${name}" has no centre`;
    if (!isFiniteNumber(scale2) || !(scale2 > 0)) return `feature "${name}" has no positive scale`;
    if (!isFiniteNumber(coefficients[name])) return `feature "${name}" has no coefficient`;
    return null;
  }
  function readModel(text2) {
    let parsed;
    try {
      parsed = JSON.parse(text2);
    } catch {
      return "is not valid JSON";
    }
    if (!isObject(parsed)) return `is ${clipText(JSON.stringify(parsed), 21)}, not a model`;
    const { kind, version, predicts, intercept, coefficients, encoding, training } = parsed;
    if (kind !== "logistic-regression" || version !== 1 || predicts !== "P(fail)")
      return "is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))";
    if (!isFiniteNumber(intercept)) return "has no intercept";
    if (!isObject(coefficients)) return "has no coefficients";
    if (!isObject(encoding) || encoding["version"] !== 1 || !Array.isArray(encoding["features"]))
      return "has no encoding of its features";
    const features = encoding["features"];
    if (features.length === 0) return "has no features";
    for (const [index, feature] of features.entries()) {
      const problem = featureProblem(feature, index, coefficients);
      if (problem) return `has a damaged encoding: ${problem}`;
    }
    const references = encoding["references"];
    if (!isObject(references) || !Object.values(references).every((r) => typeof r === "string"))
      return "has a damaged encoding: its reference levels are not texts";
    const dropped = encoding["dropped"];
    if (!Array.isArray(dropped) || !dropped.every((d) => typeof d === "string"))
      return "has a damaged encoding: its list of dropped features is not a list of texts";
    const origin = parsed["origin"];
    const imported = origin !== void 0;
    if (imported && (!isObject(origin) || origin["from"] !== "BigQuery ML" || !(Number.isInteger(origin["inputsOf"]) && origin["inputsOf"] >= 1)))
      return "has a damaged origin: an imported model names BigQuery ML and the version whose inputs it used";
    const minimumSteps = imported ? 0 : 1;
    if (!isObject(training) || !(Number.isInteger(training["steps"]) && training["steps"] >= minimumSteps) || !(isFiniteNumber(training["learningRate"]) && (imported || training["learningRate"] > 0)) || !isFiniteNumber(training["appliedRate"]) || !(Number.isInteger(training["rows"]) && training["rows"] >= 1) || !(Number.isInteger(training["failures"]) && training["failures"] >= 0))
      return "has damaged training settings";
    return parsed;
  }
  function momentOfModel(model) {
    const readsG1 = model.encoding.features.some((feature) => feature.attribute === "G1") || model.encoding.dropped.some((name) => name === "G1" || name.startsWith("G1>"));
    return readsG1 ? "mid" : "early";
  }

  // src/core/model/metrics.ts
  var ratio = (a, b) => b === 0 ? Number.NaN : a / b;
  function assertScoredLabels(scores, labels) {
    if (scores.length !== labels.length) {
      throw new RangeError(`${scores.length} scores but ${labels.length} labels.`);
    }
    labels.forEach((label3, i) => {
      if (label3 !== 0 && label3 !== 1) throw new RangeError(`Label ${i} is ${label3}; labels must be 0 or 1.`);
    });
  }
  function rankByScoreDescending(scores) {
    const order2 = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
    const groupEnd = new Array(order2.length);
    for (let start = 0; start < order2.length; ) {
      let end = start + 1;
      while (end < order2.length && scores[order2[end]] === scores[order2[start]]) end += 1;
      groupEnd.fill(end, start, end);
      start = end;
    }
    return { order: order2, groupEnd };
  }
  function rocAuc(scores, labels) {
    assertScoredLabels(scores, labels);
    const { order: order2, groupEnd } = rankByScoreDescending(scores);
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const negatives = labels.length - positives;
    let positiveRankSum = 0;
    for (let start = 0; start < order2.length; start = groupEnd[start]) {
      const end = groupEnd[start];
      const midrank = labels.length - (start + end - 1) / 2;
      for (let i = start; i < end; i += 1) positiveRankSum += labels[order2[i]] * midrank;
    }
    return ratio(positiveRankSum - positives * (positives + 1) / 2, positives * negatives);
  }
  function confusionAt(scores, labels, threshold) {
    assertScoredLabels(scores, labels);
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    scores.forEach((score4, i) => {
      const flagged = score4 >= threshold;
      if (labels[i] === 1) {
        if (flagged) tp += 1;
        else fn += 1;
      } else if (flagged) fp += 1;
      else tn += 1;
    });
    return { tp, fp, tn, fn };
  }
  function metricsAtThreshold(scores, labels, threshold) {
    const c = confusionAt(scores, labels, threshold);
    return {
      ...c,
      threshold,
      accuracy: ratio(c.tp + c.tn, scores.length),
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
      f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn)
    };
  }
  function brierScore(scores, labels) {
    assertScoredLabels(scores, labels);
    let sum3 = 0;
    scores.forEach((score4, i) => sum3 += (score4 - labels[i]) ** 2);
    return ratio(sum3, scores.length);
  }
  function topKMetrics(scores, labels, k) {
    assertScoredLabels(scores, labels);
    if (!Number.isInteger(k) || k < 1)
      throw new RangeError(`K must be a whole number of at least 1, not ${k}.`);
    const used = Math.min(k, scores.length);
    const { order: order2, groupEnd } = rankByScoreDescending(scores);
    let caught = 0;
    for (let start = 0; start < used; start = groupEnd[start]) {
      const end = groupEnd[start];
      let failed = 0;
      for (let i = start; i < end; i += 1) failed += labels[order2[i]];
      caught += failed * (Math.min(end, used) - start) / (end - start);
    }
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    return { k: used, caught, recall: ratio(caught, positives), precision: ratio(caught, used) };
  }

  // src/core/scoring/tiers.ts
  var isProbability = (x) => Number.isFinite(x) && x >= 0 && x <= 1;
  function assertTierRule(rule) {
    if (!isProbability(rule.mediumFrom)) {
      throw new RangeError(`The Medium tier must start at a probability in [0, 1], not ${rule.mediumFrom}.`);
    }
    if (rule.kind === "capacity") {
      if (!Number.isInteger(rule.capacity) || rule.capacity < 0) {
        throw new RangeError(`The capacity must be a whole number of at least 0, not ${rule.capacity}.`);
      }
      return;
    }
    if (!isProbability(rule.highFrom)) {
      throw new RangeError(`The High tier must start at a probability in [0, 1], not ${rule.highFrom}.`);
    }
    if (rule.mediumFrom > rule.highFrom) {
      throw new RangeError(
        `The Medium tier (from ${rule.mediumFrom}) cannot start above the High tier (from ${rule.highFrom}).`
      );
    }
  }
  var belowHigh = (risk2, mediumFrom) => risk2 >= mediumFrom ? "Medium" : "Low";
  function tierAssignment(risks, rule) {
    assertTierRule(rule);
    risks.forEach((risk2, row) => {
      if (risk2 !== null && !isProbability(risk2)) {
        throw new RangeError(`Row ${row + 1} has risk ${risk2}; a risk must be a probability in [0, 1].`);
      }
    });
    if (rule.kind === "thresholds") {
      const tiers2 = risks.map(
        (risk2) => risk2 === null ? null : risk2 >= rule.highFrom ? "High" : belowHigh(risk2, rule.mediumFrom)
      );
      return { tiers: tiers2, tie: null };
    }
    const scored = [];
    risks.forEach((risk2, row) => {
      if (risk2 !== null) scored.push(row);
    });
    scored.sort((a, b) => risks[b] - risks[a]);
    let cut2 = Math.min(rule.capacity, scored.length);
    let tie = null;
    const riskAt = (position) => risks[scored[position]];
    if (cut2 > 0 && cut2 < scored.length && riskAt(cut2 - 1) === riskAt(cut2)) {
      const shared = riskAt(cut2);
      let start = cut2;
      while (start > 0 && riskAt(start - 1) === shared) start -= 1;
      let end = cut2;
      while (end < scored.length && riskAt(end) === shared) end += 1;
      tie = { risk: shared, students: end - start, placesLeft: cut2 - start };
      cut2 = start;
    }
    const high = new Set(scored.slice(0, cut2));
    const tiers = risks.map(
      (risk2, row) => risk2 === null ? null : high.has(row) ? "High" : belowHigh(risk2, rule.mediumFrom)
    );
    return { tiers, tie };
  }

  // src/core/scoring/catch-curve.ts
  var CATCH_CURVE_POINTS = 101;
  var round4 = (x) => Math.round(x * 1e4) / 1e4;
  function catchCurve(outOfFold2, labels) {
    assertScoredLabels(outOfFold2, labels);
    outOfFold2.forEach((risk3, row) => {
      if (!(risk3 >= 0 && risk3 <= 1)) throw new RangeError(`Row ${row + 1} has risk ${risk3}, not in [0, 1].`);
    });
    const rows = outOfFold2.length;
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const zeros = new Array(CATCH_CURVE_POINTS).fill(0);
    if (failures === 0) return { byShare: zeros, byThreshold: [...zeros], failRate: 0, rows };
    const order2 = outOfFold2.map((_, i) => i).sort((a, b) => outOfFold2[b] - outOfFold2[a]);
    const risk2 = (position) => outOfFold2[order2[position]];
    const failed = (position) => labels[order2[position]];
    const byShare = [];
    let start = 0;
    let end = 0;
    let before = 0;
    let inRun = 0;
    for (let i = 0; i < CATCH_CURVE_POINTS; i += 1) {
      const cut2 = i * rows / 100;
      while (end < rows && end <= cut2) {
        before += inRun;
        start = end;
        inRun = 0;
        while (end < rows && risk2(end) === risk2(start)) inRun += failed(end++);
      }
      const caught2 = before + inRun * (Math.min(cut2, end) - start) / (end - start);
      byShare.push(round4(caught2 / failures));
    }
    const byThreshold = new Array(CATCH_CURVE_POINTS);
    let flagged = 0;
    let caught = 0;
    for (let i = CATCH_CURVE_POINTS - 1; i >= 0; i -= 1) {
      while (flagged < rows && risk2(flagged) >= i / 100) caught += failed(flagged++);
      byThreshold[i] = round4(caught / failures);
    }
    return { byShare, byThreshold, failRate: round4(failures / rows), rows };
  }
  function assertCatchCurve(curve) {
    for (const [name, points3] of [
      ["byShare", curve.byShare],
      ["byThreshold", curve.byThreshold]
    ]) {
      if (!Array.isArray(points3) || points3.length !== CATCH_CURVE_POINTS || !points3.every((p) => typeof p === "number" && p >= 0 && p <= 1)) {
        throw new RangeError(`The catch curve's ${name} must hold ${CATCH_CURVE_POINTS} numbers in [0, 1].`);
      }
    }
  }
  function readCatchCurve(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return "is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)";
    const { byShare, byThreshold, failRate, rows } = value;
    for (const [name, points3] of [
      ["byShare", byShare],
      ["byThreshold", byThreshold]
    ]) {
      if (!Array.isArray(points3) || points3.length !== CATCH_CURVE_POINTS || !points3.every((p) => typeof p === "number" && p >= 0 && p <= 1))
        return `must hold ${CATCH_CURVE_POINTS} numbers from 0 to 1 in ${name}`;
    }
    if (typeof failRate !== "number" || !(failRate >= 0 && failRate <= 1))
      return "must hold a fail rate from 0 to 1";
    if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 0)
      return "must hold a row count (a whole number)";
    return {
      byShare,
      byThreshold,
      failRate,
      rows
    };
  }
  function interpolate(points3, x) {
    const at = Math.round(x * 1e9) / 1e9;
    const lo = Math.floor(at);
    const low = points3[lo];
    return lo >= 100 ? low : low + (at - lo) * (points3[lo + 1] - low);
  }
  function expectedCatch(curve, rule, scoredRows) {
    assertTierRule(rule);
    assertCatchCurve(curve);
    if (!Number.isInteger(scoredRows) || scoredRows < 0) {
      throw new RangeError(
        `The number of scored rows must be a whole number of at least 0, not ${scoredRows}.`
      );
    }
    if (curve.byShare[100] !== 1) return Number.NaN;
    if (rule.kind === "thresholds") return interpolate(curve.byThreshold, rule.highFrom * 100);
    if (scoredRows === 0) return Number.NaN;
    return interpolate(curve.byShare, Math.min(rule.capacity / scoredRows, 1) * 100);
  }

  // src/core/random.ts
  function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
      state = state + 1831565813 >>> 0;
      let t = state;
      t = Math.imul(t ^ t >>> 15, t | 1);
      t ^= t + Math.imul(t ^ t >>> 7, t | 61);
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }
  function shuffleInPlace(items, random) {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
    return items;
  }

  // src/core/model/equity.ts
  var EQUITY_ATTRIBUTES = ["sex", "address", "school", "Medu", "Fedu", "course"];
  var MIN_GROUP = 20;
  var EQUITY_FIGURES = ["shareHigh", "falseNegativeRate", "falsePositiveRate", "precision"];
  function groupFigures(keys, labels, high, rows) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const key = keys[row];
      const c = counts2.get(key) ?? { size: 0, failures: 0, high: 0, caught: 0 };
      c.size += 1;
      c.failures += labels[row];
      if (high[row]) {
        c.high += 1;
        c.caught += labels[row];
      }
      counts2.set(key, c);
    }
    const ratio2 = (a, b) => a / b;
    const figures = /* @__PURE__ */ new Map();
    for (const [group2, c] of counts2) {
      figures.set(group2, {
        group: group2,
        size: c.size,
        failures: c.failures,
        high: c.high,
        shareHigh: ratio2(c.high, c.size),
        falseNegativeRate: ratio2(c.failures - c.caught, c.failures),
        falsePositiveRate: ratio2(c.high - c.caught, c.size - c.failures),
        precision: ratio2(c.caught, c.high)
      });
    }
    return figures;
  }
  function highOf(risks, rows, rule) {
    const { tiers } = tierAssignment(
      rows.map((row) => risks[row]),
      rule
    );
    return tiers.map((tier) => tier === "High");
  }
  var valueText = (value) => value === null || value === void 0 ? "(blank)" : String(value);
  function equityReport(records, labels, risks, options, attributes2 = EQUITY_ATTRIBUTES) {
    const all = records.map((_, row) => row);
    const high = highOf(risks, all, options.rule);
    const random = seededRandom(options.seed);
    const resamples = Array.from({ length: options.resamples }, () => {
      const rows = all.map(() => Math.floor(random() * all.length));
      return { rows, high: highOf(risks, rows, options.rule) };
    });
    return attributes2.filter((attribute) => records.some((record) => attribute in record)).map((attribute) => {
      const keys = records.map((record) => valueText(record[attribute]));
      const groups = [...groupFigures(keys, labels, high, all).values()].sort(
        (a, b) => a.group.localeCompare(b.group, "en", { numeric: true })
      );
      const compared = groups.filter((g2) => g2.size >= MIN_GROUP);
      const gaps = [];
      let resampled;
      for (const figure4 of EQUITY_FIGURES) {
        const defined = compared.filter((g2) => Number.isFinite(g2[figure4]));
        if (defined.length < 2) continue;
        resampled ?? (resampled = resamples.map(
          ({ rows, high: resampledHigh }) => (
            // `high` of a resample is indexed by position in `rows`: count by position.
            groupFigures(
              rows.map((row) => keys[row]),
              rows.map((row) => labels[row]),
              resampledHigh,
              rows.map((_, i) => i)
            )
          )
        ));
        const sorted = [...defined].sort((a, b) => b[figure4] - a[figure4]);
        const top = sorted[0];
        const bottom = sorted[sorted.length - 1];
        const differences = resampled.map(
          (figures) => (figures.get(top.group)?.[figure4] ?? NaN) - (figures.get(bottom.group)?.[figure4] ?? NaN)
        ).filter(Number.isFinite).sort((a, b) => a - b);
        const at = (q) => differences[Math.floor(q * differences.length)];
        gaps.push({
          figure: figure4,
          highest: top.group,
          lowest: bottom.group,
          gap: top[figure4] - bottom[figure4],
          interval: differences.length === 0 ? null : { low: at(0.025), high: at(0.975) }
        });
      }
      return { attribute, groups, gaps };
    });
  }

  // src/core/registry/evidence-codec.ts
  function evidenceText(evidence2) {
    if (evidence2 === null) return "";
    return JSON.stringify(evidence2, (_key, value) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const fields = value;
      return Object.fromEntries(
        Object.keys(fields).sort().map((key) => [key, fields[key]])
      );
    });
  }
  var ShapeError = class extends Error {
  };
  function object(value, at) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new ShapeError(`${at} is not an object`);
    return value;
  }
  function list(value, at) {
    if (!Array.isArray(value)) throw new ShapeError(`${at} is not a list`);
    return value;
  }
  function figure(value, at) {
    if (value === null) return Number.NaN;
    if (typeof value !== "number" || !Number.isFinite(value)) throw new ShapeError(`${at} is not a number`);
    return value;
  }
  function optionalFigure(value, at) {
    return value === null ? null : figure(value, at);
  }
  function count(value, at) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      throw new ShapeError(`${at} is not a count`);
    return value;
  }
  function text(value, at) {
    if (typeof value !== "string") throw new ShapeError(`${at} is not text`);
    return value;
  }
  function metric(value, at) {
    const m = object(value, at);
    return {
      mean: figure(m["mean"], `${at}.mean`),
      low: figure(m["low"], `${at}.low`),
      high: figure(m["high"], `${at}.high`),
      defined: count(m["defined"], `${at}.defined`),
      folds: count(m["folds"], `${at}.folds`)
    };
  }
  function bins(value, at) {
    return list(value, at).map((item, i) => {
      const b = object(item, `${at}[${i}]`);
      return {
        from: figure(b["from"], `${at}[${i}].from`),
        to: figure(b["to"], `${at}[${i}].to`),
        count: count(b["count"], `${at}[${i}].count`),
        meanPredicted: optionalFigure(b["meanPredicted"], `${at}[${i}].meanPredicted`),
        observedRate: optionalFigure(b["observedRate"], `${at}[${i}].observedRate`)
      };
    });
  }
  function group(value, at) {
    const g2 = object(value, at);
    const figures = Object.fromEntries(EQUITY_FIGURES.map((f) => [f, figure(g2[f], `${at}.${f}`)]));
    return {
      group: text(g2["group"], `${at}.group`),
      size: count(g2["size"], `${at}.size`),
      failures: count(g2["failures"], `${at}.failures`),
      high: count(g2["high"], `${at}.high`),
      ...figures
    };
  }
  function gap(value, at) {
    const g2 = object(value, at);
    const name = g2["figure"];
    if (!EQUITY_FIGURES.includes(name)) throw new ShapeError(`${at}.figure is not a figure`);
    const interval = g2["interval"] === null ? null : object(g2["interval"], `${at}.interval`);
    return {
      figure: name,
      highest: text(g2["highest"], `${at}.highest`),
      lowest: text(g2["lowest"], `${at}.lowest`),
      gap: figure(g2["gap"], `${at}.gap`),
      interval: interval && {
        low: figure(interval["low"], `${at}.interval.low`),
        high: figure(interval["high"], `${at}.interval.high`)
      }
    };
  }
  function attributes(value, at) {
    return list(value, at).map((item, i) => {
      const a = object(item, `${at}[${i}]`);
      return {
        attribute: text(a["attribute"], `${at}[${i}].attribute`),
        groups: list(a["groups"], `${at}[${i}].groups`).map((g2, j) => group(g2, `${at}[${i}].groups[${j}]`)),
        gaps: list(a["gaps"], `${at}[${i}].gaps`).map((g2, j) => gap(g2, `${at}[${i}].gaps[${j}]`))
      };
    });
  }
  function tuning(value, at) {
    const t = object(value, at);
    return {
      steps: count(t["steps"], `${at}.steps`),
      candidates: list(t["candidates"], `${at}.candidates`).map((c, i) => count(c, `${at}.candidates[${i}]`)),
      stepsPerFold: list(t["stepsPerFold"], `${at}.stepsPerFold`).map(
        (c, i) => count(c, `${at}.stepsPerFold[${i}]`)
      ),
      thresholdCriterion: text(t["thresholdCriterion"], `${at}.thresholdCriterion`)
    };
  }
  function evidence(value) {
    const e = object(value, "the evidence");
    if (e["format"] !== 1) throw new ShapeError("its format is not 1");
    const m = object(e["metrics"], "metrics");
    const c = object(e["calibration"], "calibration");
    const method = c["method"];
    if (method !== "platt" && method !== "none")
      throw new ShapeError("calibration.method is not platt or none");
    const q = object(e["equity"], "equity");
    const withLeftOut = q["withLeftOut"] === null ? null : object(q["withLeftOut"], "equity.withLeftOut");
    return {
      format: 1,
      folds: count(e["folds"], "folds"),
      seed: count(e["seed"], "seed"),
      pooledAuc: figure(e["pooledAuc"], "pooledAuc"),
      metrics: {
        auc: metric(m["auc"], "metrics.auc"),
        brier: metric(m["brier"], "metrics.brier"),
        accuracy: metric(m["accuracy"], "metrics.accuracy"),
        topKRecall: metric(m["topKRecall"], "metrics.topKRecall"),
        topKPrecision: metric(m["topKPrecision"], "metrics.topKPrecision")
      },
      capacity: count(e["capacity"], "capacity"),
      failRate: figure(e["failRate"], "failRate"),
      baselineAccuracy: figure(e["baselineAccuracy"], "baselineAccuracy"),
      tuning: tuning(e["tuning"], "tuning"),
      calibration: {
        method,
        brierBefore: figure(c["brierBefore"], "calibration.brierBefore"),
        brierAfter: figure(c["brierAfter"], "calibration.brierAfter"),
        reliabilityBefore: bins(c["reliabilityBefore"], "calibration.reliabilityBefore"),
        reliabilityAfter: bins(c["reliabilityAfter"], "calibration.reliabilityAfter")
      },
      equity: {
        rule: text(q["rule"], "equity.rule"),
        gapLimit: figure(q["gapLimit"], "equity.gapLimit"),
        leftOut: list(q["leftOut"], "equity.leftOut").map((a, i) => text(a, `equity.leftOut[${i}]`)),
        attributes: attributes(q["attributes"], "equity.attributes"),
        withLeftOut: withLeftOut && {
          auc: metric(withLeftOut["auc"], "equity.withLeftOut.auc"),
          attributes: attributes(withLeftOut["attributes"], "equity.withLeftOut.attributes")
        }
      }
    };
  }
  function readEvidenceCell(cell) {
    if (cell === void 0 || cell === "") return null;
    if (typeof cell !== "string") return "is not JSON text";
    let parsed;
    try {
      parsed = JSON.parse(cell);
    } catch {
      return "is not valid JSON";
    }
    try {
      return evidence(parsed);
    } catch (error) {
      if (error instanceof ShapeError) return `is not a version's evidence: ${error.message}`;
      throw error;
    }
  }

  // src/core/registry/model-version.ts
  var CELL_CHARACTER_LIMIT = 5e4;
  var VERSION_HEADER = [
    "Version",
    "Created",
    "Experiment",
    "Data fingerprint",
    "Rows",
    "Mode",
    "Features",
    "CV ROC AUC",
    "CV Brier",
    "Threshold",
    "Metrics (JSON)",
    "Model (JSON)",
    "Checksum (SHA-256)",
    "Status",
    "Catch curve (JSON)",
    "Reference sample (JSON)",
    "Evidence (JSON)"
  ];
  var STATUS_COLUMN = VERSION_HEADER.indexOf("Status");
  function metricsText(metrics) {
    return JSON.stringify(metrics);
  }
  function catchCurveText(curve) {
    return curve === null ? "" : JSON.stringify(curve);
  }
  function featuresText(features) {
    return features.join(", ");
  }
  function displayMetric(value) {
    return value === void 0 || !Number.isFinite(value) ? "" : value;
  }
  function versionToRow(v) {
    if (v.modelJson.length > CELL_CHARACTER_LIMIT) {
      throw new RangeError(
        `Model version ${v.version} is ${v.modelJson.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`
      );
    }
    const evidence2 = evidenceText(v.evidence);
    if (evidence2.length > CELL_CHARACTER_LIMIT) {
      throw new RangeError(
        `The evidence of model version ${v.version} is ${evidence2.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`
      );
    }
    return [
      v.version,
      // A Date, not the ISO text: Sheets would otherwise guess at the text's meaning.
      new Date(v.createdAt),
      v.experimentId,
      v.dataFingerprint,
      v.rows,
      v.mode,
      featuresText(v.features),
      displayMetric(v.metrics["auc"]),
      displayMetric(v.metrics["brier"]),
      v.threshold,
      metricsText(v.metrics),
      v.modelJson,
      v.checksum,
      v.status,
      catchCurveText(v.catchCurve),
      v.referenceSample,
      evidence2
    ];
  }
  var isWhole = (x, min2) => typeof x === "number" && Number.isInteger(x) && x >= min2;
  function describeCell(value) {
    if (value === "" || value === null || value === void 0) return "blank";
    if (isDate(value)) return Number.isNaN(value.getTime()) ? "not a valid date" : value.toISOString();
    if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
    return String(value);
  }
  var isDate = (value) => Object.prototype.toString.call(value) === "[object Date]";
  function timeOf(value) {
    if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === "string") {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? null : new Date(ms).toISOString();
    }
    return null;
  }
  function readMetrics(text2) {
    if (typeof text2 !== "string" || text2.trim() === "") return "is blank, not the JSON of the metrics";
    let parsed;
    try {
      parsed = JSON.parse(text2);
    } catch {
      return "is not valid JSON";
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      return "is not a JSON object of metrics";
    const metrics = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (value === null) metrics[name] = Number.NaN;
      else if (typeof value === "number" && Number.isFinite(value)) metrics[name] = value;
      else return `holds ${JSON.stringify(value)} for "${name}", not a number`;
    }
    return metrics;
  }
  function readCatchCurveCell(text2) {
    if (text2 === void 0 || text2 === "") return null;
    if (typeof text2 !== "string") return "is not JSON text";
    let parsed;
    try {
      parsed = JSON.parse(text2);
    } catch {
      return "is not valid JSON";
    }
    return readCatchCurve(parsed);
  }
  function versionFromRow(row) {
    const [
      version,
      createdAt,
      experimentId,
      dataFingerprint,
      rows,
      mode,
      features,
      aucCell,
      brierCell,
      threshold,
      metrics,
      modelJson,
      checksum,
      status,
      catchCurveJson,
      referenceSample,
      evidenceJson
    ] = row;
    const wrong = (column2, problem) => ({
      column: column2,
      problem
    });
    if (!isWhole(version, 1))
      return wrong("Version", `is ${describeCell(version)}, not a version number (a whole number from 1)`);
    const created = timeOf(createdAt);
    if (created === null) return wrong("Created", `is ${describeCell(createdAt)}, not a time`);
    if (typeof experimentId !== "string" || experimentId.trim() === "")
      return wrong("Experiment", `is ${describeCell(experimentId)}, not a run id`);
    if (typeof dataFingerprint !== "string" || dataFingerprint.trim() === "")
      return wrong("Data fingerprint", `is ${describeCell(dataFingerprint)}, not a fingerprint`);
    if (!isWhole(rows, 1))
      return wrong("Rows", `is ${describeCell(rows)}, not a number of students (a whole number from 1)`);
    if (mode !== "early" && mode !== "mid") return wrong("Mode", `is ${describeCell(mode)}, not early or mid`);
    if (typeof features !== "string" || features.trim() === "")
      return wrong("Features", `is ${describeCell(features)}, not a list of features`);
    for (const [column2, cell] of [
      ["CV ROC AUC", aucCell],
      ["CV Brier", brierCell]
    ]) {
      if (cell !== "" && cell !== void 0 && typeof cell !== "number")
        return wrong(column2, `is ${describeCell(cell)}, not a number`);
    }
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1))
      return wrong("Threshold", `is ${describeCell(threshold)}, not a probability from 0 to 1`);
    const parsedMetrics = readMetrics(metrics);
    if (typeof parsedMetrics === "string") return wrong("Metrics (JSON)", parsedMetrics);
    if (typeof modelJson !== "string" || modelJson.trim() === "")
      return wrong("Model (JSON)", `is ${describeCell(modelJson)}, not the JSON of a model`);
    if (modelJson.length > CELL_CHARACTER_LIMIT)
      return wrong("Model (JSON)", `is over the ${CELL_CHARACTER_LIMIT}-character cell limit`);
    if (typeof checksum !== "string" || !/^[0-9a-f]{64}$/i.test(checksum.trim()))
      return wrong(
        "Checksum (SHA-256)",
        `is ${describeCell(checksum)}, not a SHA-256 checksum (64 hex digits)`
      );
    const curve = readCatchCurveCell(catchCurveJson);
    if (typeof curve === "string") return wrong("Catch curve (JSON)", curve);
    if (referenceSample !== void 0 && typeof referenceSample !== "string")
      return wrong("Reference sample (JSON)", `is ${describeCell(referenceSample)}, not JSON text`);
    const evidence2 = readEvidenceCell(evidenceJson);
    if (typeof evidence2 === "string") return wrong("Evidence (JSON)", evidence2);
    return {
      version,
      createdAt: created,
      experimentId,
      dataFingerprint,
      rows,
      mode,
      features: features.split(",").map((f) => f.trim()).filter(Boolean),
      metrics: parsedMetrics,
      threshold,
      modelJson,
      checksum: checksum.trim().toLowerCase(),
      status: typeof status === "string" ? status : String(status ?? ""),
      catchCurve: curve,
      referenceSample: referenceSample ?? "",
      evidence: evidence2
    };
  }
  function isBlankRow(row) {
    return row.every((cell) => cell === "" || cell === null || cell === void 0);
  }

  // src/core/registry/aliases.ts
  var ALIAS_HEADER = ["Time", "Alias", "From version", "To version", "Moved by", "Reason"];
  function aliasMoveToRow(move) {
    return [new Date(move.at), move.alias, move.from ?? "", move.to ?? "", move.by, move.reason];
  }
  var MOVED_BY = ["set by training", "import", "promote", "roll back"];
  var EARLIER_MOVED_BY = ["training gate"];
  var SET_BY_TRAINING = "set by training";
  var SET_BY_IMPORT = "import";
  function aliasMoveFromRow(row) {
    if (isBlankRow(row)) return null;
    const [at, alias, from, to, by, reason] = row;
    const time = timeOf(at);
    if (time === null) return { column: "Time", problem: `is ${describeCell(at)}, not a time` };
    if (alias !== "champion" && alias !== "challenger")
      return { column: "Alias", problem: `is ${describeCell(alias)}, not champion or challenger` };
    const version = (v) => v === "" || v === void 0 || v === null ? null : typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : void 0;
    const fromVersion = version(from);
    if (fromVersion === void 0)
      return { column: "From version", problem: `is ${describeCell(from)}, not a version number or blank` };
    const toVersion = version(to);
    if (toVersion === void 0)
      return { column: "To version", problem: `is ${describeCell(to)}, not a version number or blank` };
    if (typeof by !== "string" || !(MOVED_BY.includes(by) || EARLIER_MOVED_BY.includes(by)))
      return { column: "Moved by", problem: `is ${describeCell(by)}, not one of ${MOVED_BY.join(", ")}` };
    return {
      at: time,
      alias,
      from: fromVersion,
      to: toVersion,
      by,
      reason: reason === void 0 || reason === null ? "" : String(reason)
    };
  }
  function isAliasMove(read) {
    return read !== null && "alias" in read;
  }
  function currentAliases(history) {
    const current = { champion: null, challenger: null };
    for (const move of history) current[move.alias] = move.to;
    return current;
  }
  function statusOf(version, aliases) {
    if (aliases.champion === version) return "champion";
    if (aliases.challenger === version) return "challenger";
    return "archived";
  }
  function rollBackTarget(history) {
    const stack = [];
    for (const move of history) {
      if (move.alias !== "champion" || move.to === null) continue;
      if (move.by === ROLL_BACK) stack.pop();
      else stack.push(move.to);
    }
    return stack.length >= 2 ? stack[stack.length - 2] : null;
  }
  var ROLL_BACK = "roll back";

  // src/core/registry/integrity.ts
  var TamperedVersionError = class extends Error {
    constructor(version, why) {
      super(
        `Model version ${version} was not loaded: ${why}. Roll back to an earlier version or train a new one.`
      );
      this.version = version;
      this.why = why;
      this.name = "TamperedVersionError";
    }
  };
  var CANONICAL_FORMAT = "passcompass-version/3";
  var CANONICAL_FORMAT_2 = "passcompass-version/2";
  function canonicalVersionText(v) {
    return JSON.stringify([...format2Fields(v, CANONICAL_FORMAT), evidenceText(v.evidence)]);
  }
  function canonicalVersionText2(v) {
    return JSON.stringify(format2Fields(v, CANONICAL_FORMAT_2));
  }
  function format2Fields(v, format) {
    return [
      format,
      v.version,
      v.experimentId,
      v.dataFingerprint,
      v.rows,
      v.mode,
      featuresText(v.features),
      metricsText(v.metrics),
      v.threshold,
      v.modelJson,
      catchCurveText(v.catchCurve),
      v.referenceSample
    ];
  }
  function versionChecksum(v, sha256Hex2) {
    return sha256Hex2(canonicalVersionText(v));
  }
  function verifyChecksum(version, sha256Hex2) {
    const stored = version.checksum.trim().toLowerCase();
    if (versionChecksum(version, sha256Hex2) === stored) return "all";
    if (version.evidence === null && sha256Hex2(canonicalVersionText2(version)) === stored) return "all";
    if (sha256Hex2(version.modelJson) === stored) return "model";
    throw new TamperedVersionError(
      version.version,
      "its row no longer matches its checksum: a cell the checksum covers was changed (model JSON, mode, features, metrics, threshold, catch curve, reference sample, evidence, rows, fingerprint or version number)"
    );
  }
  function trustOfLegacyVersion(version, facts, sheetRow) {
    const where = `Versions row ${sheetRow}`;
    const notes2 = [
      `Model version ${version.version} (${where}) was recorded by an earlier PassCompass, whose checksum covers only its model JSON: its metrics, threshold, catch curve and reference sample cannot be verified, so its AUC is never used to replace a champion automatically and no share of failures caught is promised from it. Train a new version to have every field checked.`
    ];
    const replaced = [];
    if (version.mode !== facts.mode)
      replaced.push(`Mode reads "${version.mode}" but the model is ${facts.mode}-term`);
    if (featuresText(version.features) !== featuresText(facts.features))
      replaced.push("Features do not list the features of the model");
    if (version.rows !== facts.rows)
      replaced.push(`Rows reads ${version.rows} but the model was trained on ${facts.rows}`);
    if (replaced.length > 0)
      notes2.push(`${where}: ${replaced.join("; ")}. PassCompass uses what the model JSON says.`);
    return {
      version: {
        ...version,
        mode: facts.mode,
        features: facts.features,
        rows: facts.rows,
        catchCurve: null,
        // Nothing vouches for evidence on such a row (an earlier PassCompass never wrote any).
        evidence: null,
        checksumCovers: "model"
      },
      notes: notes2
    };
  }
  function nextVersionNumber(versions, history, experimentVersions = []) {
    const seen = [...versions, ...experimentVersions];
    for (const move of history) {
      if (move.from !== null) seen.push(move.from);
      if (move.to !== null) seen.push(move.to);
    }
    return seen.reduce((max2, v) => Math.max(max2, v), 0) + 1;
  }

  // src/jobs/registry.ts
  var VERSIONS_SHEET = "Versions";
  var ALIASES_SHEET = "Aliases";
  var AUC_COLUMN = VERSION_HEADER.indexOf("CV ROC AUC");
  var BRIER_COLUMN = VERSION_HEADER.indexOf("CV Brier");
  var named = (version) => version === null ? "no version" : `version ${version}`;
  var Registry = class _Registry {
    constructor(sheets, digests2, versionRows, aliasRows) {
      this.sheets = sheets;
      this.digests = digests2;
      this.versionRows = versionRows;
      /** Problems found in the sheets, one sentence each, naming sheet, row and column and what is used instead. */
      this.problems = [];
      this.sheetRows = versionRows.map((_, i) => i + 2);
      this.versions = versionRows.map((row, i) => {
        const parsed = versionFromRow(row);
        if (!("problem" in parsed)) return parsed;
        const claims = typeof row[0] === "number" && Number.isInteger(row[0]) ? row[0] : null;
        return { ...parsed, row: i + 2, claims };
      });
      this.history = [];
      const ignored = [];
      aliasRows.forEach((row, i) => {
        const read = aliasMoveFromRow(row);
        if (isAliasMove(read)) this.history.push(read);
        else if (read !== null) ignored.push(`Aliases row ${i + 2}: "${read.column}" ${read.problem}`);
      });
      const aliases = this.aliases();
      if (ignored.length > 0) {
        this.problems.push(
          `${ignored.join("; ")}. ${ignored.length === 1 ? "That row is" : "Those rows are"} ignored: from the other rows, the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}.`
        );
      }
      this.versions.forEach((v, i) => {
        if ("problem" in v && !isBlankRow(versionRows[i] ?? [])) {
          this.problems.push(
            `Versions row ${v.row}: "${v.column}" ${v.problem}, so the row is not a version and is never loaded.`
          );
        }
      });
      this.checkStatusMirror(aliases);
    }
    /** Reads both sheets (one read each). */
    static read(sheets, digests2) {
      return new _Registry(sheets, digests2, sheets.versions.rows(), sheets.aliases.rows());
    }
    aliases() {
      return currentAliases(this.history);
    }
    nextVersion(experimentVersions = []) {
      const numbers = this.versions.flatMap((v) => "version" in v ? [v.version] : []);
      return nextVersionNumber(numbers, this.history, experimentVersions);
    }
    /**
     * The version, checked: its row well formed, its checksum matching (`verifyChecksum`), its model JSON a model
     * of the mode and features the row names, its reference sample readable. A row whose checksum covers only the
     * model JSON (written by an earlier PassCompass) is made safe with `trustOfLegacyVersion`, and the notes go to
     * `problems`. Throws `TamperedVersionError`, naming the row and column, when the version cannot be used.
     */
    load(version) {
      const matches = this.versions.map((v2, i) => ({ v: v2, row: this.sheetRows[i] })).filter(({ v: v2 }) => "version" in v2 && v2.version === version);
      if (matches.length === 0) {
        const unreadable = this.versions.filter((v2) => "problem" in v2);
        const own2 = unreadable.find((u) => u.claims === version);
        throw new TamperedVersionError(
          version,
          own2 ? `Versions row ${own2.row}, "${own2.column}" ${own2.problem}` : unreadable.length > 0 ? `no readable row of the Versions sheet holds it (${unreadable.map((u) => `row ${u.row}: "${u.column}" ${u.problem}`).join("; ")})` : "its row is missing from the Versions sheet"
        );
      }
      if (matches.length > 1) {
        throw new TamperedVersionError(
          version,
          `rows ${matches.map((m) => m.row).join(" and ")} of the Versions sheet both claim it; delete the copy`
        );
      }
      const { v, row } = matches[0];
      const where = `Versions row ${row}`;
      let covers;
      try {
        covers = verifyChecksum(v, (text2) => this.digests.sha256Hex(text2));
      } catch (error) {
        if (error instanceof TamperedVersionError)
          throw new TamperedVersionError(version, `${where}: ${error.why}`);
        throw error;
      }
      const model = readModel(v.modelJson);
      if (typeof model === "string")
        throw new TamperedVersionError(version, `${where}, "Model (JSON)" ${model}`);
      const facts = {
        mode: momentOfModel(model),
        features: model.encoding.features.map((f) => f.name),
        rows: model.training.rows
      };
      let loaded;
      if (covers === "model") {
        const legacy = trustOfLegacyVersion(v, facts, row);
        this.note(...legacy.notes);
        loaded = legacy.version;
      } else {
        const disagree = v.mode !== facts.mode ? `"Mode" says ${v.mode} but its model is ${facts.mode}-term` : featuresText(v.features) !== featuresText(facts.features) ? '"Features" does not list the features of its model' : v.rows !== facts.rows ? `"Rows" says ${v.rows} but its model was trained on ${facts.rows}` : null;
        if (disagree) throw new TamperedVersionError(version, `${where}: ${disagree}`);
        loaded = { ...v, checksumCovers: "all" };
        this.checkDisplayCells(loaded, row);
      }
      if (loaded.referenceSample !== "") {
        try {
          decodeReferenceSample(loaded.referenceSample);
        } catch (error) {
          const why = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
          if (covers === "all")
            throw new TamperedVersionError(version, `${where}, "Reference sample (JSON)" is damaged: ${why}`);
          this.note(
            `${where}, "Reference sample (JSON)" is damaged (${why}); monitoring has no training rows to compare with for this version.`
          );
          loaded = { ...loaded, referenceSample: "" };
        }
      }
      return loaded;
    }
    /** The champion, checked; null when there is none yet. Throws as `load` does. */
    champion() {
      const number = this.aliases().champion;
      return number === null ? null : this.load(number);
    }
    /** The champion for the promotion gate: loaded, or which version could not be loaded and why, or null. */
    championForGate() {
      try {
        return this.champion();
      } catch (error) {
        if (!(error instanceof TamperedVersionError)) throw error;
        return { version: error.version, unusable: error.why };
      }
    }
    /**
     * Writes a new version (if any) and alias moves: appends the moves to Aliases, and rewrites Versions in one
     * write so that every row's Status mirrors the aliases after the moves.
     */
    commit(added, moves) {
      this.history.push(...moves);
      if (added) {
        this.versions.push(added);
        this.sheetRows.push(this.versions.length + 1);
      }
      const aliases = this.aliases();
      const rows = this.versions.map(
        (v, i) => "version" in v ? versionToRow({ ...v, status: statusOf(v.version, aliases) }) : (
          // Stryker disable next-line ArrayDeclaration: an unreadable row was read from the sheet, so its row is there
          this.versionRows[i] ?? []
        )
      );
      if (moves.length > 0) this.sheets.aliases.append(moves.map(aliasMoveToRow));
      this.sheets.versions.rewrite(rows);
    }
    note(...notes2) {
      for (const note of notes2) if (!this.problems.includes(note)) this.problems.push(note);
    }
    /** Reports Status cells that disagree with the Aliases history, which decides. */
    checkStatusMirror(aliases) {
      const wrong = [];
      this.versions.forEach((v, i) => {
        if (!("version" in v)) return;
        const says = v.status.trim().toLowerCase();
        const is = statusOf(v.version, aliases);
        if (says !== is)
          wrong.push(`row ${this.sheetRows[i]} says ${says === "" ? "nothing" : `"${says}"`} for ${is}`);
      });
      if (wrong.length === 0) return;
      this.problems.push(
        `Versions: the Status column disagrees with the Aliases history (${wrong.join("; ")}). The Aliases decide: the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}; the Status column is rewritten to match at the next Train model, Promote or Roll back.`
      );
    }
    /** Notes display cells (CV ROC AUC, CV Brier) that differ from the checksummed metrics they copy. */
    checkDisplayCells(v, row) {
      const cells = this.versionRows[row - 2] ?? [];
      for (const [column2, metric2] of [
        [AUC_COLUMN, "auc"],
        [BRIER_COLUMN, "brier"]
      ]) {
        const cell = cells[column2];
        const value = v.metrics[metric2];
        if (cell === "" || cell === void 0 || !Number.isFinite(value)) continue;
        if (cell !== value) {
          this.note(
            `Versions row ${row}, "${VERSION_HEADER[column2]}" reads ${String(cell)}, but the metrics its checksum covers say ${value}; PassCompass uses ${value}, and the cell is rewritten at the next change.`
          );
        }
      }
    }
  };

  // src/core/scoring/scoreability.ts
  var MAX_IMPUTED_BLANKS = 3;
  var NAMED_BLANKS = MAX_IMPUTED_BLANKS;
  function modelAttributes(model) {
    return [...new Set(model.encoding.features.map((feature) => feature.attribute))];
  }
  var label = (name) => attributeNamed(name).label;
  var listed = (items) => (
    // Stryker disable next-line StringLiteral: joining at most one item never shows the separator
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`
  );
  function scoreability(model, record) {
    const attributes2 = modelAttributes(model).map(attributeNamed);
    const blanks = attributes2.filter(({ name }) => isBlank(record[name])).map(({ name }) => name);
    const grades = blanks.filter((name) => GRADE_ATTRIBUTES.includes(name));
    if (grades.length > 0) {
      const names = grades.map((name) => `${label(name)} (${name})`);
      return { ok: false, why: `Not scored: ${listed(names)} ${grades.length === 1 ? "is" : "are"} blank.` };
    }
    if (blanks.length > MAX_IMPUTED_BLANKS) {
      const named4 = blanks.slice(0, NAMED_BLANKS).map(label);
      return { ok: false, why: `Not scored: ${blanks.length} values are blank (${named4.join(", ")}, …).` };
    }
    for (const attribute of attributes2) {
      const value = record[attribute.name];
      if (isBlank(value) || isCategorical(attribute)) continue;
      if (!Number.isFinite(Number(String(value)))) {
        return {
          ok: false,
          why: `Not scored: ${attribute.label} should be a number but holds "${String(value)}".`
        };
      }
    }
    return { ok: true, blanks };
  }
  function imputedNote(blanks) {
    return blanks.length === 0 ? "" : `Blank, counted as average: ${blanks.map(label).join(", ")}.`;
  }

  // node_modules/simple-statistics/dist/simple-statistics.mjs
  function sum(x) {
    if (x.length === 0) {
      return 0;
    }
    var sum3 = x[0];
    var correction = 0;
    var transition;
    if (typeof sum3 !== "number") {
      return Number.NaN;
    }
    for (var i = 1; i < x.length; i++) {
      if (typeof x[i] !== "number") {
        return Number.NaN;
      }
      transition = sum3 + x[i];
      if (Math.abs(sum3) >= Math.abs(x[i])) {
        correction += sum3 - transition + x[i];
      } else {
        correction += x[i] - transition + sum3;
      }
      sum3 = transition;
    }
    return sum3 + correction;
  }
  function mean(x) {
    if (x.length === 0) {
      throw new Error("mean requires at least one data point");
    }
    return sum(x) / x.length;
  }
  function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum3 = 0;
    var tempValue;
    var i;
    if (n === 2) {
      for (i = 0; i < x.length; i++) {
        tempValue = x[i] - meanValue;
        sum3 += tempValue * tempValue;
      }
    } else {
      for (i = 0; i < x.length; i++) {
        sum3 += Math.pow(x[i] - meanValue, n);
      }
    }
    return sum3;
  }
  function sampleVariance(x) {
    if (x.length < 2) {
      throw new Error("sampleVariance requires at least two data points");
    }
    var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
    var besselsCorrection = x.length - 1;
    return sumSquaredDeviationsValue / besselsCorrection;
  }
  function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
  }
  function max(x) {
    if (x.length === 0) {
      throw new Error("max requires at least one data point");
    }
    var value = x[0];
    for (var i = 1; i < x.length; i++) {
      if (x[i] > value) {
        value = x[i];
      }
    }
    return value;
  }
  function min(x) {
    if (x.length === 0) {
      throw new Error("min requires at least one data point");
    }
    var value = x[0];
    for (var i = 1; i < x.length; i++) {
      if (x[i] < value) {
        value = x[i];
      }
    }
    return value;
  }
  function quantileSorted(x, p) {
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
      throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
      throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
      return x[x.length - 1];
    } else if (p === 0) {
      return x[0];
    } else if (idx % 1 !== 0) {
      var lower = Math.floor(idx);
      var upper = Math.ceil(idx);
      var fraction = idx - lower;
      return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
      return x[idx];
    }
  }
  function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;
    while (right > left) {
      if (right - left > 600) {
        var n = right - left + 1;
        var m = k - left + 1;
        var z2 = Math.log(n);
        var s = 0.5 * Math.exp(2 * z2 / 3);
        var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
        if (m - n / 2 < 0) {
          sd *= -1;
        }
        var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
        var newRight = Math.min(
          right,
          Math.floor(k + (n - m) * s / n + sd)
        );
        quickselect(arr, k, newLeft, newRight);
      }
      var t = arr[k];
      var i = left;
      var j = right;
      swap(arr, left, k);
      if (arr[right] > t) {
        swap(arr, left, right);
      }
      while (i < j) {
        swap(arr, i, j);
        i++;
        j--;
        while (arr[i] < t) {
          i++;
        }
        while (arr[j] > t) {
          j--;
        }
      }
      if (arr[left] === t) {
        swap(arr, left, j);
      } else {
        j++;
        swap(arr, j, right);
      }
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
    }
  }
  function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
  }
  function quantile(x, p) {
    var copy = x.slice();
    if (Array.isArray(p)) {
      multiQuantileSelect(copy, p);
      var results = [];
      for (var i = 0; i < p.length; i++) {
        results[i] = quantileSorted(copy, p[i]);
      }
      return results;
    } else {
      var idx = quantileIndex(copy.length, p);
      quantileSelect(copy, idx, 0, copy.length - 1);
      return quantileSorted(copy, p);
    }
  }
  function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
      quickselect(arr, k, left, right);
    } else {
      k = Math.floor(k);
      quickselect(arr, k, left, right);
      quickselect(arr, k + 1, k + 1, right);
    }
  }
  function multiQuantileSelect(arr, p) {
    var positions = /* @__PURE__ */ new Set();
    for (var i = 0; i < p.length; i++) {
      var idx = quantileIndex(arr.length, p[i]);
      positions.add(Math.floor(idx));
      positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);
    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
  }
  function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) {
      return;
    }
    var mid = lo + hi >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
  }
  function compare(a, b) {
    return a - b;
  }
  function quantileIndex(len, p) {
    var idx = (len - 1) * p;
    if (p === 1) {
      return len - 1;
    } else if (p === 0) {
      return 0;
    } else if (idx % 1 !== 0) {
      return idx;
    } else {
      return idx;
    }
  }
  function median(x) {
    return +quantile(x, 0.5);
  }
  function variance(x) {
    if (x.length === 0) {
      throw new Error("variance requires at least one data point");
    }
    return sumNthPowerDeviations(x, 2) / x.length;
  }
  function standardDeviation(x) {
    if (x.length === 1) {
      return 0;
    }
    var v = variance(x);
    return Math.sqrt(v);
  }
  var BayesianClassifier = function BayesianClassifier2() {
    this.totalCount = 0;
    this.data = {};
  };
  BayesianClassifier.prototype.train = function train(item, category) {
    if (!this.data[category]) {
      this.data[category] = {};
    }
    for (var k in item) {
      var v = item[k];
      if (this.data[category][k] === void 0) {
        this.data[category][k] = {};
      }
      if (this.data[category][k][v] === void 0) {
        this.data[category][k][v] = 0;
      }
      this.data[category][k][v]++;
    }
    this.totalCount++;
  };
  BayesianClassifier.prototype.score = function score(item) {
    var odds = {};
    var category;
    for (var k in item) {
      var v = item[k];
      for (category in this.data) {
        if (odds[category] === void 0) {
          odds[category] = {};
        }
        if (this.data[category][k]) {
          odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
        } else {
          odds[category][k + "_" + v] = 0;
        }
      }
    }
    var oddsSums = {};
    for (category in odds) {
      oddsSums[category] = 0;
      for (var combination in odds[category]) {
        oddsSums[category] += odds[category][combination];
      }
    }
    return oddsSums;
  };
  var COEFFICIENTS = [
    0.9999999999999971,
    57.15623566586292,
    -59.59796035547549,
    14.136097974741746,
    -0.4919138160976202,
    3399464998481189e-20,
    4652362892704858e-20,
    -9837447530487956e-20,
    1580887032249125e-19,
    -21026444172410488e-20,
    21743961811521265e-20,
    -1643181065367639e-19,
    8441822398385275e-20,
    -26190838401581408e-21,
    36899182659531625e-22
  ];
  var g = 607 / 128;
  var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
  function gammaln(n) {
    if (n <= 0) {
      return Number.POSITIVE_INFINITY;
    }
    n--;
    var a = COEFFICIENTS[0];
    for (var i = 1; i < 15; i++) {
      a += COEFFICIENTS[i] / (n + i);
    }
    var tmp = g + 0.5 + n;
    return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
  }
  var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
  function cumulativeDistribution(z2) {
    var sum3 = z2;
    var tmp = z2;
    for (var i = 1; i < 30; i++) {
      tmp *= z2 * z2 / (2 * i + 1);
      sum3 += tmp;
    }
    return Math.round((0.5 + sum3 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
  }
  var standardNormalTable = [];
  for (z = 0; z <= 3.09; z += 0.01) {
    standardNormalTable.push(cumulativeDistribution(z));
  }
  var z;
  var SQRT_2PI = Math.sqrt(2 * Math.PI);
  var PerceptronModel = function PerceptronModel2() {
    this.weights = [];
    this.bias = 0;
  };
  PerceptronModel.prototype.predict = function predict(features) {
    if (features.length !== this.weights.length) {
      return null;
    }
    var score4 = 0;
    for (var i = 0; i < this.weights.length; i++) {
      score4 += this.weights[i] * features[i];
    }
    score4 += this.bias;
    if (score4 > 0) {
      return 1;
    } else {
      return 0;
    }
  };
  PerceptronModel.prototype.train = function train2(features, label3) {
    if (label3 !== 0 && label3 !== 1) {
      return null;
    }
    if (features.length !== this.weights.length) {
      this.weights = features.slice();
      this.bias = 1;
    }
    var prediction = this.predict(features);
    if (typeof prediction === "number" && prediction !== label3) {
      var gradient = label3 - prediction;
      for (var i = 0; i < this.weights.length; i++) {
        this.weights[i] += gradient * features[i];
      }
      this.bias += gradient;
    }
    return this;
  };

  // src/core/model/feature-value.ts
  function numericValue(record, name, row = 0) {
    const value = record[name];
    if (isBlank(value)) return null;
    const n = typeof value === "number" ? value : Number(String(value));
    if (!Number.isFinite(n)) {
      throw new TypeError(`Row ${row + 1}: "${name}" should be a number but holds "${String(value)}".`);
    }
    return n;
  }
  function featureRawValue(feature, record, row) {
    if ("level" in feature) {
      const value = record[feature.attribute];
      return isBlank(value) ? null : String(value).trim() === feature.level ? 1 : 0;
    }
    const n = numericValue(record, feature.attribute, row);
    if (n === null) return null;
    if (feature.transform === "log1p") return Math.log1p(Math.max(n, 0));
    if (feature.transform === "positive") return n > 0 ? 1 : 0;
    return n;
  }

  // src/core/model/encoding.ts
  function fitEncoding(records, attributes2, options = {}) {
    const candidates = [];
    const references = {};
    const droppedAttributes = [];
    for (const name of attributes2) {
      const attribute = attributeNamed(name);
      if (!isCategorical(attribute)) {
        for (const transform of options.transforms?.[name] ?? ["linear"]) {
          candidates.push({ attribute: name, transform });
        }
        continue;
      }
      const [reference, ...others] = levelsByFrequency(records, name, attribute.categories);
      if (reference !== void 0) references[name] = reference;
      if (others.length === 0) droppedAttributes.push(name);
      for (const level of others) candidates.push({ attribute: name, level });
    }
    const features = [];
    const dropped = [...droppedAttributes];
    for (const candidate of candidates) {
      const name = featureName(candidate);
      const values = [];
      records.forEach((record, row) => {
        const value = featureRawValue(candidate, record, row);
        if (value !== null) values.push(value);
      });
      const scale2 = values.length > 0 ? standardDeviation(values) : 0;
      if (!(scale2 > 1e-12)) dropped.push(name);
      else features.push({ ...candidate, name, center: mean(values), scale: scale2 });
    }
    return { version: 1, features, references, dropped };
  }
  function encodeRecord(encoding, record, row = 0) {
    return encoding.features.map((feature) => {
      const value = featureRawValue(feature, record, row);
      return value === null ? 0 : (value - feature.center) / feature.scale;
    });
  }
  function encodeRecords(encoding, records) {
    return records.map((record, row) => encodeRecord(encoding, record, row));
  }
  function featureName(feature) {
    if ("level" in feature) return `${feature.attribute}=${feature.level}`;
    if (feature.transform === "log1p") return `log1p(${feature.attribute})`;
    if (feature.transform === "positive") return `${feature.attribute}>0`;
    return feature.attribute;
  }
  function levelsByFrequency(records, name, known) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const record of records) {
      const value = record[name];
      if (isBlank(value)) continue;
      const level = String(value).trim();
      counts2.set(level, (counts2.get(level) ?? 0) + 1);
    }
    const order2 = (level) => known.includes(level) ? known.indexOf(level) : known.length;
    return [...counts2.keys()].sort().sort((a, b) => (counts2.get(b) ?? 0) - (counts2.get(a) ?? 0) || order2(a) - order2(b));
  }

  // src/core/model/score.ts
  function sigmoid(z2) {
    return 1 / (1 + Math.exp(-z2));
  }
  function orderedCoefficients(model) {
    return model.encoding.features.map((feature) => {
      const coefficient = model.coefficients[feature.name];
      if (coefficient === void 0 || !Number.isFinite(coefficient)) {
        throw new RangeError(`The model has no usable coefficient for feature "${feature.name}".`);
      }
      return coefficient;
    });
  }
  function contributions(model, record, row = 0) {
    const coefficients = orderedCoefficients(model);
    const encoded = encodeRecord(model.encoding, record, row);
    const result = {};
    model.encoding.features.forEach((feature, j) => {
      result[feature.name] = coefficients[j] * encoded[j];
    });
    return result;
  }
  function riskOfFailing(model, records) {
    const coefficients = orderedCoefficients(model);
    return records.map((record, row) => {
      const encoded = encodeRecord(model.encoding, record, row);
      let z2 = model.intercept;
      for (let j = 0; j < coefficients.length; j += 1)
        z2 += coefficients[j] * encoded[j];
      return sigmoid(z2);
    });
  }

  // src/core/data/describe-value.ts
  var own = (table, key) => table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : void 0;
  var counted = (n, one, many) => n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
  var SENTENCES = {
    // The UCI description codes "3 or more" failures as 4.
    failures: (n) => n >= 4 ? "3 or more past class failures" : counted(n, "past class failure", "past class failures"),
    // Never a reason (`core/scoring/reason-kinds.ts`), but worded for completeness: the roster records none.
    absences: (n) => n === 0 ? "no absences recorded" : counted(n, "absence", "absences"),
    age: (n) => `age ${n}`,
    G1: (n) => `first-period grade ${n} of 20`,
    G2: (n) => `second-period grade ${n} of 20`,
    G3: (n) => `final grade ${n} of 20`
  };
  var CATEGORY_SENTENCES = {
    schoolsup: { yes: "already receives extra educational support from the school" },
    famsup: { yes: "already receives family educational support" },
    paid: { yes: "already takes extra paid classes in the subject" },
    higher: { no: "does not want to go on to higher education", yes: "wants to go on to higher education" },
    romantic: { no: "not in a romantic relationship", yes: "in a romantic relationship" },
    nursery: { no: "did not attend nursery school", yes: "attended nursery school" }
  };
  function describeValue(attributeOrName, value) {
    const attribute = typeof attributeOrName === "string" ? attributeNamed(attributeOrName) : attributeOrName;
    if (isBlank(value)) return `${attribute.label}: blank`;
    const raw = typeof value === "string" ? value.trim() : value;
    if (isCategorical(attribute)) {
      const text2 = String(raw);
      const sentence3 = own(own(CATEGORY_SENTENCES, attribute.name), text2);
      if (sentence3) return sentence3;
      if (attribute.phrasing === "presence" && (text2 === "yes" || text2 === "no")) {
        return text2 === "yes" ? attribute.label : `no ${attribute.label}`;
      }
      return `${attribute.label}: ${own(attribute.categoryLabels, text2) ?? text2}`;
    }
    const n = typeof raw === "number" ? raw : Number(raw);
    const sentence2 = own(SENTENCES, attribute.name);
    if (sentence2 && Number.isFinite(n)) return sentence2(n);
    const level = Number.isInteger(n) ? attribute.levels?.[n - attribute.min] : void 0;
    return `${attribute.label}: ${level ?? String(raw)}`;
  }

  // src/core/scoring/reason-kinds.ts
  var influenceable = (why, worrying, asContext) => ({
    kind: "influenceable",
    why,
    ...worrying ? { worrying } : {},
    ...asContext ? { asContext } : {}
  });
  var context = (why, worrying) => ({
    kind: "context",
    why,
    ...worrying ? { worrying } : {}
  });
  var REASON_CLASSES = {
    // What the school can act on, or the evidence it acts on.
    absences: influenceable(
      // Zero absences is never a reason, as it is on the reassuring side. In the UCI data all 53 students with
      // a final grade of 0 (most likely they left the course) have no absence recorded, so the model learns
      // that "no absences" raises the risk; without them, students with none fail less often (31 of 306, 10%)
      // than the others (146 of 685, 21%). Zero there means "nobody recorded any", not "always there".
      "attendance is the first thing a school follows up",
      "higher"
    ),
    studytime: influenceable("study habits change with homework clubs and study plans", "lower"),
    failures: influenceable("a past fact, but the gap it leaves is what catch-up support targets", "higher"),
    schoolsup: influenceable(
      "the school decides who gets extra support; support already given answers a difficulty, it is context",
      ["no"],
      ["yes"]
    ),
    famsup: influenceable(
      "a school can involve the family; the family's help already given answers a difficulty, it is context",
      ["no"],
      ["yes"]
    ),
    activities: influenceable("the school offers clubs and activities", ["no"]),
    higher: influenceable("ambitions move with careers guidance and mentoring", ["no"]),
    internet: influenceable("a school can lend a device or open a study room", ["no"]),
    freetime: influenceable("unstructured time after school can be filled with school activities", "higher"),
    goout: influenceable("pastoral care and parents can talk about evenings out", "higher"),
    Dalc: influenceable("health education and pastoral care address drinking", "higher"),
    Walc: influenceable("health education and pastoral care address drinking", "higher"),
    G1: influenceable("this term's evidence, which teaching and support respond to", "lower"),
    G2: influenceable("this term's evidence, which teaching and support respond to", "lower"),
    // Who the student is and where they come from: it explains a risk, it is not something to act on.
    school: context("the school a student attends is not changed for one student"),
    age: context("age is given; an older student has often repeated a year", "higher"),
    address: context("where the family lives"),
    famsize: context("family background"),
    Pstatus: context("family background", ["A"]),
    Medu: context("family background", "lower"),
    Fedu: context("family background", "lower"),
    Mjob: context("family background"),
    Fjob: context("family background"),
    reason: context("the family's choice of school, made before the student came"),
    guardian: context("family background"),
    traveltime: context("where the family lives", "higher"),
    paid: context("classes the family pays for: a matter of means, and taken by students who already struggle"),
    nursery: context("early childhood, out of the school’s reach", ["no"]),
    romantic: context("private life, not the school’s to act on", ["yes"]),
    famrel: context("family relationships: a school may notice, not change them", "lower"),
    health: context("a medical matter: a school can refer, not treat", "lower"),
    // Never named.
    sex: {
      kind: "never",
      why: "a protected characteristic: naming it for one student invites stereotyping; nobody acts on it"
    },
    course: { kind: "never", why: "the subject of the row, not something about the student" },
    G3: { kind: "never", why: "the final grade is the outcome itself" }
  };
  function reasonClass(name) {
    const found = Object.prototype.hasOwnProperty.call(REASON_CLASSES, name) ? REASON_CLASSES[name] : void 0;
    if (!found) throw new RangeError(`"${name}" has no reason class.`);
    return found;
  }
  function reasonKindOf(attribute, record, features, row = 0) {
    const rule = reasonClass(attribute);
    const value = record[attribute];
    if (rule.kind === "never" || isBlank(value)) return null;
    if (isCategorical(attributeNamed(attribute))) {
      const text2 = String(value).trim();
      const modelled = features.some((feature) => "level" in feature && feature.level === text2);
      if (rule.asContext?.includes(text2)) return modelled ? "context" : null;
      const worrying2 = rule.worrying;
      if (Array.isArray(worrying2)) return worrying2.includes(text2) ? rule.kind : null;
      return modelled ? rule.kind : null;
    }
    const scale2 = features.find((feature) => "transform" in feature && feature.transform !== "positive");
    const reference = scale2 ?? features[0];
    if (reference === void 0 || rule.worrying !== "higher" && rule.worrying !== "lower") return null;
    const raw = featureRawValue(reference, record, row);
    if (raw === null) return null;
    const worrying = rule.worrying === "higher" ? raw > reference.center : raw < reference.center;
    return worrying ? rule.kind : null;
  }

  // src/core/scoring/reasons.ts
  var REASON_FLOOR = 0.05;
  var CONTEXT_DOMINANCE = 2;
  var MAX_CONTEXT_REASONS = 1;
  function mainReasons(model, record, max2 = 3, row = 0) {
    if (!Number.isInteger(max2) || max2 < 0) {
      throw new RangeError(`The number of reasons must be a whole number of at least 0, not ${max2}.`);
    }
    const byFeature = contributions(model, record, row);
    const byAttribute = /* @__PURE__ */ new Map();
    for (const feature of model.encoding.features) {
      const entry = byAttribute.get(feature.attribute) ?? { sum: 0, features: [] };
      entry.sum += byFeature[feature.name] ?? 0;
      entry.features.push(feature);
      byAttribute.set(feature.attribute, entry);
    }
    const candidates = [];
    for (const [attribute, { sum: sum3, features }] of byAttribute) {
      if (!(sum3 > REASON_FLOOR)) continue;
      const kind = reasonKindOf(attribute, record, features, row);
      if (kind === null) continue;
      candidates.push({
        attribute,
        contribution: sum3,
        kind,
        text: describeValue(attribute, record[attribute] ?? null)
      });
    }
    candidates.sort((a, b) => b.contribution - a.contribution);
    const influenceable2 = candidates.filter((reason) => reason.kind === "influenceable");
    const strongest = influenceable2[0]?.contribution ?? 0;
    const outweighs = (reason) => (
      // Stryker disable next-line ConditionalExpression: no influenceable reason reaches twice the strongest one, so the kind test only reads clearly
      reason.kind === "context" && reason.contribution >= CONTEXT_DOMINANCE * strongest
    );
    const dominant = candidates.filter(outweighs).slice(0, Math.min(MAX_CONTEXT_REASONS, max2));
    return [...influenceable2.slice(0, max2 - dominant.length), ...dominant];
  }
  function reasonsText(reasons) {
    return reasons.map((reason) => reason.text).join("; ");
  }

  // src/core/scoring/reasons-cell.ts
  var NO_STRONG_RISK_FACTORS = "No strong risk factors";
  var NO_SINGLE_FACTOR = "No single factor stands out";
  function reasonsForTier(reasons, tier) {
    if (tier === "Low") return NO_STRONG_RISK_FACTORS;
    return reasonsText(reasons) || NO_SINGLE_FACTOR;
  }
  function reasonsCellForTier(cell, tier) {
    if (tier !== "Low" || cell === "") return cell;
    const end = cell.indexOf(". ");
    return end < 0 ? NO_STRONG_RISK_FACTORS : `${NO_STRONG_RISK_FACTORS}${cell.slice(end)}`;
  }

  // src/jobs/score/score-block.ts
  function scoreBlock(model, columns, rows, first) {
    const attributes2 = modelAttributes(model);
    return rows.map((row, i) => {
      const sheetRow = first + i + 2;
      const empty = row.every((cell) => cell === "" || cell === null || cell === void 0);
      const record = {};
      for (const name of attributes2) {
        const column2 = columns.byAttribute.get(name);
        record[name] = column2 === void 0 ? null : normaliseValue(attributeNamed(name), row[column2]).value;
      }
      const keyCell = columns.key ? String(row[columns.key.index] ?? "").trim() : "";
      const key = keyCell || `row ${sheetRow}`;
      const inputs = attributes2.map((name) => record[name] ?? null);
      if (empty) return { risk: null, reasons: "", key, inputs, empty };
      return { ...scoreRecord(model, record, sheetRow), key, inputs, empty };
    });
  }
  function scoreRecord(model, record, sheetRow) {
    const verdict2 = scoreability(model, record);
    if (!verdict2.ok) return { risk: null, reasons: verdict2.why };
    const [risk2] = riskOfFailing(model, [record]);
    const because = reasonsForTier(mainReasons(model, record, 3, sheetRow - 2), null);
    const note = imputedNote(verdict2.blanks);
    return { risk: risk2 ?? null, reasons: [because, note].filter(Boolean).join(". ") };
  }

  // src/jobs/score/scoring-run.ts
  var RUN_KEY = "passcompass.scoringRun";
  function headerDigest(header2) {
    return `sha256:${sha256Hex(header2.map(String).join("	"))}`;
  }
  var ABANDON_AFTER_MS = 24 * 60 * 60 * 1e3;
  function whyNotResumable(run, now, layout) {
    if (now.getTime() - Date.parse(run.startedAt) > ABANDON_AFTER_MS)
      return "it started more than a day ago, and the roster may have changed since";
    const joined = layout.header.map(String).join("	");
    if (run.header !== headerDigest(layout.header) && run.header !== joined)
      return "the Students sheet's columns changed while it was under way";
    if (layout.dataRows < run.nextRow)
      return "rows were deleted from the Students sheet while it was under way";
    return null;
  }
  var isWhole2 = (x, min2) => typeof x === "number" && Number.isInteger(x) && x >= min2;
  var shown = (value) => {
    const text2 = value === void 0 ? "missing" : JSON.stringify(value) ?? String(value);
    return text2.length > 40 ? `${text2.slice(0, 37)}…` : text2;
  };
  function runProblem(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return `it holds ${shown(value)}, not a scoring run`;
    const run = value;
    if (typeof run["runId"] !== "string" || run["runId"] === "")
      return `"runId" is ${shown(run["runId"])}, not a run id`;
    if (!isWhole2(run["version"], 1)) return `"version" is ${shown(run["version"])}, not a version number`;
    if (typeof run["startedAt"] !== "string" || Number.isNaN(Date.parse(run["startedAt"])))
      return `"startedAt" is ${shown(run["startedAt"])}, not a time`;
    if (!isWhole2(run["dataRows"], 0))
      return `"dataRows" is ${shown(run["dataRows"])}, not a whole number of rows`;
    const dataRows = run["dataRows"];
    if (!isWhole2(run["width"], 1)) return `"width" is ${shown(run["width"])}, not a whole number of columns`;
    if (!isWhole2(run["nextRow"], 0) || run["nextRow"] > dataRows)
      return `"nextRow" is ${shown(run["nextRow"])}, not a whole number from 0 to ${dataRows}`;
    if (!isWhole2(run["logged"], 0) || run["logged"] > dataRows)
      return `"logged" is ${shown(run["logged"])}, not a whole number from 0 to ${dataRows}`;
    if (typeof run["header"] !== "string") return `"header" is ${shown(run["header"])}, not the header text`;
    const columns = run["columns"];
    if (typeof columns !== "object" || columns === null)
      return `"columns" is ${shown(columns)}, not the columns`;
    const names = ["risk", "tier", "reasons", "version", "scoredAt"];
    const indexes = names.map((name) => columns[name]);
    const bad = names.find((_, i) => !isWhole2(indexes[i], 0));
    if (bad)
      return `"columns.${bad}" is ${shown(columns[bad])}, not a column index`;
    if (new Set(indexes).size !== names.length) return '"columns" names the same column twice';
    return null;
  }
  function readRun(store) {
    const text2 = store.get(RUN_KEY);
    if (text2 === null || text2 === "") return { kind: "none" };
    let parsed;
    try {
      parsed = JSON.parse(text2);
    } catch {
      return { kind: "damaged", why: "it is not valid JSON", runId: null };
    }
    const problem = runProblem(parsed);
    if (problem === null) return { kind: "run", run: parsed };
    const runId = parsed?.runId;
    return { kind: "damaged", why: problem, runId: typeof runId === "string" && runId !== "" ? runId : null };
  }
  function loadRun(store) {
    const saved = readRun(store);
    return saved.kind === "run" ? saved.run : null;
  }
  function saveRun(store, run) {
    store.set(RUN_KEY, JSON.stringify(run));
  }
  function clearRun(store) {
    store.remove(RUN_KEY);
  }

  // src/core/scoring/roster-notes.ts
  var risk = (p) => `${(p * 100).toFixed(1)}%`;
  var bound = (p) => `${Number((p * 100).toFixed(1))}%`;
  function belowHigh2(mediumFrom) {
    if (mediumFrom === 0) return "every other student is Medium (Medium starts at 0% in Settings).";
    return `Medium = the others from ${bound(mediumFrom)}; Low = below ${bound(mediumFrom)} (Settings).`;
  }
  function tierNote(rule, risks, assignment) {
    if (rule.kind === "thresholds") {
      const high2 = `Tier, from the thresholds in Settings: High = risks of ${bound(rule.highFrom)} and above`;
      if (rule.mediumFrom >= rule.highFrom)
        return `${high2}; Low = below ${bound(rule.highFrom)} (no Medium: it starts where High does).`;
      return `${high2}; ${belowHigh2(rule.mediumFrom)}`;
    }
    const highRisks = risks.filter((r, i) => r !== null && assignment.tiers[i] === "High");
    const scored = risks.filter((r) => r !== null).length;
    const lowest = risk(highRisks.reduce((min2, r) => Math.min(min2, r), 1));
    const capacity = `the capacity in Settings is ${rule.capacity}`;
    const tie = assignment.tie;
    const shared = (at, which) => `${at.students} students share the ${which} risk (${risk(at.risk)}) and equal risks get the same tier`;
    let high;
    if (tie && highRisks.length === 0) high = `nobody is High: ${capacity}, but ${shared(tie, "highest")}`;
    else if (tie)
      high = `High = the ${highRisks.length} highest risks, ${lowest} and above: ${capacity}, but ${shared(tie, "next")}, so none of them is High`;
    else if (highRisks.length === 0) high = `nobody is High: ${capacity}`;
    else if (highRisks.length === scored) high = `High = all ${scored} students scored, as ${capacity}`;
    else
      high = `High = the ${highRisks.length} highest risks, as ${capacity}: this time ${lowest} and above. A student just below ${lowest} is not High: the places were taken`;
    return `Tier, at the last scoring run: ${high}. ${belowHigh2(rule.mediumFrom)}`;
  }
  function rosterNotes(rule, risks, assignment, passMark) {
    return {
      risk: `Risk of failing: the model's estimate of the chance that this student's final grade (G3) ends below ${passMark}, the pass mark in Settings. It says whom to talk to first; it is not a verdict, and many students at high risk pass.`,
      tier: tierNote(rule, risks, assignment),
      reasons: "Main reasons: up to three of this student's answers that raise the risk most in the model, compared with an average student. They are not causes and do not judge the student. A row that could not be scored says why here."
    };
  }

  // src/jobs/score/inference-log.ts
  var LOG_HEADER = [
    "Time",
    "Run",
    "Model version",
    "Student key",
    "Risk of failing",
    "Tier",
    "Inputs (JSON)"
  ];
  var LOG_TIER_COLUMN = LOG_HEADER.indexOf("Tier");
  var LOG_RUN_COLUMN = LOG_HEADER.indexOf("Run");

  // src/jobs/score/finish-run.ts
  var MAX_LOG_ROWS = 5e4;
  function tierRuleOf(settings) {
    return settings.tierRule === "capacity" ? { kind: "capacity", capacity: settings.capacity, mediumFrom: settings.mediumFrom } : { kind: "thresholds", highFrom: settings.highFrom, mediumFrom: settings.mediumFrom };
  }
  function finishRun(deps, run, version, notes2 = []) {
    const said = [...notes2];
    const cells = deps.roster.readColumn(run.columns.risk, run.dataRows);
    const risks = cells.map((cell) => typeof cell === "number" && cell >= 0 && cell <= 1 ? cell : null);
    const reasons = deps.roster.readColumn(run.columns.reasons, run.dataRows);
    const inLog = reasons.map((cell) => cell !== "");
    const rule = tierRuleOf(deps.settings);
    const assignment = tierAssignment(risks, rule);
    const { tiers, tie } = assignment;
    deps.roster.writeColumns(
      [run.columns.tier, run.columns.reasons],
      0,
      tiers.map((tier, i) => [tier ?? "", reasonsCellForTier(String(reasons[i] ?? ""), tier)])
    );
    const logRows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
    const logged = tiers.filter((_, i) => inLog[i]);
    if (logRows.length === logged.length) {
      deps.log.writeCells(
        LOG_TIER_COLUMN,
        logRows,
        logged.map((t) => t ?? "")
      );
    } else {
      said.push(
        `The Inference log holds ${rowsText(logRows.length)} of this run (${run.runId}) for ${logged.length} ${logged.length === 1 ? "student" : "students"} scored: rows were deleted or edited meanwhile. The tiers are in the Students sheet; the log rows keep a blank Tier rather than one that could belong to another student.`
      );
    }
    deps.roster.style(run.columns, run.dataRows, rosterNotes(rule, risks, assignment, deps.settings.passMark));
    const logRowsDeleted = deps.log.trim(MAX_LOG_ROWS);
    const scored = risks.filter((r) => r !== null).length;
    const notScored = inLog.filter((logged2, i) => logged2 && risks[i] === null).length;
    const counts2 = { High: 0, Medium: 0, Low: 0 };
    for (const tier of tiers) if (tier) counts2[tier] += 1;
    const marked = rule.kind === "capacity" ? { ...rule, capacity: counts2.High } : rule;
    const caught = version.catchCurve && !(marked.kind === "capacity" && marked.capacity === 0) ? expectedCatch(version.catchCurve, marked, scored) : Number.NaN;
    if (version.checksumCovers === "model") {
      said.push(
        `No share of failures caught is given: version ${version.version} was recorded by an earlier PassCompass and its catch curve is not covered by its checksum. Train a new version to have one.`
      );
    }
    return {
      runId: run.runId,
      version: version.version,
      scored,
      notScored,
      tiers: counts2,
      expectedCatch: caught,
      tie,
      notes: said,
      logRowsDeleted
    };
  }
  var percent = (risk2) => `${(risk2 * 100).toFixed(1)}%`;
  function tieText(f) {
    const tie = f.tie;
    if (!tie) return "";
    if (tie.students === f.scored) {
      return ` Every scored student has the same risk (${percent(tie.risk)}): the model cannot rank them, so none is marked High.`;
    }
    return ` ${tie.students} students share the risk at the High tier's cut-off (${percent(tie.risk)}) and only ${tie.placesLeft} High place${tie.placesLeft === 1 ? " was" : "s were"} left: none of them is marked High (equal risks get equal tiers; PassCompass does not choose among them by row order). Counsellors with room can start with them.`;
  }
  var rowsText = (n) => `${n} ${n === 1 ? "row" : "rows"}`;
  function scoringSummary(f) {
    const catchText = Number.isFinite(f.expectedCatch) ? ` From cross-validation, the High tier should contain about ${Math.round(f.expectedCatch * 100)}% of the students who will fail.` : "";
    return `Scored ${f.scored} students with model version ${f.version}: ${f.tiers.High} High, ${f.tiers.Medium} Medium, ${f.tiers.Low} Low` + (f.notScored > 0 ? `; ${rowsText(f.notScored)} not scored (see Main reasons).` : ".") + tieText(f) + catchText + f.notes.map((note) => `
${note}`).join("");
  }

  // src/jobs/score/score-students.ts
  var OWN_HEADERS = ["Risk of failing", "Tier", "Main reasons", "Model version", "Scored at"];
  var TIERS = { High: true, Medium: true, Low: true };
  var isDate2 = (cell) => Object.prototype.toString.call(cell) === "[object Date]";
  var WRITES = {
    "Risk of failing": (cell) => cell === "" || typeof cell === "number" && cell >= 0 && cell <= 1,
    Tier: (cell) => cell === "" || typeof cell === "string" && Object.prototype.hasOwnProperty.call(TIERS, cell),
    "Main reasons": (cell) => typeof cell === "string",
    "Model version": (cell) => cell === "" || typeof cell === "number" && Number.isInteger(cell) && cell >= 1,
    "Scored at": (cell) => cell === "" || isDate2(cell)
  };
  var OWN_COLUMNS = OWN_HEADERS.map((header2) => ({
    header: header2,
    holds: WRITES[header2]
  }));
  var SALT_KEY = "passcompass.salt";
  var ABANDONED_TIER = "Not finished";
  var CELLS_PER_EXECUTION = 15e5;
  var ROWS_PER_EXECUTION_KEY = "passcompass.rowsPerExecution";
  function pendingRun(store) {
    return loadRun(store);
  }
  function rowsPerExecution(deps, notes2) {
    const given = deps.rowsPerExecution ?? deps.store.get(ROWS_PER_EXECUTION_KEY);
    if (given === void 0 || given === null || given === "") return null;
    const value = typeof given === "number" ? given : Number(given.trim());
    if (Number.isInteger(value) && value >= 1) return value;
    notes2.push(
      `The document property ${ROWS_PER_EXECUTION_KEY} is ${JSON.stringify(given)}, not a whole number of rows from 1; it was ignored, and each execution scored as many rows as the cost model allows.`
    );
    return null;
  }
  function scoreStudents(deps, request) {
    const saved = readRun(deps.store);
    if (saved.kind === "damaged") {
      if (saved.runId !== null) markNotFinished(deps, saved.runId);
      clearRun(deps.store);
      return {
        status: "abandoned",
        runId: saved.runId ?? "",
        why: `The saved state of a scoring run (document property ${RUN_KEY}) could not be read: ${saved.why}. That run was ended${saved.runId === null ? "" : " (its rows in the Inference log say Not finished)"}; the Students sheet keeps what was written. Score again to start from the first row.`
      };
    }
    let run = saved.kind === "run" ? saved.run : null;
    const notes2 = [];
    const layout = deps.roster.layout();
    if (request.kind === "follow-up") {
      if (!run) return { status: "idle", why: "No scoring run is waiting." };
    } else if (run && run.runId !== request.resume?.runId) {
      return {
        status: "idle",
        why: "Another scoring run started while you were deciding. It continues by itself; try again when it has finished."
      };
    } else if (!run && request.resume?.continueIt) {
      return { status: "idle", why: "The scoring run you asked to continue has finished meanwhile." };
    } else if (run && request.resume && !request.resume.continueIt) {
      abandonRun(deps, run);
      run = null;
    }
    if (run) {
      const why = whyNotResumable(run, deps.now(), layout);
      if (why) {
        abandonRun(deps, run);
        return {
          status: "abandoned",
          runId: run.runId,
          why: `The scoring run was not finished: ${why}. Score again.`
        };
      }
    }
    const registry = Registry.read(deps, deps.digests);
    if (run) repairInterruptedBlock(deps, run);
    else {
      run = startRun(deps, registry, layout.header, layout.dataRows);
      saveRun(deps.store, run);
    }
    run.dataRows = Math.max(run.dataRows, layout.dataRows);
    const version = registry.load(run.version);
    scoreNextBlock(deps, run, version, findRosterColumns(layout.header), rowsPerExecution(deps, notes2));
    if (run.nextRow < run.dataRows) {
      saveRun(deps.store, run);
      return { status: "continuing", runId: run.runId, scored: run.nextRow, dataRows: run.dataRows };
    }
    const finished = finishRun(deps, run, version, [...registry.problems, ...notes2]);
    clearRun(deps.store);
    return { status: "finished", ...finished };
  }
  function markNotFinished(deps, runId) {
    const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, runId);
    deps.log.writeCells(
      LOG_TIER_COLUMN,
      rows,
      rows.map(() => ABANDONED_TIER)
    );
  }
  function abandonRun(deps, run) {
    markNotFinished(deps, run.runId);
    clearRun(deps.store);
  }
  function repairInterruptedBlock(deps, run) {
    const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
    if (rows.length > run.logged) deps.log.deleteRows(rows.slice(run.logged));
  }
  function scoreNextBlock(deps, run, version, columns, override) {
    const perRow = run.width + OWN_HEADERS.length + 2 * LOG_HEADER.length;
    const perExecution = override ?? Math.max(1, Math.floor(CELLS_PER_EXECUTION / perRow));
    const count3 = Math.min(perExecution, run.dataRows - run.nextRow);
    if (count3 <= 0) return;
    const model = JSON.parse(version.modelJson);
    const scored = scoreBlock(model, columns, deps.roster.readRows(run.nextRow, count3, run.width), run.nextRow);
    const at = deps.now();
    const c = run.columns;
    deps.roster.writeColumns(
      [c.risk, c.reasons, c.version, c.scoredAt],
      run.nextRow,
      scored.map((s) => s.empty ? ["", "", "", ""] : [s.risk ?? "", s.reasons, version.version, at])
    );
    const salt = saltOf(deps);
    const logRows = scored.filter((s) => !s.empty).map((s) => [
      at,
      run.runId,
      version.version,
      pseudonym(s.key, salt, sha256Hex),
      s.risk ?? "",
      "",
      JSON.stringify(s.inputs)
    ]);
    if (logRows.length > 0) deps.log.append(logRows);
    run.logged += logRows.length;
    run.nextRow += count3;
  }
  function startRun(deps, registry, header2, dataRows) {
    const champion2 = registry.champion();
    if (!champion2) {
      const why = registry.problems.map((problem) => ` ${problem}`).join("");
      throw new DataError(`There is no model to score with yet.${why} Run Train model first.`);
    }
    if (dataRows === 0)
      throw new DataError("The Students sheet has no student rows below its header row.", { row: 2 });
    const columns = findRosterColumns(header2);
    const model = JSON.parse(champion2.modelJson);
    const missing = modelAttributes(model).filter((name) => !columns.byAttribute.has(name));
    if (missing.length > 0) {
      throw new DataError(
        `Model version ${champion2.version} needs ${missing.length === 1 ? "a column" : "columns"} the roster lacks: ${missing.map((m) => `"${m}"`).join(", ")}.`,
        { row: 1 }
      );
    }
    const own2 = deps.roster.ensureColumns(OWN_COLUMNS, header2, dataRows);
    const [risk2, tier, reasons, version, scoredAt] = own2.columns;
    const started = deps.now();
    const after = [...header2.map(String)];
    own2.columns.forEach((index, i) => {
      after[index] = own2.headers[i] ?? "";
    });
    return {
      runId: `S-${started.toISOString()}-${deps.uuid().slice(0, 8)}`,
      version: champion2.version,
      startedAt: started.toISOString(),
      dataRows,
      width: header2.length,
      nextRow: 0,
      columns: { risk: risk2, tier, reasons, version, scoredAt },
      logged: 0,
      // Stryker disable next-line StringLiteral: every element of `after` is a string and map skips holes, so the fallback is never read
      header: headerDigest(after.map((h) => h ?? ""))
    };
  }
  function saltOf(deps) {
    const existing = deps.store.get(SALT_KEY);
    if (existing) return existing;
    const salt = deps.uuid();
    deps.store.set(SALT_KEY, salt);
    return salt;
  }

  // src/jobs/load-sample.ts
  var STUDENTS_SHEET = "Students";
  function loadSample(courses, deps) {
    const allCourses = Object.keys(SAMPLE_FILES);
    const texts = new Map(allCourses.map((course) => [course, readVerified(course, deps)]));
    const table = sampleTable(
      // Stryker disable next-line StringLiteral: every course's text was read into texts above, so the fallback is never used
      courses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const existing = deps.students.read();
    const fullSample = sampleTable(
      // Stryker disable next-line StringLiteral: every course's text was read into texts above, so the fallback is never used
      allCourses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const own2 = deps.students.ownColumns?.(OWN_COLUMNS, existing) ?? [];
    const otherData = existing.length > 0 && !isSampleData(existing, fullSample, own2);
    if (otherData) {
      const question = `${whatIsThere(existing.length - 1)} with the sample (${table.rows.length} students)? Other sheets are not touched.`;
      if (!deps.dialogs.confirm("Replace the Students sheet?", question))
        return { status: "cancelled", rows: 0 };
    }
    deps.students.replace([table.header, ...table.rows]);
    deps.dialogs.toast(`Loaded ${table.rows.length} students into ${STUDENTS_SHEET}.`, "PassCompass");
    return { status: "loaded", rows: table.rows.length, replacedOtherData: otherData };
  }
  function whatIsThere(rows) {
    if (rows === 0) return `The ${STUDENTS_SHEET} sheet already has column headings of its own. Replace them`;
    if (rows === 1) return `The ${STUDENTS_SHEET} sheet already holds 1 row of other data. Replace it`;
    return `The ${STUDENTS_SHEET} sheet already holds ${rows} rows of other data. Replace them`;
  }
  function readVerified(course, deps) {
    const file = SAMPLE_FILES[course];
    const text2 = deps.files.read(file.projectFile);
    const actual = deps.digests.sha256Hex(text2);
    if (actual !== file.sha256) throw new SampleIntegrityError(file, actual);
    return text2;
  }
  function isSampleData(table, sample, own2) {
    const ownColumns = new Set(own2);
    const keep = (table[0] ?? []).map((_, i) => !ownColumns.has(i));
    const existing = table.map((row) => row.filter((_, i) => keep[i]));
    const [header2, ...rows] = existing;
    if (!header2 || rowKey(header2) !== rowKey(sample.header)) return false;
    const sampleRows = new Set(sample.rows.map(rowKey));
    return rows.every((row) => sampleRows.has(rowKey(row)));
  }
  function rowKey(row) {
    return JSON.stringify(row);
  }

  // src/core/registry/equity-warning.ts
  var FIGURE_BRIEF = {
    shareHigh: "share flagged High",
    falseNegativeRate: "false-negative rate",
    falsePositiveRate: "false-positive rate",
    precision: "precision"
  };
  var FIGURE_TEXT = {
    shareHigh: "the share flagged High",
    falseNegativeRate: "the share of failing students not flagged High (false-negative rate)",
    falsePositiveRate: "the share of passing students flagged High (false-positive rate)",
    precision: "the share of students flagged High who failed (precision)"
  };
  var ATTRIBUTE_TEXT = {
    Medu: "mother's education",
    Fedu: "father's education"
  };
  var points = (x) => String(Math.round(x * 100));
  var limitPoints = (x) => String(Number((x * 100).toFixed(1)));
  function gapOf(evidence2, attribute, figure4) {
    return evidence2?.equity.attributes.find((a) => a.attribute === attribute)?.gaps.find((g2) => g2.figure === figure4);
  }
  function describeGap(attribute, gap2) {
    const name = ATTRIBUTE_TEXT[attribute] ?? attribute;
    const interval = gap2.interval ? ` (95% interval ${points(gap2.interval.low)} to ${points(gap2.interval.high)}` + (gap2.interval.low <= 0 ? ", so it may be chance)" : ")") : "";
    return `${FIGURE_TEXT[gap2.figure]} differs by ${points(gap2.gap)} points between ${name} ${gap2.highest} and ${gap2.lowest}${interval}`;
  }
  function equityWarnings(candidate, champion2, limit) {
    const warnings = [];
    const standing = [];
    const brief = [];
    if (candidate.evidence === null) return { warnings, standing: null, brief: null };
    for (const attribute of candidate.evidence.equity.attributes) {
      for (const gap2 of attribute.gaps) {
        if (!(gap2.gap > limit)) continue;
        const theirs = champion2 ? gapOf(champion2.evidence, attribute.attribute, gap2.figure) : void 0;
        const described = describeGap(attribute.attribute, gap2);
        if (theirs !== void 0 && champion2 && !(gap2.gap > theirs.gap)) {
          standing.push(`${described}; champion v${champion2.version} had ${points(theirs.gap)}`);
          continue;
        }
        const compared = champion2 === null ? "there is no champion to compare with" : champion2.evidence === null ? `champion v${champion2.version} has no equity figures to compare with` : theirs === void 0 ? `champion v${champion2.version} has no figure for it` : `champion v${champion2.version} had ${points(theirs.gap)}`;
        brief.push(`${FIGURE_BRIEF[gap2.figure]} by ${attribute.attribute} ${points(gap2.gap)} points`);
        warnings.push(`Equity: ${described}, above the acceptable ${limitPoints(limit)} points; ${compared}.`);
      }
    }
    return {
      warnings,
      standing: standing.length === 0 ? null : `Equity: gaps above the acceptable ${limitPoints(limit)} points that this version does not widen: ${standing.join("; ")}.`,
      brief: brief.length === 0 ? null : `equity gaps above the acceptable ${limitPoints(limit)} points, widened: ${brief.join(", ")}`
    };
  }

  // src/core/settings.ts
  var LEAVE_OUT_CHOICES = EQUITY_ATTRIBUTES;
  var DEFAULT_SETTINGS = {
    passMark: 10,
    mode: "auto",
    folds: 5,
    capacity: 25,
    seed: 1,
    tierRule: "capacity",
    highFrom: 0.5,
    mediumFrom: 0.3,
    alertRecipients: [],
    monitoringHour: 7,
    equityGapLimit: 0.1,
    leaveOutAttributes: []
  };
  var RANGES = {
    passMark: [1, 20],
    folds: [2, 20],
    capacity: [1, 1e5],
    seed: [0, 2 ** 31 - 1],
    highFrom: [0, 1],
    mediumFrom: [0, 1],
    monitoringHour: [0, 23],
    equityGapLimit: [0, 1]
  };
  var FRACTIONAL = ["passMark", "highFrom", "mediumFrom", "equityGapLimit"];
  function defaultSettings() {
    return {
      ...DEFAULT_SETTINGS,
      // Stryker disable next-line ArrayDeclaration: DEFAULT_SETTINGS.alertRecipients is empty, so its copy and [] are the same fresh list
      alertRecipients: [...DEFAULT_SETTINGS.alertRecipients],
      // Stryker disable next-line ArrayDeclaration: DEFAULT_SETTINGS.leaveOutAttributes is empty, so its copy and [] are the same fresh list
      leaveOutAttributes: [...DEFAULT_SETTINGS.leaveOutAttributes]
    };
  }
  function parseSettings(stored) {
    if (stored === null || stored.trim() === "") return { settings: defaultSettings(), problems: [] };
    let raw;
    try {
      raw = JSON.parse(stored);
    } catch {
      return {
        settings: defaultSettings(),
        problems: ["The saved settings were not readable; defaults are used."]
      };
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return {
        settings: defaultSettings(),
        problems: [
          `The saved settings hold ${String(JSON.stringify(raw)).slice(0, 40)}, not a set of named values; defaults are used.`
        ]
      };
    }
    return validateSettings(raw);
  }
  function numberOf(value) {
    if (typeof value === "number") return value;
    if (typeof value === "string" && DECIMAL.test(value.trim())) return Number(value.trim());
    return Number.NaN;
  }
  var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  function validateSettings(raw) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return {
        settings: defaultSettings(),
        problems: ["The settings are not a set of named values; defaults are used."]
      };
    }
    const settings = defaultSettings();
    const problems = [];
    for (const [key, [min2, max2]] of Object.entries(RANGES)) {
      if (raw[key] === void 0) continue;
      const value = numberOf(raw[key]);
      const whole = !FRACTIONAL.includes(key);
      if (!Number.isFinite(value) || value < min2 || value > max2 || whole && !Number.isInteger(value)) {
        problems.push(
          `${key} must be ${whole ? "a whole number" : "a number"} from ${min2} to ${max2}; using ${DEFAULT_SETTINGS[key]}.`
        );
      } else settings[key] = value;
    }
    if (raw["mode"] !== void 0) {
      if (raw["mode"] === "auto" || raw["mode"] === "early" || raw["mode"] === "mid")
        settings.mode = raw["mode"];
      else problems.push(`mode must be auto, early or mid; using ${DEFAULT_SETTINGS.mode}.`);
    }
    if (raw["tierRule"] !== void 0) {
      if (raw["tierRule"] === "capacity" || raw["tierRule"] === "thresholds")
        settings.tierRule = raw["tierRule"];
      else problems.push(`tierRule must be capacity or thresholds; using ${DEFAULT_SETTINGS.tierRule}.`);
    }
    if (raw["alertRecipients"] !== void 0) {
      const read = readRecipients(raw["alertRecipients"]);
      if (read === null) {
        problems.push("alertRecipients must be email addresses separated by commas or new lines; using none.");
      } else {
        settings.alertRecipients = read.addresses;
        problems.push(...read.problems);
      }
    }
    if (raw["leaveOutAttributes"] !== void 0) {
      const read = readLeaveOut(raw["leaveOutAttributes"]);
      if (typeof read === "string") problems.push(read);
      else settings.leaveOutAttributes = read;
    }
    if (settings.mediumFrom > settings.highFrom) {
      problems.push(
        `mediumFrom (${settings.mediumFrom}) must not be above highFrom (${settings.highFrom}); using ${DEFAULT_SETTINGS.mediumFrom} and ${DEFAULT_SETTINGS.highFrom}.`
      );
      settings.mediumFrom = DEFAULT_SETTINGS.mediumFrom;
      settings.highFrom = DEFAULT_SETTINGS.highFrom;
    }
    return { settings, problems };
  }
  var CHOICES_TEXT = LEAVE_OUT_CHOICES.join(", ");
  function readLeaveOut(value) {
    let items;
    if (typeof value === "string") items = value.split(RECIPIENT_SEPARATORS);
    else if (Array.isArray(value)) items = value;
    else return `leaveOutAttributes must be a list of attributes (${CHOICES_TEXT}); leaving none out.`;
    const chosen = /* @__PURE__ */ new Set();
    const wrong = [];
    for (const item of items) {
      const name = typeof item === "string" ? item.trim() : item;
      if (name === "") continue;
      const match = typeof name === "string" ? LEAVE_OUT_CHOICES.find((c) => c.toLowerCase() === name.toLowerCase()) : void 0;
      if (match) chosen.add(match);
      else wrong.push(quoted(name));
    }
    if (wrong.length > 0) {
      return `leaveOutAttributes: ${wrong.join(", ")} ${wrong.length === 1 ? "is not one of" : "are not among"} the sensitive attributes that can be left out (${CHOICES_TEXT}); leaving none out.`;
    }
    return LEAVE_OUT_CHOICES.filter((c) => chosen.has(c));
  }
  var MAX_ALERT_RECIPIENTS = 20;
  var RECIPIENT_SEPARATORS = /[\s,;]+/;
  function isEmailAddress(text2) {
    if (text2.length > 254) return false;
    const at = text2.indexOf("@");
    if (at < 1 || at !== text2.lastIndexOf("@")) return false;
    const local = text2.slice(0, at);
    const labels = text2.slice(at + 1).split(".");
    const tld = labels[labels.length - 1] ?? "";
    return local.length <= 64 && /^[^\s@,;<>()[\]\\"]+$/.test(local) && !/^\.|\.$|\.\./.test(local) && labels.length >= 2 && labels.every((label3) => /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label3)) && (/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld));
  }
  function readRecipients(value) {
    let items;
    if (typeof value === "string") items = value.split(RECIPIENT_SEPARATORS);
    else if (Array.isArray(value)) items = value;
    else return null;
    const addresses = [];
    const problems = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      const address = typeof item === "string" ? item.trim() : item;
      if (address === "") continue;
      const key = typeof address === "string" ? address.toLowerCase() : JSON.stringify(address);
      if (seen.has(key)) continue;
      seen.add(key);
      if (typeof address === "string" && isEmailAddress(address)) addresses.push(address);
      else problems.push(`alertRecipients: ${quoted(address)} is not an email address; it is left out.`);
    }
    if (addresses.length > MAX_ALERT_RECIPIENTS) {
      const over = addresses.length - MAX_ALERT_RECIPIENTS;
      problems.push(
        `alertRecipients: at most ${MAX_ALERT_RECIPIENTS} addresses (MailApp counts each one against a daily quota); the last ${over === 1 ? "one is" : `${over} are`} left out. A group address can reach more people.`
      );
      addresses.length = MAX_ALERT_RECIPIENTS;
    }
    return { addresses, problems };
  }
  function quoted(value) {
    const text2 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
    const short = text2.length > 60 ? `${text2.slice(0, 57)}…` : text2;
    return typeof value === "string" ? `"${short}"` : short;
  }

  // src/jobs/promote.ts
  function problemsText(registry) {
    return registry.problems.map((problem) => `

Note: ${problem}`).join("");
  }
  function promoteChallenger(deps) {
    const registry = Registry.read(deps, deps.digests);
    const { champion: champion2, challenger } = registry.aliases();
    if (challenger === null) throw new DataError("There is no challenger to promote. Train a model first.");
    const candidate = registry.load(challenger);
    const current = registry.championForGate();
    const { warnings } = equityWarnings(
      candidate,
      current === null ? null : "unusable" in current ? { version: current.version, evidence: null } : current,
      deps.equityGapLimit ?? DEFAULT_SETTINGS.equityGapLimit
    );
    const reason = deps.dialogs.prompt(
      `Promote version ${challenger}?`,
      `Version ${challenger} will score students from now on${champion2 === null ? "" : ` instead of version ${champion2}`}. Why? (kept in the Aliases history)` + warnings.map((warning) => `

${warning}`).join("") + problemsText(registry)
    );
    if (reason === null) return { status: "cancelled" };
    const at = deps.now().toISOString();
    const why = reason || "promoted by hand";
    const moves = [
      { at, alias: "champion", from: champion2, to: challenger, by: "promote", reason: why },
      { at, alias: "challenger", from: challenger, to: null, by: "promote", reason: `became champion: ${why}` }
    ];
    registry.commit(null, moves);
    deps.dialogs.toast(`Version ${challenger} is now the champion.`, "PassCompass");
    return { status: "moved", champion: challenger, previous: champion2, warnings };
  }
  function rollBackChampion(deps) {
    const registry = Registry.read(deps, deps.digests);
    const current = registry.aliases().champion;
    const previous = rollBackTarget(registry.history);
    if (current === null || previous === null) {
      throw new DataError("There is no earlier champion to roll back to.");
    }
    registry.load(previous);
    const reason = deps.dialogs.prompt(
      `Roll back to version ${previous}?`,
      `Version ${previous} will score students again instead of version ${current}. Why? (kept in the Aliases history)` + problemsText(registry)
    );
    if (reason === null) return { status: "cancelled" };
    registry.commit(null, [
      {
        at: deps.now().toISOString(),
        alias: "champion",
        from: current,
        to: previous,
        by: ROLL_BACK,
        reason: reason || "rolled back by hand"
      }
    ]);
    deps.dialogs.toast(`Rolled back: version ${previous} is the champion again.`, "PassCompass");
    return { status: "moved", champion: previous, previous: current, warnings: [] };
  }

  // src/core/data/column-summary.ts
  function summariseColumns(records, attributes2) {
    return attributes2.map((name) => {
      const attribute = attributeNamed(name);
      const values = records.map((r) => r[name]).filter((v) => v !== null && v !== void 0 && v !== "");
      const counts2 = countValues(values);
      const numbers = isCategorical(attribute) ? [] : values.map(Number).filter((v) => Number.isFinite(v));
      const top = [...counts2.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, 3).map(([value, n]) => `${value} (${n})`).join(", ");
      return {
        attribute: name,
        label: attribute.label,
        kind: attribute.kind,
        blanks: records.length - values.length,
        distinct: counts2.size,
        min: numbers.length ? min(numbers) : null,
        mean: numbers.length ? mean(numbers) : null,
        max: numbers.length ? max(numbers) : null,
        topValues: top
      };
    });
  }
  function failRates(records, labels, attributes2, maxValues = 6) {
    const rates = [];
    for (const name of attributes2) {
      const groups = /* @__PURE__ */ new Map();
      records.forEach((record, i) => {
        const value = record[name];
        const label3 = labels[i];
        if (value === null || value === void 0 || value === "" || label3 === null || label3 === void 0)
          return;
        const group2 = groups.get(value) ?? { students: 0, failed: 0 };
        group2.students += 1;
        group2.failed += label3;
        groups.set(value, group2);
      });
      if (groups.size > maxValues) continue;
      const sorted = [...groups.entries()].sort(
        ([a], [b]) => typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))
      );
      for (const [value, { students: students2, failed }] of sorted) {
        rates.push({ attribute: name, value, students: students2, failed, failRate: failed / students2 });
      }
    }
    return rates;
  }
  function countValues(values) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const v of values) counts2.set(v, (counts2.get(v) ?? 0) + 1);
    return counts2;
  }

  // src/jobs/summary.ts
  var SUMMARY_SHEET = "Summary";
  var SUMMARY_HEADER = [
    "Column",
    "Meaning",
    "Kind",
    "Blank",
    "Distinct",
    "Min",
    "Mean",
    "Max",
    "Most common"
  ];
  var COLUMN_HEADER = SUMMARY_HEADER;
  var RATE_HEADER = [
    "Column",
    "Value",
    "Students",
    "Failed",
    "Fail rate",
    "",
    "",
    "",
    ""
  ];
  function writeSummary(report, checked, passMark) {
    const attributes2 = [...checked.columns.byAttribute.keys()];
    const labels = checked.records.map(
      (r) => typeof r["G3"] === "number" ? r["G3"] < passMark ? 1 : 0 : null
    );
    const columns = summariseColumns(checked.records, attributes2);
    const rates = failRates(checked.records, labels, attributes2);
    const blank2 = (n) => n === null ? "" : Number(n.toFixed(2));
    const values = [
      [...COLUMN_HEADER],
      ...columns.map((c) => [
        c.attribute,
        c.label,
        c.kind,
        c.blanks,
        c.distinct,
        blank2(c.min),
        blank2(c.mean),
        blank2(c.max),
        c.topValues
      ]),
      Array(COLUMN_HEADER.length).fill(""),
      [...RATE_HEADER],
      ...rates.map((r) => [
        r.attribute,
        r.value,
        r.students,
        r.failed,
        Number(r.failRate.toFixed(3)),
        "",
        "",
        "",
        ""
      ])
    ];
    const rateStart = columns.length + 3;
    const failures = rates.map((r, i) => ({ r, i })).filter(({ r }) => r.attribute === "failures");
    const chart = failures.length > 0 ? {
      firstRow: rateStart + (failures[0]?.i ?? 0),
      rows: failures.length,
      title: `Fail rate (G3 < ${passMark}) by past class failures`
    } : null;
    report.write(values, chart);
  }

  // src/core/model/calibration.ts
  function assertPairs(risks, labels) {
    if (risks.length !== labels.length)
      throw new RangeError(`${risks.length} risks but ${labels.length} labels.`);
    if (risks.length === 0) throw new RangeError("No risks to calibrate.");
    risks.forEach((risk2, i) => {
      if (!(risk2 >= 0 && risk2 <= 1)) throw new RangeError(`Risk ${i} is ${risk2}, not a probability.`);
      if (labels[i] !== 0 && labels[i] !== 1) throw new RangeError(`Label ${i} is ${labels[i]}, not 0 or 1.`);
    });
  }
  function reliabilityTable(risks, labels, bins2 = 10) {
    assertPairs(risks, labels);
    const sums = Array.from({ length: bins2 }, () => ({ count: 0, predicted: 0, failed: 0 }));
    risks.forEach((risk2, i) => {
      const bin = sums[Math.min(bins2 - 1, Math.floor(risk2 * bins2))];
      if (!bin) return;
      bin.count += 1;
      bin.predicted += risk2;
      bin.failed += labels[i] ?? 0;
    });
    return sums.map((bin, i) => ({
      from: i / bins2,
      to: (i + 1) / bins2,
      count: bin.count,
      meanPredicted: bin.count === 0 ? null : bin.predicted / bin.count,
      observedRate: bin.count === 0 ? null : bin.failed / bin.count
    }));
  }
  var EPSILON = 1e-12;
  function logit(risk2) {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, risk2));
    return Math.log(p / (1 - p));
  }
  var softplus = (x) => x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  function fitPlatt(risks, labels) {
    assertPairs(risks, labels);
    const f = risks.map(logit);
    const positives = labels.filter((y) => y === 1).length;
    const negatives = labels.length - positives;
    const hi = (positives + 1) / (positives + 2);
    const lo = 1 / (negatives + 2);
    const t = labels.map((y) => y === 1 ? hi : lo);
    const loss = (a2, b2) => f.reduce((sum3, fi, i) => {
      const z2 = a2 * fi + b2;
      return sum3 + t[i] * z2 + softplus(-z2);
    }, 0);
    let a = 0;
    let b = Math.log((negatives + 1) / (positives + 1));
    let current = loss(a, b);
    for (let iteration = 0; iteration < 100; iteration += 1) {
      let ga = 0;
      let gb = 0;
      let haa = 1e-12;
      let hab = 0;
      let hbb = 1e-12;
      f.forEach((fi, i) => {
        const z2 = a * fi + b;
        const q = 1 / (1 + Math.exp(z2));
        const d = t[i] - q;
        ga += fi * d;
        gb += d;
        const w = q * (1 - q);
        haa += fi * fi * w;
        hab += fi * w;
        hbb += w;
      });
      if (Math.abs(ga) < 1e-10 && Math.abs(gb) < 1e-10) break;
      const det = haa * hbb - hab * hab;
      const da = -(hbb * ga - hab * gb) / det;
      const db = -(-hab * ga + haa * gb) / det;
      let step = 1;
      while (step > 1e-10) {
        const next = loss(a + step * da, b + step * db);
        if (next < current + 1e-4 * step * (ga * da + gb * db)) {
          a += step * da;
          b += step * db;
          current = next;
          break;
        }
        step /= 2;
      }
      if (step <= 1e-10) break;
    }
    return { kind: "platt", a, b };
  }
  function fitIsotonic(risks, labels) {
    assertPairs(risks, labels);
    const order2 = risks.map((_, i) => i).sort((i, j) => risks[i] - risks[j]);
    const points3 = [];
    for (const i of order2) {
      const x = risks[i];
      const y = labels[i];
      const last = points3[points3.length - 1];
      if (last && last.x === x) {
        last.y = (last.y * last.w + y) / (last.w + 1);
        last.w += 1;
      } else points3.push({ x, y, w: 1 });
    }
    const blocks = [];
    points3.forEach((point, i) => {
      blocks.push({ y: point.y, w: point.w, first: i, last: i });
      while (blocks.length > 1) {
        const b = blocks[blocks.length - 1];
        const a = blocks[blocks.length - 2];
        if (a.y <= b.y) break;
        blocks.splice(-2, 2, {
          y: (a.y * a.w + b.y * b.w) / (a.w + b.w),
          w: a.w + b.w,
          first: a.first,
          last: b.last
        });
      }
    });
    const fitted = [];
    for (const block of blocks) for (let i = block.first; i <= block.last; i += 1) fitted.push(block.y);
    const xs = [];
    const ys = [];
    points3.forEach((point, i) => {
      const y = fitted[i];
      const keep = fitted[i - 1] !== y || fitted[i + 1] !== y;
      if (keep) {
        xs.push(point.x);
        ys.push(y);
      }
    });
    return { kind: "isotonic", xs, ys };
  }
  function calibrate(calibration, risk2) {
    if (calibration.kind === "none") return risk2;
    if (calibration.kind === "platt") return 1 / (1 + Math.exp(calibration.a * logit(risk2) + calibration.b));
    const { xs, ys } = calibration;
    const last = xs.length - 1;
    if (risk2 <= xs[0]) return ys[0];
    if (risk2 >= xs[last]) return ys[last];
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = lo + hi >> 1;
      if (xs[mid] <= risk2) lo = mid;
      else hi = mid;
    }
    const x0 = xs[lo];
    const x1 = xs[hi];
    const y0 = ys[lo];
    const y1 = ys[hi];
    return y0 + (risk2 - x0) * (y1 - y0) / (x1 - x0);
  }

  // src/core/model/training-data-error.ts
  var TrainingDataError = class extends DataError {
    constructor(problem, message, recordIndex) {
      super(message);
      this.problem = problem;
      this.recordIndex = recordIndex;
      this.name = "TrainingDataError";
    }
  };
  function assertTrainableLabels(labels) {
    if (labels.length === 0)
      throw new TrainingDataError(
        "no-rows",
        "No student has a final grade (G3) to learn from: training needs rows whose final grade is known, such as last year’s class."
      );
    let failures = 0;
    labels.forEach((label3, i) => {
      if (label3 !== 0 && label3 !== 1) throw new RangeError(`Label ${i} is ${label3}; labels must be 0 or 1.`);
      failures += label3;
    });
    if (failures === 0 || failures === labels.length) {
      const outcome = failures === 0 ? "passed" : "failed";
      throw new TrainingDataError(
        "one-class",
        `Every one of the ${labels.length} students ${outcome}, so there is nothing to learn the difference from.`
      );
    }
  }

  // src/core/model/folds.ts
  function stratifiedGroupFolds(labels, groups, k, random) {
    if (labels.length !== groups.length)
      throw new RangeError(`${labels.length} labels but ${groups.length} groups.`);
    if (!Number.isInteger(k) || k < 2)
      throw new RangeError(`Folds must be a whole number of at least 2, not ${k}.`);
    assertTrainableLabels(labels);
    const byKey = /* @__PURE__ */ new Map();
    labels.forEach((label3, row) => {
      const key = groups[row];
      const group2 = byKey.get(key) ?? { rows: [], failures: 0 };
      group2.rows.push(row);
      group2.failures += label3;
      byKey.set(key, group2);
    });
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const fewest = Math.min(failures, labels.length - failures);
    if (byKey.size < k || fewest < k) {
      const what = byKey.size < k ? `${byKey.size} distinct ${plural(byKey.size, "student")}` : `only ${fewest} ${plural(fewest, "student")} with one outcome`;
      throw new TrainingDataError(
        "too-few-rows",
        `Cross-validation with ${k} folds needs at least ${k} different students, ${k} who passed and ${k} who failed; the rows have ${what}. Add rows with a final grade, or lower the number of folds.`
      );
    }
    const ordered = shuffleInPlace([...byKey.values()], random).sort((a, b) => b.rows.length - a.rows.length);
    const target = [(labels.length - failures) / k, failures / k];
    const counts2 = Array.from({ length: k }, () => [0, 0]);
    const fold2 = new Array(labels.length).fill(0);
    for (const group2 of ordered) {
      const add = [group2.rows.length - group2.failures, group2.failures];
      let best = 0;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestRows = Number.POSITIVE_INFINITY;
      counts2.forEach((count3, f) => {
        let cost = 0;
        for (let c = 0; c < 2; c += 1) {
          const before = count3[c] - target[c];
          cost += (before + add[c]) ** 2 - before ** 2;
        }
        const rows = count3[0] + count3[1];
        if (cost < bestCost - 1e-12 || Math.abs(cost - bestCost) <= 1e-12 && rows < bestRows) {
          best = f;
          bestCost = cost;
          bestRows = rows;
        }
      });
      const chosen = counts2[best];
      chosen[0] = chosen[0] + add[0];
      chosen[1] = chosen[1] + add[1];
      for (const row of group2.rows) fold2[row] = best;
    }
    return fold2;
  }
  function plural(count3, word) {
    return count3 === 1 ? word : `${word}s`;
  }

  // src/core/model/gradient-path.ts
  function toRowMajor(rows) {
    const columns = rows[0]?.length ?? 0;
    const values = new Float64Array(rows.length * columns);
    rows.forEach((row, i) => {
      if (row.length !== columns) throw new RangeError(`Rows have ${row.length} and ${columns} columns.`);
      values.set(row, i * columns);
    });
    return { rows: rows.length, columns, values };
  }
  function startGradientWalk(design, labels, rate) {
    const { rows: n, columns: p, values: x } = design;
    if (labels.length !== n) throw new RangeError(`${n} rows but ${labels.length} labels.`);
    const y = Float64Array.from(labels);
    const weights = new Float64Array(p);
    const gradient = new Float64Array(p);
    let taken = 0;
    const step = () => {
      gradient.fill(0);
      for (let i = 0, offset = 0; i < n; i += 1, offset += p) {
        let score4 = 0;
        for (let k = 0; k < p; k += 1) score4 += x[offset + k] * weights[k];
        const error = -(1 / (1 + Math.exp(-score4))) + y[i];
        for (let k = 0; k !== p; k += 1)
          gradient[k] = gradient[k] + x[offset + k] * error;
      }
      for (let k = 0; k !== p; k += 1) weights[k] = weights[k] + gradient[k] * rate;
      taken += 1;
    };
    return {
      steps: () => taken,
      advanceTo(steps) {
        if (!Number.isInteger(steps) || steps < taken) {
          throw new RangeError(`Cannot advance from ${taken} steps to ${steps}.`);
        }
        while (taken < steps) step();
        return weights.slice();
      }
    };
  }

  // src/core/model/step-size.ts
  function largestEigenvalueOfGram(rows, iterations = 50) {
    const n = rows.length;
    const p = rows[0]?.length ?? 0;
    const x = new Float64Array(n * p);
    rows.forEach((row, i) => x.set(row.slice(0, p), i * p));
    let vector = new Float64Array(p).fill(1 / Math.sqrt(p));
    const next = new Float64Array(p);
    let eigenvalue = 0;
    for (let iteration = 0; iteration < iterations; iteration += 1) {
      next.fill(0);
      for (let i = 0, offset = 0; i < n; i += 1, offset += p) {
        let projection = 0;
        for (let j = 0; j < p; j += 1) {
          projection += x[offset + j] * vector[j];
        }
        for (let j = 0; j !== p; j += 1) {
          const term = x[offset + j] * projection / n;
          next[j] = next[j] + term;
        }
      }
      const norm = Math.sqrt(next.reduce((sum3, value) => sum3 + value * value, 0));
      const converged = Math.abs(norm - eigenvalue) <= 1e-6 * norm;
      eigenvalue = norm;
      if (converged) break;
      vector = next.map((value) => value / norm);
    }
    return eigenvalue;
  }
  function safeLearningRate(rows) {
    const eigenvalue = largestEigenvalueOfGram(rows);
    return Number.isNaN(eigenvalue) ? Number.POSITIVE_INFINITY : 4 / eigenvalue;
  }

  // src/core/model/logistic.ts
  function assertTrainingSettings(settings) {
    if (!Number.isInteger(settings.steps) || settings.steps < 1) {
      throw new RangeError(`Steps must be a whole number of at least 1, not ${settings.steps}.`);
    }
    if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) {
      throw new RangeError(`The learning rate must be a positive number, not ${settings.learningRate}.`);
    }
  }
  function startLogisticWalk(features, labels, learningRate) {
    assertTrainingSettings({ steps: 1, learningRate });
    if (features.length !== labels.length) {
      throw new RangeError(`${features.length} feature rows but ${labels.length} labels.`);
    }
    assertTrainableLabels(labels);
    const p = features[0]?.length ?? 0;
    if (p === 0) throw new TrainingDataError("no-features", "No usable feature is left to train on.");
    const design = features.map((row) => {
      if (row.length !== p) throw new RangeError(`Feature rows have ${row.length} and ${p} columns.`);
      return [1, ...row];
    });
    const appliedRate = Math.min(learningRate, safeLearningRate(design));
    const walk = startGradientWalk(toRowMajor(design), labels, appliedRate / design.length);
    return {
      appliedRate,
      advanceTo(steps) {
        const weights = walk.advanceTo(steps);
        if (!weights.every(Number.isFinite))
          throw new Error("Gradient ascent diverged: a weight is not finite.");
        const [intercept, ...rest] = Array.from(weights);
        return { intercept, weights: rest, appliedRate };
      }
    };
  }
  function assertNoFinalGrade(attributes2) {
    if (attributes2.includes(FINAL_GRADE)) {
      throw new RangeError(`${FINAL_GRADE} is the final grade the model predicts; it can never be an input.`);
    }
  }
  function risksOfEncoded(model, rows) {
    const weights = model.encoding.features.map((feature) => model.coefficients[feature.name]);
    return risksOfFit({ intercept: model.intercept, weights }, rows);
  }
  function risksOfFit(fit, rows) {
    return rows.map((row) => {
      let z2 = fit.intercept;
      for (let j = 0; j < fit.weights.length; j += 1) z2 += fit.weights[j] * row[j];
      return sigmoid(z2);
    });
  }
  function startModelWalk(records, labels, attributes2, learningRate, encodingOptions = {}) {
    assertNoFinalGrade(attributes2);
    if (records.length !== labels.length) {
      throw new RangeError(`${records.length} records but ${labels.length} labels.`);
    }
    assertTrainableLabels(labels);
    const encoding = fitEncoding(records, attributes2, encodingOptions);
    if (encoding.features.length === 0) {
      throw new TrainingDataError(
        "no-features",
        `None of the ${attributes2.length} chosen columns varies in the training rows, so there is nothing to learn from.`
      );
    }
    const encoded = encodeRecords(encoding, records);
    const walk = startLogisticWalk(encoded, labels, learningRate);
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const modelAt = (steps) => {
      assertTrainingSettings({ steps, learningRate });
      const fit = walk.advanceTo(steps);
      const coefficients = {};
      encoding.features.forEach((feature, j) => coefficients[feature.name] = fit.weights[j]);
      return {
        kind: "logistic-regression",
        version: 1,
        predicts: "P(fail)",
        intercept: fit.intercept,
        coefficients,
        encoding,
        training: { steps, learningRate, appliedRate: fit.appliedRate, rows: records.length, failures }
      };
    };
    return { encoding, encoded, modelAt };
  }

  // src/core/model/summary.ts
  function summarise(values) {
    const finite3 = values.filter((value) => Number.isFinite(value));
    return {
      mean: finite3.length > 0 ? mean(finite3) : Number.NaN,
      sd: finite3.length > 1 ? sampleStandardDeviation(finite3) : Number.NaN,
      defined: finite3.length,
      count: values.length
    };
  }

  // src/core/model/step-tuning.ts
  var LOG_LOSS_CLIP = 1e-15;
  function logLoss(risks, labels) {
    let sum3 = 0;
    risks.forEach((risk2, i) => {
      const p = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, risk2));
      sum3 -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
    });
    return sum3 / risks.length;
  }
  function sortedCandidates(candidates) {
    const sorted = [...new Set(candidates)].sort((a, b) => a - b);
    if (sorted.length === 0) throw new RangeError("At least one step count is needed to choose from.");
    for (const steps of sorted) {
      if (!Number.isInteger(steps) || steps < 1) {
        throw new RangeError(`Step counts must be whole numbers of at least 1, not ${steps}.`);
      }
    }
    return sorted;
  }
  var STEP_PATIENCE = 1;
  function chooseSteps(rows, candidates, innerFolds, seed, criterion = "log-loss") {
    const grid = sortedCandidates(candidates);
    const smallest = grid[0];
    if (grid.length === 1) return smallest;
    let foldOf;
    try {
      foldOf = stratifiedGroupFolds(rows.labels, rows.groups, innerFolds, seededRandom(seed));
    } catch (error) {
      if (error instanceof TrainingDataError && error.problem === "too-few-rows") return smallest;
      throw error;
    }
    const walks = Array.from({ length: innerFolds }, (_, fold2) => innerWalk(rows, foldOf, fold2));
    const lossOf = ({ walk, test }, steps) => {
      const risks = risksOfFit(walk.advanceTo(steps), test.encoded);
      return criterion === "log-loss" ? logLoss(risks, test.labels) : -rocAuc(risks, test.labels);
    };
    let best = smallest;
    let bestLoss = Number.POSITIVE_INFINITY;
    let sinceBest = 0;
    for (const steps of grid) {
      const loss = walks.reduce((sum3, inner) => sum3 + lossOf(inner, steps), 0) / innerFolds;
      if (loss < bestLoss - 1e-12) {
        best = steps;
        bestLoss = loss;
        sinceBest = 0;
        continue;
      }
      sinceBest += 1;
      if (sinceBest >= STEP_PATIENCE) break;
    }
    return best;
  }
  function innerWalk(rows, foldOf, fold2) {
    const train4 = [];
    const test = [];
    foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
    const pick = (values, at) => at.map((row) => values[row]);
    return {
      walk: startLogisticWalk(pick(rows.encoded, train4), pick(rows.labels, train4), rows.learningRate),
      test: { encoded: pick(rows.encoded, test), labels: pick(rows.labels, test) }
    };
  }

  // src/core/model/threshold.ts
  var CRITERIA = {
    // Stryker disable next-line ConditionalExpression: with no true positive 2tp / (tp + fp + p) is 0 too, as p > 0
    f1: (tp, fp, p) => tp === 0 ? 0 : 2 * tp / (tp + fp + p),
    // Stryker disable next-line ArithmeticOperator: only compared with itself, and a fixed factor or shift keeps its best cut
    accuracy: (tp, fp, p, n) => (tp + n - fp) / (p + n),
    youden: (tp, fp, p, n) => tp / p - fp / n
  };
  function chooseThreshold(scores, labels, criterion) {
    assertScoredLabels(scores, labels);
    const positives = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const negatives = labels.length - positives;
    if (positives === 0 || negatives === 0)
      throw new RangeError("A threshold needs both outcomes among the rows.");
    const order2 = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
    const measure = CRITERIA[criterion];
    let best = (1 + scores[order2[0]]) / 2;
    let bestValue = measure(0, 0, positives, negatives);
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < order2.length; i += 1) {
      const score4 = scores[order2[i]];
      if (labels[order2[i]] === 1) tp += 1;
      else fp += 1;
      const next = i + 1 < order2.length ? scores[order2[i + 1]] : 0;
      if (next === score4 && i + 1 < order2.length) continue;
      const candidate = (score4 + next) / 2;
      const value = measure(tp, fp, positives, negatives);
      const better = value > bestValue + 1e-12;
      const asGoodAndNearer = (
        // Stryker disable next-line EqualityOperator: `<` differs only when two values lie exactly 1e-12 apart
        Math.abs(value - bestValue) <= 1e-12 && Math.abs(candidate - 0.5) < Math.abs(best - 0.5)
      );
      if (better || asGoodAndNearer) {
        best = candidate;
        bestValue = value;
      }
    }
    return best;
  }

  // src/core/model/cross-validation.ts
  function subset(input, rows) {
    return {
      records: rows.map((row) => input.records[row]),
      labels: rows.map((row) => input.labels[row]),
      groups: rows.map((row) => input.groups[row]),
      featureSet: input.featureSet
    };
  }
  function stepCandidatesOf(input, options) {
    const { training } = input.featureSet;
    const own2 = "stepCandidates" in training ? training.stepCandidates : [training.steps];
    return sortedCandidates(options.stepCandidates ?? own2);
  }
  var innerSeed = (options) => (options.seed ?? 1) + 1;
  function trainFinalModel(input, options = {}) {
    const { attributes: attributes2, training, encoding } = input.featureSet;
    const { learningRate } = training;
    const walk = startModelWalk(input.records, input.labels, attributes2, learningRate, encoding);
    const steps = chooseSteps(
      { encoded: walk.encoded, labels: input.labels, groups: input.groups, learningRate },
      stepCandidatesOf(input, options),
      options.innerFolds ?? 3,
      innerSeed(options),
      options.stepCriterion
    );
    const model = walk.modelAt(steps);
    const criterion = options.thresholdCriterion ?? "f1";
    return { model, threshold: chooseThreshold(risksOfEncoded(model, walk.encoded), input.labels, criterion) };
  }
  function assertInput(input) {
    const n = input.records.length;
    if (input.labels.length !== n || input.groups.length !== n) {
      throw new RangeError(
        `${n} records, ${input.labels.length} labels and ${input.groups.length} groups differ.`
      );
    }
    assertNoFinalGrade(input.featureSet.attributes);
    if (input.featureSet.attributes.length === 0) {
      throw new TrainingDataError("no-features", "No columns were chosen as model inputs.");
    }
  }
  function crossValidate(input, options = {}) {
    const k = options.folds ?? 5;
    const seed = options.seed ?? 1;
    const share = options.topKShare ?? 0.2;
    if (!(share > 0 && share <= 1)) throw new RangeError(`The top-K share must be in (0, 1], not ${share}.`);
    assertInput(input);
    const foldOf = stratifiedGroupFolds(input.labels, input.groups, k, seededRandom(seed));
    const outOfFold2 = new Array(input.records.length).fill(Number.NaN);
    const folds = [];
    for (let fold2 = 0; fold2 < k; fold2 += 1) {
      const train4 = [];
      const test = [];
      foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
      const fitted = trainFinalModel(subset(input, train4), options);
      const { records, labels } = subset(input, test);
      const scores = riskOfFailing(fitted.model, records);
      test.forEach((row, i) => outOfFold2[row] = scores[i]);
      folds.push({
        fold: fold2,
        trainRows: train4.length,
        testRows: test.length,
        testFailures: labels.reduce((sum3, label3) => sum3 + label3, 0),
        auc: rocAuc(scores, labels),
        brier: brierScore(scores, labels),
        accuracyAtHalf: metricsAtThreshold(scores, labels, 0.5).accuracy,
        atThreshold: metricsAtThreshold(scores, labels, fitted.threshold),
        topK: topKMetrics(scores, labels, Math.max(1, Math.round(share * test.length))),
        steps: fitted.model.training.steps
      });
    }
    const over = (pick) => summarise(folds.map(pick));
    const summary2 = {
      auc: over((f) => f.auc),
      brier: over((f) => f.brier),
      accuracyAtHalf: over((f) => f.accuracyAtHalf),
      accuracy: over((f) => f.atThreshold.accuracy),
      precision: over((f) => f.atThreshold.precision),
      recall: over((f) => f.atThreshold.recall),
      f1: over((f) => f.atThreshold.f1),
      topKRecall: over((f) => f.topK.recall),
      topKPrecision: over((f) => f.topK.precision)
    };
    return { k, seed, folds, summary: summary2, foldOf, outOfFold: outOfFold2 };
  }
  function trainAndValidate(input, options = {}) {
    const validation = crossValidate(input, options);
    const fitted = trainFinalModel(input, options);
    const tuning2 = {
      steps: fitted.model.training.steps,
      candidates: stepCandidatesOf(input, options),
      stepsPerFold: validation.folds.map((fold2) => fold2.steps),
      thresholdCriterion: options.thresholdCriterion ?? "f1"
    };
    return { ...fitted, validation, tuning: tuning2 };
  }

  // src/core/model/nested-calibration.ts
  function innerCalibrations(input, trainRows, innerFolds, seed, steps) {
    const rows = subset(input, trainRows);
    const outOfFold2 = innerOutOfFoldRisks(rows, innerFolds, seed, steps);
    return { platt: fitPlatt(outOfFold2, rows.labels), isotonic: fitIsotonic(outOfFold2, rows.labels) };
  }
  function innerOutOfFoldRisks(rows, innerFolds, seed, steps) {
    const { attributes: attributes2, encoding, training } = rows.featureSet;
    const foldOf = stratifiedGroupFolds(rows.labels, rows.groups, innerFolds, seededRandom(seed));
    const encoded = encodeRecords(fitEncoding(rows.records, attributes2, encoding), rows.records);
    const risks = new Array(rows.records.length).fill(Number.NaN);
    for (let fold2 = 0; fold2 !== innerFolds; fold2 += 1) {
      const train4 = [];
      const test = [];
      foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
      const walk = startLogisticWalk(
        train4.map((row) => encoded[row]),
        train4.map((row) => rows.labels[row]),
        training.learningRate
      );
      const fit = walk.advanceTo(steps);
      const scores = risksOfFit(
        fit,
        test.map((row) => encoded[row])
      );
      test.forEach((row, i) => risks[row] = scores[i]);
    }
    return risks;
  }
  function nestedCalibratedRisks(input, outer, innerFolds) {
    const rows = input.records.length;
    const platt = new Array(rows).fill(Number.NaN);
    const isotonic = new Array(rows).fill(Number.NaN);
    for (let fold2 = 0; fold2 < outer.k; fold2 += 1) {
      const train4 = [];
      const test = [];
      outer.foldOf.forEach((f, row) => (f === fold2 ? test : train4).push(row));
      const steps = outer.folds[fold2]?.steps;
      if (steps === void 0) throw new RangeError(`The outer result has no fold ${fold2}.`);
      const fitted = innerCalibrations(input, train4, innerFolds, outer.seed + fold2 + 1, steps);
      for (const row of test) {
        const risk2 = outer.outOfFold[row];
        platt[row] = calibrate(fitted.platt, risk2);
        isotonic[row] = calibrate(fitted.isotonic, risk2);
      }
    }
    return { platt, isotonic };
  }
  function foldBrier(outer, risks, labels) {
    const perFold = outer.folds.map((fold2) => {
      const rows = outer.foldOf.flatMap((f, row) => f === fold2.fold ? [row] : []);
      return brierScore(
        rows.map((row) => risks[row]),
        rows.map((row) => labels[row])
      );
    });
    return { perFold, mean: perFold.reduce((a, b) => a + b, 0) / perFold.length };
  }

  // src/core/model/calibrated-training.ts
  var CALIBRATION_INNER_FOLDS = 3;
  function withPlatt(model, a, b) {
    const coefficients = {};
    for (const [name, value] of Object.entries(model.coefficients)) coefficients[name] = -a * value;
    return { ...model, intercept: -a * model.intercept - b, coefficients };
  }
  function trainCalibrated(input, options = {}) {
    const validated = trainAndValidate(input, options);
    const { validation } = validated;
    const before = foldBrier(validation, validation.outOfFold, input.labels);
    const uncorrected = {
      ...validated,
      calibration: { method: "none", platt: null, brierBefore: before.mean, brierAfter: before.mean }
    };
    let nested;
    try {
      nested = nestedCalibratedRisks(input, validation, CALIBRATION_INNER_FOLDS);
    } catch (error) {
      if (error instanceof TrainingDataError) return uncorrected;
      throw error;
    }
    const after = foldBrier(validation, nested.platt, input.labels);
    const final = fitPlatt(validation.outOfFold, input.labels);
    if (final.kind !== "platt" || final.a >= 0 || !(after.mean < before.mean)) return uncorrected;
    return {
      model: withPlatt(validated.model, final.a, final.b),
      threshold: calibrate(final, validated.threshold),
      tuning: validated.tuning,
      // The Brier score reported is the nested one: what the correction did on rows it never saw. The out-of-fold
      // risks are mapped through the final correction, one increasing map for all, so that their ranking (the
      // pooled AUC, the catch curve by share, the refusal of a useless model) is exactly the uncorrected one while
      // their scale (the catch curve by threshold) is the corrected model's. Nested risks would not do here: each
      // fold has its own correction, and with a weak model each flattens its fold towards the fail rate, which
      // scrambles the ranking across folds. Every other fold figure is unchanged by an increasing correction.
      validation: {
        ...validation,
        outOfFold: validation.outOfFold.map((risk2) => calibrate(final, risk2)),
        folds: validation.folds.map((fold2, i) => ({ ...fold2, brier: after.perFold[i] })),
        summary: { ...validation.summary, brier: summarise(after.perFold) }
      },
      calibration: {
        method: "platt",
        platt: { a: final.a, b: final.b },
        brierBefore: before.mean,
        brierAfter: after.mean
      }
    };
  }

  // src/core/model/feature-sets.ts
  var DEFAULT_ENCODING = {
    transforms: {
      failures: ["linear", "positive"],
      G1: ["linear", "positive"],
      G2: ["linear", "positive"]
    }
  };
  var EARLY_TERM_STEP_GRID = {
    stepCandidates: [1, 2, 3, 5, 10, 20, 50, 100, 200, 500],
    learningRate: 1
  };
  var MID_TERM_STEP_GRID = {
    stepCandidates: [5, 10, 20, 50, 100, 200, 500, 1e3],
    learningRate: 1
  };
  var BEFORE_GRADES = ATTRIBUTES.map((attribute) => attribute.name).filter(
    (name) => !GRADE_ATTRIBUTES.includes(name)
  );
  function featureSetFor(moment, columns) {
    const present = new Set(columns);
    const attributes2 = BEFORE_GRADES.filter((name) => present.has(name));
    if (moment === "early") {
      return { moment, attributes: attributes2, training: EARLY_TERM_STEP_GRID, encoding: DEFAULT_ENCODING };
    }
    if (!present.has("G1")) throw new RangeError("The mid-term model needs the first-period grade (G1).");
    const grades = GRADE_ATTRIBUTES.filter((name) => name !== FINAL_GRADE && present.has(name));
    return {
      moment,
      attributes: [...attributes2, ...grades],
      training: MID_TERM_STEP_GRID,
      encoding: DEFAULT_ENCODING
    };
  }

  // src/core/model/evaluation.ts
  var T975 = [
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.16,
    2.145,
    2.131,
    2.12,
    2.11,
    2.101,
    2.093,
    2.086,
    2.08,
    2.074,
    2.069,
    2.064,
    2.06,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042
  ];
  function meanInterval(values) {
    const n = values.length;
    const mean2 = values.reduce((a, b) => a + b, 0) / n;
    if (n < 2) return { mean: mean2, low: mean2, high: mean2 };
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean2) ** 2, 0) / (n - 1));
    const half = (T975[n - 2] ?? 1.96) * sd / Math.sqrt(n);
    return { mean: mean2, low: mean2 - half, high: mean2 + half };
  }

  // src/core/model/version-evidence.ts
  var EQUITY_RESAMPLES = 200;
  function rounded(x, digits = 4) {
    const r = Number(x.toFixed(digits));
    return r === 0 ? 0 : r;
  }
  function metricWithInterval(values) {
    const defined = values.filter(Number.isFinite);
    const { mean: mean2, low, high } = meanInterval(defined);
    return {
      mean: rounded(mean2),
      low: rounded(Math.max(0, low)),
      high: rounded(Math.min(1, high)),
      defined: defined.length,
      folds: values.length
    };
  }
  function tuningRecord(trained) {
    const reported = trained.tuning;
    if (reported) return reported;
    const steps = trained.model.training.steps;
    return {
      steps,
      candidates: [steps],
      stepsPerFold: trained.validation.folds.map((fold2) => fold2.steps),
      thresholdCriterion: "f1"
    };
  }
  function uncorrectedRisks(trained) {
    const { platt } = trained.calibration;
    if (platt === null) return [...trained.validation.outOfFold];
    return trained.validation.outOfFold.map((q) => {
      const z2 = (-logit(q) - platt.b) / platt.a;
      return 1 / (1 + Math.exp(-z2));
    });
  }
  function comparisonRisks(comparison, labels, corrected) {
    if (!corrected) return comparison.outOfFold;
    const platt = fitPlatt(comparison.outOfFold, labels);
    if (platt.kind !== "platt" || !(platt.a < 0)) return comparison.outOfFold;
    return comparison.outOfFold.map((risk2) => calibrate(platt, risk2));
  }
  var roundBins = (bins2) => bins2.map((bin) => ({
    from: rounded(bin.from),
    to: rounded(bin.to),
    count: bin.count,
    meanPredicted: bin.meanPredicted === null ? null : rounded(bin.meanPredicted),
    observedRate: bin.observedRate === null ? null : rounded(bin.observedRate)
  }));
  var roundEquity = (attributes2) => attributes2.map((a) => ({
    attribute: a.attribute,
    groups: a.groups.map((g2) => ({
      group: g2.group,
      size: g2.size,
      failures: g2.failures,
      high: g2.high,
      shareHigh: rounded(g2.shareHigh),
      falseNegativeRate: rounded(g2.falseNegativeRate),
      falsePositiveRate: rounded(g2.falsePositiveRate),
      precision: rounded(g2.precision)
    })),
    gaps: a.gaps.map((gap2) => ({
      figure: gap2.figure,
      highest: gap2.highest,
      lowest: gap2.lowest,
      gap: rounded(gap2.gap),
      interval: gap2.interval && { low: rounded(gap2.interval.low), high: rounded(gap2.interval.high) }
    }))
  }));
  function ruleText(rule, rows) {
    return rule.kind === "capacity" ? `the ${Math.min(rule.capacity, rows)} highest risks` : `risk of ${rounded(rule.highFrom * 100, 1)}% or more`;
  }
  function versionEvidence(input) {
    const { trained, labels, records } = input;
    const { validation, calibration } = trained;
    const rows = labels.length;
    const rule = input.rule.kind === "capacity" ? { ...input.rule, capacity: Math.min(input.rule.capacity, rows) } : input.rule;
    const equityOf = (risks) => roundEquity(
      equityReport(
        records,
        labels,
        risks,
        { rule, resamples: input.resamples ?? EQUITY_RESAMPLES, seed: input.seed },
        EQUITY_ATTRIBUTES
      )
    );
    const folds = validation.folds;
    const failRate = labels.reduce((a, b) => a + b, 0) / rows;
    const before = uncorrectedRisks(trained);
    return {
      format: 1,
      folds: validation.k,
      seed: validation.seed,
      pooledAuc: rounded(rocAuc(validation.outOfFold, labels)),
      metrics: {
        auc: metricWithInterval(folds.map((f) => f.auc)),
        brier: metricWithInterval(folds.map((f) => f.brier)),
        accuracy: metricWithInterval(folds.map((f) => f.atThreshold.accuracy)),
        topKRecall: metricWithInterval(folds.map((f) => f.topK.recall)),
        topKPrecision: metricWithInterval(folds.map((f) => f.topK.precision))
      },
      capacity: input.capacity,
      failRate: rounded(failRate),
      baselineAccuracy: rounded(1 - failRate),
      tuning: tuningRecord(trained),
      calibration: {
        method: calibration.method,
        brierBefore: rounded(calibration.brierBefore),
        brierAfter: rounded(calibration.brierAfter),
        reliabilityBefore: roundBins(reliabilityTable(before, labels)),
        // The risks the model now gives: `trainCalibrated` maps the out-of-fold risks through the correction the
        // model carries. That correction was fitted on these same risks (two parameters over every student, so the
        // table flatters it little); the Brier score after is the honest, nested one.
        reliabilityAfter: roundBins(reliabilityTable(validation.outOfFold, labels))
      },
      equity: {
        rule: ruleText(rule, rows),
        gapLimit: input.gapLimit,
        leftOut: [...input.leftOut],
        attributes: equityOf(validation.outOfFold),
        withLeftOut: input.withLeftOut ? {
          auc: metricWithInterval(input.withLeftOut.folds.map((f) => f.auc)),
          attributes: equityOf(comparisonRisks(input.withLeftOut, labels, calibration.platt !== null))
        } : null
      }
    };
  }

  // src/core/monitoring/confidence-intervals.ts
  var Z_95 = 1.959963984540054;
  function assertCount(value, name) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  }
  function wilsonInterval(successes, trials, z2 = Z_95) {
    assertCount(successes, "successes");
    assertCount(trials, "trials");
    if (successes > trials) throw new RangeError(`${successes} successes out of only ${trials} trials.`);
    if (trials === 0) throw new RangeError("A proportion of 0 trials has no interval.");
    if (!(z2 > 0)) throw new RangeError(`z must be positive, got ${z2}.`);
    const p = successes / trials;
    const z22 = z2 * z2;
    const denominator = 1 + z22 / trials;
    const centre = (p + z22 / (2 * trials)) / denominator;
    const half = z2 / denominator * Math.sqrt(p * (1 - p) / trials + z22 / (4 * trials * trials));
    return {
      low: successes === 0 ? 0 : Math.max(0, centre - half),
      high: successes === trials ? 1 : Math.min(1, centre + half)
    };
  }
  function hanleyMcNeilStandardError(auc, positives, negatives) {
    if (!(auc >= 0 && auc <= 1)) throw new RangeError(`An AUC lies in [0, 1], got ${auc}.`);
    assertCount(positives, "positives");
    assertCount(negatives, "negatives");
    if (positives < 1 || negatives < 1)
      throw new RangeError(`An AUC needs both classes: ${positives} positives, ${negatives} negatives.`);
    const q1 = auc / (2 - auc);
    const q2 = 2 * auc * auc / (1 + auc);
    const variance2 = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
    return Math.sqrt(Math.max(0, variance2));
  }
  function hanleyMcNeilInterval(auc, positives, negatives, z2 = Z_95) {
    if (!(z2 > 0)) throw new RangeError(`z must be positive, got ${z2}.`);
    const half = z2 * hanleyMcNeilStandardError(auc, positives, negatives);
    return { low: Math.max(0, auc - half), high: Math.min(1, auc + half) };
  }

  // src/core/model/usefulness.ts
  var MIN_PER_OUTCOME = 10;
  var MIN_ROWS = 50;
  var two = (x) => x.toFixed(2);
  var students = (n) => `${n} student${n === 1 ? "" : "s"}`;
  function judgeUsefulness(outOfFold2, labels, measured = "out-of-fold ROC AUC") {
    const rows = labels.length;
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const passes = rows - failures;
    const outOfFoldAuc = rocAuc(outOfFold2, labels);
    const interval = Number.isFinite(outOfFoldAuc) ? hanleyMcNeilInterval(outOfFoldAuc, failures, passes) : null;
    const refusals = [];
    if (failures < MIN_PER_OUTCOME || passes < MIN_PER_OUTCOME) {
      refusals.push(
        `Only ${students(failures)} who failed and ${students(passes)} who passed have a final grade; a model needs at least ${MIN_PER_OUTCOME} of each to learn the difference and to be measured.`
      );
    }
    if (rows < MIN_ROWS) {
      refusals.push(
        `Only ${students(rows)} have a final grade; a model needs at least ${MIN_ROWS}, so that each cross-validation fold is more than a handful of students.`
      );
    }
    if (interval === null || !(interval.low > 0.5)) {
      refusals.push(
        interval === null ? "Its ROC AUC could not be measured, so it cannot be shown to be better than chance." : `It is not clearly better than chance: its ${measured} is ${two(outOfFoldAuc)}, and the 95% interval (${two(interval.low)} to ${two(interval.high)}) does not lie wholly above 0.5, the AUC of a coin toss.`
      );
    }
    return { rows, failures, passes, outOfFoldAuc, interval, refusals };
  }

  // src/core/drift/column-table.ts
  function columnTable(records, columns) {
    const table = {};
    for (const column2 of columns) table[column2] = records.map((record) => record[column2] ?? null);
    return table;
  }
  function tableRows(table, name) {
    let rows;
    for (const [column2, values] of Object.entries(table)) {
      if (rows === void 0) rows = values.length;
      else if (values.length !== rows)
        throw new RangeError(
          `Every column of the ${name} table needs ${rows} rows; "${column2}" has ${values.length}.`
        );
    }
    return rows ?? 0;
  }
  function columnOf(table, column2, name) {
    const values = table[column2];
    if (!values) throw new RangeError(`The ${name} table has no column "${column2}".`);
    return values;
  }

  // src/core/drift/reference-sample.ts
  var SHEET_CELL_LIMIT = 5e4;
  function assertCount2(value, name) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  }
  function drawOrder(rows, seed) {
    return shuffleInPlace(
      Array.from({ length: rows }, (_, index) => index),
      seededRandom(seed)
    );
  }
  function take(records, columns, order2, rows, seed) {
    const chosen = order2.slice(0, rows).sort((a, b) => a - b);
    const picked = chosen.map((index) => records[index]);
    return { seed, sourceRows: records.length, rows: picked.length, table: columnTable(picked, columns) };
  }
  function referenceSampleThatFits(records, columns, options) {
    const maxRows = options.maxRows ?? 1e3;
    const maxChars = options.maxChars ?? SHEET_CELL_LIMIT;
    assertCount2(maxRows, "maxRows");
    assertCount2(maxChars, "maxChars");
    const order2 = drawOrder(records.length, options.seed);
    const sampleOf = (rows) => take(records, columns, order2, rows, options.seed);
    const fits = (sample) => encodeReferenceSample(sample).length <= maxChars;
    let low = 0;
    let high = Math.min(maxRows, records.length);
    if (!fits(sampleOf(low)))
      throw new RangeError(
        `Even an empty reference sample of ${columns.length} columns exceeds ${maxChars} characters.`
      );
    if (fits(sampleOf(high))) return sampleOf(high);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(sampleOf(middle))) low = middle;
      else high = middle;
    }
    return sampleOf(low);
  }

  // src/core/registry/promotion-gate.ts
  var fmt = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
  function decidePromotion(candidate, champion2) {
    if (!champion2) return { alias: "champion", reason: "first version" };
    if ("unusable" in champion2) {
      return {
        alias: "challenger",
        reason: `champion v${champion2.version} could not be loaded (${champion2.unusable}), so nothing was compared; promote by hand`
      };
    }
    const mine = candidate.metrics["auc"];
    const theirs = champion2.metrics["auc"];
    if (champion2.checksumCovers === "model") {
      return {
        alias: "challenger",
        reason: `champion v${champion2.version} was recorded by an earlier PassCompass and its CV ROC AUC (${fmt(theirs)}) is not covered by its checksum, so it is not compared; promote by hand`
      };
    }
    if (candidate.dataFingerprint !== champion2.dataFingerprint) {
      return {
        alias: "challenger",
        reason: `trained on different data from champion v${champion2.version}; promote by hand`
      };
    }
    if (candidate.mode !== champion2.mode) {
      return {
        alias: "challenger",
        reason: `${candidate.mode}-term model vs ${champion2.mode}-term champion; promote by hand`
      };
    }
    if (mine !== void 0 && theirs !== void 0 && mine > theirs) {
      return {
        alias: "champion",
        reason: `CV ROC AUC ${fmt(mine)} beats champion v${champion2.version} (${fmt(theirs)})`
      };
    }
    return {
      alias: "challenger",
      reason: `CV ROC AUC ${fmt(mine)} does not beat champion v${champion2.version} (${fmt(theirs)})`
    };
  }

  // src/core/data/match-key.ts
  function matchKey(record) {
    return MATCH_ATTRIBUTES.map((name) => {
      const value = record[name];
      return isBlank(value) ? "" : String(value).trim();
    }).join("|");
  }

  // src/core/model/target.ts
  var DEFAULT_PASS_MARK = 10;
  function failLabels(records, passMark = DEFAULT_PASS_MARK) {
    if (!(passMark > 0 && passMark <= 20))
      throw new RangeError(`The pass mark must be in (0, 20], not ${passMark}.`);
    return records.map((record, row) => {
      const grade = numericValue(record, FINAL_GRADE, row);
      if (grade === null) {
        throw new TrainingDataError(
          "missing-target",
          `Row ${row + 1} has no final grade (${FINAL_GRADE}).`,
          row
        );
      }
      return grade < passMark ? 1 : 0;
    });
  }

  // src/jobs/training-rows.ts
  function trainingRows(checked, passMark) {
    const records = checked.records.filter((r) => r["G3"] !== null && r["G3"] !== void 0);
    if (!checked.columns.byAttribute.has("G3")) {
      throw new DataError('The roster has no final grade column ("G3"), so there is nothing to learn from.', {
        row: 1
      });
    }
    return { records, labels: failLabels(records, passMark), groups: records.map(matchKey) };
  }
  function fingerprint(records, labels, digests2) {
    const names = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
    const rows = records.map((r, i) => [...names.map((n) => r[n] ?? null), labels[i]]);
    return digests2.sha256Hex(JSON.stringify([names, rows]));
  }

  // src/jobs/train.ts
  function trainModel(deps) {
    const started = deps.now();
    const registry = Registry.read(deps, deps.digests);
    const experimentRows = deps.experiments.rows();
    const checked = checkStudents(deps.students, deps.issues);
    const { records, labels, groups } = trainingRows(checked, deps.settings.passMark);
    const moment = chooseMoment(checked, deps.settings);
    const allInputs = featureSetFor(moment, [...checked.columns.byAttribute.keys()]);
    const { featureSet, leftOut } = leavingOut(allInputs, deps.settings.leaveOutAttributes);
    const options = {
      folds: deps.settings.folds,
      seed: deps.settings.seed,
      topKShare: Math.min(1, deps.settings.capacity / Math.max(1, checked.records.length))
    };
    const validated = trainCalibrated({ records, labels, groups, featureSet }, options);
    const withLeftOut = leftOut.length === 0 ? null : crossValidate({ records, labels, groups, featureSet: allInputs }, options);
    const evidence2 = versionEvidence({
      records,
      labels,
      trained: validated,
      withLeftOut,
      leftOut,
      rule: tierRuleOf(deps.settings),
      capacity: deps.settings.capacity,
      gapLimit: deps.settings.equityGapLimit,
      seed: deps.settings.seed
    });
    writeSummary(deps.summary, checked, deps.settings.passMark);
    const notes2 = [];
    const dropped = validated.model.encoding.dropped;
    if (dropped.length > 0) {
      notes2.push(`Not used, because every training row has the same value or none: ${dropped.join(", ")}.`);
    }
    const usefulness = judgeUsefulness(validated.validation.outOfFold, labels);
    const runId = nextRunId(experimentRows);
    const modelJson = JSON.stringify({ ...validated.model, addOnVersion: PASSCOMPASS_VERSION });
    const candidate = {
      version: registry.nextVersion(versionsNamedIn(experimentRows)),
      createdAt: deps.now().toISOString(),
      experimentId: runId,
      dataFingerprint: fingerprint(records, labels, deps.digests),
      rows: records.length,
      mode: moment,
      features: validated.model.encoding.features.map((f) => f.name),
      metrics: flatMetrics(validated),
      threshold: validated.threshold,
      modelJson,
      checksum: "",
      status: "",
      catchCurve: catchCurve(validated.validation.outOfFold, labels),
      referenceSample: encodeReferenceSample(
        referenceSampleThatFits(records, modelAttributes(validated.model), { seed: deps.settings.seed })
      ),
      evidence: evidence2
    };
    const record = (outcome2, version2) => ({
      runId,
      at: started,
      dataFingerprint: candidate.dataFingerprint,
      rows: candidate.rows,
      mode: candidate.mode,
      version: version2,
      validated,
      settings: deps.settings,
      seconds: (deps.now().getTime() - started.getTime()) / 1e3,
      outcome: outcome2
    });
    if (usefulness.refusals.length > 0) {
      const why = usefulness.refusals.join(" ");
      notes2.push(...registry.problems);
      deps.experiments.append([experimentRow(record(`refused, not registered: ${why}`, null))]);
      return {
        runId,
        version: candidate,
        validated,
        alias: "refused",
        gateReason: why,
        usefulness,
        champion: registry.aliases().champion,
        warnings: [],
        notes: notes2
      };
    }
    const version = {
      ...candidate,
      checksum: versionChecksum(candidate, deps.digests.sha256Hex)
    };
    const champion2 = registry.championForGate();
    const decision = decidePromotion(version, champion2);
    const equity = equityWarnings(
      version,
      champion2 === null ? null : "unusable" in champion2 ? { version: champion2.version, evidence: null } : champion2,
      deps.settings.equityGapLimit
    );
    if (equity.standing) notes2.push(equity.standing);
    notes2.push(...registry.problems);
    const current = registry.aliases();
    const move = {
      at: version.createdAt,
      alias: decision.alias,
      from: current[decision.alias],
      to: version.version,
      by: SET_BY_TRAINING,
      reason: decision.reason
    };
    registry.commit(version, [move]);
    const outcome = `${decision.alias}: ${decision.reason}${equity.brief ? `; ${equity.brief}` : ""}`;
    deps.experiments.append([experimentRow(record(outcome, version.version))]);
    return {
      runId,
      version,
      validated,
      alias: decision.alias,
      gateReason: decision.reason,
      usefulness,
      champion: registry.aliases().champion,
      warnings: equity.warnings,
      notes: notes2
    };
  }
  function leavingOut(inputs, names) {
    const leftOut = inputs.attributes.filter((attribute) => names.includes(attribute));
    return {
      featureSet: { ...inputs, attributes: inputs.attributes.filter((a) => !leftOut.includes(a)) },
      leftOut
    };
  }
  function chooseMoment(checked, settings) {
    if (settings.mode === "mid" && !checked.columns.byAttribute.has("G1")) {
      throw new DataError(
        'The mid-term setting needs a first-period grade column ("G1"). Add it, or choose early term in Settings.',
        { row: 1, column: "G1" }
      );
    }
    if (settings.mode !== "auto") return settings.mode;
    const withG1 = checked.records.filter((r) => r["G1"] !== null).length;
    return checked.columns.byAttribute.has("G1") && withG1 >= checked.records.length / 2 ? "mid" : "early";
  }
  function flatMetrics(validated) {
    const metrics = {};
    for (const [name, summary2] of Object.entries(validated.validation.summary)) {
      metrics[name] = round(summary2.mean);
      metrics[`${name}Sd`] = round(summary2.sd);
    }
    metrics["brierUncalibrated"] = round(validated.calibration.brierBefore);
    if (validated.calibration.platt) {
      metrics["plattA"] = round(validated.calibration.platt.a, 6);
      metrics["plattB"] = round(validated.calibration.platt.b, 6);
    }
    return metrics;
  }
  function round(x, digits = 4) {
    return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
  }

  // src/core/model-card/model-json-facts.ts
  function modelFields(v) {
    try {
      const parsed = JSON.parse(v.modelJson);
      return typeof parsed === "object" && parsed !== null ? parsed : {};
    } catch {
      return {};
    }
  }
  function importedOriginOf(v) {
    const origin = modelFields(v)["origin"];
    if (typeof origin !== "object" || origin === null) return null;
    const { from, inputsOf } = origin;
    return from === "BigQuery ML" && typeof inputsOf === "number" ? { from, inputsOf } : null;
  }
  function notRecordedWhy(what, imported) {
    return imported ? `This version was imported from BigQuery ML: ${what} come from PassCompass's own cross-validation, which an imported model has not had. Weigh that before promoting it.` : `This version was trained before PassCompass kept ${what}. Train again to see them.`;
  }
  function addOnVersionOf(v) {
    const version = modelFields(v)["addOnVersion"];
    return typeof version === "string" && version !== "" ? version : null;
  }

  // src/core/model-card/card-types.ts
  var FIGURE_COLUMNS = 4;
  var fact = (label3, text2, ...figures) => ({
    kind: "fact",
    label: label3,
    text: text2,
    figures
  });
  var header = (label3, text2, ...figures) => ({
    kind: "header",
    label: label3,
    text: text2,
    figures
  });
  var figure2 = (value, kind) => ({
    value: value === void 0 || typeof value === "number" && !Number.isFinite(value) ? null : value,
    kind
  });

  // src/core/model-card/card-words.ts
  var finite = (x) => Number.isFinite(x);
  function pct(x) {
    if (!finite(x)) return "not measured";
    const p = x * 100;
    return p > 0 && p < 1 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
  }
  function points2(x) {
    const p = Math.round(Math.abs(x) * 100);
    return `${p} ${p === 1 ? "point" : "points"}`;
  }
  function score2(x) {
    return finite(x) ? x.toFixed(2) : "not measured";
  }
  function count2(n, one, many = `${one}s`) {
    return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  }
  function listed2(items) {
    if (items.length <= 1) return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  }
  var outOf10 = (share) => Math.round(share * 10);
  var outOf100 = (share) => Math.round(share * 100);
  function signedPoints(x) {
    const p = Math.round(x * 100);
    return p < 0 ? `−${-p}` : `${p}`;
  }

  // src/core/model-card/calibration-section.ts
  var CLOSE = 0.05;
  var FEW = 10;
  function calibrationError(bins2) {
    let total2 = 0;
    let weighted = 0;
    for (const bin of bins2) {
      if (bin.count === 0 || bin.meanPredicted === null || bin.observedRate === null) continue;
      total2 += bin.count;
      weighted += bin.count * Math.abs(bin.meanPredicted - bin.observedRate);
    }
    return weighted / total2;
  }
  function calibrationLine(c) {
    const error = calibrationError(c.reliabilityAfter);
    const made = c.method === "platt" ? "Percentages corrected (Platt scaling)" : "Percentages not corrected";
    return Number.isFinite(error) ? `${made}; on average ${points2(error)} from the share who failed.` : `${made}.`;
  }
  function bandVerdict(bin) {
    if (bin.count === 0 || bin.meanPredicted === null || bin.observedRate === null) return "No student.";
    if (bin.count < FEW) return "Too few students to judge.";
    const gap2 = bin.observedRate - bin.meanPredicted;
    if (Math.abs(gap2) <= CLOSE) return "About right.";
    return gap2 > 0 ? `More failed than the risk says (${points2(gap2)}).` : `Fewer failed than the risk says (${points2(gap2)}).`;
  }
  function calibrationSection(calibration, imported = false) {
    const title = "Calibration: can the percentages be taken at their word?";
    if (calibration === null) {
      return {
        title,
        rows: [fact("Not recorded", notRecordedWhy("calibration figures (the risk bands)", imported))]
      };
    }
    const rows = [
      fact(
        "Correction",
        calibration.method === "platt" ? "Platt scaling: the risks were rescaled, because that made them closer to what happened for students the model had not seen." : "None: a correction would not have made the risks closer to what happened."
      ),
      fact(
        "Brier score before → after",
        "Lower is better. “After” is measured on students the correction was not fitted on.",
        figure2(calibration.brierBefore, "score"),
        figure2(calibration.brierAfter, "score")
      ),
      fact(
        "In one line",
        calibrationLine(calibration),
        figure2(calibrationError(calibration.reliabilityAfter), "percent")
      ),
      header("Risk band", "How it compares", "Students", "Average risk", "Share failed")
    ];
    for (const bin of calibration.reliabilityAfter) {
      rows.push(
        fact(
          `${pct(bin.from)} to ${pct(bin.to)}`,
          bandVerdict(bin),
          figure2(bin.count, "count"),
          figure2(bin.meanPredicted, "percent"),
          figure2(bin.observedRate, "percent")
        )
      );
    }
    return { title, rows };
  }

  // src/core/model-card/equity-section.ts
  var FIGURE_WORDS = {
    shareHigh: "share marked High",
    falseNegativeRate: "failing students missed",
    falsePositiveRate: "passing students marked High",
    precision: "High students who failed"
  };
  function groupLabel(attribute, group2) {
    const found = ATTRIBUTES.find((a) => a.name === attribute);
    if (!found || group2 === "(blank)") return group2;
    if (isCategorical(found)) {
      const label3 = found.categoryLabels?.[group2];
      return label3 ? `${label3} (${group2})` : group2;
    }
    const level = found.levels?.[Number(group2) - found.min];
    return level ? `${group2}: ${level}` : group2;
  }
  var labelOf = (name) => ATTRIBUTES.find((a) => a.name === name)?.label ?? name;
  var includesZero = (gap2) => gap2.interval !== null && gap2.interval.low <= 0 && gap2.interval.high >= 0;
  function gapVerdict(attribute, gap2, limit) {
    const value = (group2) => attribute.groups.find((g2) => g2.group === group2)?.[gap2.figure];
    const between = `${groupLabel(attribute.attribute, gap2.highest)} ${pct(value(gap2.highest))} vs ${groupLabel(attribute.attribute, gap2.lowest)} ${pct(value(gap2.lowest))}`;
    if (Math.round(gap2.gap * 100) === 0) return `${between}: no gap.`;
    const chance = includesZero(gap2) ? " Its interval includes 0: it may be chance." : "";
    return gap2.gap > limit ? `${between}: above the acceptable gap of ${points2(limit)}.${chance}` : `${between}: within the acceptable gap of ${points2(limit)}.${chance}`;
  }
  function largestGap(equity) {
    const all = equity.attributes.flatMap((attribute) => attribute.gaps.map((gap2) => ({ attribute, gap: gap2 })));
    const largest = (items) => items.reduce(
      (best, item) => best === null || item.gap.gap > best.gap.gap ? item : best,
      null
    );
    return largest(all.filter(({ gap: gap2 }) => gap2.interval !== null && !includesZero(gap2))) ?? largest(all);
  }
  function gapRows(attributes2, limit) {
    const rows = [header("Largest gap", "Between which groups", "Gap", "95% from", "95% to")];
    for (const attribute of attributes2) {
      if (attribute.gaps.length === 0) {
        rows.push(
          fact(attribute.attribute, `Fewer than two groups of at least ${MIN_GROUP} students: not compared.`)
        );
        continue;
      }
      for (const gap2 of attribute.gaps) {
        rows.push({
          ...fact(
            `${attribute.attribute}: ${FIGURE_WORDS[gap2.figure]}`,
            gapVerdict(attribute, gap2, limit),
            figure2(gap2.gap, "percent"),
            figure2(gap2.interval?.low, "percent"),
            figure2(gap2.interval?.high, "percent")
          ),
          flagged: gap2.gap > limit
        });
      }
    }
    return rows;
  }
  function groupRows(attributes2) {
    const rows = [
      header("Group", "Students and outcomes", "Students", "Marked High", "Missed", "Passing, High")
    ];
    for (const attribute of attributes2) {
      for (const g2 of attribute.groups) {
        const caught = Number.isFinite(g2.precision) ? Math.round(g2.precision * g2.high) : 0;
        const small = g2.size < MIN_GROUP ? ` Under ${MIN_GROUP} students: listed, not compared.` : "";
        rows.push(
          fact(
            `${attribute.attribute} = ${groupLabel(attribute.attribute, g2.group)}`,
            `${g2.failures} failed; ${g2.high} marked High, of whom ${caught} failed.${small}`,
            figure2(g2.size, "count"),
            figure2(g2.shareHigh, "percent"),
            figure2(g2.falseNegativeRate, "percent"),
            figure2(g2.falsePositiveRate, "percent")
          )
        );
      }
    }
    return rows;
  }
  function withLeftOutRows(evidence2) {
    const { equity } = evidence2;
    if (equity.withLeftOut === null) return [];
    const other = equity.withLeftOut;
    const rows = [
      header(
        "With those left out",
        "The same training with them as inputs, for comparison",
        "Value",
        "95% from",
        "95% to"
      ),
      fact(
        "ROC AUC with them",
        `With ${listed2(equity.leftOut)} as ${equity.leftOut.length === 1 ? "an input" : "inputs"}: ${score2(other.auc.mean)}; without (this version): ${score2(evidence2.metrics.auc.mean)}.`,
        figure2(other.auc.mean, "score"),
        figure2(other.auc.low, "score"),
        figure2(other.auc.high, "score")
      )
    ];
    for (const mine of equity.attributes) {
      const theirs = other.attributes.find((a) => a.attribute === mine.attribute);
      const top = (a) => [...a?.gaps ?? []].sort((x, y) => y.gap - x.gap)[0];
      const [now, then] = [top(mine), top(theirs)];
      if (!now || !then) continue;
      rows.push(
        fact(
          `${mine.attribute}: largest gap`,
          `Without them: ${FIGURE_WORDS[now.figure]}, ${points2(now.gap)}. With them: ${FIGURE_WORDS[then.figure]}, ${points2(then.gap)}.`,
          figure2(then.gap, "percent")
        )
      );
    }
    return rows;
  }
  function equitySection(evidence2, imported = false) {
    const title = "Equity: does the High tier treat groups of students differently?";
    if (evidence2 === null) {
      return {
        title,
        rows: [
          fact(
            "Not recorded",
            `${notRecordedWhy("equity figures", imported)} How it treats each group of students is unknown.`
          )
        ]
      };
    }
    const { equity } = evidence2;
    const attributes2 = equity.attributes.map((a) => labelOf(a.attribute));
    return {
      title,
      rows: [
        fact(
          "How to read it",
          `High here means ${equity.rule}, from out-of-fold risks (students the model had not seen). For each of ${listed2(attributes2)}: the share of each group marked High; of those who failed, the share missed (not High); of those who passed, the share marked High; and of the High, the share who failed. Groups under ${MIN_GROUP} students are listed but not compared. An interval that includes 0 means the gap may be chance.`
        ),
        fact(
          "Acceptable gap",
          "A gap between two groups above this is flagged (in red, and in words). Set in Settings; this is the value when the version was trained.",
          figure2(equity.gapLimit, "percent")
        ),
        ...gapRows(equity.attributes, equity.gapLimit),
        ...groupRows(equity.attributes),
        ...withLeftOutRows(evidence2)
      ]
    };
  }

  // src/core/model-card/inputs-section.ts
  function attributeOfFeature(feature) {
    const log2 = /^log1p\((.+)\)$/.exec(feature);
    if (log2) return log2[1];
    return feature.replace(/>0$/, "").replace(/=.*$/, "");
  }
  var labelOf2 = (name) => ATTRIBUTES.find((a) => a.name === name)?.label ?? name;
  var named2 = (name) => labelOf2(name) === name ? name : `${labelOf2(name)} (${name})`;
  var GROUPS = [
    {
      kind: "influenceable",
      title: "School can act on",
      text: "Named first in a student’s main reasons."
    },
    {
      kind: "context",
      title: "Context",
      text: "Who the student is and where they come from: named only when it clearly outweighs the rest."
    },
    {
      kind: "never",
      title: "Weighed, never named",
      text: "Used by the model but never given to a teacher as a reason."
    }
  ];
  function inputsSection(features, evidence2) {
    const attributes2 = [...new Set(features.map(attributeOfFeature))];
    const rows = [
      fact(
        "Columns weighed",
        `${attributes2.length} columns of the Students sheet (${features.length} model inputs once each answer of a category counts as one). A weight says what went with failing in past students, not what causes it.`,
        { value: attributes2.length, kind: "count" }
      )
    ];
    for (const group2 of GROUPS) {
      const members = attributes2.filter((a) => (REASON_CLASSES[a]?.kind ?? "context") === group2.kind);
      if (members.length === 0) continue;
      rows.push(header(group2.title, group2.text));
      for (const name of members) {
        const why = REASON_CLASSES[name]?.why;
        const label3 = labelOf2(name);
        rows.push(fact(name, why ? `${capital(label3)} — ${why}.` : `${capital(label3)}.`));
      }
    }
    rows.push(...sensitiveRows(attributes2, evidence2));
    return { title: "Inputs used", rows };
  }
  function sensitiveRows(attributes2, evidence2) {
    const used = EQUITY_ATTRIBUTES.filter((a) => attributes2.includes(a));
    const rows = [header("Sensitive attributes", "")];
    rows.push(
      fact(
        "Used as inputs",
        used.length === 0 ? "None of sex, home address, school, parents’ education or course." : `${listed2(used.map(named2))}. Their effect on each group is in Equity below.`
      )
    );
    rows.push(
      fact(
        "Left out by the school",
        evidence2 === null ? "Not recorded for this version (trained before PassCompass kept it)." : evidence2.equity.leftOut.length === 0 ? "None: Settings left no attribute out." : `${listed2(evidence2.equity.leftOut.map(named2))}: not inputs, still reported in Equity below.`
      )
    );
    rows.push(
      fact(
        "Never an input",
        `The final grade (${FINAL_GRADE}), which is the outcome; names and student numbers; an “any absences at all” input (see Limitations: the “no absences” artefact).`
      )
    );
    return rows;
  }
  var capital = (text2) => `${text2.charAt(0).toUpperCase()}${text2.slice(1)}`;

  // src/core/model-card/limitations-section.ts
  function capacitySentence(recall, precision, capacity) {
    if (!finite(recall)) return null;
    const holds = `Of every 10 students who will fail, the High tier of ${capacity} holds about ${outOf10(recall)}`;
    if (!finite(precision)) return `${holds}.`;
    const pass = Math.round((1 - precision) * capacity);
    return pass === 0 ? `${holds}; nearly all of the ${capacity} will fail without help.` : `${holds}; about ${pass} of the ${capacity} will pass anyway.`;
  }
  function limitationsSection(v, evidence2, capacity) {
    const recall = evidence2?.metrics.topKRecall.mean ?? v.metrics["topKRecall"];
    const precision = evidence2?.metrics.topKPrecision.mean ?? v.metrics["topKPrecision"];
    const auc = evidence2?.metrics.auc.mean ?? v.metrics["auc"];
    const rows = [];
    const places = capacitySentence(recall, precision, capacity);
    if (places !== null && finite(recall)) {
      const failing = evidence2 === null ? null : Math.round(evidence2.failRate * v.rows);
      const ceiling = failing !== null && failing > capacity ? ` With ${failing.toLocaleString("en")} failing in a year like the training one and ${capacity} places, no ranking could hold more than ${outOf10(capacity / failing)} in 10: more places, not a better model, is what would catch more.` : "";
      rows.push(
        fact(
          `With ${capacity} places`,
          `${places}${ceiling} So about ${10 - outOf10(recall)} in 10 are not in the High tier: look past it, and act on a teacher’s worry whatever the tier. (For a roster the size of the training data, ${v.rows.toLocaleString("en")} students.)`
        )
      );
    }
    if (finite(auc)) {
      const right = outOf100(auc);
      rows.push(
        fact(
          `What an AUC of ${score2(auc)} means`,
          `Take a student who will fail and one who will pass, at random: the model ranks them the right way round ${right} times in 100 and the wrong way ${100 - right} times. Good enough to choose whom to see first; not good enough to judge one student.` + (v.mode === "early" ? " Early in the term nothing of this term’s work is known yet, so it is less sure." : "")
        )
      );
    }
    if (evidence2 !== null) {
      const failures = Math.round(evidence2.failRate * v.rows);
      rows.push(
        fact(
          "How sure the figures are",
          `They come from ${count2(v.rows, "student")}, of whom ${failures.toLocaleString("en")} failed. Another year’s students could give an AUC anywhere from about ${score2(evidence2.metrics.auc.low)} to ${score2(evidence2.metrics.auc.high)} (its 95% interval).`
        )
      );
    }
    rows.push(
      fact(
        "A risk is not a forecast for one student",
        "A 30% risk means that among past students who looked like this one on paper, about 3 in 10 failed. It does not say what this student will do."
      ),
      fact(
        "It knows only the past",
        "It learned from past students. A new teacher, an illness, a move or a change at home this year is invisible to it. When new students look different, the daily check says so."
      ),
      fact(
        "Reasons are not causes",
        "A student’s main reasons name what the model weighs, not why the student struggles: a start for the conversation, not its conclusion."
      ),
      fact(
        "The “no absences” artefact",
        "In the UCI Math sample every student with a final grade of 0 (most likely students who left the course) has 0 absences recorded, so in that data “no absences” goes with failing. PassCompass therefore has no “any absences” input and never gives “no absences” as a reason. A school’s own early-term data would not show this: early in a term, no absences is what a committed student shows. Make sure your roster records absences before relying on them."
      )
    );
    return { title: "Limitations, in words", rows };
  }

  // src/core/model-card/metrics-section.ts
  var withInterval = (m, kind) => [figure2(m.mean, kind), figure2(m.low, kind), figure2(m.high, kind)];
  function definedNote(m) {
    return m.defined < m.folds ? ` Measured in ${m.defined} of ${m.folds} folds (undefined in the others).` : "";
  }
  function aucMeaning(auc) {
    if (!finite(auc)) return "The ranking quality could not be measured.";
    return `Pick a student who failed and one who passed at random: the model gives the one who failed the higher risk ${outOf100(auc)} times in 100. 0.5 is a coin toss, 1 is perfect.`;
  }
  function metricsSection(evidence2, metrics, threshold, capacity, origin = null) {
    if (origin !== null)
      return {
        title: "How good it is (measured on this workbook, not cross-validated)",
        rows: plainRows(metrics, threshold, capacity, {
          how: `BigQuery ML fitted this model; PassCompass scored the graded students of this workbook with it and compared the risks with their final grades. Not cross-validated: if BigQuery ML was trained on these students too, every figure here flatters it. No intervals.`,
          auc: "ROC AUC",
          top: "Of the students who failed, the share among the highest risks."
        })
      };
    return {
      title: "How good it is (cross-validated)",
      rows: evidence2 === null ? plainRows(metrics, threshold, capacity, {
        how: "Cross-validation: each student was scored by a model that had not seen them. Intervals, the naive baseline and the folds were not recorded for this version (trained before PassCompass kept them); train again to see them.",
        auc: "ROC AUC (mean of folds)",
        top: "Of the students who failed, the share among the highest risks (each fold’s top share)."
      }) : evidenceRows(evidence2, threshold)
    };
  }
  function evidenceRows(e, threshold) {
    const m = e.metrics;
    const k = e.capacity;
    const brierOfFailRate = e.failRate * (1 - e.failRate);
    return [
      fact(
        "How these were measured",
        `${e.folds}-fold cross-validation (seed ${e.seed}): the students were split into ${e.folds} groups, and each group was scored by a model trained on the others, so no figure comes from a student the model had seen. Interval: 95% t interval over the ${e.folds} fold values; with few folds it is wide.`
      ),
      header("Figure", "What it means", "Value", "95% from", "95% to"),
      fact(
        "ROC AUC (mean of folds)",
        aucMeaning(m.auc.mean) + definedNote(m.auc),
        ...withInterval(m.auc, "score")
      ),
      fact(
        "ROC AUC (all students pooled)",
        "The same figure computed once over every student’s out-of-fold risk instead of fold by fold. The two definitions usually differ by a few hundredths; neither is the “real” one.",
        figure2(e.pooledAuc, "score")
      ),
      fact(
        `Caught in the top ${k} (recall)`,
        `Of the students who failed, the share among the ${k} highest risks (each fold’s top share of the same size).${definedNote(m.topKRecall)}`,
        ...withInterval(m.topKRecall, "percent")
      ),
      fact(
        `Failed among the top ${k} (precision)`,
        `Of the ${k} highest risks, the share who went on to fail; the others passed anyway.${definedNote(m.topKPrecision)}`,
        ...withInterval(m.topKPrecision, "percent")
      ),
      fact(
        "Accuracy at the threshold",
        `Share of students on the right side of the ${pct(threshold)} risk threshold (at risk and failed, or not at risk and passed).`,
        ...withInterval(m.accuracy, "percent")
      ),
      fact(
        "Naive baseline accuracy",
        `What saying “everybody passes” would score, since ${pct(e.failRate)} failed. An accuracy near it says little: the ranking figures above matter more.`,
        figure2(e.baselineAccuracy, "percent")
      ),
      fact(
        "Brier score",
        `Average squared gap between the risk and what happened (0 is perfect; lower is better). Giving every student the fail rate would score ${score2(brierOfFailRate)}.`,
        ...withInterval(m.brier, "score")
      ),
      fact(
        "How it was tuned",
        `${e.tuning.steps} gradient steps, chosen inside the training folds from ${e.tuning.candidates.join(", ")} (each fold chose ${e.tuning.stepsPerFold.join(", ")}); threshold chosen by ${e.tuning.thresholdCriterion} on training rows only.`,
        figure2(e.tuning.steps, "count")
      )
    ];
  }
  function plainRows(metrics, threshold, capacity, words) {
    const spread = (name) => finite(metrics[`${name}Sd`]) ? ` Spread over the folds: ± ${score2(metrics[`${name}Sd`])}.` : "";
    return [
      fact("How these were measured", words.how),
      header("Figure", "What it means", "Value"),
      fact(words.auc, aucMeaning(metrics["auc"]) + spread("auc"), figure2(metrics["auc"], "score")),
      fact(
        `Caught in the top ${count2(capacity, "student")} (recall)`,
        words.top + spread("topKRecall"),
        figure2(metrics["topKRecall"], "percent")
      ),
      fact(
        "Failed among the top (precision)",
        "Of the highest risks, the share who went on to fail." + spread("topKPrecision"),
        figure2(metrics["topKPrecision"], "percent")
      ),
      fact(
        "Accuracy at the threshold",
        `Share of students on the right side of the ${pct(threshold)} risk threshold.` + spread("accuracy"),
        figure2(metrics["accuracy"], "percent")
      ),
      fact(
        "Brier score",
        "Average squared gap between the risk and what happened (0 is perfect; lower is better)." + spread("brier"),
        figure2(metrics["brier"], "score")
      )
    ];
  }

  // src/core/model-card/protection-section.ts
  function trainingCounts(v, evidence2) {
    if (evidence2 !== null)
      return { failures: Math.round(evidence2.failRate * v.rows), failRate: evidence2.failRate };
    let training;
    try {
      training = JSON.parse(v.modelJson).training;
    } catch {
      return { failures: null, failRate: null };
    }
    const { rows, failures } = training ?? {};
    if (typeof rows !== "number" || typeof failures !== "number" || !(rows > 0))
      return { failures: null, failRate: null };
    return { failures, failRate: failures / rows };
  }
  function sampleText(v) {
    if (v.referenceSample === "") return "This version keeps no sample of training rows.";
    let rows;
    let columns;
    try {
      const sample = decodeReferenceSample(v.referenceSample);
      rows = sample.rows;
      columns = Object.keys(sample.table);
    } catch {
      return "Its sample of training rows cannot be read, so it holds none that can be used.";
    }
    const shown3 = columns.length > 6 ? [...columns.slice(0, 6), `${columns.length - 6} more`] : columns;
    return "For the daily drift check, the Versions sheet keeps " + (rows >= v.rows ? `all ${v.rows.toLocaleString("en")} training rows` : `${rows.toLocaleString("en")} of the ${v.rows.toLocaleString("en")} training rows, drawn at random`) + `: each student’s ${columns.length} input columns as they were (${listed2(shown3)}), with no name, no student number and no final grade. A student with an unusual mix (age, school, family) could be recognised by someone who knows the class: share the spreadsheet as carefully as the Students sheet.`;
  }
  function dataProtectionSection(v, evidence2) {
    return {
      title: "Data protection",
      rows: [
        fact(
          "This card",
          "Aggregate figures only: counts, shares and scores over groups of students; no name and no student’s " + (evidence2 === null ? "row." : `row. Equity lists every group with its count, small ones (under ${MIN_GROUP}) included: where a group is tiny, someone who knows the class could tell who is in it.`)
        ),
        fact(
          "The model",
          "One weight per input and an intercept, the encoding (each number column’s average and spread, each category column’s answers) and how many students and failures it learned from. No student’s row."
        ),
        fact("The reference sample", sampleText(v)),
        fact(
          "Scoring",
          "Each scoring run adds its risks to the Inference log sheet under a pseudonymous student key, with the inputs scored (hidden column), never a name."
        ),
        fact(
          "Where it lives",
          "In this spreadsheet, in the school’s Google account: PassCompass sends nothing to an outside server. Alert emails carry counts and a link, never a name or a row. Anyone the spreadsheet is shared with can read all of it."
        ),
        fact(
          "Deleting a student",
          `Removing a student from the Students sheet does not remove them from versions already trained: their input columns may stay in a version’s reference sample, and their outcome in its figures (${count2(v.rows, "student")} here).`
        )
      ]
    };
  }

  // src/core/model-card/card-content.ts
  var evidenceOf = (v) => v.evidence ?? null;
  function intendedUse(rows, imported) {
    return {
      title: "Intended use",
      rows: [
        fact(
          "What it is for",
          "Ranking students by their risk of failing the course, so that a counsellor or teacher can decide whom to talk to first, early enough in the term to help."
        ),
        fact(
          "What a tier is",
          "A prompt for a conversation with the student and their teachers. It is never a decision about a student."
        ),
        fact(
          "Not for",
          "Grades, admission, setting or streaming, discipline, or any decision taken without a person. A tier is not shown to other students."
        ),
        fact(
          "Not for students unlike these",
          (imported ? `It learned from the district's students in BigQuery and was measured on ${count2(rows, "student")} here. ` : `It learned from ${count2(rows, "past student")}. `) + "Students of another school, year group, course or country, or a roster that records things differently (absences counted another way, say), may be ranked badly. The daily check warns when new students look different."
        ),
        fact(
          "Who decides",
          "People. Look past the High tier too, and weigh what the student and their teachers know that the sheet does not."
        )
      ]
    };
  }
  function momentText(mode) {
    return mode === "early" ? "Early term: it uses only what is known before any grade of the term (no first- or second-period grade). It can be used from the first week; it is less sure than a mid-term model." : "Mid-term: it also uses this term’s period grades (G1, and G2 where present). It is more accurate, but comes later, when there is less time left to help.";
  }
  function dataAndMoment(v, evidence2, options, origin) {
    const counts2 = trainingCounts(v, evidence2);
    return {
      title: "Data and moment",
      rows: [
        ...origin === null ? [] : [
          fact(
            "Fitted by",
            `${origin.from}, in the district’s warehouse, with the CREATE MODEL PassCompass wrote from version ${origin.inputsOf}: the same inputs, read with version ${origin.inputsOf}’s averages, spreads and categories. PassCompass imported its weights; it did not fit them.`
          )
        ],
        fact(
          "Students",
          origin === null ? "Students with a final grade (G3) it learned from, for example last year’s class." : "Students of this workbook with a final grade (G3) it was measured on when it was imported.",
          figure2(v.rows, "count")
        ),
        fact(
          "Failed",
          counts2.failures === null ? "Share of them whose final grade was below the pass mark." : `${count2(counts2.failures, "student")} of ${v.rows.toLocaleString("en")} had a final grade below the pass mark.`,
          figure2(counts2.failRate, "percent")
        ),
        fact(
          "Pass mark",
          options.passMark === null ? "Not known: a version does not record it." : `A final grade below ${options.passMark} of 20 counts as failing (the pass mark in Settings when this card was written; a version does not record its own).`,
          figure2(options.passMark, "whole")
        ),
        fact("Moment of term", momentText(v.mode)),
        fact(
          "Trained",
          `${(options.formatTime ?? ((at) => at.toISOString()))(new Date(v.createdAt))}: when this version was registered.`
        ),
        fact(
          "Version",
          "Numbers are never reused. The Versions sheet keeps every version; the Aliases sheet says which one scores students and since when." + (addOnVersionOf(v) === null ? "" : ` Registered by PassCompass ${addOnVersionOf(v)}.`),
          figure2(v.version, "whole")
        ),
        fact(
          "Experiment",
          `Run ${v.experimentId}: its row in the Experiments sheet has every figure of the run.`
        ),
        fact(
          "Training data fingerprint",
          `${v.dataFingerprint.slice(0, 16)}… A digest of the training rows: two versions with the same fingerprint learned from the same students. The rows cannot be read back from it.`
        )
      ]
    };
  }
  function modelCard(v, options) {
    const evidence2 = evidenceOf(v);
    const origin = importedOriginOf(v);
    const capacity = evidence2?.capacity ?? options.capacity;
    const sections = [
      intendedUse(v.rows, origin !== null),
      dataAndMoment(v, evidence2, options, origin),
      inputsSection(v.features, evidence2),
      metricsSection(evidence2, v.metrics, v.threshold, capacity, origin),
      calibrationSection(evidence2?.calibration ?? null, origin !== null),
      equitySection(evidence2, origin !== null),
      limitationsSection(v, evidence2, capacity),
      dataProtectionSection(v, evidence2)
    ];
    return { version: v.version, title: `Model card: version ${v.version}`, sections };
  }

  // src/jobs/model-card.ts
  var optionsOf = (deps) => ({
    passMark: deps.settings.passMark,
    capacity: deps.settings.capacity,
    ...deps.formatTime ? { formatTime: deps.formatTime } : {}
  });
  function writeCardOf(version, deps) {
    return { version: version.version, sheet: deps.cards.write(modelCard(version, optionsOf(deps))) };
  }
  function writeModelCard(deps, which) {
    const registry = Registry.read(deps, deps.digests);
    const number = which === "champion" ? registry.aliases().champion : which;
    if (number === null) {
      throw new DataError("There is no champion yet, so no model card to show: train a model first.");
    }
    const known = registry.versions.some((v) => "version" in v && v.version === number);
    if (!known && which !== "champion") {
      throw new DataError(`There is no version ${number} in the Versions sheet.`);
    }
    return writeCardOf(registry.load(number), deps);
  }

  // src/core/data/formula-escape.ts
  var FORMULA_START = /^[=+\-@\t\r]/;
  var SHEETS_WOULD_CONVERT = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?|true|false)\s*$/i;
  function needsQuotePrefix(text2) {
    return FORMULA_START.test(text2) || SHEETS_WOULD_CONVERT.test(text2);
  }
  function escapeForSheet(value) {
    if (typeof value !== "string") return value;
    if (value.startsWith("'") || needsQuotePrefix(value)) return `'${value}`;
    return value;
  }

  // src/core/time/timestamp-format.ts
  var SHEET_FORMATS = {
    monthFirst: "m/d/yyyy h:mm",
    dayFirst: "dd/mm/yyyy hh:mm",
    dayFirstDotted: "dd.mm.yyyy hh:mm",
    iso: "yyyy-mm-dd hh:mm"
  };
  var MONTH_FIRST = /* @__PURE__ */ new Set(["US", "PH", "FM", "MH", "PW"]);
  var DOTTED = /* @__PURE__ */ new Set(["DE", "AT", "CH", "PL", "RU", "UA", "CZ", "SK", "FI", "NO", "TR", "RO", "HR", "RS"]);
  var YEAR_FIRST = /* @__PURE__ */ new Set(["CN", "JP", "KR", "TW", "HU", "LT", "SE", "CA", "ZA", "MN"]);
  function country(locale) {
    const parts = locale.split(/[_-]/);
    return parts.length > 1 ? (parts[parts.length - 1] ?? "").toUpperCase() : "";
  }
  function order(locale) {
    const code = country(locale);
    if (code === "") return "iso";
    if (MONTH_FIRST.has(code)) return "monthFirst";
    if (DOTTED.has(code)) return "dayFirstDotted";
    if (YEAR_FIRST.has(code)) return "iso";
    return "dayFirst";
  }
  function sheetTimestampFormat(locale) {
    return SHEET_FORMATS[order(locale)];
  }
  var TIMESTAMP_COLUMN_WIDTH = 140;
  var TEXT_TIMESTAMP_PATTERN = "d MMMM yyyy, HH:mm";
  function textTimestamp(formatted, timeZone) {
    return `${formatted} (${timeZone})`;
  }

  // src/sheets/adjacent-runs.ts
  function adjacentRuns(columns) {
    const order2 = columns.map((column2, position) => ({ column: column2, position })).sort((a, b) => a.column - b.column);
    const runs2 = [];
    for (const { column: column2, position } of order2) {
      const last = runs2[runs2.length - 1];
      if (last && column2 === last.end + 1) {
        last.positions.push(position);
        last.end = column2;
      } else runs2.push({ start: column2, positions: [position], end: column2 });
    }
    return runs2.map(({ start, positions }) => ({ start, positions }));
  }

  // src/sheets/risk-colours.ts
  var TIER_COLOURS = {
    High: { background: "#f4c7c3", font: "#7f1d1d" },
    Medium: { background: "#fce8b2", font: "#713f12" },
    Low: { background: "#b7e1cd", font: "#14532d" }
  };
  var RISK_GRADIENT = { low: "#ffffff", high: "#e67c73" };
  var OWN_COLUMN_WIDTHS = { risk: 125, tier: 80, reasons: 460, version: 110, scoredAt: 140 };
  function styleOwnColumns(sheet, columns, dataRows, notes2, timeFormat) {
    if (dataRows === 0) return;
    const riskRange = sheet.getRange(2, columns.risk + 1, dataRows, 1);
    const tierRange = sheet.getRange(2, columns.tier + 1, dataRows, 1);
    riskRange.setNumberFormat("0.0%");
    sheet.getRange(2, columns.scoredAt + 1, dataRows, 1).setNumberFormat(timeFormat());
    sheet.getRange(2, columns.reasons + 1, dataRows, 1).setWrap(true);
    for (const name of Object.keys(OWN_COLUMN_WIDTHS))
      sheet.setColumnWidth(columns[name] + 1, OWN_COLUMN_WIDTHS[name]);
    writeHeaderNotes(sheet, [
      [columns.risk, notes2.risk],
      [columns.tier, notes2.tier],
      [columns.reasons, notes2.reasons]
    ]);
    const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, columns));
    const own2 = [
      ...Object.keys(TIER_COLOURS).map(
        (tier) => SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(tier).setBackground(TIER_COLOURS[tier].background).setFontColor(TIER_COLOURS[tier].font).setRanges([tierRange]).build()
      ),
      SpreadsheetApp.newConditionalFormatRule().setGradientMinpointWithValue(RISK_GRADIENT.low, SpreadsheetApp.InterpolationType.NUMBER, "0").setGradientMaxpointWithValue(RISK_GRADIENT.high, SpreadsheetApp.InterpolationType.NUMBER, "1").setRanges([riskRange]).build()
    ];
    sheet.setConditionalFormatRules([...kept, ...own2]);
    if (!sheet.getFilter()) sheet.getRange(1, 1, dataRows + 1, sheet.getLastColumn()).createFilter();
  }
  function writeHeaderNotes(sheet, notes2) {
    for (const run of adjacentRuns(notes2.map(([column2]) => column2))) {
      const cells = run.positions.map((p) => notes2[p]?.[1] ?? "");
      sheet.getRange(1, run.start + 1, 1, cells.length).setNotes([cells]);
    }
  }
  function isOwnRule(rule, columns) {
    const ranges = rule.getRanges();
    const onlyColumn = (column2) => ranges.length > 0 && ranges.every((r) => r.getColumn() === column2 + 1 && r.getNumColumns() === 1);
    if (onlyColumn(columns.risk) && rule.getGradientCondition() !== null) return true;
    const condition = rule.getBooleanCondition();
    if (!onlyColumn(columns.tier) || condition === null) return false;
    const [value] = condition.getCriteriaValues();
    return condition.getCriteriaType() === SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO && typeof value === "string" && Object.prototype.hasOwnProperty.call(TIER_COLOURS, value);
  }

  // src/sheets/layouts/layout.ts
  var TIME = "time";
  var AUTOMATIC = "0.###############";
  var FORMATS = {
    /** Version and row numbers. */
    whole: "0",
    count: "#,##0",
    /** Risks, rates and shares, read by teachers as percentages: 27.3%, as the alerts and dialogs say them. */
    percent: "0.0%",
    /** ROC AUC, Brier score and their spread: the three decimals they are compared at. */
    score: "0.000",
    seconds: "0.0",
    time: TIME
  };
  function sheetLayout(header2, legend, specs, sections = []) {
    const columns = header2.map((name) => ({ header: name, ...specs[name] }));
    return { legend, columns, sections };
  }
  var TIME_HEADERS = /* @__PURE__ */ new Set(["Time", "Created"]);
  function defaultLayout(header2) {
    const columns = header2.map(
      (name) => TIME_HEADERS.has(name) ? { header: name, width: TIMESTAMP_COLUMN_WIDTH, format: TIME } : { header: name }
    );
    return { legend: "", columns, sections: [] };
  }
  function headerNotes(layout) {
    return layout.columns.map(
      (column2, i) => [i === 0 ? layout.legend : "", column2.note ?? ""].filter((text2) => text2 !== "").join("\n\n")
    );
  }
  var sameRow = (row, header2) => row.length > 0 && row.every((cell, i) => cell === (header2[i] ?? ""));
  function blockStyles(layout, rows, timeFormat) {
    const format = (f) => f === TIME ? timeFormat() : f ?? AUTOMATIC;
    const columnFormats = layout.columns.map((c) => c.format);
    const headers = layout.columns.map((c) => c.header);
    const styles = { formats: [], wraps: [], weights: [], alignments: [] };
    let current = columnFormats;
    for (const row of rows) {
      const section2 = layout.sections.find((s) => sameRow(row, s.header));
      const header2 = section2 !== void 0 || sameRow(row, headers);
      if (section2) current = section2.formats;
      styles.formats.push(layout.columns.map((_, i) => header2 ? AUTOMATIC : format(current[i])));
      styles.wraps.push(layout.columns.map((c) => header2 || c.wrap === true));
      styles.weights.push(layout.columns.map(() => header2 ? "bold" : null));
      styles.alignments.push(layout.columns.map(() => header2 ? null : "top"));
    }
    return styles;
  }

  // src/sheets/layouts/model-card.ts
  var MODEL_CARD_WIDTHS = [180, 360, 78, 78, 78, 78];
  var MODEL_CARD_WIDTH = 2 + FIGURE_COLUMNS;
  var modelCardSheetName = (version) => `Model card v${version}`;
  function modelCardHeader(version) {
    return [`Model card: version ${version}`, "What it says", "Figure", "95% from", "95% to", ""];
  }
  var MODEL_CARD_LEGEND = "Model card: what this model version is for and not for, what it learned from, how good it is (with 95% intervals), how well its percentages hold, how it treats groups of students, its limits, and what it holds about students. Rewritten by PassCompass after training and by Model card… in its menu.";
  var STYLE = {
    section: { background: "#e8eaed", font: "#202124" },
    tableHeader: { background: null, font: "#3c4043" },
    flagged: TIER_COLOURS.High
  };
  function formatOf(figure4, timeFormat) {
    switch (figure4.kind) {
      case "percent":
        return FORMATS.percent;
      case "score":
        return FORMATS.score;
      case "count":
        return FORMATS.count;
      case "whole":
        return FORMATS.whole;
      case "time":
        return timeFormat;
    }
  }
  function cardGrid(card, timeFormat) {
    const grid = {
      values: [],
      formats: [],
      weights: [],
      fonts: [],
      backgrounds: [],
      wraps: [],
      alignments: []
    };
    const push = (values, formats, style) => {
      const width = MODEL_CARD_WIDTH;
      const fill = (items, blank2) => Array.from({ length: width }, (_, i) => items[i] ?? blank2);
      grid.values.push(fill(values, ""));
      grid.formats.push(fill(formats, AUTOMATIC));
      grid.weights.push(fill([], style.bold ? "bold" : null));
      grid.fonts.push(fill([], style.font));
      grid.backgrounds.push(fill([], style.background));
      grid.wraps.push(
        Array.from(
          { length: width },
          (_, i) => style.wrap && (i < 2 || values[i] === void 0 || typeof values[i] === "string")
        )
      );
      grid.alignments.push(fill([], style.top ? "top" : null));
    };
    push(modelCardHeader(card.version), [], {
      bold: true,
      font: null,
      background: null,
      wrap: true,
      top: false
    });
    card.sections.forEach((section2) => {
      push([], [], { bold: false, font: null, background: null, wrap: false, top: false });
      push([section2.title], [], { bold: true, ...STYLE.section, wrap: false, top: false });
      for (const row of section2.rows) pushRow(row, push, timeFormat);
    });
    return grid;
  }
  function pushRow(row, push, timeFormat) {
    const values = [row.label, row.text];
    const formats = [AUTOMATIC, AUTOMATIC];
    for (const cell of row.figures.slice(0, FIGURE_COLUMNS)) {
      if (typeof cell === "string") {
        values.push(cell);
        formats.push(AUTOMATIC);
      } else {
        values.push(cell.value ?? "");
        formats.push(cell.value === null ? AUTOMATIC : formatOf(cell, timeFormat));
      }
    }
    if (row.kind === "header") {
      push(values, formats, { bold: true, ...STYLE.tableHeader, wrap: true, top: false });
      return;
    }
    const colours = row.flagged ? STYLE.flagged : { background: null, font: null };
    push(values, formats, { bold: false, ...colours, wrap: true, top: true });
  }

  // src/sheets/apply-layout.ts
  function layOutColumns(sheet, layout) {
    const header2 = sheet.getRange(1, 1, 1, layout.columns.length);
    header2.setWrap(true);
    const notes2 = headerNotes(layout);
    if (notes2.some((note) => note !== "")) header2.setNotes([notes2]);
    sheet.setFrozenRows(1);
    for (const run of runs(layout, (c) => c.hidden ? void 0 : c.width))
      sheet.setColumnWidths(run.start, run.count, run.value);
    for (const run of runs(layout, (c) => c.hidden ? true : void 0))
      sheet.hideColumns(run.start, run.count);
  }
  function lacksLayout(sheet, layout) {
    return layout.legend !== "" && sheet.getRange(1, 1).getNote() !== headerNotes(layout)[0];
  }
  function styleBlock(range, rows, layout, timeFormat, belowHeader) {
    if (rows.length === 0) return;
    const styles = blockStyles(layout, rows, timeFormat);
    const wraps = layout.columns.some((c) => c.wrap);
    range.setNumberFormats(styles.formats);
    if (wraps || belowHeader) range.setWraps(styles.wraps);
    if (belowHeader) range.setFontWeights(styles.weights);
    if (wraps) range.setVerticalAlignments(styles.alignments);
  }
  function runs(layout, valueOf2) {
    const found = [];
    layout.columns.forEach((column2, i) => {
      const value = valueOf2(column2);
      if (value === void 0) return;
      const last = found[found.length - 1];
      if (last && last.value === value && last.start + last.count === i + 1) last.count += 1;
      else found.push({ start: i + 1, count: 1, value });
    });
    return found;
  }

  // src/sheets/layouts/aliases.ts
  var ALIASES_LAYOUT = sheetLayout(
    ALIAS_HEADER,
    "Aliases: the history of which version scores students, one row per move, oldest first, never changed. champion = the version that scores students; challenger = a newer one waiting to be promoted. PassCompass reads where each points now from this history.",
    {
      Time: { width: 140, format: FORMATS.time },
      Alias: { width: 80 },
      "From version": { width: 70, format: FORMATS.whole, note: "Blank: the alias pointed nowhere before." },
      "To version": { width: 70, format: FORMATS.whole, note: "Blank: the alias was cleared." },
      "Moved by": {
        width: 110,
        note: "set by training: a new version became champion or challenger on its own; promote and roll back: someone chose them in the PassCompass menu."
      },
      Reason: { width: 360, wrap: true }
    }
  );

  // src/sheets/layouts/data-issues.ts
  var DATA_ISSUES_LAYOUT = sheetLayout(
    ISSUE_HEADER,
    "Data issues: what Check data found in the Students sheet, one problem per row, with the row and column to look at and what PassCompass does about it. The Students sheet is never changed. Rewritten by every check.",
    {
      Row: { width: 50, format: FORMATS.whole, note: "The row of the Students sheet." },
      Column: { width: 120 },
      Value: { width: 120, note: "What the cell holds; blank when it is empty." },
      Problem: { width: 320, wrap: true },
      "What PassCompass does": { width: 280, wrap: true }
    }
  );

  // src/sheets/layouts/experiments.ts
  var EXPERIMENTS_LAYOUT = sheetLayout(
    EXPERIMENT_HEADER,
    "Experiments: one row per Train model run, oldest first. Every figure comes from cross-validation: each student scored by a model that never saw them. Accuracy, Precision, Recall and F1 count a student as flagged from the version's threshold. Version is blank when the model was not good enough to publish; Outcome says why.",
    {
      Run: { width: 70 },
      Time: { width: 140, format: FORMATS.time },
      "Data fingerprint": {
        hidden: true,
        note: "A digest of the rows this run trained on: two runs with the same fingerprint used the same data. Kept so runs can be compared."
      },
      Rows: { width: 60, format: FORMATS.count },
      Failures: { width: 70, format: FORMATS.count, note: "Students in Rows whose final grade was a fail." },
      Mode: { width: 60, note: "early: without the period grades G1 and G2; mid: with them." },
      "Parameters (JSON)": {
        hidden: true,
        note: "The settings this run used (pass mark, folds, seed, capacity, threshold), so it can be repeated."
      },
      "CV ROC AUC": {
        width: 80,
        format: FORMATS.score,
        note: "How well risks rank students who failed above those who passed: 1 = perfectly, 0.5 = chance."
      },
      "AUC sd": { width: 60, format: FORMATS.score, note: "How much the AUC varied from fold to fold." },
      Accuracy: { width: 80, format: FORMATS.percent },
      Precision: { width: 80, format: FORMATS.percent, note: "Of the students flagged, the share who failed." },
      Recall: { width: 70, format: FORMATS.percent, note: "Of the students who failed, the share flagged." },
      F1: {
        width: 60,
        format: FORMATS.percent,
        note: "Precision and recall in one figure (their harmonic mean)."
      },
      Brier: {
        width: 60,
        format: FORMATS.score,
        note: "Mean squared gap between risk and outcome; lower is better."
      },
      "Top-K recall": {
        width: 80,
        format: FORMATS.percent,
        note: "Of the students who failed, the share among the highest risks, as many as the capacity in Settings."
      },
      "Top-K precision": {
        width: 80,
        format: FORMATS.percent,
        note: "Of the highest risks, as many as the capacity in Settings, the share who failed."
      },
      "Per fold (JSON)": {
        hidden: true,
        note: "Each cross-validation fold's figures, to see how much they varied. Kept for the record."
      },
      "Duration (s)": { width: 80, format: FORMATS.seconds },
      Version: { width: 70, format: FORMATS.whole },
      Outcome: { width: 320, wrap: true }
    }
  );

  // src/sheets/layouts/inference-log.ts
  var INFERENCE_LOG_LAYOUT = sheetLayout(
    LOG_HEADER,
    "Inference log: what each Score students run predicted, one row per student, oldest first; the newest 50,000 rows are kept. Student key is a pseudonym, never a name. The daily monitoring check reads the latest run here.",
    {
      Time: { width: 140, format: FORMATS.time },
      Run: { width: 240, note: "The scoring run: its rows share this id." },
      "Model version": { width: 70, format: FORMATS.whole },
      "Student key": {
        width: 125,
        note: "A pseudonym made from the student with a secret kept in this spreadsheet: the same student has the same key in every run, and no one can turn it back into a name."
      },
      "Risk of failing": { width: 70, format: FORMATS.percent },
      Tier: { width: 60 },
      "Inputs (JSON)": {
        hidden: true,
        note: "The student's answers the risk was computed from (no name), as data. The daily monitoring check compares them with the training data: PassCompass needs this column, do not edit it."
      }
    }
  );

  // src/sheets/layouts/summary.ts
  var SUMMARY_LAYOUT = sheetLayout(
    SUMMARY_HEADER,
    "Summary: the roster PassCompass last trained on, one row per column (what it means, blanks, range, most common values); below, for each column with few values, the share of students who failed (final grade below the pass mark) for each value. Rewritten by every Train model.",
    {
      Column: { width: 100 },
      Meaning: { width: 230, wrap: true },
      Kind: { width: 90 },
      Blank: { width: 60, format: FORMATS.count, note: "Cells left blank in this column." },
      Distinct: { width: 70, format: FORMATS.count, note: "Different values in this column." },
      Min: { width: 60 },
      Mean: { width: 60 },
      Max: { width: 60 },
      "Most common": {
        width: 220,
        wrap: true,
        note: "The most frequent values, with how many students have each."
      }
    },
    [
      {
        header: RATE_HEADER,
        formats: [void 0, void 0, FORMATS.count, FORMATS.count, FORMATS.percent]
      }
    ]
  );

  // src/sheets/layouts/versions.ts
  var KEEP = "PassCompass needs this column: do not edit or delete it.";
  var VERSIONS_LAYOUT = sheetLayout(
    VERSION_HEADER,
    "Versions: one row per model PassCompass trained, oldest first. Status: champion = the version that scores students; challenger = a newer version that waits for someone to choose Promote challenger in the PassCompass menu; archived = an earlier version. Hidden columns hold the model and its checks.",
    {
      Version: { width: 70, format: FORMATS.whole },
      Created: { width: 140, format: FORMATS.time },
      Experiment: {
        width: 90,
        note: "The Train model run that made this version: its row in Experiments has every figure."
      },
      "Data fingerprint": {
        hidden: true,
        note: `A digest of the rows this version was trained on: two versions with the same fingerprint saw the same data, so their figures can be compared. Training uses it to decide whether a new version may replace the champion on its own. ${KEEP}`
      },
      Rows: { width: 60, format: FORMATS.count, note: "Students with a final grade it was trained on." },
      Mode: {
        width: 60,
        note: "early: trained without the period grades G1 and G2, for the earliest warning; mid: with them."
      },
      Features: {
        width: 360,
        wrap: true,
        note: "What the model weighs: each column, and for a column of categories each answer (school=MS)."
      },
      "CV ROC AUC": {
        width: 80,
        format: FORMATS.score,
        note: "From cross-validation (each student scored by a model that never saw them): how well it ranks students who failed above those who passed. 1 = perfectly, 0.5 = no better than chance."
      },
      "CV Brier": {
        width: 70,
        format: FORMATS.score,
        note: "From cross-validation: the mean squared gap between risk and outcome. Lower is better; 0 is perfect."
      },
      Threshold: {
        width: 80,
        format: FORMATS.percent,
        note: "The risk from which a student counts as flagged in the accuracy, precision and recall of Experiments. Tiers on Students follow Settings, not this."
      },
      "Metrics (JSON)": {
        hidden: true,
        note: `Every cross-validated figure of this version, as data, covered by its checksum. ${KEEP}`
      },
      "Model (JSON)": {
        hidden: true,
        note: "The model itself: its weights and how each answer is turned into numbers. Score students uses it. " + KEEP
      },
      "Checksum (SHA-256)": {
        hidden: true,
        note: `A fingerprint of everything PassCompass trusts in this row. A version whose row no longer matches it was edited, and is never used. ${KEEP}`
      },
      Status: { width: 90 },
      "Catch curve (JSON)": {
        hidden: true,
        note: `How many of the students who failed each share of the highest risks caught in cross-validation: how scoring says how many future failures the High tier should hold. ${KEEP}`
      },
      "Reference sample (JSON)": {
        hidden: true,
        note: `A sample of the answers this version was trained on (no names): what the daily monitoring check compares new students with. ${KEEP}`
      },
      "Evidence (JSON)": {
        hidden: true,
        note: `What the model card shows, from cross-validation: each figure with its 95% interval, how well the percentages match observed fail rates before and after their correction, and how the High tier treats each group of sex, address, school, parents' education and course. ${KEEP}`
      }
    }
  );

  // src/sheets/layouts/index.ts
  var SHEET_LAYOUTS = [
    VERSIONS_LAYOUT,
    ALIASES_LAYOUT,
    EXPERIMENTS_LAYOUT,
    INFERENCE_LOG_LAYOUT,
    SUMMARY_LAYOUT,
    DATA_ISSUES_LAYOUT
  ];
  function layoutFor(header2) {
    return SHEET_LAYOUTS.find(
      (layout) => layout.columns.length === header2.length && layout.columns.every((c, i) => c.header === header2[i])
    ) ?? null;
  }

  // src/sheets/sheet-table.ts
  var SpreadsheetTable = class {
    constructor(place, options = {}) {
      this.place = place;
      this.options = options;
    }
    read() {
      const sheet = this.place.find();
      if (!sheet) return [];
      const values = sheet.getDataRange().getValues();
      return values.length === 1 && values[0]?.length === 1 && values[0][0] === "" ? [] : values;
    }
    replace(values) {
      const width = values[0]?.length ?? 0;
      if (values.length === 0 || width === 0) throw new RangeError("A table needs at least a header row.");
      const layout = layoutFor(values[0] ?? []);
      let laidOut = false;
      const sheet = this.place.findOrCreate((created, name) => {
        if (this.options.rewrittenByPassCompass) {
          created.protect().setDescription(`${name}: rewritten by PassCompass`).setWarningOnly(true);
        }
        if (layout) layOutColumns(created, layout);
        laidOut = true;
      });
      resizeGrid(sheet, values.length, width);
      if (layout && !laidOut && lacksLayout(sheet, layout)) layOutColumns(sheet, layout);
      const range = sheet.getRange(1, 1, values.length, width);
      range.setValues(values.map((row) => row.map(escapeForSheet)));
      sheet.setFrozenRows(1);
      const timeFormat = () => sheetTimestampFormat(sheet.getParent().getSpreadsheetLocale());
      if (layout) styleBlock(range, values, layout, timeFormat, true);
      else sheet.getRange(1, 1, 1, width).setFontWeight("bold");
    }
    name() {
      return this.place.find()?.getName() ?? this.place.usual;
    }
    ownColumns(columns, table) {
      const sheet = this.place.find();
      if (!sheet || !this.options.columns) return columns.map(() => -1);
      return this.options.columns.ownColumns(sheet, this.place.usual, columns, table);
    }
  };
  function resizeGrid(sheet, rows, columns) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  }

  // src/sheets/model-card-sheet.ts
  function setUp(sheet, name) {
    sheet.protect().setDescription(`${name}: rewritten by PassCompass`).setWarningOnly(true);
    MODEL_CARD_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    sheet.getRange(1, 1).setNote(MODEL_CARD_LEGEND);
    sheet.setFrozenRows(1);
  }
  function modelCardSheets(spreadsheet, owned) {
    const placeOf = (version) => owned.sheet(modelCardSheetName(version), modelCardHeader(version));
    return {
      write(card) {
        const sheet = placeOf(card.version).findOrCreate(setUp);
        const grid = cardGrid(card, sheetTimestampFormat(spreadsheet.getSpreadsheetLocale()));
        resizeGrid(sheet, grid.values.length, MODEL_CARD_WIDTH);
        sheet.getRange(1, 1, grid.values.length, MODEL_CARD_WIDTH).setValues(grid.values.map((row) => row.map(escapeForSheet))).setNumberFormats(grid.formats).setFontWeights(grid.weights).setFontColors(grid.fonts).setBackgrounds(grid.backgrounds).setWraps(grid.wraps).setVerticalAlignments(grid.alignments);
        return sheet.getName();
      },
      show(version) {
        const sheet = placeOf(version).find();
        if (sheet) spreadsheet.setActiveSheet(sheet);
      }
    };
  }

  // src/core/schedule/daily-hour.ts
  var MINUTE_MS = 6e4;
  var HOUR_MS = 60 * MINUTE_MS;
  var DAY_MS = 24 * HOUR_MS;
  function atHourOnDayOf(ms, hour, offsetAt) {
    const local = ms + offsetAt(ms) * MINUTE_MS;
    const candidateLocal = Math.floor(local / DAY_MS) * DAY_MS + hour * HOUR_MS;
    const guess = candidateLocal - offsetAt(ms) * MINUTE_MS;
    return candidateLocal - offsetAt(guess) * MINUTE_MS;
  }
  function nextDailyRun(now, hour, offsetAt) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new RangeError(`The hour must be a whole number from 0 to 23, got ${hour}.`);
    if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
    const today = atHourOnDayOf(now, hour, offsetAt);
    return today > now ? today : atHourOnDayOf(now + DAY_MS, hour, offsetAt);
  }
  function offsetMinutes(text2) {
    const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text2.trim());
    if (!match) throw new RangeError(`"${text2}" is not a UTC offset like +0100.`);
    const [, sign, hours, minutes] = match;
    return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  }

  // src/core/schedule/retry.ts
  var MINUTE_MS2 = 6e4;
  var FIRST_RETRY_MS = 2 * MINUTE_MS2;
  var LONGEST_RETRY_MS = 60 * MINUTE_MS2;
  var FAILURES_BEFORE_REPORT = 3;
  var NEXT_BLOCK_AFTER_MS = MINUTE_MS2;
  function retryDelayMs(attempt) {
    if (!Number.isInteger(attempt) || attempt < 1)
      throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`);
    return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt - 1, 10));
  }

  // src/jobs/background/background-state.ts
  var BACKGROUND_KEY = "passcompass.background";
  var NO_CHECKS_YET = {
    lastFinishedAt: null,
    lastAlertAt: null,
    compareWith: null,
    lastComparedRun: null
  };
  var EMPTY_BACKGROUND = {
    scoring: null,
    monitoring: null,
    checks: NO_CHECKS_YET,
    notice: null,
    lastScoring: null,
    lastCheck: null
  };
  var isTime = (value) => value === null || Number.isFinite(value);
  function isCheckState(value) {
    const v = value;
    return typeof v === "object" && v !== null && typeof v.verdict === "string" && Array.isArray(v.problemKinds) && v.problemKinds.every((kind) => typeof kind === "string") && typeof v.missedCheck === "boolean";
  }
  function isMonitoringWork(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.onSince) && typeof v.onBy === "string" && Number.isFinite(v.dueAt);
  }
  function isCheckMemory(value) {
    const v = value;
    return typeof v === "object" && v !== null && isTime(v.lastFinishedAt) && isTime(v.lastAlertAt) && (v.compareWith === null || isCheckState(v.compareWith)) && (v.lastComparedRun === null || typeof v.lastComparedRun === "string");
  }
  var isCount = (value) => Number.isInteger(value) && value >= 0;
  function isLastScoring(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.at) && isCount(v.version) && isCount(v.scored) && isCount(v.notScored) && typeof v.tiers === "object" && v.tiers !== null && isCount(v.tiers.High) && isCount(v.tiers.Medium) && isCount(v.tiers.Low) && (v.expectedCatch === null || Number.isFinite(v.expectedCatch) && v.expectedCatch >= 0);
  }
  function isLastCheck(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isFinite(v.at) && typeof v.verdict === "string" && typeof v.alert === "string";
  }
  function isScoringWork(value) {
    const v = value;
    return typeof v === "object" && v !== null && Number.isInteger(v.attempts) && Number.isFinite(v.dueAt) && (v.lastError === null || typeof v.lastError === "string") && (v.reportedAt === null || Number.isFinite(v.reportedAt));
  }
  function loadBackground(store) {
    const text2 = store.get(BACKGROUND_KEY);
    if (!text2) return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    try {
      const raw = JSON.parse(text2);
      return {
        scoring: isScoringWork(raw?.scoring) ? raw.scoring : null,
        monitoring: isMonitoringWork(raw?.monitoring) ? raw.monitoring : null,
        checks: isCheckMemory(raw?.checks) ? raw.checks : { ...NO_CHECKS_YET },
        notice: typeof raw?.notice === "string" ? raw.notice : null,
        lastScoring: isLastScoring(raw?.lastScoring) ? raw.lastScoring : null,
        lastCheck: isLastCheck(raw?.lastCheck) ? raw.lastCheck : null
      };
    } catch {
      return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
    }
  }
  function saveBackground(store, state) {
    const remembers = Object.values(state.checks).some((value) => value !== null) || state.lastScoring !== null || state.lastCheck !== null;
    if (state.scoring === null && state.monitoring === null && state.notice === null && !remembers) {
      if (store.get(BACKGROUND_KEY) !== null) store.remove(BACKGROUND_KEY);
    } else store.set(BACKGROUND_KEY, JSON.stringify(state));
  }
  function nextDue(state) {
    const times = [state.scoring?.dueAt, state.monitoring?.dueAt].filter((t) => t !== void 0);
    return times.length === 0 ? null : Math.min(...times);
  }

  // src/jobs/background/tick.ts
  function runTick(deps) {
    const now = deps.now().getTime();
    const state = loadBackground(deps.store);
    const report = { ran: [] };
    const work = state.scoring;
    if (work && work.dueAt <= now) {
      report.ran.push("scoring");
      beginScoringAttempt(deps);
      try {
        const result = deps.withLock(() => deps.continueScoring());
        report.scoring = result;
        recordScoring(deps, result);
        return report;
      } catch (error) {
        report.error = errorText(error);
        recordFailure(deps, report.error);
        return report;
      }
    }
    const monitoring2 = state.monitoring;
    if (monitoring2 && monitoring2.dueAt <= now) {
      report.ran.push("monitoring");
      monitoring2.dueAt = nextCheckAt(deps, now, report);
      saveBackground(deps.store, state);
      reschedule(deps, state);
      try {
        deps.withLock(() => deps.runMonitoringCheck());
      } catch (error) {
        report.error ?? (report.error = errorText(error));
      }
      return report;
    }
    reschedule(deps, state);
    return report;
  }
  var DAY_MS2 = 864e5;
  var errorText = (error) => error instanceof Error ? error.message : String(error);
  function nextCheckAt(deps, now, report) {
    try {
      return nextDailyRun(now, deps.monitoringHour(), deps.offsetAt);
    } catch (error) {
      report.error = `The check's hour could not be read (${errorText(error)}); the next check is at this time tomorrow.`;
      return now + DAY_MS2;
    }
  }
  function beginScoringAttempt(deps) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    const work = state.scoring ?? { attempts: 0, dueAt: now, lastError: null, reportedAt: null };
    work.attempts += 1;
    work.dueAt = now + retryDelayMs(work.attempts);
    state.scoring = work;
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function recordScoring(deps, result) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    if (result.status === "continuing") {
      state.scoring = { attempts: 0, dueAt: now + NEXT_BLOCK_AFTER_MS, lastError: null, reportedAt: null };
    } else {
      state.scoring = null;
      if (result.status === "abandoned") state.notice = joinNotices(state.notice, result.why);
      if (result.status === "finished") {
        const { version, scored, notScored, tiers, expectedCatch: expectedCatch2 } = result;
        const catchShare = Number.isFinite(expectedCatch2) ? expectedCatch2 : null;
        state.lastScoring = {
          at: now,
          version,
          scored,
          notScored,
          tiers: { ...tiers },
          expectedCatch: catchShare
        };
      }
    }
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function recordFailure(deps, message) {
    const state = loadBackground(deps.store);
    const work = state.scoring;
    if (!work) return;
    work.lastError = message;
    try {
      deps.showFailure(`Scoring in the background (attempt ${work.attempts})`, message, new Date(work.dueAt));
    } catch {
    }
    if (work.attempts >= FAILURES_BEFORE_REPORT && work.reportedAt === null) {
      state.notice = `Scoring in the background has failed ${work.attempts} times in a row. The last error: ${sentence(message)} PassCompass keeps trying by itself, less often each time; Score students continues it now.`;
      const told = deps.reportFailure(
        "PassCompass: scoring in the background keeps failing",
        `Scoring students in the background has failed ${work.attempts} times in a row. PassCompass keeps trying by itself, less often each time. Open the spreadsheet and choose PassCompass ▸ Score students to see why and to continue.`
      );
      if (told > 0) work.reportedAt = deps.now().getTime();
    }
    saveBackground(deps.store, state);
  }
  var sentence = (message) => /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
  var joinNotices = (earlier, notice) => earlier === null || earlier === notice ? notice : `${earlier}

${notice}`;
  function reschedule(deps, state) {
    const due = nextDue(state);
    if (due === null) deps.scheduler.sleep();
    else deps.scheduler.wakeAt(new Date(due));
  }
  function takeNotice(store) {
    const state = loadBackground(store);
    if (state.notice === null) return null;
    const notice = state.notice;
    state.notice = null;
    saveBackground(store, state);
    return notice;
  }

  // src/core/monitoring/alert-decision.ts
  var HOUR_MS2 = 60 * 60 * 1e3;
  var ALERT_SPACING_MS = 23 * HOUR_MS2;
  var HEARTBEAT_LIMIT_MS = 48 * HOUR_MS2;
  function checkWasMissed(times) {
    for (const [name, value] of Object.entries(times))
      if (value !== null && !Number.isFinite(value)) throw new RangeError(`${name} must be a finite time.`);
    if (times.monitoringOnSince === null) return false;
    const since = Math.max(times.monitoringOnSince, times.lastFinishedCheckAt ?? -Infinity);
    return times.now - since > HEARTBEAT_LIMIT_MS;
  }
  function assertState(state, name) {
    if (state.verdict === "ok" !== (state.problemKinds.length === 0))
      throw new RangeError(`The ${name} check's verdict "${state.verdict}" disagrees with its problem kinds.`);
  }
  function news(current, previous) {
    const known = new Set(previous?.problemKinds ?? []);
    const fresh = current.problemKinds.filter((kind) => !known.has(kind));
    const items = [];
    if (current.missedCheck && !previous?.missedCheck)
      items.push(`no monitoring check finished for ${HEARTBEAT_LIMIT_MS / HOUR_MS2} hours`);
    if (fresh.length > 0) items.push(`new problem: ${fresh.join(", ")}`);
    const previousProblem = previous?.missedCheck ? "a missed check" : previous?.verdict;
    if (current.verdict === "ok" && !current.missedCheck && previousProblem && previousProblem !== "ok")
      items.push(`back to normal (was ${previousProblem})`);
    return items;
  }
  function decideAlert(input) {
    const { current, previous, lastAlertAt, now } = input;
    if (!Number.isFinite(now)) throw new RangeError(`now must be a finite time, got ${now}.`);
    if (lastAlertAt !== null && !(Number.isFinite(lastAlertAt) && lastAlertAt <= now))
      throw new RangeError(`The last alert time ${lastAlertAt} must be a finite time no later than now.`);
    assertState(current, "current");
    if (previous) assertState(previous, "previous");
    const items = news(current, previous);
    if (items.length === 0) {
      const reason = current.verdict === "ok" ? "no problem" : `nothing new: ${current.problemKinds.join(", ")}`;
      return { send: false, reason, compareNextWith: current };
    }
    if (lastAlertAt !== null && now - lastAlertAt < ALERT_SPACING_MS) {
      const hours = Math.floor((now - lastAlertAt) / HOUR_MS2);
      const reason = `held until a day after the last alert (sent ${hours} h ago): ${items.join("; ")}`;
      return { send: false, reason, compareNextWith: previous };
    }
    return { send: true, reason: items.join("; "), compareNextWith: current };
  }

  // src/core/alerts/alert-facts.ts
  var VERDICTS = [
    "drift",
    "data-quality",
    "accuracy",
    "check-failed",
    "check-missed",
    "back-to-normal"
  ];
  function assertVerdicts(facts) {
    const { verdicts } = facts;
    if (verdicts.length === 0) throw new RangeError("An alert needs at least one verdict.");
    for (const verdict2 of verdicts)
      if (!VERDICTS.includes(verdict2)) throw new RangeError(`Unknown alert verdict "${String(verdict2)}".`);
    if (new Set(verdicts).size !== verdicts.length) throw new RangeError("An alert verdict is repeated.");
    if (verdicts.includes("back-to-normal") && verdicts.length > 1)
      throw new RangeError('"back-to-normal" cannot be sent beside a problem.');
    const needs = (verdict2, present, what) => {
      if (verdicts.includes(verdict2) && !present)
        throw new RangeError(`An alert of kind "${verdict2}" needs ${what}.`);
    };
    needs("drift", facts.drift !== void 0, "drift figures");
    needs("data-quality", (facts.dataQuality ?? []).length > 0, "at least one data-quality problem");
    needs("accuracy", facts.accuracy !== void 0, "accuracy figures");
    needs("check-failed", facts.failure !== void 0, "the stage that failed");
    needs("check-missed", facts.missed !== void 0, "the heartbeat finding");
  }
  function assertCounts(facts) {
    const counts2 = [];
    const { drift } = facts;
    if (drift)
      counts2.push(
        ["rowsCompared", drift.rowsCompared],
        ["referenceRows", drift.referenceRows],
        ["columnsTested", drift.columnsTested],
        ["columnsDrifted", drift.columnsDrifted],
        ["columnsDriftedCorrected", drift.columnsDriftedCorrected]
      );
    for (const problem of facts.dataQuality ?? []) counts2.push(["A data-quality count", problem.count]);
    if (facts.accuracy) counts2.push(["studentsWithFinalGrades", facts.accuracy.studentsWithFinalGrades]);
    if (facts.model) counts2.push(["The model version", facts.model.version]);
    for (const [name, value] of counts2)
      if (!(Number.isInteger(value) && value >= 0))
        throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
    const hours = facts.missed?.hoursWithoutCheck ?? 0;
    if (!(hours >= 0 && Number.isFinite(hours)))
      throw new RangeError(`hoursWithoutCheck must be a finite number ≥ 0, got ${hours}.`);
  }
  function assertFigures(accuracy) {
    const { auc, highTierRecall, highTierPrecision, failRate } = accuracy;
    for (const figure4 of [auc, accuracy.accuracy, highTierRecall, highTierPrecision, failRate]) {
      if (figure4 === null) continue;
      const values = [figure4.value, figure4.low, figure4.high, figure4.expected ?? 0];
      if (!values.every((x) => x >= 0 && x <= 1) || figure4.low > figure4.high)
        throw new RangeError(
          `A realised figure must lie in [0, 1] with low ≤ high, got ${JSON.stringify(figure4)}.`
        );
    }
  }
  function assertAlertFacts(facts) {
    assertVerdicts(facts);
    assertCounts(facts);
    if (facts.accuracy) assertFigures(facts.accuracy);
  }

  // src/core/alerts/accuracy-section.ts
  function realisedRow([label3, figure4, format, flaggedWords]) {
    if (figure4 === null) return [label3, NOT_AVAILABLE, ""];
    const measured = `${format(figure4.value)} (${format(figure4.low)} to ${format(figure4.high)})`;
    return [
      label3,
      figure4.flagged ? `${measured}: ${flaggedWords}` : measured,
      figure4.expected === null ? NOT_AVAILABLE : format(figure4.expected)
    ];
  }
  function accuracySection(accuracy, belowPromise) {
    const known = `Final grades are now known for ${countOf(accuracy.studentsWithFinalGrades, "student")}, so PassCompass compared the risk scores it gave with what happened.`;
    const lines = [
      ["AUC: how well the scores ranked students", accuracy.auc, formatAuc, "below expected"],
      ["Accuracy of the at-risk flag", accuracy.accuracy, formatPercent, "below expected"],
      [
        "Of the students who failed, share in the High tier",
        accuracy.highTierRecall,
        formatPercent,
        "below expected"
      ],
      ["Of the High tier, share who failed", accuracy.highTierPrecision, formatPercent, "below expected"],
      ["Fail rate (expected: the mean predicted risk)", accuracy.failRate, formatPercent, "not as predicted"]
    ];
    const flagged = lines.flatMap(([, figure4], index) => figure4?.flagged ? [index] : []);
    const shortfall = flagged.length > 0 ? `${countOf(flagged.length, "figure")} fell short of what was expected when this version was trained.` : "The scores did less well than was expected when this version was trained.";
    return {
      tone: belowPromise ? "problem" : "information",
      title: belowPromise ? "Predictions were less accurate than expected" : "How accurate the predictions were",
      paragraphs: [belowPromise ? `${known} ${shortfall}` : known],
      table: {
        caption: "Realised accuracy",
        header: ["Measure", "This term (95% interval)", "Expected"],
        rows: lines.map(realisedRow),
        flaggedRows: flagged
      },
      notes: [
        "AUC is 1 when every student who failed had a higher risk score than every student who passed, and 0.5 when the scores did no better than chance.",
        "Expected figures come from cross-validation when this version was trained."
      ]
    };
  }

  // src/core/alerts/alert-section.ts
  var PHRASE_LENGTH = 120;
  var COLUMN_LABEL_LENGTH = 80;
  var TIME_LENGTH = 80;

  // src/core/alerts/check-sections.ts
  function checkFailedSection(checkedAt, stage) {
    return {
      tone: "problem",
      title: "The daily check stopped with an error",
      paragraphs: [
        `The check of ${checkedAt} stopped while ${clipText(stage, PHRASE_LENGTH)}, so this term's data and risk scores were not checked.`,
        "The error is recorded in the Monitoring sheet."
      ],
      notes: []
    };
  }
  function checkMissedSection(missed) {
    const hours = countOf(Math.floor(missed.hoursWithoutCheck), "hour");
    const when = missed.lastFinishedAt === null ? `No monitoring check has finished since daily monitoring was turned on, ${hours} ago.` : `No monitoring check has finished for ${hours}: the last one finished ${clipText(missed.lastFinishedAt, TIME_LENGTH)}.`;
    return {
      tone: "problem",
      title: "The daily check did not run",
      paragraphs: [
        when,
        "The daily trigger may have been removed, or may belong to someone who no longer has access to the spreadsheet. Until checks run again, nobody is told about problems."
      ],
      notes: []
    };
  }
  var RESOLVED_NOUNS = {
    drift: "drift from the training data",
    "data-quality": "problems in the imported data",
    accuracy: "lower accuracy than expected",
    "check-failed": "a check that stopped with an error",
    "check-missed": "missed checks"
  };
  function backToNormalSection(resolved) {
    const earlier = resolved.length > 0 ? `The latest check no longer finds what an earlier alert reported (${listInWords(resolved.map((r) => RESOLVED_NOUNS[r]))}). ` : "";
    return {
      tone: "good",
      title: "Back to normal",
      paragraphs: [`${earlier}Nothing needs attention today.`],
      notes: []
    };
  }

  // src/core/alerts/data-quality-section.ts
  var DATA_QUALITY_LINES_SHOWN = 12;
  var PROBLEM_WORDS = {
    blank: "left blank",
    "blank-share": "left blank more often than in training",
    "out-of-range": "not a valid value",
    "unseen-category": "a category the model never saw in training",
    "missing-column": "column missing from the roster",
    "not-scored": "students who could not be scored",
    other: "another problem"
  };
  function howMany(problem) {
    if (problem.kind === "missing-column") return "whole column";
    if (problem.kind === "not-scored") return countOf(problem.count, "student");
    return countOf(problem.count, "cell");
  }
  function problemColumns(problems) {
    const names = byCountDescending(problems).map((problem) => problem.column).filter((column2) => column2 !== null).map((column2) => clipText(column2, COLUMN_LABEL_LENGTH));
    return [...new Set(names)];
  }
  function byCountDescending(problems) {
    return [...problems].sort((a, b) => b.count - a.count);
  }
  function dataQualitySection(problems) {
    const cells = problems.filter((p) => p.kind !== "missing-column" && p.kind !== "not-scored").reduce((sum3, p) => sum3 + p.count, 0);
    const columns = problemColumns(problems).length;
    const shown3 = byCountDescending(problems).slice(0, DATA_QUALITY_LINES_SHOWN);
    const paragraphs = [
      `The check found ${countOf(cells, "cell")} with problems in ${countOf(columns, "column")} of the Students sheet. Cells that cannot be read are treated as blank, so the risk scores of the students concerned rest on less information.`
    ];
    if (problems.some((p) => p.kind === "missing-column"))
      paragraphs.push("A missing column leaves out what it measures for every student.");
    return {
      tone: "problem",
      title: "Problems in the imported data",
      paragraphs,
      table: {
        caption: "Data-quality problems",
        header: ["Column", "Problem", "How many"],
        rows: shown3.map((p) => [
          p.column === null ? "whole roster" : clipText(p.column, COLUMN_LABEL_LENGTH),
          PROBLEM_WORDS[p.kind],
          howMany(p)
        ])
      },
      notes: problems.length > shown3.length ? [`${countOf(problems.length - shown3.length, "more line")} in the Monitoring sheet.`] : []
    };
  }

  // src/core/alerts/drift-section.ts
  var TOP_COLUMNS_SHOWN = 5;
  function driftSection(drift, drifted) {
    const changed = `${formatCount(drift.columnsDriftedCorrected)} of the ${countOf(drift.columnsTested, "column")} tested have changed by more than chance explains (${formatCount(drift.columnsDrifted)} before allowing for testing many columns at once)`;
    const compared = `PassCompass compared the ${countOf(drift.rowsCompared, "student")} on this term's roster with the ${countOf(drift.referenceRows, "student")} in the model's training sample, one column at a time.`;
    const verdict2 = drifted ? `${changed}, enough that the model's risk scores may be less reliable for this roster.` : `${changed}: not enough to count as drift.`;
    const phrases = drift.topColumns.slice(0, TOP_COLUMNS_SHOWN).map((p) => clipText(p, PHRASE_LENGTH));
    const unlisted = drift.columnsDrifted - phrases.length;
    const share = drift.columnsTested > 0 ? ` (${formatPercent(drift.columnsDrifted / drift.columnsTested)})` : "";
    return {
      tone: drifted ? "problem" : "information",
      title: drifted ? "This term's roster no longer looks like the training data" : "Comparison with the training data",
      paragraphs: [`${compared} ${verdict2}`],
      table: {
        caption: "Drift figures",
        header: [],
        rows: [
          ["Students compared (this term)", formatCount(drift.rowsCompared)],
          ["Students in the model's training sample", formatCount(drift.referenceRows)],
          ["Columns tested", formatCount(drift.columnsTested)],
          ["Columns that changed", `${formatCount(drift.columnsDrifted)}${share}`],
          [
            "Columns that changed, allowing for testing many at once",
            formatCount(drift.columnsDriftedCorrected)
          ]
        ]
      },
      ...phrases.length > 0 ? { list: { title: "Largest changes", items: phrases } } : {},
      notes: [
        ...phrases.length > 0 && unlisted > 0 ? [
          unlisted === 1 ? "The other changed column is in the Monitoring sheet." : `The other ${formatCount(unlisted)} changed columns are in the Monitoring sheet.`
        ] : [],
        "The second count uses the Benjamini-Hochberg correction: with many columns, a few look changed by chance."
      ]
    };
  }

  // src/core/alerts/alert-subject.ts
  var VERDICT_ORDER = [
    "data-quality",
    "drift",
    "accuracy",
    "check-failed",
    "check-missed",
    "back-to-normal"
  ];
  var VERDICT_HEADLINES = {
    drift: "this term's roster no longer looks like the training data",
    "data-quality": "problems in the imported data",
    accuracy: "predictions were less accurate than expected",
    "check-failed": "the daily check stopped with an error",
    "check-missed": "the daily check did not run",
    "back-to-normal": "the daily check is back to normal"
  };
  var SUBJECT_PREFIX = "PassCompass: ";
  function mostSeriousFirst(verdicts) {
    return [...verdicts].sort((a, b) => VERDICT_ORDER.indexOf(a) - VERDICT_ORDER.indexOf(b));
  }
  function capitalise(text2) {
    return text2.charAt(0).toUpperCase() + text2.slice(1);
  }
  function alertSubject(verdicts) {
    const [first, ...others] = mostSeriousFirst(verdicts);
    if (first === void 0) throw new RangeError("An alert needs at least one verdict.");
    const more = others.length > 0 ? `, and ${others.length} more` : "";
    return `${SUBJECT_PREFIX}${VERDICT_HEADLINES[first]}${more}`;
  }

  // src/core/alerts/html.ts
  var fragments = /* @__PURE__ */ new WeakSet();
  function fragment(markup) {
    const made = Object.freeze({ html: markup });
    fragments.add(made);
    return made;
  }
  var ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;"
  };
  function escapeHtml(text2) {
    return text2.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
  }
  function isHtmlFragment(value) {
    return typeof value === "object" && value !== null && fragments.has(value);
  }
  function render(value) {
    if (value === null || value === void 0 || value === false) return "";
    if (Array.isArray(value)) return value.map((item) => render(item)).join("");
    if (isHtmlFragment(value)) return value.html;
    return escapeHtml(String(value));
  }
  function html(strings, ...values) {
    let markup = strings[0] ?? "";
    values.forEach((value, index) => {
      markup += render(value) + (strings[index + 1] ?? "");
    });
    return fragment(markup);
  }
  function joinHtml(values, separator = fragment("")) {
    return fragment(values.map((value) => render(value)).join(separator.html));
  }
  function httpsUrl(url) {
    if (!/^https:\/\/[^\s/?#]+/i.test(url) || /[\s\u0000-\u001f\u007f]/.test(url)) {
      throw new RangeError(`A link in an alert must be an https: URL, got "${url.slice(0, 80)}".`);
    }
    return url;
  }

  // src/core/alerts/next-steps.ts
  var COLUMNS_NAMED_IN_STEP = 3;
  var MONITORING_STEP = "Open the spreadsheet's Monitoring sheet for the full figures of every check.";
  function dataQualityStep(facts) {
    const columns = problemColumns(facts.dataQuality ?? []);
    const named4 = columns.slice(0, COLUMNS_NAMED_IN_STEP).map((column2) => `“${column2}”`);
    const rest = columns.length - named4.length;
    if (named4.length === 0)
      return "Check the import: the Students sheet should hold this term's whole roster, with a header row.";
    const which = rest > 0 ? `${named4.join(", ")} and ${countOf(rest, "other column")}` : listInWords(named4);
    return `Check the import: in the Students sheet, look at ${which}, correct the cells, then run PassCompass ▸ Check data, which lists every cell in the Data issues sheet.`;
  }
  var STEPS = {
    drift: "Find out why these columns moved: a new attendance rule, a different intake, an import from another system. If this term's students really are different, retrain the model once their final grades are in (PassCompass ▸ Train model); until then, treat the risk scores as a rough guide beside what tutors know.",
    accuracy: "Review the caseload: ask tutors which students they are worried about that the risk scores missed. Then review the model with your data lead: retrain it, or roll back to an earlier version.",
    "check-failed": "If the error comes back tomorrow, ask your data lead to look at it in the Monitoring sheet.",
    "check-missed": "Ask your data lead to turn daily monitoring on again: the check runs under the account that turned it on.",
    "back-to-normal": "Nothing needs doing. The Monitoring sheet keeps the history of every check."
  };
  function nextSteps(facts) {
    const steps = mostSeriousFirst(facts.verdicts).map(
      (verdict2) => verdict2 === "data-quality" ? dataQualityStep(facts) : STEPS[verdict2]
    );
    return facts.verdicts.includes("back-to-normal") ? steps : [...steps, MONITORING_STEP];
  }

  // src/core/alerts/alert-content.ts
  var SPREADSHEET_NAME_LENGTH = 200;
  function modelWords(facts) {
    if (facts.model === null) return "no champion model yet";
    const moment = facts.model.moment === "early" ? "early-term" : "mid-term";
    return `version ${formatCount(facts.model.version)} (${moment} model)`;
  }
  function sectionFor(verdict2, facts, checkedAt) {
    switch (verdict2) {
      case "drift":
        return facts.drift ? driftSection(facts.drift, true) : null;
      case "data-quality":
        return dataQualitySection(facts.dataQuality ?? []);
      case "accuracy":
        return facts.accuracy ? accuracySection(facts.accuracy, true) : null;
      case "check-failed":
        return facts.failure ? checkFailedSection(checkedAt, facts.failure.stage) : null;
      case "check-missed":
        return facts.missed ? checkMissedSection(facts.missed) : null;
      case "back-to-normal":
        return backToNormalSection(facts.resolved ?? []);
    }
  }
  function informationSections(facts) {
    const sections = [];
    if (facts.drift && !facts.verdicts.includes("drift")) sections.push(driftSection(facts.drift, false));
    if (facts.accuracy && !facts.verdicts.includes("accuracy"))
      sections.push(accuracySection(facts.accuracy, false));
    return sections;
  }
  function summary(verdicts) {
    if (verdicts.length < 2) return null;
    const headlines = mostSeriousFirst(verdicts).map((verdict2) => VERDICT_HEADLINES[verdict2]);
    return `The check found ${verdicts.length} problems, most serious first: ${listInWords(headlines)}.`;
  }
  function alertContent(facts) {
    assertAlertFacts(facts);
    const url = httpsUrl(facts.spreadsheet.url);
    const subject = alertSubject(facts.verdicts);
    const checkedAt = clipText(facts.checkedAt, TIME_LENGTH);
    const problems = mostSeriousFirst(facts.verdicts).map((verdict2) => sectionFor(verdict2, facts, checkedAt)).filter((section2) => section2 !== null);
    return {
      subject,
      heading: capitalise(subject.slice(SUBJECT_PREFIX.length)),
      allClear: facts.verdicts.includes("back-to-normal"),
      summary: summary(facts.verdicts),
      context: [
        ["Spreadsheet", clipText(facts.spreadsheet.name, SPREADSHEET_NAME_LENGTH)],
        ["Checked", checkedAt],
        ["Model", modelWords(facts)]
      ],
      sections: [...problems, ...informationSections(facts)],
      nextSteps: nextSteps(facts),
      link: { text: "Open the spreadsheet", url },
      footer: "Sent by PassCompass's daily monitoring check. This email gives totals only and never names a student; the spreadsheet has the details."
    };
  }

  // src/core/alerts/alert-html.ts
  var FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
  var INK = "#101828";
  var MUTED = "#475467";
  var RULE = "#eaecf0";
  var TONE_COLOURS = {
    problem: "#b42318",
    information: "#344054",
    good: "#067647"
  };
  var CELL = `padding:7px 10px;border-bottom:1px solid ${RULE};text-align:left;vertical-align:top;`;
  function figureTable(table) {
    const head = table.header.length > 0 ? html`<thead>
          <tr>
            ${table.header.map(
      (heading) => html`<th scope="col" style="${CELL}background-color:#f2f4f7;font-weight:600;color:${INK};">
                  ${heading}
                </th>`
    )}
          </tr>
        </thead>` : null;
    const keyValue = table.header.length === 0;
    const flagged = new Set(table.flaggedRows ?? []);
    const rows = table.rows.map((row, rowIndex) => {
      const colour = flagged.has(rowIndex) ? `color:${TONE_COLOURS.problem};font-weight:600;` : `color:${INK};`;
      return html`<tr>
      ${row.map(
        (cell, index) => keyValue && index === 0 ? html`<th scope="row" style="${CELL}font-weight:normal;color:${MUTED};width:58%;">${cell}</th>` : html`<td style="${CELL}${colour}${keyValue ? "font-weight:600;" : ""}">${cell}</td>`
      )}
    </tr>`;
    });
    return html`<table
    cellpadding="0"
    cellspacing="0"
    border="0"
    width="100%"
    style="border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:14px;line-height:1.4;border-top:1px solid ${RULE};"
  >
    <caption style="text-align:left;font-size:13px;font-weight:600;color:${MUTED};padding:0 0 6px;">
      ${table.caption}
    </caption>
    ${head}
    <tbody>
      ${rows}
    </tbody>
  </table>`;
  }
  function section(part) {
    const colour = TONE_COLOURS[part.tone];
    return html`<h2
      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid ${colour};font-size:18px;line-height:1.3;color:${colour};"
    >
      ${part.title}
    </h2>
    ${part.paragraphs.map((text2) => html`<p style="margin:0 0 12px;">${text2}</p>`)}
    ${part.table && figureTable(part.table)}
    ${part.list && html`<p style="margin:8px 0 4px;font-size:14px;font-weight:600;color:${MUTED};">${part.list.title}</p>
        <ul style="margin:0 0 12px;padding:0 0 0 22px;font-size:14px;">
          ${part.list.items.map((item) => html`<li style="margin:0 0 4px;">${item}</li>`)}
        </ul>`}
    ${part.notes.map((note) => html`<p style="margin:0 0 8px;font-size:13px;color:${MUTED};">${note}</p>`)}`;
  }
  function alertHtml(content) {
    const accent = content.allClear ? TONE_COLOURS.good : TONE_COLOURS.problem;
    const preview = content.summary ?? content.sections[0]?.paragraphs[0] ?? "";
    const context2 = joinHtml(
      content.context.map(
        ([label3, value]) => html`<tr>
          <td style="padding:2px 12px 2px 0;color:${MUTED};white-space:nowrap;vertical-align:top;">
            ${label3}
          </td>
          <td style="padding:2px 0;color:${INK};">${value}</td>
        </tr>`
      )
    );
    const page = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${content.subject}</title>
      </head>
      <body style="margin:0;padding:0;background-color:#f2f4f7;">
        <div style="display:none;max-height:0;overflow:hidden;">${preview}</div>
        <table
          role="presentation"
          cellpadding="0"
          cellspacing="0"
          border="0"
          width="100%"
          style="background-color:#f2f4f7;"
        >
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table
                role="presentation"
                cellpadding="0"
                cellspacing="0"
                border="0"
                width="100%"
                style="max-width:640px;background-color:#ffffff;border:1px solid #d0d5dd;border-top:6px solid ${accent};border-radius:6px;"
              >
                <tr>
                  <td
                    style="padding:24px 28px 28px;font-family:${FONT};font-size:15px;line-height:1.55;color:${INK};text-align:left;overflow-wrap:break-word;"
                  >
                    <p
                      style="margin:0 0 6px;font-size:13px;font-weight:600;letter-spacing:0.04em;text-transform:uppercase;color:${MUTED};"
                    >
                      PassCompass · daily monitoring check
                    </p>
                    <h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:${INK};">
                      ${content.heading}
                    </h1>
                    <table
                      role="presentation"
                      cellpadding="0"
                      cellspacing="0"
                      border="0"
                      style="margin:0 0 8px;font-size:14px;line-height:1.4;"
                    >
                      ${context2}
                    </table>
                    ${content.summary && html`<p
                        style="margin:16px 0 0;padding:12px 14px;background-color:#fef3f2;border-radius:4px;"
                      >
                        ${content.summary}
                      </p>`}
                    ${content.sections.map(section)}
                    <h2
                      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #1d4ed8;font-size:18px;line-height:1.3;color:#1d4ed8;"
                    >
                      What to do next
                    </h2>
                    <ol style="margin:0 0 20px;padding:0 0 0 24px;">
                      ${content.nextSteps.map((step) => html`<li style="margin:0 0 8px;">${step}</li>`)}
                    </ol>
                    <p style="margin:0 0 24px;">
                      <a
                        href="${content.link.url}"
                        style="display:inline-block;padding:11px 20px;background-color:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;border-radius:4px;"
                        >${content.link.text}</a
                      >
                    </p>
                    <p
                      style="margin:0;padding:14px 0 0;border-top:1px solid ${RULE};font-size:12px;line-height:1.5;color:#667085;"
                    >
                      ${content.footer}<br /><span style="word-break:break-all;">${content.link.url}</span>
                    </p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
    return page.html;
  }

  // src/core/alerts/alert-text.ts
  function underline(title, character) {
    return [title, character.repeat(title.length)];
  }
  function padded(cells, widths) {
    return cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ").trimEnd();
  }
  function tableLines(table) {
    if (table.header.length === 0)
      return [`${table.caption}:`, ...table.rows.map((row) => `  ${row[0] ?? ""}: ${row.slice(1).join(" ")}`)];
    const all = [table.header, ...table.rows];
    const widths = table.header.map((_, column2) => Math.max(...all.map((row) => (row[column2] ?? "").length)));
    const rule = widths.map((width) => "-".repeat(width));
    return [
      `${table.caption}:`,
      `  ${padded(table.header, widths)}`,
      `  ${padded(rule, widths)}`,
      ...table.rows.map((row) => `  ${padded(row, widths)}`)
    ];
  }
  function sectionLines(section2) {
    const lines = [...underline(section2.title, "-"), ...section2.paragraphs.flatMap((p) => [p, ""])];
    if (section2.table) lines.push(...tableLines(section2.table), "");
    if (section2.list)
      lines.push(`${section2.list.title}:`, ...section2.list.items.map((item) => `  - ${item}`), "");
    if (section2.notes.length > 0) lines.push(...section2.notes, "");
    return lines;
  }
  function alertText(content) {
    const width = Math.max(...content.context.map(([label3]) => label3.length));
    return [
      ...underline(content.heading, "="),
      "",
      ...content.context.map(([label3, value]) => `${`${label3}:`.padEnd(width + 1)} ${value}`),
      "",
      ...content.summary ? [content.summary, ""] : [],
      ...content.sections.flatMap(sectionLines),
      ...underline("What to do next", "-"),
      ...content.nextSteps.map((step, index) => `${index + 1}. ${step}`),
      "",
      `${content.link.text}: ${content.link.url}`,
      "",
      "--",
      content.footer,
      ""
    ].join("\n");
  }

  // src/core/alerts/render-alert.ts
  var EMAIL_BODY_LIMIT_BYTES = 200 * 1024;
  function utf8Length(text2) {
    let bytes = 0;
    for (let i = 0; i < text2.length; i += 1) {
      const code = text2.charCodeAt(i);
      if (code < 128) bytes += 1;
      else if (code < 2048) bytes += 2;
      else if (code >= 55296 && code <= 56319 && // Stryker disable next-line ConditionalExpression,ArithmeticOperator: past the end charCodeAt gives NaN, which is no low surrogate, so the bound never changes the count
      i + 1 < text2.length) {
        const next = text2.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) {
          bytes += 4;
          i += 1;
        } else bytes += 3;
      } else bytes += 3;
    }
    return bytes;
  }
  function renderAlertEmail(facts) {
    const content = alertContent(facts);
    const email = { subject: content.subject, htmlBody: alertHtml(content), body: alertText(content) };
    for (const part of ["htmlBody", "body"]) {
      const bytes = utf8Length(email[part]);
      if (bytes > EMAIL_BODY_LIMIT_BYTES)
        throw new RangeError(
          `The alert's ${part} is ${bytes} bytes, over the ${EMAIL_BODY_LIMIT_BYTES}-byte limit.`
        );
    }
    return email;
  }

  // src/core/alerts/roster-text-guard.ts
  var ROW_REFERENCE = /\brows? \d+\b/i;
  var MIN_TEXT_LENGTH = 4;
  var MIN_DIGITS = 5;
  var AlertPrivacyError = class extends Error {
    constructor(leaks) {
      super(`The alert would show ${leaks} piece${leaks === 1 ? "" : "s"} of student data; it was not sent.`);
      this.leaks = leaks;
      this.name = "AlertPrivacyError";
    }
  };
  var flat = (text2) => text2.replace(/\s+/g, " ").trim().toLowerCase();
  var decodeEntities = (markup) => markup.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  function searchable(text2) {
    if (/^\d+$/.test(text2)) return text2.length >= MIN_DIGITS;
    return text2.length >= MIN_TEXT_LENGTH;
  }
  function rosterTextIn(email, identifying) {
    const haystack = flat([email.subject, email.body, decodeEntities(email.htmlBody)].join("\n"));
    const found = /* @__PURE__ */ new Set();
    for (const text2 of identifying) {
      const needle = flat(text2);
      if (searchable(needle) && haystack.includes(needle)) found.add(text2);
    }
    const row = ROW_REFERENCE.exec(haystack);
    if (row) found.add(row[0]);
    return [...found];
  }
  function assertNoRosterText(email, identifying) {
    const found = rosterTextIn(email, identifying);
    if (found.length > 0) throw new AlertPrivacyError(found.length);
  }

  // src/jobs/monitoring/alert.ts
  var FAMILIES = [
    ["drift", "drift"],
    ["data-quality", "data-quality"],
    ["accuracy", "accuracy"],
    ["check-failed", "check-failed"]
  ];
  function familiesOf(kinds) {
    return FAMILIES.filter(([prefix]) => kinds.some((k) => k === prefix || k.startsWith(`${prefix}:`))).map(
      ([, family]) => family
    );
  }
  function driftFacts(findings) {
    const drift = findings.drift;
    if (!drift) return void 0;
    const tested = drift.columns.filter((c) => c.status === "tested");
    const drifted = tested.filter((c) => c.driftedCorrected);
    const shown3 = (drifted.length > 0 ? drifted : tested.filter((c) => c.drifted)).sort((a, b) => (a.adjustedP ?? 1) - (b.adjustedP ?? 1)).slice(0, 5);
    return {
      rowsCompared: findings.rowsCompared,
      referenceRows: drift.quality.reference.rows,
      columnsTested: drift.testedColumns,
      columnsDrifted: drift.raw.driftedColumns,
      columnsDriftedCorrected: drift.corrected.driftedColumns,
      topColumns: shown3.map((c) => findings.moved.get(c.column) ?? c.column)
    };
  }
  function figure3(metric2) {
    if (metric2.value === null) return null;
    return {
      value: metric2.value,
      low: metric2.interval.low,
      high: metric2.interval.high,
      expected: metric2.expected,
      flagged: metric2.problem
    };
  }
  function accuracyFacts(findings) {
    const a = findings.accuracy;
    if (!a) return void 0;
    return {
      studentsWithFinalGrades: a.students,
      auc: figure3(a.auc),
      accuracy: figure3(a.accuracy),
      highTierRecall: figure3(a.highRecall),
      highTierPrecision: figure3(a.highPrecision),
      failRate: figure3(a.calibration)
    };
  }
  function alertFacts(subject, where) {
    const { findings } = subject;
    const kinds = findings?.summary.problemKinds ?? [];
    const verdicts = familiesOf(kinds);
    if (subject.failedStage !== null) verdicts.push("check-failed");
    if (subject.missed) verdicts.push("check-missed");
    const facts = {
      ...where,
      model: findings ? { version: findings.version.version, moment: findings.version.mode } : null,
      verdicts: verdicts.length > 0 ? verdicts : ["back-to-normal"]
    };
    if (verdicts.length === 0) {
      const was = familiesOf(subject.previous?.problemKinds ?? []);
      facts["resolved"] = subject.previous?.missedCheck ? [...was, "check-missed"] : was;
    }
    if (findings) {
      facts["drift"] = driftFacts(findings);
      facts["accuracy"] = accuracyFacts(findings);
      const counts2 = findings.quality.problems.map((p) => ({ kind: p.kind, column: p.column, count: p.count }));
      if (counts2.length > 0) facts["dataQuality"] = counts2;
    }
    if (subject.failedStage !== null) facts["failure"] = { stage: subject.failedStage };
    if (subject.missed) facts["missed"] = subject.missed;
    for (const key of Object.keys(facts)) if (facts[key] === void 0) delete facts[key];
    return facts;
  }
  function sendAlert(mailer, recipients, facts, identifying) {
    const email = renderAlertEmail(facts);
    assertNoRosterText(email, identifying);
    if (recipients.length === 0) return { told: 0, words: "Not sent: no recipients in Settings" };
    const quota = mailer.remainingQuota();
    if (quota < recipients.length)
      return {
        told: 0,
        words: `Not sent: the daily mail quota is used up (${quota} left); tried again tomorrow`
      };
    mailer.send(recipients, email);
    return { told: recipients.length, words: `Sent to ${recipients.length}` };
  }

  // src/jobs/monitoring/check-report.ts
  var TEST_NAMES = {
    ks: "K-S",
    "chi-square": "chi-square",
    "z-test": "Z-test",
    wasserstein: "Wasserstein",
    "jensen-shannon": "Jensen-Shannon"
  };
  var VERDICT_WORDS = {
    ok: "OK",
    drift: "Drift",
    "data-quality": "Data quality",
    accuracy: "Accuracy",
    several: "Several problems",
    "check-failed": "Check failed",
    nothing: "Nothing to check"
  };
  function historyRow(findings, at) {
    const { drift, accuracy, quality: quality2, summary: summary2 } = findings;
    const auc = accuracy?.auc;
    return {
      checkedAt: at,
      version: findings.version.version,
      source: findings.source,
      rowsCompared: findings.rowsCompared,
      columnsTested: drift?.testedColumns ?? null,
      driftedRaw: drift ? drift.raw.driftedColumns : null,
      driftedCorrected: drift ? drift.corrected.driftedColumns : null,
      driftedShare: drift?.corrected.share ?? null,
      dataQualityProblems: quality2.problems.length,
      studentsWithGrades: accuracy?.students ?? null,
      realisedAuc: auc && auc.value !== null ? auc.value : null,
      expectedAuc: findings.version.metrics["auc"] ?? null,
      verdict: VERDICT_WORDS[summary2.verdict],
      notes: notes(findings)
    };
  }
  var ACCURACY_WORDS = {
    "accuracy:auc": "ROC AUC below what cross-validation promised",
    "accuracy:accuracy": "accuracy below what cross-validation promised",
    "accuracy:highRecall": "the High tier caught fewer of the failures than expected",
    "accuracy:highPrecision": "fewer High-tier students failed than expected",
    "accuracy:calibration": "the fail rate differs from the mean predicted risk"
  };
  function notes(findings) {
    const parts = [];
    if (findings.drift === null) parts.push("No reference sample to compare with: retrain to keep one.");
    else if (findings.summary.drift.note) parts.push(findings.summary.drift.note);
    else if (findings.summary.drift.corrected)
      parts.push(
        `${findings.drift.corrected.driftedColumns} of ${findings.drift.testedColumns} columns drifted after correction.`
      );
    const problems = findings.quality.problems.length;
    if (problems > 0) parts.push(`${problems} data-quality ${problems === 1 ? "problem" : "problems"}.`);
    if (findings.accuracy?.note) parts.push(findings.accuracy.note);
    const flagged = findings.summary.problemKinds.filter((k) => k.startsWith("accuracy:"));
    if (flagged.length > 0)
      parts.push(
        `Realised accuracy off expectation: ${flagged.map((k) => ACCURACY_WORDS[k] ?? k).join("; ")}.`
      );
    return parts.join(" ");
  }
  var LABELS = new Map(ATTRIBUTES.map((a) => [a.name, a.label]));
  var label2 = (column2) => LABELS.get(column2) ?? column2;
  function checkDetail(findings, at) {
    const quality2 = new Map(findings.quality.columns.map((c) => [c.column, c]));
    const columns = (findings.drift?.columns ?? []).map((column2) => {
      const q = quality2.get(column2.column);
      const outOfRange = q ? Object.values(q.outOfRange).reduce((a, b) => a + (b ?? 0), 0) : 0;
      return {
        column: `${column2.column} (${label2(column2.column)})`,
        test: column2.test ? TEST_NAMES[column2.test] : column2.note || column2.status,
        statistic: column2.statistic,
        pValue: column2.pValue ?? null,
        adjustedP: column2.adjustedP ?? null,
        driftedRaw: column2.status === "tested" ? column2.drifted : null,
        driftedCorrected: column2.status === "tested" ? column2.driftedCorrected ?? null : null,
        moved: findings.moved.get(column2.column) ?? "",
        blankShare: q?.blankShare ?? 0,
        referenceBlankShare: q?.referenceBlankShare ?? 0,
        outOfRange,
        unseen: q?.unseenCells ?? 0
      };
    });
    return {
      checkedAt: at,
      columns,
      problems: findings.quality.problems.map((p) => p.sentence),
      accuracy: accuracyRows(findings)
    };
  }
  var METRIC_NAMES = [
    ["auc", "ROC AUC"],
    ["accuracy", "Accuracy at the threshold"],
    ["highRecall", "High tier: share of failures caught"],
    ["highPrecision", "High tier: share who failed"],
    ["calibration", "Fail rate (expected: mean predicted risk)"]
  ];
  function accuracyRows(findings) {
    const accuracy = findings.accuracy;
    if (!accuracy) return [];
    return METRIC_NAMES.map(([key, metric2]) => {
      const m = accuracy[key];
      return m.value === null ? { metric: metric2, value: null, low: null, high: null, expected: m.expected, problem: false, note: m.reason } : {
        metric: metric2,
        value: m.value,
        low: m.interval.low,
        high: m.interval.high,
        expected: m.expected,
        problem: m.problem,
        note: !m.problem ? "" : key === "calibration" ? "the mean predicted risk lies outside this interval" : "what cross-validation promised lies above this interval"
      };
    });
  }

  // src/jobs/predict-api.ts
  var API_RUN_PREFIX = "API-";
  function champion(deps) {
    const registry = Registry.read(deps, deps.digests);
    const version = registry.champion();
    if (!version)
      throw new DataError(
        `There is no champion model to predict with.${registry.problems.map((p) => ` ${p}`).join("")}`
      );
    return version;
  }
  function predictStudents(deps, students2) {
    const version = champion(deps);
    const model = JSON.parse(version.modelJson);
    const attributes2 = modelAttributes(model);
    const rule = { highFrom: deps.settings.highFrom, mediumFrom: deps.settings.mediumFrom };
    const scored = students2.map((student, i) => {
      const record = Object.fromEntries(
        attributes2.map((name) => [name, student.values[name] ?? null])
      );
      const verdict2 = scoreability(model, record);
      if (!verdict2.ok) return { risk: null, reasons: [verdict2.why], note: "" };
      const risk2 = riskOfFailing(model, [record])[0] ?? null;
      const reasons = mainReasons(model, record, 3, i).map((reason) => reason.text);
      return { risk: risk2, reasons, note: imputedNote(verdict2.blanks) };
    });
    const { tiers } = tierAssignment(
      scored.map((s) => s.risk),
      { kind: "thresholds", ...rule }
    );
    const predictions = scored.map((s, i) => {
      const tier = tiers[i] ?? null;
      const reasons = tier === "Low" ? [] : s.reasons;
      return { risk: s.risk, tier, reasons, ...s.note ? { note: s.note } : {} };
    });
    log(deps, version.version, students2, predictions, attributes2);
    return { modelVersion: version.version, tierRule: rule, predictions };
  }
  function log(deps, version, students2, predictions, attributes2) {
    const at = deps.now();
    const runId = `${API_RUN_PREFIX}${at.toISOString()}-${deps.uuid().slice(0, 8)}`;
    const salt = saltOf2(deps.store, deps.uuid);
    deps.log.append(
      students2.map((student, i) => [
        at,
        runId,
        version,
        // No key: nothing to join on later, and nothing to hash.
        student.key === null ? "" : pseudonym(student.key, salt, sha256Hex),
        predictions[i]?.risk ?? "",
        predictions[i]?.tier ?? "",
        JSON.stringify(attributes2.map((name) => student.values[name] ?? null))
      ])
    );
    deps.log.trim(MAX_LOG_ROWS);
  }
  function saltOf2(store, uuid) {
    const existing = store.get(SALT_KEY);
    if (existing) return existing;
    const salt = uuid();
    store.set(SALT_KEY, salt);
    return salt;
  }
  function health(deps) {
    const registry = Registry.read(deps, deps.digests);
    const version = registry.champion();
    if (!version)
      return {
        status: "no champion",
        modelVersion: null,
        trainedAt: null,
        metrics: null,
        problems: registry.problems
      };
    return {
      status: "ok",
      modelVersion: version.version,
      trainedAt: version.createdAt,
      metrics: version.metrics,
      problems: registry.problems
    };
  }

  // src/jobs/monitoring/current-rows.ts
  var isEmptyRow = (row) => row.every((cell) => cell === "" || cell === null || cell === void 0);
  function valueOf(reading, cell) {
    if (reading.kind !== "invalid") return reading.value;
    return typeof cell === "number" ? cell : String(cell);
  }
  function readStudents(values, attributes2) {
    const [headerRow = [], ...data] = values;
    const header2 = headerRow.map((cell) => String(cell ?? ""));
    const columns = findRosterColumns(header2);
    const gradeColumn = columns.byAttribute.get("G3");
    const rows = [];
    data.forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const sheetRow = i + 2;
      const record = {};
      const asScored = {};
      for (const name of attributes2) {
        const column2 = columns.byAttribute.get(name);
        const reading = column2 === void 0 ? null : normaliseValue(attributeNamed(name), row[column2]);
        record[name] = reading === null ? null : valueOf(reading, row[column2]);
        asScored[name] = reading?.value ?? null;
      }
      const keyCell = columns.key ? String(row[columns.key.index] ?? "").trim() : "";
      const grade = gradeColumn === void 0 ? null : normaliseValue(attributeNamed("G3"), row[gradeColumn]);
      rows.push({
        sheetRow,
        values: record,
        asScored,
        key: keyCell || `row ${sheetRow}`,
        // A grade typed as text ("15") counts, as it does in training; an invalid cell's value is null.
        finalGrade: typeof grade?.value === "number" ? grade.value : null
      });
    });
    return { header: header2, columns, rows };
  }
  function tableOfRows(rows, attributes2) {
    const table = {};
    for (const name of attributes2) table[name] = rows.map((row) => row.values[name] ?? null);
    return table;
  }
  var LOG = { time: 0, run: LOG_RUN_COLUMN, version: 2, key: 3, risk: 4, tier: 5, inputs: 6 };
  function latestLoggedRun(rows, attributesOf) {
    let last;
    for (let i = rows.length - 1; i >= 0 && !last; i -= 1) {
      if (!String(rows[i]?.[LOG.run] ?? "").startsWith(API_RUN_PREFIX)) last = rows[i];
    }
    if (!last) return null;
    const runId = String(last[LOG.run] ?? "");
    const version = Number(last[LOG.version]);
    const attributes2 = attributesOf(version);
    if (!runId || attributes2 === null) return null;
    const table = Object.fromEntries(attributes2.map((name) => [name, []]));
    let count3 = 0;
    for (const row of rows) {
      if (row[LOG.run] !== runId) continue;
      count3 += 1;
      const inputs = parseInputs(row[LOG.inputs]);
      attributes2.forEach((name, i) => table[name]?.push(inputs?.[i] ?? null));
    }
    const at = last[LOG.time];
    return { runId, version, at: at instanceof Date ? at : null, table, rows: count3 };
  }
  function parseInputs(cell) {
    if (typeof cell !== "string") return null;
    try {
      const parsed = JSON.parse(cell);
      return Array.isArray(parsed) ? parsed.map((v) => typeof v === "number" || typeof v === "string" ? v : null) : null;
    } catch {
      return null;
    }
  }
  function predictionsByKey(rows, version) {
    const byKey = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const risk2 = row[LOG.risk];
      if (Number(row[LOG.version]) !== version || typeof risk2 !== "number") continue;
      byKey.set(String(row[LOG.key]), { risk: risk2, tier: String(row[LOG.tier] ?? "") });
    }
    return byKey;
  }

  // src/core/drift/column-values.ts
  function dictionaryKind(column2) {
    return isCategorical(attributeNamed(column2)) ? "categorical" : "numeric";
  }
  function counts(rows, blank2, invalid) {
    return { rows, blank: blank2, invalid, used: rows - blank2 - invalid, blankShare: rows === 0 ? 0 : blank2 / rows };
  }
  function numericValues(cells) {
    const values = [];
    let blank2 = 0;
    for (const cell of cells) {
      if (isBlank(cell)) blank2 += 1;
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(cell);
    }
    return { values, counts: counts(cells.length, blank2, cells.length - blank2 - values.length) };
  }
  function categoricalValues(cells) {
    const values = [];
    let blank2 = 0;
    for (const cell of cells) {
      if (isBlank(cell)) blank2 += 1;
      else if (typeof cell === "string") values.push(cell);
      else if (Number.isFinite(cell)) values.push(String(cell));
    }
    return { values, counts: counts(cells.length, blank2, cells.length - blank2 - values.length) };
  }
  function compareCategories(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    const left = String(a);
    const right = String(b);
    if (left < right) return -1;
    return left > right ? 1 : 0;
  }
  function countCategories(reference, current) {
    const tally = /* @__PURE__ */ new Map();
    const add = (value, side) => {
      let pair = tally.get(value);
      if (!pair) {
        pair = [0, 0];
        tally.set(value, pair);
      }
      pair[side] += 1;
    };
    for (const value of reference) add(value, 0);
    for (const value of current) add(value, 1);
    const categories = [...tally.keys()].sort(compareCategories);
    return {
      categories,
      reference: categories.map((category) => tally.get(category)?.[0] ?? 0),
      current: categories.map((category) => tally.get(category)?.[1] ?? 0)
    };
  }

  // src/core/drift/incomplete-gamma.ts
  var EPSILON2 = 1e-15;
  var TINY = 1e-300;
  var MAX_ITERATIONS = 1e5;
  function assertArguments(a, x) {
    if (!(a > 0) || !Number.isFinite(a))
      throw new RangeError(`The shape a must be positive and finite, got ${a}.`);
    if (!(x >= 0)) throw new RangeError(`The point x must be at least 0, got ${x}.`);
  }
  function prefactor(a, x) {
    return Math.exp(-x + a * Math.log(x) - gammaln(a));
  }
  function lowerBySeries(a, x) {
    let term = 1 / a;
    let sum3 = term;
    for (let n = 1; n <= MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum3 += term;
      if (Math.abs(term) < Math.abs(sum3) * EPSILON2) return sum3 * prefactor(a, x);
    }
    throw new Error(`The incomplete gamma series did not converge for a = ${a}, x = ${x}.`);
  }
  function upperByContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let fraction = d;
    for (let i = 1; i <= MAX_ITERATIONS; i += 1) {
      const an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) d = TINY;
      c = b + an / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      const step = d * c;
      fraction *= step;
      if (Math.abs(step - 1) < EPSILON2) return fraction * prefactor(a, x);
    }
    throw new Error(`The incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}.`);
  }
  function regularisedGammaQ(a, x) {
    assertArguments(a, x);
    if (x === Infinity) return 0;
    return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
  }

  // src/core/drift/chi-square-test.ts
  function chiSquareSurvival(x, degreesOfFreedom) {
    if (!(degreesOfFreedom > 0))
      throw new RangeError(`Degrees of freedom must be positive, got ${degreesOfFreedom}.`);
    if (Number.isNaN(x)) throw new RangeError("The chi-square statistic is NaN.");
    return regularisedGammaQ(degreesOfFreedom / 2, Math.max(0, x) / 2);
  }
  function total(counts2) {
    let sum3 = 0;
    for (const count3 of counts2) {
      if (!(count3 >= 0) || !Number.isFinite(count3))
        throw new RangeError(`Counts must be finite and ≥ 0, got ${count3}.`);
      sum3 += count3;
    }
    return sum3;
  }
  function chiSquareHomogeneity(reference, current) {
    if (reference.length !== current.length)
      throw new RangeError(
        `Counts per category must align: ${reference.length} reference, ${current.length} current.`
      );
    const referenceTotal = total(reference);
    const currentTotal = total(current);
    if (referenceTotal === 0 || currentTotal === 0)
      throw new RangeError("The chi-square test needs at least one value on each side.");
    const grandTotal = referenceTotal + currentTotal;
    let statistic = 0;
    let categories = 0;
    reference.forEach((referenceCount, index) => {
      const currentCount = current[index] ?? 0;
      const categoryTotal = referenceCount + currentCount;
      if (categoryTotal === 0) return;
      categories += 1;
      const expectedReference = referenceTotal * categoryTotal / grandTotal;
      const expectedCurrent = currentTotal * categoryTotal / grandTotal;
      statistic += (referenceCount - expectedReference) ** 2 / expectedReference;
      statistic += (currentCount - expectedCurrent) ** 2 / expectedCurrent;
    });
    const degreesOfFreedom = categories - 1;
    if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
    return { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) };
  }

  // src/core/drift/pool-rare-categories.ts
  var MIN_EXPECTED_COUNT = 1;
  function poolRareCategories(reference, current) {
    const referenceTotal = reference.reduce((a, b) => a + b, 0);
    const currentTotal = current.reduce((a, b) => a + b, 0);
    const all = referenceTotal + currentTotal;
    const smaller = Math.min(referenceTotal, currentTotal);
    const enough = (total2) => total2 * smaller / all >= MIN_EXPECTED_COUNT;
    const order2 = reference.map((count3, i) => ({ i, total: count3 + (current[i] ?? 0) })).filter((c) => c.total > 0).sort((a, b) => a.total - b.total);
    const pooledIndexes = /* @__PURE__ */ new Set();
    let pooledTotal = 0;
    for (const category of order2) {
      if (order2.length - pooledIndexes.size - 1 < 1) break;
      const pooledIsSmall = !enough(pooledTotal);
      if (enough(category.total) && !pooledIsSmall) break;
      pooledIndexes.add(category.i);
      pooledTotal += category.total;
    }
    if (pooledIndexes.size <= 1) return { reference: [...reference], current: [...current], pooled: 0 };
    const keep = reference.map((_, i) => i).filter((i) => !pooledIndexes.has(i));
    return {
      reference: [...keep.map((i) => reference[i] ?? 0), sum2(pooledIndexes, reference)],
      current: [...keep.map((i) => current[i] ?? 0), sum2(pooledIndexes, current)],
      pooled: pooledIndexes.size
    };
  }
  function sum2(indexes, counts2) {
    let total2 = 0;
    for (const i of indexes) total2 += counts2[i] ?? 0;
    return total2;
  }

  // src/core/drift/jensen-shannon.ts
  function shares(counts2, side) {
    let total2 = 0;
    for (const count3 of counts2) {
      if (!(count3 >= 0) || !Number.isFinite(count3))
        throw new RangeError(`Counts must be finite and ≥ 0, got ${count3}.`);
      total2 += count3;
    }
    if (total2 === 0) throw new RangeError(`The ${side} distribution has no mass.`);
    return counts2.map((count3) => count3 / total2);
  }
  function klTerm(p, q) {
    return p === 0 ? 0 : p * Math.log(p / q);
  }
  function jensenShannonDistance(p, q, base = Math.E) {
    if (p.length !== q.length)
      throw new RangeError(`Distributions must align: ${p.length} and ${q.length} categories.`);
    if (!(base > 1) || !Number.isFinite(base)) throw new RangeError(`The base must exceed 1, got ${base}.`);
    const left = shares(p, "first");
    const right = shares(q, "second");
    let divergence = 0;
    left.forEach((pi, index) => {
      const qi = right[index] ?? 0;
      const mi = (pi + qi) / 2;
      divergence += klTerm(pi, mi) + klTerm(qi, mi);
    });
    return Math.sqrt(Math.max(0, divergence / 2 / Math.log(base)));
  }

  // src/core/drift/kolmogorov-distribution.ts
  function kolmogorovSurvival(lambda) {
    if (Number.isNaN(lambda)) throw new RangeError("λ is NaN.");
    if (lambda <= 0) return 1;
    if (lambda < 1.18) {
      const factor = Math.PI * Math.PI / (8 * lambda * lambda);
      let sum4 = 0;
      for (const odd of [1, 3, 5, 7, 9, 11, 13, 15]) sum4 += Math.exp(-odd * odd * factor);
      return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum4));
    }
    let sum3 = 0;
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8])
      sum3 += (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    return Math.min(1, Math.max(0, 2 * sum3));
  }
  function ksExactPValue(m, n, h) {
    if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1)
      throw new RangeError(`Sample sizes must be positive integers, got ${m} and ${n}.`);
    if (!Number.isInteger(h) || h < 0 || h > m * n)
      throw new RangeError(`The statistic's numerator must be a whole number from 0 to ${m * n}, got ${h}.`);
    const row = new Float64Array(n + 1);
    for (let i = 0; i <= m; i += 1) {
      for (let j = 0; j <= n; j += 1) {
        if (Math.abs(i * n - j * m) >= h) row[j] = 0;
        else if (i + j === 0) row[j] = 1;
        else row[j] = (i * (row[j] ?? 0) + j * (row[j - 1] ?? 0)) / (i + j);
      }
    }
    return Math.min(1, Math.max(0, 1 - (row[n] ?? 0)));
  }

  // src/core/drift/ks-test.ts
  var byValue = (a, b) => a - b;
  function sortedFinite(values, side) {
    if (values.length === 0) throw new RangeError(`The KS test needs at least one ${side} value.`);
    for (const value of values)
      if (!Number.isFinite(value)) throw new RangeError(`KS values must be finite numbers, got ${value}.`);
    return [...values].sort(byValue);
  }
  function statisticNumerator(a, b) {
    const m = a.length;
    const n = b.length;
    let i = 0;
    let j = 0;
    let h = 0;
    while (i < m && j < n) {
      const x = Math.min(a[i], b[j]);
      while (a[i] === x) i += 1;
      while (b[j] === x) j += 1;
      h = Math.max(h, Math.abs(i * n - j * m));
    }
    return h;
  }
  function ksTwoSample(reference, current, options = {}) {
    const a = sortedFinite(reference, "reference");
    const b = sortedFinite(current, "current");
    const m = a.length;
    const n = b.length;
    const h = statisticNumerator(a, b);
    const statistic = h / (m * n);
    const requested = options.method ?? "auto";
    const method = requested === "auto" ? m * n <= (options.exactLimit ?? 1e6) ? "exact" : "asymptotic" : requested;
    if (method === "exact") return { statistic, pValue: ksExactPValue(m, n, h), method };
    const root = Math.sqrt(m * n / (m + n));
    return { statistic, pValue: kolmogorovSurvival((root + 0.12 + 0.11 / root) * statistic), method };
  }

  // src/core/drift/proportion-test.ts
  function normalTwoSidedPValue(z2) {
    if (Number.isNaN(z2)) throw new RangeError("z is NaN.");
    return regularisedGammaQ(0.5, z2 * z2 / 2);
  }
  function assertCount3(hits, size, side) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`The ${side} sample needs at least one value.`);
    if (!Number.isInteger(hits) || hits < 0 || hits > size)
      throw new RangeError(`The ${side} count must be a whole number from 0 to ${size}, got ${hits}.`);
  }
  function twoProportionZTest(referenceHits, referenceSize, currentHits, currentSize) {
    assertCount3(referenceHits, referenceSize, "reference");
    assertCount3(currentHits, currentSize, "current");
    const pooled = (referenceHits + currentHits) / (referenceSize + currentSize);
    if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
    const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / referenceSize + 1 / currentSize));
    const statistic = (currentHits / currentSize - referenceHits / referenceSize) / standardError;
    return { statistic, pValue: normalTwoSidedPValue(statistic) };
  }

  // src/core/drift/wasserstein.ts
  var byValue2 = (a, b) => a - b;
  function sortedFinite2(values, side) {
    if (values.length === 0) throw new RangeError(`The Wasserstein distance needs at least one ${side} value.`);
    for (const value of values)
      if (!Number.isFinite(value)) throw new RangeError(`Values must be finite numbers, got ${value}.`);
    return [...values].sort(byValue2);
  }
  function wassersteinDistance(u, v) {
    const a = sortedFinite2(u, "first");
    const b = sortedFinite2(v, "second");
    const m = a.length;
    const n = b.length;
    let i = 0;
    let j = 0;
    let area = 0;
    let previous = a[0];
    while (i < m || j < n) {
      const x = Math.min(i < m ? a[i] : Infinity, j < n ? b[j] : Infinity);
      area += Math.abs(i / m - j / n) * (x - previous);
      while (a[i] === x) i += 1;
      while (b[j] === x) j += 1;
      previous = x;
    }
    return area;
  }
  var WASSERSTEIN_SD_FLOOR = 1e-3;
  function normalisedWasserstein(reference, current) {
    const distance = wassersteinDistance(reference, current);
    return distance / Math.max(standardDeviation([...reference]), WASSERSTEIN_SD_FLOOR);
  }

  // src/core/drift/drift-measure.ts
  var onlyNumbers = (values) => values.filter((value) => typeof value === "number");
  function measureDrift(test, reference, current, ks) {
    switch (test) {
      case "ks": {
        const result = ksTwoSample(onlyNumbers(reference), onlyNumbers(current), ks);
        const { statistic, pValue } = result;
        return { statistic, pValue, label: `Kolmogorov-Smirnov (${result.method})` };
      }
      case "wasserstein":
        return {
          statistic: normalisedWasserstein(onlyNumbers(reference), onlyNumbers(current)),
          label: "Wasserstein / reference SD"
        };
      case "chi-square": {
        const counts2 = countCategories(reference, current);
        const pooled = poolRareCategories(counts2.reference, counts2.current);
        const result = chiSquareHomogeneity(pooled.reference, pooled.current);
        const { statistic, pValue } = result;
        const note = pooled.pooled > 0 ? `, ${pooled.pooled} rare categories pooled` : "";
        return { statistic, pValue, label: `chi-square (df ${result.degreesOfFreedom}${note})` };
      }
      case "z-test": {
        const counts2 = countCategories(reference, current);
        const hits = [counts2.reference[0] ?? 0, counts2.current[0] ?? 0];
        const result = twoProportionZTest(hits[0], reference.length, hits[1], current.length);
        return { ...result, label: `two-proportion z-test on "${String(counts2.categories[0])}"` };
      }
      case "jensen-shannon": {
        const counts2 = countCategories(reference, current);
        return {
          statistic: jensenShannonDistance(counts2.reference, counts2.current),
          label: "Jensen-Shannon distance"
        };
      }
    }
  }
  function formatForNote(value) {
    if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(1);
    return String(Number(value.toPrecision(3)));
  }

  // src/core/drift/drift-test-choice.ts
  var DRIFT_DEFAULTS = {
    /** A reference with more values than this is compared by distances rather than p-values. */
    largeReference: 1e3,
    /** A numeric column with at most this many distinct values is compared as categories. */
    fewDistinctValues: 5,
    /** Significance tests: drift when p < 0.05. */
    pThreshold: 0.05,
    /** Distances: drift when the distance ≥ 0.1. */
    distanceThreshold: 0.1,
    /** No verdict on a column with fewer usable values than this on either side. */
    minRows: 30,
    /** The dataset drifted when at least this share of the tested columns drifted. */
    driftShare: 0.5
  };
  function chooseDriftTest(kind, referenceValues, distinctValues, largeReference = DRIFT_DEFAULTS.largeReference) {
    if (referenceValues < 0 || distinctValues < 0)
      throw new RangeError(`Counts cannot be negative: ${referenceValues} values, ${distinctValues} distinct.`);
    const asNumbers = kind === "numeric" && distinctValues > DRIFT_DEFAULTS.fewDistinctValues;
    if (referenceValues > largeReference) return asNumbers ? "wasserstein" : "jensen-shannon";
    if (asNumbers) return "ks";
    return distinctValues <= 2 ? "z-test" : "chi-square";
  }

  // src/core/drift/column-drift.ts
  function columnDrift(column2, reference, current, options = {}) {
    const kind = options.kind ?? dictionaryKind(column2);
    const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
    const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
    const distanceThreshold = options.distanceThreshold ?? DRIFT_DEFAULTS.distanceThreshold;
    if (!(minRows >= 1)) throw new RangeError(`minRows must be at least 1, got ${minRows}.`);
    if (!(pThreshold > 0 && pThreshold < 1))
      throw new RangeError(`pThreshold must lie in (0, 1), got ${pThreshold}.`);
    if (!(distanceThreshold > 0))
      throw new RangeError(`distanceThreshold must be positive, got ${distanceThreshold}.`);
    const read = kind === "numeric" ? numericValues : categoricalValues;
    const left = read(reference);
    const right = read(current);
    const distinctValues = (/* @__PURE__ */ new Set([...left.values, ...right.values])).size;
    const base = { column: column2, kind, distinctValues, reference: left.counts, current: right.counts };
    const notTested = (status, note) => ({
      ...base,
      status,
      test: null,
      statistic: null,
      threshold: null,
      drifted: false,
      note
    });
    const [m, n] = [left.values.length, right.values.length];
    if (m < minRows || n < minRows)
      return notTested(
        "too few rows",
        `too few rows: ${n} current and ${m} reference values (minimum ${minRows})`
      );
    if (distinctValues === 1) return notTested("constant", "not tested: constant in both");
    const test = chooseDriftTest(kind, m, distinctValues, options.largeReference);
    const measured = measureDrift(test, left.values, right.values, options.ks);
    const { pValue, statistic } = measured;
    const threshold = pValue !== void 0 ? pThreshold : distanceThreshold;
    const drifted = pValue !== void 0 ? pValue < pThreshold : statistic >= distanceThreshold;
    const shown3 = pValue !== void 0 ? `: p = ${formatForNote(pValue)}` : ` = ${formatForNote(statistic)}`;
    const comparison = pValue !== void 0 ? drifted ? "<" : "≥" : drifted ? "≥" : "<";
    return {
      ...base,
      status: "tested",
      test,
      statistic,
      ...pValue !== void 0 ? { pValue } : {},
      threshold,
      drifted,
      note: `${measured.label}${shown3} ${comparison} ${threshold}${drifted ? ", drifted" : ""}`
    };
  }

  // src/core/drift/multiple-testing.ts
  function benjaminiHochberg(pValues) {
    for (const p of pValues)
      if (!(p >= 0 && p <= 1)) throw new RangeError(`A p-value must lie in [0, 1], got ${p}.`);
    const m = pValues.length;
    const order2 = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b]);
    const adjusted = new Array(m).fill(1);
    let running = 1;
    for (let rank = m; rank >= 1; rank -= 1) {
      const index = order2[rank - 1];
      running = Math.min(running, pValues[index] * m / rank);
      adjusted[index] = running;
    }
    return adjusted;
  }

  // src/core/drift/dataset-drift.ts
  function verdict(driftedColumns, tested, driftShare) {
    if (tested === 0) return { driftedColumns, share: null, drifted: null };
    const share = driftedColumns / tested;
    return { driftedColumns, share, drifted: share >= driftShare };
  }
  function quality(columns, side, rows) {
    let blank2 = 0;
    let invalid = 0;
    for (const column2 of columns) {
      blank2 += column2[side].blank;
      invalid += column2[side].invalid;
    }
    const cells = rows * columns.length;
    return { rows, cells, blank: blank2, invalid, blankShare: cells === 0 ? 0 : blank2 / cells };
  }
  function datasetDrift(reference, current, options = {}) {
    const referenceRows = tableRows(reference, "reference");
    const currentRows = tableRows(current, "current");
    const driftShare = options.driftShare ?? DRIFT_DEFAULTS.driftShare;
    if (!(driftShare > 0 && driftShare <= 1))
      throw new RangeError(`driftShare must lie in (0, 1], got ${driftShare}.`);
    const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
    const names = options.columns ?? Object.keys(reference);
    const results = names.map((name) => {
      const kind = options.kinds?.[name];
      const columnOptions = kind ? { ...options, kind } : options;
      return columnDrift(
        name,
        columnOf(reference, name, "reference"),
        columnOf(current, name, "current"),
        columnOptions
      );
    });
    const withP = results.filter((result) => result.pValue !== void 0);
    const adjusted = benjaminiHochberg(withP.map((result) => result.pValue));
    const adjustedByColumn = new Map(withP.map((result, index) => [result, adjusted[index]]));
    const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
    const columns = results.map((result) => {
      const adjustedP = adjustedByColumn.get(result);
      if (adjustedP === void 0)
        return result.status === "tested" ? { ...result, driftedCorrected: result.drifted } : result;
      return { ...result, adjustedP, driftedCorrected: adjustedP < pThreshold };
    });
    const tested = columns.filter((column2) => column2.status === "tested");
    const raw = verdict(tested.filter((column2) => column2.drifted).length, tested.length, driftShare);
    const corrected = verdict(
      tested.filter((column2) => column2.driftedCorrected).length,
      tested.length,
      driftShare
    );
    const note = currentRows < minRows ? `too few rows: the current window has ${currentRows} rows (minimum ${minRows})` : tested.length === 0 ? "no column could be tested" : "";
    return {
      columns,
      testedColumns: tested.length,
      raw,
      corrected,
      note,
      quality: {
        reference: quality(columns, "reference", referenceRows),
        current: quality(columns, "current", currentRows)
      }
    };
  }

  // src/core/monitoring/check-verdict.ts
  var ANY_DRIFTED_COLUMN = Number.MIN_VALUE;
  var ACCURACY_METRICS = ["auc", "accuracy", "highRecall", "highPrecision", "calibration"];
  function dataQualityKind(problem) {
    return problem.column === null ? `data-quality:${problem.kind}` : `data-quality:${problem.kind}:${problem.column}`;
  }
  function checkVerdict(inputs) {
    const kinds = /* @__PURE__ */ new Set();
    const families = /* @__PURE__ */ new Set();
    const add = (family, kind) => {
      families.add(family);
      kinds.add(kind);
    };
    if (inputs.drift?.corrected.drifted === true) add("drift", "drift");
    for (const problem of inputs.dataQuality) add("data-quality", dataQualityKind(problem));
    if (inputs.accuracy) {
      for (const metric2 of ACCURACY_METRICS)
        if (inputs.accuracy[metric2].problem) add("accuracy", `accuracy:${metric2}`);
    }
    const [only] = families;
    const verdict2 = only === void 0 ? "ok" : families.size > 1 ? "several" : only;
    const problemKinds = [...kinds].sort();
    return {
      verdict: verdict2,
      problemKinds,
      drift: {
        raw: inputs.drift?.raw.drifted ?? null,
        corrected: inputs.drift?.corrected.drifted ?? null,
        note: inputs.drift === null ? "no reference sample to compare with" : inputs.drift.note
      }
    };
  }

  // src/core/monitoring/cell-fault.ts
  var categoryText = (value) => typeof value === "number" ? String(value) : value.trim();
  function seenCategories(reference) {
    const seen = /* @__PURE__ */ new Set();
    for (const value of reference) if (value !== null && !isBlank(value)) seen.add(categoryText(value));
    return seen;
  }
  function cellFault(attribute, value, seen) {
    if (value === null || isBlank(value)) return "blank";
    if (isCategorical(attribute)) {
      const text2 = categoryText(value);
      if (!attribute.categories.includes(text2)) return "not-a-category";
      return seen.has(text2) ? null : "unseen-category";
    }
    if (typeof value !== "number" || !Number.isFinite(value)) return "not-a-number";
    if (value < attribute.min) return "below-min";
    if (value > attribute.max) return "above-max";
    return Number.isInteger(value) ? null : "not-whole";
  }

  // src/core/monitoring/sheet-rows.ts
  var FIRST_ROWS_LISTED = 5;
  function assertSheetRow(row, what) {
    if (!Number.isInteger(row) || row < 1)
      throw new RangeError(`${what} must be a sheet row number (a whole number ≥ 1), got ${row}.`);
  }
  function firstRows(rows) {
    return [...new Set(rows)].sort((a, b) => a - b).slice(0, FIRST_ROWS_LISTED);
  }
  function rowsPhrase(listed3, total2) {
    if (listed3.length === 0) return "";
    if (total2 > listed3.length) return `rows ${listed3.join(", ")} and ${total2 - listed3.length} more`;
    if (listed3.length === 1) return `row ${listed3[0]}`;
    return `rows ${listed3.slice(0, -1).join(", ")} and ${listed3[listed3.length - 1]}`;
  }

  // src/core/monitoring/quality-sentences.ts
  var plural2 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  var percent2 = (share) => `${Math.round(share * 100)}%`;
  function named3(column2) {
    const { label: label3 } = attributeNamed(column2);
    return label3 === column2 ? label3 : `${label3} (${column2})`;
  }
  var FAULT_ORDER = [
    "below-min",
    "above-max",
    "not-whole",
    "not-a-number",
    "not-a-category"
  ];
  function faultWords(fault, n, column2) {
    const attribute = attributeNamed(column2);
    const bounds = "min" in attribute ? `${attribute.min}-${attribute.max}` : "";
    const words = {
      "below-min": `${n} below the range ${bounds}`,
      "above-max": `${n} above the range ${bounds}`,
      "not-whole": plural2(n, "not a whole number", "not whole numbers"),
      "not-a-number": plural2(n, "not a number", "not numbers"),
      "not-a-category": `${n} not in its list of categories`
    };
    return words[fault];
  }
  function problemSentence(problem, quality2) {
    const rows = rowsPhrase(problem.firstRows, problem.count);
    if (problem.kind === "not-scored")
      return `${plural2(problem.count, "row", "rows")} could not be scored: ${rows}.`;
    if (problem.column === null || quality2 === null)
      throw new RangeError(`A problem of kind ${problem.kind} needs its column and the column's summary.`);
    const name = named3(problem.column);
    switch (problem.kind) {
      case "missing-column":
        return `No roster column holds ${name}, which the model uses: it reads as blank for every student.`;
      case "blank-share":
        return `${name} is blank in ${problem.count} of ${quality2.rows} rows (${percent2(quality2.blankShare)}, against ${percent2(quality2.referenceBlankShare)} in the training sample): ${rows}.`;
      case "out-of-range": {
        const column2 = problem.column;
        const faults = FAULT_ORDER.flatMap((fault) => {
          const n = quality2.outOfRange[fault];
          return n ? [faultWords(fault, n, column2)] : [];
        }).join(", ");
        const values = plural2(problem.count, "value", "values");
        return `${name} has ${values} the data dictionary does not allow (${faults}): ${rows}.`;
      }
      case "unseen-category":
        return `${name} has ${plural2(problem.count, "value", "values")} in ${plural2(quality2.unseenCategories, "category", "categories")} never seen in the training sample, which the model scores as its most common category: ${rows}.`;
    }
  }

  // src/core/monitoring/data-quality.ts
  var BLANK_SHARE_EXCESS = 0.1;
  var MIN_BLANK_ROWS = 5;
  function columnQuality(name, input, present) {
    const attribute = attributeNamed(name);
    const referenceColumn = columnOf(input.reference, name, "reference");
    const seen = seenCategories(referenceColumn);
    const referenceBlank = referenceColumn.filter((value) => cellFault(attribute, value, seen) === "blank");
    const rows = { blank: [], outOfRange: [], unseen: [] };
    const outOfRange = {};
    const unseen = /* @__PURE__ */ new Set();
    for (const row of input.rows) {
      const value = row.values[name] ?? null;
      const fault = cellFault(attribute, value, seen);
      if (fault === null) continue;
      if (fault === "blank") rows.blank.push(row.sheetRow);
      else if (fault === "unseen-category") {
        rows.unseen.push(row.sheetRow);
        unseen.add(String(value).trim());
      } else {
        rows.outOfRange.push(row.sheetRow);
        outOfRange[fault] = (outOfRange[fault] ?? 0) + 1;
      }
    }
    const quality2 = {
      column: name,
      present,
      rows: input.rows.length,
      blank: rows.blank.length,
      blankShare: input.rows.length === 0 ? 0 : rows.blank.length / input.rows.length,
      referenceBlankShare: referenceColumn.length === 0 ? 0 : referenceBlank.length / referenceColumn.length,
      outOfRange,
      unseenCells: rows.unseen.length,
      unseenCategories: unseen.size
    };
    return { quality: quality2, rows };
  }
  function dataQuality(input) {
    input.rows.forEach((row, index) => assertSheetRow(row.sheetRow, `Current row ${index}'s sheet row`));
    input.notScoredRows.forEach((row) => assertSheetRow(row, "An unscored row"));
    const found = new Set(input.rosterHeaders.map((header2) => attributeForHeader(header2)?.name));
    const missing = [];
    const perColumn = [];
    const columns = input.attributes.map((name) => {
      const { quality: quality2, rows } = columnQuality(name, input, found.has(name));
      const problem = (kind, affected, count3 = affected.length) => {
        const base = { kind, column: name, count: count3, firstRows: firstRows(affected) };
        return { ...base, sentence: problemSentence(base, quality2) };
      };
      if (!quality2.present) {
        missing.push(problem("missing-column", [], input.rows.length));
        return quality2;
      }
      const excess = quality2.blankShare - quality2.referenceBlankShare;
      if (excess > BLANK_SHARE_EXCESS + 1e-9 && quality2.blank >= MIN_BLANK_ROWS)
        perColumn.push(problem("blank-share", rows.blank));
      if (rows.outOfRange.length > 0) perColumn.push(problem("out-of-range", rows.outOfRange));
      if (rows.unseen.length > 0) perColumn.push(problem("unseen-category", rows.unseen));
      return quality2;
    });
    const problems = [...missing, ...perColumn];
    const notScored = [...new Set(input.notScoredRows)];
    if (notScored.length > 0) {
      const base = {
        kind: "not-scored",
        column: null,
        count: notScored.length,
        firstRows: firstRows(notScored)
      };
      problems.push({ ...base, sentence: problemSentence(base, null) });
    }
    return { rows: input.rows.length, columns, problems };
  }

  // src/core/monitoring/describe-shift.ts
  var MIN_VALUES_DESCRIBED = 10;
  var attributeOrUndefined = (name) => ATTRIBUTES.find((attribute) => attribute.name === name);
  var shown2 = (x) => Number.isInteger(x) ? String(x) : x.toFixed(1);
  var SAME_EVERYWHERE = "the same value in every row on both sides";
  var percent3 = (share) => `${Math.round(share * 100)}%`;
  function centreShift(reference, current) {
    const [m0, m1] = [median(reference), median(current)];
    if (m0 !== m1) return `median ${shown2(m0)} → ${shown2(m1)}`;
    const [a0, a1] = [mean(reference).toFixed(1), mean(current).toFixed(1)];
    if (a0 !== a1) return `mean ${a0} → ${a1}`;
    const middle = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${shown2(quantileSorted(sorted, 0.25))}-${shown2(quantileSorted(sorted, 0.75))}`;
    };
    const [q0, q1] = [middle(reference), middle(current)];
    return q0 !== q1 ? `middle half ${q0} → ${q1}` : `median ${shown2(m0)}, mean ${a0} on both sides`;
  }
  var OUTSIDE_KEY = "\0outside";
  var OUTSIDE_WORDS = "values outside the data dictionary";
  var UNNAMED_SHIFT = "the shares of its categories changed";
  function largestShareChange(reference, current, words) {
    const keyed = (value) => words(value) === void 0 ? OUTSIDE_KEY : value;
    const counts2 = countCategories(reference.map(keyed), current.map(keyed));
    let best = { index: 0, change: -Infinity, grew: false };
    counts2.categories.forEach((_, index) => {
      const change = (counts2.current[index] ?? 0) / current.length - (counts2.reference[index] ?? 0) / reference.length;
      const size = Math.abs(change);
      const clearlyLarger = size > best.change + 1e-12;
      const tiedButGrew = Math.abs(size - best.change) <= 1e-12 && change > 0 && !best.grew;
      if (clearlyLarger || tiedButGrew) best = { index, change: size, grew: change > 0 };
    });
    const key = counts2.categories[best.index];
    const named4 = key === OUTSIDE_KEY ? OUTSIDE_WORDS : `"${words(key) ?? ""}"`;
    const [before, after] = [counts2.reference[best.index] ?? 0, counts2.current[best.index] ?? 0];
    return `${named4} ${percent3(before / reference.length)} → ${percent3(after / current.length)}`;
  }
  function describeShift(drift, reference, current) {
    if (reference.length !== drift.reference.rows || current.length !== drift.current.rows)
      throw new RangeError(
        `"${drift.column}" was tested on ${drift.reference.rows} reference and ${drift.current.rows} current rows, but ${reference.length} and ${current.length} were given.`
      );
    const attribute = attributeOrUndefined(drift.column);
    const label3 = attribute?.label ?? drift.column;
    const tooFew = (left2, right2) => left2 < MIN_VALUES_DESCRIBED || right2 < MIN_VALUES_DESCRIBED;
    const tooFewPhrase = (left2, right2) => `${label3}: too few values to describe (${right2} current, ${left2} reference)`;
    if (drift.kind === "categorical") {
      const [left2, right2] = [categoricalValues(reference).values, categoricalValues(current).values];
      if (tooFew(left2.length, right2.length)) return tooFewPhrase(left2.length, right2.length);
      if (drift.status === "constant") return `${label3}: ${SAME_EVERYWHERE}`;
      if (!attribute || !isCategorical(attribute)) return `${label3}: ${UNNAMED_SHIFT}`;
      const { categories, categoryLabels } = attribute;
      const words = (category) => categories.includes(category) ? categoryLabels?.[category] ?? category : void 0;
      return `${label3}: ${largestShareChange(left2, right2, words)}`;
    }
    const [left, right] = [numericValues(reference).values, numericValues(current).values];
    if (tooFew(left.length, right.length)) return tooFewPhrase(left.length, right.length);
    if (drift.status === "constant") return `${label3}: ${SAME_EVERYWHERE}`;
    if (attribute?.kind === "ordinal" && attribute.levels) {
      const { levels, min: min2 } = attribute;
      const words = (code) => levels[code - min2];
      return `${label3}: ${largestShareChange(left, right, words)}`;
    }
    return `${label3}: ${centreShift(left, right)}`;
  }

  // src/core/monitoring/realised-metric.ts
  function undefinedMetric(reason, expected) {
    return { value: null, reason, expected, problem: false };
  }
  function judged(value, interval, expected) {
    if (expected === void 0) return { value, interval, expected: null, problem: false };
    return { value, interval, expected, problem: expected > interval.high };
  }
  function proportion(successes, trials, expected, why) {
    if (trials === 0) return undefinedMetric(why, expected ?? null);
    return judged(successes / trials, wilsonInterval(successes, trials), expected);
  }

  // src/core/monitoring/realised-accuracy.ts
  var MIN_STUDENTS_WITH_GRADES = 20;
  var TIERS2 = /* @__PURE__ */ new Set(["High", "Medium", "Low", ""]);
  var isProbability2 = (x) => Number.isFinite(x) && x >= 0 && x <= 1;
  function assertInputs(pairs, expected) {
    pairs.forEach((pair, index) => {
      if (!isProbability2(pair.risk)) throw new RangeError(`Pair ${index}: risk ${pair.risk} is not in [0, 1].`);
      if (!TIERS2.has(pair.tier)) throw new RangeError(`Pair ${index}: "${pair.tier}" is not a tier.`);
      if (typeof pair.failed !== "boolean") throw new TypeError(`Pair ${index}: failed must be true or false.`);
    });
    for (const [name, value] of Object.entries(expected))
      if (value !== void 0 && !isProbability2(value))
        throw new RangeError(`The expected ${name} must lie in [0, 1], got ${String(value)}.`);
  }
  function aucMetric(risks, labels, failures, expected) {
    const passes = labels.length - failures;
    if (failures === 0 || passes === 0)
      return undefinedMetric(
        `undefined with one class only: every student ${failures ? "failed" : "passed"}`,
        expected
      );
    const value = rocAuc(risks, labels);
    return judged(value, hanleyMcNeilInterval(value, failures, passes), expected);
  }
  function realisedAccuracy(pairs, expected) {
    assertInputs(pairs, expected);
    const students2 = pairs.length;
    const failures = pairs.filter((pair) => pair.failed).length;
    if (students2 < MIN_STUDENTS_WITH_GRADES) {
      const note = `too few students with final grades yet: ${students2} of the ${MIN_STUDENTS_WITH_GRADES} needed`;
      const none = (value) => undefinedMetric(note, value ?? null);
      return {
        students: students2,
        failures,
        note,
        auc: none(expected.auc),
        accuracy: none(expected.accuracy),
        highRecall: none(expected.highRecall),
        highPrecision: none(expected.highPrecision),
        calibration: undefinedMetric(note, null)
      };
    }
    const risks = pairs.map((pair) => pair.risk);
    const labels = pairs.map((pair) => pair.failed ? 1 : 0);
    const { tp, tn } = confusionAt(risks, labels, expected.threshold);
    const high = pairs.filter((pair) => pair.tier === "High");
    const highFailed = high.filter((pair) => pair.failed).length;
    const meanRisk = risks.reduce((sum3, risk2) => sum3 + risk2, 0) / students2;
    const observed = wilsonInterval(failures, students2);
    return {
      students: students2,
      failures,
      note: "",
      auc: aucMetric(risks, labels, failures, expected.auc),
      accuracy: judged((tp + tn) / students2, wilsonInterval(tp + tn, students2), expected.accuracy),
      highRecall: proportion(highFailed, failures, expected.highRecall, "undefined: no student failed"),
      highPrecision: proportion(highFailed, high.length, expected.highPrecision, "undefined: nobody is High"),
      calibration: {
        value: failures / students2,
        interval: observed,
        expected: meanRisk,
        problem: meanRisk < observed.low || meanRisk > observed.high
      }
    };
  }

  // src/jobs/monitoring/inspect.ts
  function expectations(version, settings, scored) {
    const expected = {
      auc: version.metrics["auc"] ?? 0.5,
      accuracy: version.metrics["accuracy"] ?? 0.5,
      threshold: version.threshold
    };
    const curve = version.catchCurve;
    if (curve) {
      const rule = tierRuleOf(settings);
      const recall = expectedCatch(curve, rule, scored);
      if (Number.isFinite(recall)) expected.highRecall = recall;
      if (rule.kind === "capacity" && Number.isFinite(recall)) {
        const share = Math.min(1, rule.capacity / scored);
        expected.highPrecision = Math.min(1, recall * curve.failRate / share);
      }
    }
    return expected;
  }
  function driftOf(reference, current, attributes2) {
    if (!reference) return { drift: null, moved: /* @__PURE__ */ new Map() };
    const drift = datasetDrift(reference, current, { columns: attributes2, driftShare: ANY_DRIFTED_COLUMN });
    const moved = /* @__PURE__ */ new Map();
    for (const column2 of drift.columns)
      if (column2.status === "tested")
        moved.set(
          column2.column,
          describeShift(
            column2,
            // Stryker disable next-line StringLiteral: datasetDrift has read this column from both tables, so columnOf never throws and never names a table
            columnOf(reference, column2.column, "reference"),
            // Stryker disable next-line StringLiteral: as above, the current table has every column datasetDrift tested
            columnOf(current, column2.column, "current")
          )
        );
    return { drift, moved };
  }
  function learnedLevels(model, attributes2) {
    const table = Object.fromEntries(attributes2.map((name) => [name, []]));
    for (const [attribute, level] of Object.entries(model.encoding.references)) table[attribute]?.push(level);
    for (const feature of model.encoding.features)
      if ("level" in feature) table[feature.attribute]?.push(feature.level);
    return table;
  }
  function inspect(data) {
    const version = data.champion;
    const model = JSON.parse(version.modelJson);
    const attributes2 = modelAttributes(model);
    const reference = version.referenceSample ? decodeReferenceSample(version.referenceSample).table : null;
    const students2 = readStudents(data.students, attributes2);
    const run = latestLoggedRun(data.log, (v) => v === version.version ? attributes2 : null);
    const fresh = run !== null && run.runId !== data.lastComparedRun;
    const current = fresh ? run.table : tableOfRows(students2.rows, attributes2);
    const source = fresh ? `Inference log, run ${run.runId}` : "Students sheet";
    const rowsCompared = fresh ? run.rows : students2.rows.length;
    const { drift, moved } = driftOf(reference, current, attributes2);
    const notScored = students2.rows.filter((row) => !scoreability(model, row.asScored).ok).map((r) => r.sheetRow);
    const quality2 = dataQuality({
      attributes: attributes2,
      reference: reference ?? learnedLevels(model, attributes2),
      rows: students2.rows,
      rosterHeaders: students2.header,
      notScoredRows: notScored
    });
    const accuracy = realised(data, students2.rows, version);
    const summary2 = checkVerdict({ drift, dataQuality: quality2.problems, accuracy });
    return {
      version,
      source,
      comparedRun: fresh ? run.runId : data.lastComparedRun,
      rowsCompared,
      drift,
      moved,
      quality: quality2,
      accuracy,
      summary: summary2
    };
  }
  function realised(data, rows, version) {
    const graded = rows.filter((row) => row.finalGrade !== null);
    if (data.salt === null) return null;
    const predictions = predictionsByKey(data.log, version.version);
    const pairs = [];
    for (const row of graded) {
      const logged = predictions.get(pseudonym(row.key, data.salt, data.sha256Hex));
      if (!logged) continue;
      const tier = [
        "High",
        // Stryker disable next-line StringLiteral: realisedAccuracy counts only the High tier, so a Medium pair read as no tier ('') measures the same
        "Medium",
        // Stryker disable next-line StringLiteral: likewise for a Low pair
        "Low"
      ].includes(logged.tier) ? logged.tier : "";
      pairs.push({ risk: logged.risk, tier, failed: row.finalGrade < data.settings.passMark });
    }
    if (pairs.length === 0) return null;
    return realisedAccuracy(pairs, expectations(version, data.settings, predictions.size));
  }

  // src/jobs/monitoring/run-check.ts
  var HOUR_MS3 = 36e5;
  function runMonitoringCheck(deps) {
    const at = deps.now();
    const now = at.getTime();
    const state = loadBackground(deps.store);
    const memory = state.checks;
    const missed = checkWasMissed({
      monitoringOnSince: state.monitoring?.onSince ?? null,
      lastFinishedCheckAt: memory.lastFinishedAt,
      now
    });
    let stage = "reading the model registry";
    let findings = null;
    let failure = null;
    let nothing = false;
    let identifying = [];
    let registryProblems = [];
    try {
      const registry = Registry.read(deps, deps.digests);
      const champion2 = registry.champion();
      registryProblems = registry.problems;
      if (champion2 === null) nothing = true;
      else {
        stage = "reading the Students sheet";
        const students2 = deps.students.read();
        stage = "reading the Inference log";
        const log2 = deps.log.rows();
        stage = "comparing this term's rows with the training data";
        findings = inspect({
          champion: champion2,
          students: students2,
          log: log2,
          lastComparedRun: memory.lastComparedRun,
          settings: deps.settings,
          salt: deps.store.get(SALT_KEY),
          // The bundle's own SHA-256, as scoring uses: one Utilities.computeDigest call per graded student
          // would make the check's service calls grow with the roster.
          sha256Hex
        });
        identifying = readStudents(students2, []).rows.map((row2) => row2.key);
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const current = failure ? { verdict: "check-failed", problemKinds: ["check-failed"], missedCheck: missed } : {
      verdict: findings?.summary.verdict ?? "ok",
      problemKinds: findings?.summary.problemKinds ?? [],
      missedCheck: missed
    };
    const decision = decideAlert({
      current,
      previous: memory.compareWith,
      lastAlertAt: memory.lastAlertAt,
      now
    });
    let alert = `Not sent: ${decision.reason}`;
    let compareWith = decision.compareNextWith;
    if (decision.send) {
      const subject = {
        findings,
        failedStage: failure === null ? null : stage,
        missed: missed ? {
          lastFinishedAt: memory.lastFinishedAt === null ? null : deps.formatTime(new Date(memory.lastFinishedAt)),
          hoursWithoutCheck: Math.floor(
            (now - (memory.lastFinishedAt ?? state.monitoring?.onSince ?? now)) / HOUR_MS3
          )
        } : null,
        previous: memory.compareWith
      };
      try {
        const sent = sendAlert(
          deps.mailer,
          deps.settings.alertRecipients,
          alertFacts(subject, { spreadsheet: deps.spreadsheet, checkedAt: deps.formatTime(at) }),
          identifying
        );
        alert = sent.words;
        if (sent.told > 0) memory.lastAlertAt = now;
        else compareWith = memory.compareWith;
      } catch (error) {
        alert = `Not sent: ${error instanceof Error ? error.message : String(error)}`;
        compareWith = memory.compareWith;
      }
    }
    const found = findings ? { ...historyRow(findings, at), alert } : emptyRow(
      at,
      nothing ? VERDICT_WORDS.nothing : VERDICT_WORDS["check-failed"],
      alert,
      nothing ? "No champion model yet: train one, then the check compares new students with its training data." : `Failed while ${stage}: ${failure ?? ""}`
    );
    const row = registryProblems.length === 0 ? found : { ...found, notes: [found.notes, ...registryProblems].filter(Boolean).join(" ") };
    deps.monitoring.record(row, findings ? checkDetail(findings, at) : null);
    const latest = loadBackground(deps.store);
    latest.checks = {
      lastFinishedAt: failure === null ? now : memory.lastFinishedAt,
      lastAlertAt: memory.lastAlertAt,
      compareWith,
      lastComparedRun: findings?.comparedRun ?? memory.lastComparedRun
    };
    latest.lastCheck = { at: now, verdict: row.verdict, alert: row.alert };
    saveBackground(deps.store, latest);
    return { row, problem: failure !== null || findings !== null && findings.summary.verdict !== "ok" };
  }
  function backgroundFailureRow(at, what, message, retryAt) {
    return emptyRow(
      at,
      "Background work failed",
      "Not sent: repeated failures are emailed to the trigger owner",
      `${what} failed: ${message} It is tried again at ${retryAt}.`
    );
  }
  function emptyRow(at, verdict2, alert, notes2) {
    return {
      checkedAt: at,
      version: null,
      source: "",
      rowsCompared: null,
      columnsTested: null,
      driftedRaw: null,
      driftedCorrected: null,
      driftedShare: null,
      dataQualityProblems: null,
      studentsWithGrades: null,
      realisedAuc: null,
      expectedAuc: null,
      verdict: verdict2,
      alert,
      notes: notes2
    };
  }

  // src/jobs/monitoring/daily-monitoring.ts
  var hourText = (hour) => `${String(hour).padStart(2, "0")}:00`;
  function monitoringStatus(store) {
    const { monitoring: monitoring2 } = loadBackground(store);
    return {
      on: monitoring2 !== null,
      turnedOnBy: monitoring2?.onBy ?? null,
      nextCheck: monitoring2 ? new Date(monitoring2.dueAt) : null
    };
  }
  function turnOnMonitoring(deps, user, hour) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    if (state.monitoring) {
      const { onBy, onSince, dueAt: dueAt2 } = state.monitoring;
      return `Daily monitoring is already on: ${onBy || "another editor"} turned it on on ${deps.formatTime(new Date(onSince))}. The next check runs at ${deps.formatTime(new Date(dueAt2))}; nothing was changed.`;
    }
    const dueAt = nextDailyRun(now, hour, deps.offsetAt);
    state.monitoring = { onSince: now, onBy: user, dueAt };
    saveBackground(deps.store, state);
    reschedule(deps, state);
    return `Daily monitoring is on. A check runs every day at about ${hourText(hour)} (the spreadsheet's time zone), first at ${deps.formatTime(new Date(dueAt))}; its results go to the Monitoring sheet, and an alert goes to the recipients in Settings when something changes.`;
  }
  function turnOffMonitoring(deps) {
    const state = loadBackground(deps.store);
    if (!state.monitoring) return "Daily monitoring was already off.";
    state.monitoring = null;
    saveBackground(deps.store, state);
    reschedule(deps, state);
    return "Daily monitoring is off. Check now still runs a check whenever you choose it.";
  }
  function moveMonitoringHour(deps, hour) {
    const state = loadBackground(deps.store);
    const now = deps.now().getTime();
    if (!state.monitoring || state.monitoring.dueAt <= now) return;
    const dueAt = nextDailyRun(now, hour, deps.offsetAt);
    if (dueAt === state.monitoring.dueAt) return;
    state.monitoring.dueAt = dueAt;
    saveBackground(deps.store, state);
    reschedule(deps, state);
  }
  function heartbeatNotice(store, now, formatTime) {
    const { monitoring: monitoring2, checks } = loadBackground(store);
    const missed = checkWasMissed({
      monitoringOnSince: monitoring2?.onSince ?? null,
      lastFinishedCheckAt: checks.lastFinishedAt,
      now: now.getTime()
    });
    if (!missed) return null;
    const last = checks.lastFinishedAt === null ? "since it was turned on" : `since ${formatTime(new Date(checks.lastFinishedAt))}`;
    return `Daily monitoring is on, but no check has finished ${last} (over ${HEARTBEAT_LIMIT_MS / 36e5} hours). The Monitoring sheet shows the last one. Choose PassCompass ▸ Check now to run one; if it keeps happening, turn daily monitoring off and on again (it may belong to an editor who no longer has access).`;
  }

  // src/sheets/project-files.ts
  var projectFiles = {
    read(name) {
      return HtmlService.createHtmlOutputFromFile(name).getContent();
    }
  };
  var digests = {
    sha256Hex(text2) {
      const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text2, Utilities.Charset.UTF_8);
      return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, "0")).join("");
    }
  };

  // src/sheets/record-sheet.ts
  var SpreadsheetRecordSheet = class {
    constructor(spreadsheet, place, header2) {
      this.spreadsheet = spreadsheet;
      this.place = place;
      this.header = header2;
      /** True once this execution knows the sheet has its layout. */
      this.laidOut = false;
      this.layout = layoutFor(header2) ?? defaultLayout(header2);
    }
    rows() {
      const sheet = this.existingSheet();
      if (!sheet) return [];
      const [first = [], ...rows] = sheet.getDataRange().getValues();
      const emptied = rows.length === 0 && first.every((cell) => cell === "");
      this.rowCount = emptied ? void 0 : rows.length;
      return rows;
    }
    append(rows) {
      const sheet = this.laidOutSheet();
      let last = this.rowCount === void 0 ? sheet.getLastRow() : 1 + this.rowCount;
      if (last === 0) {
        this.writeHeader(sheet);
        last = 1;
      }
      if (rows.length > 0) {
        sheet.insertRowsAfter(last, rows.length);
        const width = this.header.length;
        const range = sheet.getRange(last + 1, 1, rows.length, width);
        range.setValues(rows.map((r) => r.map(escapeForSheet)));
        styleBlock(range, rows, this.layout, () => this.timestampFormat(), last === 1);
      }
      this.rowCount = last - 1 + rows.length;
      return last + 1;
    }
    rowsWhere(column2, value) {
      const sheet = this.existingSheet();
      if (!sheet) return [];
      const last = sheet.getLastRow();
      if (last < 2) return [];
      const cells = sheet.getRange(2, column2 + 1, last - 1, 1).getValues();
      const rows = [];
      cells.forEach(([cell], i) => {
        if (cell === value) rows.push(i + 2);
      });
      return rows;
    }
    /** One read and one write over the span from the first row to the last, whatever the count. */
    writeCells(column2, rows, values) {
      const sheet = this.existingSheet();
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (!sheet || first === void 0 || last === void 0) return;
      const range = sheet.getRange(first, column2 + 1, last - first + 1, 1);
      const cells = range.getValues();
      rows.forEach((row, i) => {
        cells[row - first] = [escapeForSheet(values[i] ?? "")];
      });
      range.setValues(cells);
    }
    /** Bottom-up, one call per run of consecutive rows, so earlier deletions do not move later ones. */
    deleteRows(rows) {
      const sheet = this.existingSheet();
      if (!sheet || rows.length === 0) return;
      const sorted = [...rows].sort((a, b) => b - a);
      let index = 0;
      while (index < sorted.length) {
        const bottom = sorted[index];
        let top = bottom;
        while (sorted[index + 1] === top - 1) {
          index += 1;
          top -= 1;
        }
        sheet.deleteRows(top, bottom - top + 1);
        index += 1;
      }
      this.rowCount = void 0;
    }
    /** Deletes the oldest rows so that at most `maxRows` remain, in one call. */
    trim(maxRows) {
      const sheet = this.existingSheet();
      if (!sheet) return 0;
      const rows = this.rowCount ?? sheet.getLastRow() - 1;
      const excess = rows - maxRows;
      if (excess <= 0) return 0;
      sheet.deleteRows(2, excess);
      this.rowCount = maxRows;
      return excess;
    }
    rewrite(rows) {
      const sheet = this.laidOutSheet();
      const needed = 1 + rows.length;
      const maxRows = sheet.getMaxRows();
      if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
      const width = this.header.length;
      const padded2 = rows.map((r) => Array.from({ length: width }, (_, i) => escapeForSheet(r[i] ?? "")));
      if (padded2.length > 0) {
        const range = sheet.getRange(2, 1, padded2.length, width);
        range.setValues(padded2);
        styleBlock(range, padded2, this.layout, () => this.timestampFormat(), true);
      }
      const previous = this.rowCount ?? padded2.length;
      if (previous > padded2.length)
        sheet.getRange(2 + padded2.length, 1, previous - padded2.length, width).clearContent();
      this.rowCount = padded2.length;
    }
    timestampFormat() {
      this.timeFormat ?? (this.timeFormat = sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale()));
      return this.timeFormat;
    }
    existingSheet() {
      return this.place.find();
    }
    /** The sheet, created if need be, with its layout (applied now to a sheet an earlier PassCompass made). */
    laidOutSheet() {
      const existing = this.existingSheet();
      if (!existing) return this.createSheet();
      if (!this.laidOut && lacksLayout(existing, this.layout)) layOutColumns(existing, this.layout);
      this.laidOut = true;
      return existing;
    }
    /** The header row, bold, in row 1 (the grid widened to it first). */
    writeHeader(sheet) {
      const width = this.header.length;
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      sheet.getRange(1, 1, 1, width).setValues([[...this.header]]).setFontWeight("bold");
    }
    createSheet() {
      return this.place.findOrCreate((sheet, name) => {
        this.writeHeader(sheet);
        layOutColumns(sheet, this.layout);
        this.laidOut = true;
        sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
        this.rowCount = 0;
      });
    }
  };

  // src/sheets/settings-store.ts
  var KEY = "passcompass.settings";
  var settingsStore = {
    read() {
      return parseSettings(PropertiesService.getDocumentProperties().getProperty(KEY));
    },
    write(settings) {
      PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
    },
    /** Saves `raw` (from the settings dialog) only when every value is valid; otherwise says what is wrong. */
    save(raw) {
      const { settings, problems } = validateSettings(raw);
      if (problems.length > 0) return { saved: false, problems };
      settingsStore.write(settings);
      return { saved: true, problems: [] };
    }
  };

  // src/sheets/summary-sheet.ts
  function summarySheet(place) {
    const table = new SpreadsheetTable(place, { rewrittenByPassCompass: true });
    return {
      write(values, chart) {
        table.replace(values);
        const sheet = place.find();
        if (!sheet) return;
        for (const old of sheet.getCharts()) sheet.removeChart(old);
        if (!chart) return;
        const first = chart.firstRow + 1;
        sheet.insertChart(
          sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange(first, 2, chart.rows, 1)).addRange(sheet.getRange(first, 5, chart.rows, 1)).setPosition(2, 11, 0, 0).setOption("title", chart.title).setOption("legend", { position: "none" }).build()
        );
      }
    };
  }

  // src/sheets/roster-sheet.ts
  var SpreadsheetRosterSheet = class {
    constructor(spreadsheet, sheetName, ownership) {
      this.spreadsheet = spreadsheet;
      this.sheetName = sheetName;
      this.ownership = ownership;
    }
    layout() {
      const sheet = this.existing();
      if (!sheet) return { header: [], dataRows: 0 };
      const lastRow = sheet.getLastRow();
      const lastColumn = sheet.getLastColumn();
      if (lastRow === 0 || lastColumn === 0) return { header: [], dataRows: 0 };
      const [header2 = []] = sheet.getRange(1, 1, 1, lastColumn).getValues();
      return { header: header2, dataRows: lastRow - 1 };
    }
    readRows(first, count3, width) {
      return this.required().getRange(first + 2, 1, count3, width).getValues();
    }
    ensureColumns(columns, header2, dataRows) {
      return this.ownership.ensureColumns(this.required(), this.sheetName, columns, header2, dataRows);
    }
    writeColumns(columns, first, values) {
      if (values.length === 0) return;
      const sheet = this.required();
      for (const run of adjacentRuns(columns)) {
        const block = values.map((row) => run.positions.map((p) => escapeForSheet(row[p] ?? "")));
        sheet.getRange(first + 2, run.start + 1, values.length, run.positions.length).setValues(block);
      }
    }
    readColumn(column2, count3) {
      if (count3 === 0) return [];
      return this.required().getRange(2, column2 + 1, count3, 1).getValues().map((row) => row[0] ?? "");
    }
    style(columns, dataRows, notes2) {
      styleOwnColumns(
        this.required(),
        columns,
        dataRows,
        notes2,
        () => sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale())
      );
    }
    existing() {
      if (this.sheet === void 0) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
      return this.sheet;
    }
    required() {
      const sheet = this.existing();
      if (!sheet) throw new RangeError(`There is no sheet named ${this.sheetName}.`);
      return sheet;
    }
  };

  // src/sheets/document-store.ts
  function documentStore() {
    const properties = PropertiesService.getDocumentProperties();
    return {
      get: (key) => properties.getProperty(key),
      set: (key, value) => {
        properties.setProperty(key, value);
      },
      remove: (key) => {
        properties.deleteProperty(key);
      }
    };
  }

  // src/sheets/tick-scheduler.ts
  var TICK_HANDLER = "passCompassTick";
  var LEGACY_TICK_HANDLERS = ["continueScoring"];
  var TRIGGER_DOCUMENTS_KEY = "passcompass.triggerDocuments";
  function readTriggerDocuments(properties) {
    try {
      const parsed = JSON.parse(properties.getProperty(TRIGGER_DOCUMENTS_KEY) ?? "{}");
      return typeof parsed === "object" && parsed !== null ? parsed : {};
    } catch {
      return {};
    }
  }
  function tickScheduler(documentId, firingTriggerId) {
    const removeOwn = () => {
      const bound2 = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
      const properties = PropertiesService.getUserProperties();
      const documents = readTriggerDocuments(properties);
      const kept = {};
      for (const trigger of ScriptApp.getProjectTriggers()) {
        const id = trigger.getUniqueId();
        const handler = trigger.getHandlerFunction();
        const ours = handler === TICK_HANDLER || LEGACY_TICK_HANDLERS.includes(handler);
        const here = bound2 || documents[id] === documentId || id === firingTriggerId;
        if (ours && here) ScriptApp.deleteTrigger(trigger);
        else if (documents[id] !== void 0) kept[id] = documents[id];
      }
      return kept;
    };
    return {
      wakeAt(at) {
        const kept = removeOwn();
        const trigger = ScriptApp.newTrigger(TICK_HANDLER).timeBased().at(at).create();
        kept[trigger.getUniqueId()] = documentId;
        PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
      },
      sleep() {
        const kept = removeOwn();
        PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
      }
    };
  }
  function removeTrigger(triggerId) {
    if (triggerId === null) return;
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getUniqueId() === triggerId) ScriptApp.deleteTrigger(trigger);
    }
  }

  // src/sheets/owner-mail.ts
  function mailExecutionOwner(subject, body) {
    const to = Session.getEffectiveUser().getEmail();
    if (!to || MailApp.getRemainingDailyQuota() < 1) return 0;
    MailApp.sendEmail({ to, subject, body });
    return 1;
  }

  // src/sheets/document-lock.ts
  var WAIT_MS = 30 * 1e3;
  function withDocumentLock(job) {
    const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    if (!lock.tryLock(WAIT_MS)) {
      throw new DataError(
        "Another PassCompass job is still running on this spreadsheet. Try again in a minute."
      );
    }
    try {
      return job();
    } finally {
      lock.releaseLock();
    }
  }

  // src/ui/dialogs.ts
  function spreadsheetDialogs(spreadsheet) {
    return {
      confirm(title, message) {
        const ui = SpreadsheetApp.getUi();
        return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
      },
      prompt(title, message) {
        const ui = SpreadsheetApp.getUi();
        const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
        return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
      },
      inform(title, message) {
        const ui = SpreadsheetApp.getUi();
        ui.alert(title, message, ui.ButtonSet.OK);
      },
      toast(message, title) {
        spreadsheet.toast(message, title ?? "PassCompass");
      }
    };
  }

  // src/ui/menu.ts
  var ADDON_MENU = [
    { caption: "Open PassCompass", functionName: "showSidebar" },
    "separator",
    {
      caption: "Load sample data",
      items: [
        { caption: "Math", functionName: "loadSampleMath" },
        { caption: "Portuguese", functionName: "loadSamplePortuguese" },
        { caption: "Both courses", functionName: "loadSampleBothCourses" }
      ]
    },
    { caption: "Check data", functionName: "checkData" },
    { caption: "Train model", functionName: "trainModel" },
    { caption: "Score students", functionName: "scoreStudents" },
    { caption: "Check now", functionName: "checkNow" },
    {
      caption: "Daily monitoring",
      items: [
        { caption: "Turn on daily monitoring", functionName: "turnOnDailyMonitoring" },
        { caption: "Turn off daily monitoring", functionName: "turnOffDailyMonitoring" }
      ]
    },
    { caption: "Settings…", functionName: "showSettings" },
    "separator",
    { caption: "Model card…", functionName: "showModelCard" },
    { caption: "Promote challenger…", functionName: "promoteChallenger" },
    { caption: "Roll back champion…", functionName: "rollBackChampion" },
    { caption: "Import BigQuery ML weights…", functionName: "importBigQueryWeights" }
  ];
  var BOUND_ONLY_MENU = [
    { caption: "Web API token…", functionName: "createWebApiToken" }
  ];
  var MENU_CAPTION = "PassCompass";
  function buildAddonMenu(ui, bound2 = false, entries = ADDON_MENU) {
    const menu = bound2 ? ui.createMenu(MENU_CAPTION) : ui.createAddonMenu();
    for (const entry of bound2 ? [...entries, ...BOUND_ONLY_MENU] : entries) {
      if (entry === "separator") menu.addSeparator();
      else if ("items" in entry) {
        const sub = ui.createMenu(entry.caption);
        for (const item of entry.items) sub.addItem(item.caption, item.functionName);
        menu.addSubMenu(sub);
      } else menu.addItem(entry.caption, entry.functionName);
    }
    menu.addToUi();
  }

  // src/ui/run-from-menu.ts
  function isUserFacing(error) {
    return error instanceof SampleIntegrityError || error instanceof DataError || error instanceof TamperedVersionError;
  }
  function runFromMenu(job) {
    try {
      return job();
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      SpreadsheetApp.getUi().alert("PassCompass", error.message, SpreadsheetApp.getUi().ButtonSet.OK);
      return void 0;
    }
  }

  // src/ui/sidebar-protocol.ts
  var SIDEBAR_ACTIONS = [
    "status",
    "checkData",
    "train",
    "score",
    "checkNow",
    "settings",
    "modelCard"
  ];
  function parseSidebarRequest(raw) {
    const action = typeof raw === "object" && raw !== null ? raw.action : void 0;
    if (typeof action === "string" && SIDEBAR_ACTIONS.includes(action))
      return { action };
    return {
      problem: `The sidebar asked for something PassCompass does not know (${JSON.stringify(action)}).`
    };
  }

  // src/ui/sidebar.ts
  var SIDEBAR_TITLE = "PassCompass";
  function showSidebar() {
    const html2 = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SIDEBAR_TITLE);
    SpreadsheetApp.getUi().showSidebar(html2);
  }
  function capturedDialogs(asker) {
    const lines = [];
    return {
      confirm: (title, message) => asker.confirm(title, message),
      prompt: (title, message) => asker.prompt(title, message),
      inform(title, message) {
        const heading = title.replace(/^PassCompass: /, "");
        lines.push(`${heading.charAt(0).toUpperCase()}${heading.slice(1)}
${message}`);
      },
      toast(message) {
        lines.push(message);
      },
      said: () => lines.join("\n\n")
    };
  }
  var percent4 = (x) => `${Math.round(x * 100)}%`;
  function tierRuleSentence(settings) {
    const medium = `Medium from ${percent4(settings.mediumFrom)} risk, the rest Low`;
    return settings.tierRule === "capacity" ? `The ${settings.capacity} students at highest risk are High (fewer when several share the risk at the cut-off); ${medium}.` : `High from ${percent4(settings.highFrom)} risk; ${medium}.`;
  }
  function sidebarStatus(status, settings, formatTime) {
    const { champion: champion2, lastScoring, monitoring: monitoring2 } = status;
    return {
      champion: champion2 && {
        version: champion2.version,
        moment: champion2.mode === "early" ? "early-term" : "mid-term",
        trainedAt: Number.isFinite(champion2.createdAt.getTime()) ? formatTime(champion2.createdAt) : "unknown",
        rows: champion2.rows,
        auc: champion2.auc,
        imported: champion2.imported,
        highHoldsOf10: champion2.highHolds === null ? null : Math.round(champion2.highHolds * 10),
        card: { ...champion2.card }
      },
      championProblem: status.championProblem,
      challenger: status.challenger,
      tierRule: tierRuleSentence(settings),
      lastScoring: lastScoring && {
        at: formatTime(new Date(lastScoring.at)),
        version: lastScoring.version,
        scored: lastScoring.scored,
        notScored: lastScoring.notScored,
        high: lastScoring.tiers.High,
        medium: lastScoring.tiers.Medium,
        low: lastScoring.tiers.Low
      },
      scoringUnderway: status.scoringUnderway,
      monitoring: {
        on: monitoring2.on,
        nextCheck: monitoring2.nextCheck && formatTime(monitoring2.nextCheck),
        lastCheck: monitoring2.lastCheck && {
          at: formatTime(new Date(monitoring2.lastCheck.at)),
          verdict: monitoring2.lastCheck.verdict,
          alert: monitoring2.lastCheck.alert
        }
      },
      addOnVersion: PASSCOMPASS_VERSION
    };
  }
  function answerSidebar(raw, server) {
    const request = parseSidebarRequest(raw);
    if ("problem" in request) return { ok: false, message: request.problem, status: server.status() };
    if (request.action === "status") return { ok: true, message: "", status: server.status() };
    const dialogs = capturedDialogs(server.asker());
    let ok = true;
    try {
      server.run(request.action, dialogs);
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      dialogs.inform("Stopped", error.message);
      ok = false;
    }
    return { ok, message: dialogs.said(), status: server.status() };
  }

  // src/core/model-card/card-summary.ts
  function cardSummary(v) {
    const evidence2 = evidenceOf(v);
    if (evidence2 === null) {
      const auc2 = v.metrics["auc"];
      return {
        auc: finite(auc2) ? `ROC AUC ${score2(auc2)} (no interval recorded for this version)` : null,
        highHolds: null,
        calibration: null,
        equity: null,
        equityFlagged: false,
        recorded: false
      };
    }
    const { auc, topKRecall } = evidence2.metrics;
    const top = largestGap(evidence2.equity);
    const limit = evidence2.equity.gapLimit;
    let equity = null;
    if (top !== null) {
      const { attribute, gap: gap2 } = top;
      const interval = gap2.interval ? ` (95% interval ${signedPoints(gap2.interval.low)} to ${signedPoints(gap2.interval.high)})` : "";
      equity = `Largest equity gap, by ${labelOf(attribute.attribute)}: ${FIGURE_WORDS[gap2.figure]}, ${groupLabel(attribute.attribute, gap2.highest)} vs ${groupLabel(attribute.attribute, gap2.lowest)}, ${points2(gap2.gap)}${interval}: ${gap2.gap > limit ? "above" : "within"} the acceptable gap of ${points2(limit)}` + (includesZero(gap2) ? ", and it may be chance." : ".");
    }
    return {
      auc: finite(auc.mean) ? `ROC AUC ${score2(auc.mean)} (95% interval ${score2(auc.low)} to ${score2(auc.high)})` : null,
      highHolds: finite(topKRecall.mean) ? `Of every 10 students who will fail, the High tier of ${evidence2.capacity} holds about ${outOf10(topKRecall.mean)}.` : null,
      calibration: calibrationLine(evidence2.calibration),
      equity,
      equityFlagged: top !== null && top.gap.gap > limit,
      recorded: true
    };
  }

  // src/jobs/workbook-status.ts
  var finite2 = (x) => x !== void 0 && Number.isFinite(x) ? x : null;
  function workbookStatus(deps) {
    const background2 = loadBackground(deps.store);
    const registry = Registry.read(deps, deps.digests);
    let champion2 = null;
    let championProblem = null;
    try {
      const loaded = registry.champion();
      if (loaded) {
        const rule = tierRuleOf(deps.settings);
        const ranked = background2.lastScoring?.scored ?? 0;
        const holds = loaded.catchCurve ? finite2(expectedCatch(loaded.catchCurve, rule, ranked)) : null;
        champion2 = {
          version: loaded.version,
          mode: loaded.mode,
          createdAt: new Date(loaded.createdAt),
          rows: loaded.rows,
          auc: finite2(loaded.metrics["auc"]),
          highHolds: holds,
          card: cardSummary(loaded),
          imported: importedOriginOf(loaded) !== null
        };
      }
    } catch (error) {
      if (!(error instanceof TamperedVersionError)) throw error;
      championProblem = error.message;
    }
    const pending = pendingRun(deps.store);
    const monitoring2 = monitoringStatus(deps.store);
    return {
      champion: champion2,
      championProblem,
      challenger: registry.aliases().challenger,
      lastScoring: background2.lastScoring,
      scoringUnderway: pending ? { scored: pending.nextRow, total: pending.dataRows } : null,
      monitoring: { on: monitoring2.on, nextCheck: monitoring2.nextCheck, lastCheck: background2.lastCheck }
    };
  }

  // src/ui/settings-dialog.ts
  var MONITORING_OFF = { on: false, turnedOnBy: null, timeZone: "Etc/GMT" };
  function showSettingsDialog(settings, monitoring2 = MONITORING_OFF) {
    const template = HtmlService.createTemplateFromFile("Settings");
    template["settings"] = settings;
    template["monitoring"] = monitoring2;
    const html2 = template.evaluate().setSandboxMode(HtmlService.SandboxMode.IFRAME).setWidth(440).setHeight(760);
    SpreadsheetApp.getUi().showModalDialog(html2, "PassCompass settings");
  }

  // src/sheets/alert-mailer.ts
  var alertMailer = {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send(recipients, message) {
      MailApp.sendEmail({
        to: recipients.join(","),
        subject: message.subject,
        body: message.body,
        htmlBody: message.htmlBody,
        name: "PassCompass"
      });
    }
  };

  // src/sheets/ownership-record.ts
  var OWNED_KEY = "passcompass.owned";
  var NAMES_TRIED = 10;
  function candidateNames(usual) {
    return Array.from(
      { length: NAMES_TRIED },
      (_, i) => i === 0 ? usual : i === 1 ? `${usual} (PassCompass)` : `${usual} (PassCompass ${i})`
    );
  }
  var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  var idOf = (value) => typeof value === "number" && Number.isInteger(value) ? { id: value } : {};
  function parseOwnership(text2) {
    const record = { sheets: {}, columns: [] };
    if (!text2) return record;
    let raw;
    try {
      raw = JSON.parse(text2);
    } catch {
      return record;
    }
    if (!isRecord2(raw)) return record;
    if (isRecord2(raw["sheets"])) {
      for (const [usual, entry] of Object.entries(raw["sheets"])) {
        if (isRecord2(entry) && typeof entry["name"] === "string")
          record.sheets[usual] = { ...idOf(entry["id"]), name: entry["name"] };
      }
    }
    if (Array.isArray(raw["columns"])) {
      for (const entry of raw["columns"]) {
        if (!isRecord2(entry) || typeof entry["name"] !== "string" || !isRecord2(entry["headers"])) continue;
        const headers = Object.fromEntries(
          Object.entries(entry["headers"]).filter(
            (pair) => typeof pair[1] === "string"
          )
        );
        record.columns.push({ ...idOf(entry["id"]), name: entry["name"], headers });
      }
    }
    return record;
  }
  function serialiseOwnership(record) {
    return JSON.stringify(record);
  }

  // src/sheets/ownership.ts
  function namedSheet(spreadsheet, name) {
    let sheet;
    const find = () => {
      if (sheet === void 0) sheet = spreadsheet.getSheetByName(name);
      return sheet;
    };
    return {
      usual: name,
      find,
      findOrCreate(setUp2) {
        const found = find();
        if (found) return found;
        const created = spreadsheet.insertSheet(name);
        setUp2(created, name);
        sheet = created;
        return created;
      }
    };
  }
  var OWN_PROTECTION = /: (kept|rewritten) by PassCompass$/;
  var MIN_HEADER_MATCH = 3;
  function madeByPassCompass(sheet, header2) {
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter((p) => p.isWarningOnly()).map((p) => p.getDescription());
    const described = protections.some((d) => OWN_PROTECTION.test(d));
    if (!described && !protections.includes("")) return false;
    const width = Math.min(sheet.getLastColumn(), header2.length);
    if (width < (described ? Math.min(MIN_HEADER_MATCH, header2.length) : header2.length) || width === 0)
      return false;
    const [first = []] = sheet.getRange(1, 1, 1, width).getValues();
    return header2.slice(0, width).every((name, i) => first[i] === name);
  }
  var SheetOwnership = class {
    /** `tell`: shows the teacher a short message (a toast), once, when PassCompass uses another name. */
    constructor(spreadsheet, store, tell) {
      this.spreadsheet = spreadsheet;
      this.store = store;
      this.tell = tell;
    }
    /**
     * The place of PassCompass's sheet usually named `usual`, whose first row is `header` (how a sheet made before
     * the record is recognised).
     */
    sheet(usual, header2) {
      let sheet;
      let free = { name: usual, blockedBy: null };
      const find = () => {
        if (sheet === void 0) {
          const found = this.resolveSheet(usual, header2);
          sheet = found.sheet;
          free = found.free;
        }
        return sheet;
      };
      return {
        usual,
        find,
        findOrCreate: (setUp2) => {
          const found = find();
          if (found) return found;
          const name = free.name;
          this.update((record) => {
            record.sheets[usual] = { name };
          });
          const created = this.spreadsheet.insertSheet(name);
          const entry = { id: created.getSheetId(), name };
          this.update((record) => {
            record.sheets[usual] = entry;
          });
          setUp2(created, name);
          if (free.blockedBy !== null)
            this.notify(`PassCompass leaves your sheet "${free.blockedBy}" as it is: its own is "${name}".`);
          sheet = created;
          return created;
        }
      };
    }
    /**
     * 0-based indexes of PassCompass's `columns` in `table` (`sheet`, usually named `usual`, as read: header row
     * first), -1 for each it has none of. Makes no call unless a header is one PassCompass may have written.
     */
    ownColumns(sheet, usual, columns, table) {
      const header2 = table[0] ?? [];
      const names = new Set(columns.flatMap((c) => candidateNames(c.header)));
      if (!header2.some((h) => names.has(textOf(h)))) return columns.map(() => -1);
      const body = table.slice(1);
      return this.findColumns(
        sheet,
        usual,
        columns,
        header2,
        (first, last) => body.map((row) => row.slice(first, last + 1))
      ).found;
    }
    /**
     * 0-based indexes and headers of PassCompass's `columns` in `sheet` (which it does not own; `header` is its
     * header row, `dataRows` the rows below it), adding at the right of `header` those it has none of yet, under
     * a name no header has. Says once which names it used instead of the usual ones.
     */
    ensureColumns(sheet, usual, columns, header2, dataRows) {
      const { found, sheetId } = this.findColumns(
        sheet,
        usual,
        columns,
        header2,
        (first, last) => dataRows === 0 ? [] : sheet.getRange(2, first + 1, dataRows, last - first + 1).getValues()
      );
      const texts = header2.map(textOf);
      const taken = new Set(texts.map((t) => t.toLowerCase()));
      const headers = found.map((index) => index >= 0 ? texts[index] ?? "" : "");
      const added = [];
      const renamed = [];
      columns.forEach((column2, k) => {
        if ((found[k] ?? -1) >= 0) return;
        const name = freeName(column2.header, (n) => taken.has(n.toLowerCase()), texts);
        if (!name) {
          throw new DataError(
            `The ${usual} sheet has no free name left for PassCompass's "${column2.header}" column: rename one of the columns named like it.`,
            { row: 1, column: column2.header }
          );
        }
        taken.add(name.name.toLowerCase());
        headers[k] = name.name;
        added.push(k);
        if (name.blockedBy !== null) renamed.push({ theirs: name.blockedBy, ours: name.name });
      });
      const entry = {
        id: sheetId,
        name: usual,
        headers: Object.fromEntries(columns.map((c, k) => [c.header, headers[k] ?? ""]))
      };
      const before = this.record().columns.find((c) => c.id === sheetId);
      if (!before || JSON.stringify(before.headers) !== JSON.stringify(entry.headers)) {
        const same = (c) => c.id === sheetId || c.name.toLowerCase() === usual.toLowerCase();
        this.update((record) => {
          record.columns = [...record.columns.filter((c) => !same(c)), entry];
        });
      }
      const indexes = [...found];
      if (added.length > 0) {
        const start = header2.length;
        const needed = start + added.length;
        if (sheet.getMaxColumns() < needed)
          sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
        sheet.getRange(1, start + 1, 1, added.length).setValues([added.map((k) => headers[k] ?? "")]).setFontWeight("bold");
        added.forEach((k, i) => {
          indexes[k] = start + i;
        });
      }
      if (renamed.length > 0) this.notify(columnsMessage(renamed));
      return { columns: indexes, headers };
    }
    /** See the module comment: the recorded (or, without a record, the adopted) columns whose cells pass. */
    findColumns(sheet, usual, columns, header2, read) {
      const sheetId = sheet.getSheetId();
      const texts = header2.map(textOf);
      const entry = this.columnsEntry(sheetId, usual);
      let candidates;
      if (entry) {
        candidates = columns.map((c) => {
          const text2 = entry.headers[c.header];
          return text2 === void 0 ? -1 : onlyIndex(texts, text2);
        });
      } else {
        const exact = columns.map((c) => onlyIndex(texts, c.header));
        candidates = exact.every((i) => i >= 0) ? exact : columns.map(() => -1);
      }
      const present = candidates.filter((i) => i >= 0);
      if (present.length === 0) return { found: candidates, sheetId };
      const first = Math.min(...present);
      const rows = read(first, Math.max(...present));
      const found = candidates.map((index, k) => {
        const column2 = columns[k];
        if (index < 0 || !column2) return -1;
        return rows.every((row) => column2.holds(row[index - first] ?? "")) ? index : -1;
      });
      return { found, sheetId };
    }
    /** The record's entry for the columns of sheet `sheetId`; an entry from an .xlsx file is bound by name. */
    columnsEntry(sheetId, usual) {
      const columns = this.record().columns;
      return columns.find((c) => c.id === sheetId) ?? columns.find((c) => c.id === void 0 && c.name.toLowerCase() === usual.toLowerCase()) ?? null;
    }
    /** PassCompass's sheet usually named `usual`, or null with the name to create it under. */
    resolveSheet(usual, header2) {
      const entry = this.record().sheets[usual];
      if (entry) {
        const sheet = entry.id === void 0 ? this.spreadsheet.getSheetByName(entry.name) : this.spreadsheet.getSheetById(entry.id);
        if (sheet) {
          if (entry.id === void 0) {
            const bound2 = { id: sheet.getSheetId(), name: entry.name };
            this.update((record) => {
              record.sheets[usual] = bound2;
            });
          }
          return { sheet, free: { name: usual, blockedBy: null } };
        }
        this.update((record) => {
          delete record.sheets[usual];
        });
      }
      let blockedBy = null;
      for (const name of candidateNames(usual)) {
        const sheet = this.spreadsheet.getSheetByName(name);
        if (!sheet) return { sheet: null, free: { name, blockedBy } };
        if (madeByPassCompass(sheet, header2)) {
          const adopted = { id: sheet.getSheetId(), name: sheet.getName() };
          this.update((record) => {
            record.sheets[usual] = adopted;
          });
          return { sheet, free: { name: usual, blockedBy: null } };
        }
        blockedBy ?? (blockedBy = sheet.getName());
      }
      throw new DataError(
        `PassCompass needs a sheet of its own for its ${usual}, but every name it may give it ("${usual}", "${usual} (PassCompass)", …) is taken by a sheet it did not make. Rename one of them.`
      );
    }
    /**
     * Tells the teacher, when there is someone to tell: a time-driven trigger has no one watching, and the
     * sheet's or column's name then says whose it is by itself.
     */
    notify(message) {
      try {
        this.tell(message);
      } catch {
      }
    }
    record() {
      this.cached ?? (this.cached = parseOwnership(this.store.get(OWNED_KEY)));
      return this.cached;
    }
    /** Applies `change` to the stored record (read again, in case another execution changed it) and saves it. */
    update(change) {
      const record = parseOwnership(this.store.get(OWNED_KEY));
      change(record);
      this.store.set(OWNED_KEY, serialiseOwnership(record));
      this.cached = record;
    }
  };
  function textOf(cell) {
    return String(cell ?? "").trim();
  }
  function onlyIndex(texts, text2) {
    const first = texts.indexOf(text2);
    return first >= 0 && texts.indexOf(text2, first + 1) < 0 ? first : -1;
  }
  function freeName(usual, taken, texts) {
    const name = candidateNames(usual).find((n) => !taken(n));
    if (name === void 0) return null;
    const blockedBy = name === usual ? null : texts.find((t) => t.toLowerCase() === usual.toLowerCase()) ?? usual;
    return { name, blockedBy };
  }
  function columnsMessage(renamed) {
    const list2 = (names) => names.length === 1 ? `"${names[0]}"` : `${names.slice(0, -1).map((n) => `"${n}"`).join(", ")} and "${names[names.length - 1]}"`;
    const theirs = renamed.map((r) => r.theirs);
    const ours = renamed.map((r) => r.ours);
    return renamed.length === 1 ? `PassCompass leaves your column ${list2(theirs)} as it is: its own is ${list2(ours)}.` : `PassCompass leaves your columns ${list2(theirs)} as they are: its own are ${list2(ours)}.`;
  }

  // src/sheets/monitoring-sheet.ts
  var MONITORING_SHEET = "Monitoring";
  var AUTOMATIC2 = "0.###############";
  var FORMATS2 = { whole: "0", count: "#,##0", share: "0%", fineShare: "0.0%", auc: "0.00", p: "0.0000" };
  var TIME2 = "time";
  var HISTORY = [
    { key: "checkedAt", header: "Checked at", format: TIME2, width: TIMESTAMP_COLUMN_WIDTH },
    { key: "version", header: "Version", format: FORMATS2.whole, width: 70 },
    { key: "source", header: "What was compared", format: AUTOMATIC2, width: 350 },
    { key: "rowsCompared", header: "Rows compared", format: FORMATS2.count, width: 80 },
    { key: "columnsTested", header: "Columns tested", format: FORMATS2.count, width: 80 },
    { key: "driftedRaw", header: "Drifted columns (raw)", format: FORMATS2.count, width: 90 },
    { key: "driftedCorrected", header: "Drifted columns (corrected)", format: FORMATS2.count, width: 100 },
    { key: "driftedShare", header: "Drifted share", format: FORMATS2.share, width: 80 },
    { key: "dataQualityProblems", header: "Data-quality problems", format: FORMATS2.count, width: 90 },
    { key: "studentsWithGrades", header: "Students with final grades", format: FORMATS2.count, width: 100 },
    { key: "realisedAuc", header: "Realised AUC", format: FORMATS2.auc, width: 80 },
    { key: "expectedAuc", header: "Expected AUC", format: FORMATS2.auc, width: 80 },
    { key: "verdict", header: "Verdict", format: AUTOMATIC2, width: 120 },
    { key: "alert", header: "Alert", format: AUTOMATIC2, width: 160 },
    { key: "notes", header: "Notes", format: AUTOMATIC2, width: 480 }
  ];
  var column = (key) => HISTORY.findIndex((c) => c.key === key) + 1;
  var MONITORING_HEADER = HISTORY.map((c) => c.header);
  var DETAIL_COLUMNS = [
    ["Column", 340],
    ["Test", 150],
    ["Statistic", 80],
    ["p-value", 80],
    ["Adjusted p (BH)", 110],
    ["Drifted (raw)", 95],
    ["Drifted (corrected)", 130],
    ["What moved", 300],
    ["Blank now", 80],
    ["Blank in training", 120],
    ["Out of range", 95],
    ["Unseen categories", 125]
  ];
  var GAP_WIDTH = 24;
  var DETAIL_COLUMN = HISTORY.length + 2;
  var DETAIL_WIDTH = DETAIL_COLUMNS.length;
  var LAST_COLUMN = DETAIL_COLUMN + DETAIL_WIDTH - 1;
  var LEGEND = [
    "How to read this sheet: one row per daily check on the left, oldest first; the latest check in detail below the chart.",
    "Drifted (raw): columns whose own test says they changed since training (p-value below 0.05, or a distance of 0.1 or more).",
    "Drifted (corrected): the same after the Benjamini-Hochberg correction for testing many columns at once, which keeps chance alarms rare. One such column makes the verdict Drift.",
    "Drifted share: drifted (corrected) columns ÷ columns tested, to follow how far the roster has moved from check to check.",
    "Realised AUC (1 = ranks who failed perfectly, 0.5 = chance) and the accuracy table appear once final grades (G3) are in."
  ];
  var MONITORING_NOTE = "Monitoring: what the daily check found. Left: one row per check, oldest first, never rewritten. Right: the latest check in detail, with how to read it and a chart of the checks so far.";
  var CHART = { row: 2 + LEGEND.length + 1, rows: 18, width: 760, height: 360 };
  var CHART_TITLE = "Drift and realised accuracy, check by check";
  var SERIES_COLOURS = { share: "#0072b2", auc: "#e69f00" };
  var STYLES = {
    plain: {},
    bold: { bold: true },
    legend: { font: "#5f6368" },
    header: { bold: true, background: "#f1f3f4" },
    problem: { bold: true, background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
    /** A problem row in a table: coloured, not bold, so the figures stay easy to read. */
    flagged: { background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
    failed: { bold: true, background: TIER_COLOURS.Medium.background, font: TIER_COLOURS.Medium.font },
    idle: { background: "#e8eaed", font: "#3c4043" }
  };
  function verdictStyle(verdict2) {
    if (verdict2 === "OK") return STYLES.plain;
    if (verdict2 === "Nothing to check") return STYLES.idle;
    if (verdict2 === "Check failed") return STYLES.failed;
    return STYLES.problem;
  }
  function monitoringSheet(spreadsheet, place = namedSheet(spreadsheet, MONITORING_SHEET)) {
    const sheetOf = () => place.findOrCreate(setUpSheet);
    return {
      record(row, detail) {
        const sheet = sheetOf();
        const timeFormat = sheetTimestampFormat(spreadsheet.getSpreadsheetLocale());
        const lastRow = sheet.getLastRow();
        const target = lastHistoryRow(sheet, lastRow) + 1;
        const block = detailBlock(row, detail);
        ensureGrid(sheet, Math.max(target, block.length), LAST_COLUMN);
        writeHistoryRow(sheet, target, row, timeFormat);
        sheet.getRange(1, DETAIL_COLUMN, Math.max(lastRow, 1), DETAIL_WIDTH).clear();
        writeBlock(sheet, block, timeFormat);
        replaceChart(sheet, target);
      },
      note(row) {
        const sheet = sheetOf();
        const target = lastHistoryRow(sheet, sheet.getLastRow()) + 1;
        ensureGrid(sheet, target, LAST_COLUMN);
        writeHistoryRow(sheet, target, row, sheetTimestampFormat(spreadsheet.getSpreadsheetLocale()));
        replaceChart(sheet, target);
      },
      name() {
        return place.find()?.getName() ?? place.usual;
      },
      history() {
        const sheet = place.find();
        if (!sheet) return [];
        const lastRow = sheet.getLastRow();
        if (lastRow < 2) return [];
        const cells = sheet.getRange(2, 1, lastRow - 1, HISTORY.length).getValues();
        return cells.filter((r) => r[0] !== "").map(historyRowOf);
      }
    };
  }
  function setUpSheet(sheet, name) {
    ensureGrid(sheet, 2, LAST_COLUMN);
    sheet.getRange(1, 1, 1, HISTORY.length).setValues([HISTORY.map((c) => c.header)]).setFontWeight("bold").setWrap(true);
    sheet.getRange(1, 1).setNote(MONITORING_NOTE);
    sheet.setFrozenRows(1);
    HISTORY.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    sheet.setColumnWidth(DETAIL_COLUMN - 1, GAP_WIDTH);
    DETAIL_COLUMNS.forEach(([, width], i) => sheet.setColumnWidth(DETAIL_COLUMN + i, width));
    sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
  }
  function ensureGrid(sheet, rows, columns) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
  function lastHistoryRow(sheet, lastRow) {
    if (lastRow < 2) return 1;
    const times = sheet.getRange(2, 1, lastRow - 1, 1).getValues();
    for (let i = times.length - 1; i >= 0; i -= 1) if (times[i]?.[0] !== "") return i + 2;
    return 1;
  }
  function writeHistoryRow(sheet, at, row, timeFormat) {
    const verdict2 = verdictStyle(row.verdict);
    const styles = HISTORY.map((c) => c.key === "verdict" ? verdict2 : STYLES.plain);
    sheet.getRange(at, 1, 1, HISTORY.length).setValues([HISTORY.map((c) => cellOf(row[c.key]))]).setNumberFormats([HISTORY.map((c) => c.format === TIME2 ? timeFormat : c.format)]).setFontWeights([styles.map((s) => s.bold ? "bold" : null)]).setFontColors([styles.map((s) => s.font ?? null)]).setBackgrounds([styles.map((s) => s.background ?? null)]).setWrap(true);
  }
  function cellOf(value) {
    return value === null ? "" : escapeForSheet(value);
  }
  function historyRowOf(cells) {
    const at = (key) => cells[column(key) - 1];
    const number = (key) => {
      const value = at(key);
      return typeof value === "number" ? value : null;
    };
    const text2 = (key) => String(at(key) ?? "");
    const checkedAt = at("checkedAt");
    return {
      checkedAt: checkedAt instanceof Date ? checkedAt : new Date(String(checkedAt)),
      version: number("version"),
      source: text2("source"),
      rowsCompared: number("rowsCompared"),
      columnsTested: number("columnsTested"),
      driftedRaw: number("driftedRaw"),
      driftedCorrected: number("driftedCorrected"),
      driftedShare: number("driftedShare"),
      dataQualityProblems: number("dataQualityProblems"),
      studentsWithGrades: number("studentsWithGrades"),
      realisedAuc: number("realisedAuc"),
      expectedAuc: number("expectedAuc"),
      verdict: text2("verdict"),
      alert: text2("alert"),
      notes: text2("notes")
    };
  }
  var styled = (style, ...values) => values.map((value) => ({ value, style }));
  var blank = () => [];
  function detailBlock(row, detail) {
    const title = [
      { value: "Latest check", style: STYLES.bold },
      { value: detail?.checkedAt ?? row.checkedAt, format: TIME2, style: STYLES.bold },
      { value: row.verdict, style: verdictStyle(row.verdict) }
    ];
    const lines = [title, ...LEGEND.map((text2) => styled(STYLES.legend, text2))];
    while (lines.length < CHART.row - 1 + CHART.rows) lines.push(blank());
    if (!detail) {
      lines.push(styled(STYLES.plain, "This check has no detail: see its Notes in the history."));
      return lines;
    }
    lines.push(styled(STYLES.bold, "Drift by column"));
    lines.push(styled(STYLES.header, ...DETAIL_COLUMNS.map(([header2]) => header2)));
    lines.push(...detail.columns.map(columnLine));
    if (detail.columns.length === 0) lines.push(styled(STYLES.plain, "No column was compared."));
    lines.push(blank(), styled(STYLES.bold, `Data-quality problems (${detail.problems.length})`));
    const problems = detail.problems.length > 0 ? detail.problems : ["None found."];
    lines.push(...problems.map((sentence2) => styled(STYLES.plain, sentence2)));
    lines.push(blank(), ...accuracyLines(detail.accuracy));
    return lines;
  }
  var yesNo2 = (flag) => flag === null ? "" : flag ? "Yes" : "No";
  function columnLine(c) {
    const style = c.driftedCorrected ? STYLES.flagged : STYLES.plain;
    const cells = [
      [c.column],
      [c.test],
      [c.statistic, FORMATS2.p],
      [c.pValue, FORMATS2.p],
      [c.adjustedP, FORMATS2.p],
      [yesNo2(c.driftedRaw)],
      [yesNo2(c.driftedCorrected)],
      [c.moved],
      [c.blankShare, FORMATS2.fineShare],
      [c.referenceBlankShare, FORMATS2.fineShare],
      [c.outOfRange, FORMATS2.count],
      [c.unseen, FORMATS2.count]
    ];
    return cells.map(([value, format]) => ({ value, style, ...format ? { format } : {} }));
  }
  function accuracyLines(rows) {
    const heading = styled(STYLES.bold, "Realised accuracy");
    if (rows.length === 0)
      return [heading, styled(STYLES.plain, "Appears once final grades (G3) are in the roster.")];
    const header2 = styled(
      STYLES.header,
      "Metric",
      "Value",
      "Low (95%)",
      "High (95%)",
      "Cross-validated",
      "Problem",
      "Note"
    );
    const line = (r) => {
      const style = r.problem ? STYLES.flagged : STYLES.plain;
      const figure4 = (value) => ({ value, format: FORMATS2.auc, style });
      return [
        { value: r.metric, style },
        figure4(r.value),
        figure4(r.low),
        figure4(r.high),
        figure4(r.expected),
        { value: r.problem ? "Yes" : "No", style },
        { value: r.note, style }
      ];
    };
    return [heading, header2, ...rows.map(line)];
  }
  function writeBlock(sheet, lines, timeFormat) {
    const grid = lines.map(
      (line) => Array.from({ length: DETAIL_WIDTH }, (_, i) => line[i] ?? { value: "" })
    );
    const map = (read) => grid.map((line) => line.map(read));
    sheet.getRange(1, DETAIL_COLUMN, grid.length, DETAIL_WIDTH).setValues(map((c) => cellOf(c.value))).setNumberFormats(map((c) => c.format === TIME2 ? timeFormat : c.format ?? AUTOMATIC2)).setFontWeights(map((c) => c.style?.bold ? "bold" : null)).setFontColors(map((c) => c.style?.font ?? null)).setBackgrounds(map((c) => c.style?.background ?? null));
  }
  function replaceChart(sheet, lastRow) {
    for (const old of sheet.getCharts()) sheet.removeChart(old);
    const series = (key) => sheet.getRange(1, column(key), lastRow, 1);
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(series("checkedAt")).addRange(series("driftedShare")).addRange(series("realisedAuc")).setPosition(CHART.row, DETAIL_COLUMN, 0, 0).setOption("title", CHART_TITLE).setOption("width", CHART.width).setOption("height", CHART.height).setOption("legend", { position: "bottom" }).setOption("pointSize", 5).setOption("interpolateNulls", true).setOption("series", {
        0: { targetAxisIndex: 0, color: SERIES_COLOURS.share },
        1: { targetAxisIndex: 1, color: SERIES_COLOURS.auc, lineDashStyle: [6, 4] }
      }).setOption("vAxes", {
        0: { title: "Drifted share", format: "percent", viewWindow: { min: 0, max: 1 } },
        1: { title: "Realised AUC", format: "0.0", viewWindow: { min: 0, max: 1 } }
      }).build()
    );
  }

  // src/sheets/spreadsheet-clock.ts
  function spreadsheetClock(spreadsheet) {
    let zone;
    const timeZone = () => zone ?? (zone = spreadsheet.getSpreadsheetTimeZone());
    return {
      timeZone,
      formatTime: (at) => textTimestamp(Utilities.formatDate(at, timeZone(), TEXT_TIMESTAMP_PATTERN), timeZone()),
      offsetAt: (ms) => offsetMinutes(Utilities.formatDate(new Date(ms), timeZone(), "Z"))
    };
  }

  // src/ui/training-report.ts
  var pct2 = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : `${(x * 100).toFixed(1)}%`;
  var num2 = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
  function outOfFold(result) {
    const { outOfFoldAuc, interval } = result.usefulness;
    return `out-of-fold ROC AUC ${num2(outOfFoldAuc)}` + (interval ? ` (95% interval ${num2(interval.low)} to ${num2(interval.high)})` : "");
  }
  function refusalReport(result) {
    const u = result.usefulness;
    return [
      `This model was not published: no version was registered and it scores no one.`,
      ...result.usefulness.refusals,
      `Trained on ${u.rows} students with a final grade (${u.failures} failed, ${u.passes} passed), ${result.version.mode}-term, run ${result.runId} (kept in the Experiments sheet).`,
      `Cross-validated ROC AUC ${num2(result.version.metrics["auc"])} ± ${num2(result.version.metrics["aucSd"])}; ${outOfFold(result)}.`,
      result.champion === null ? "There is no champion yet, so Score students has no model to score with." : `Version ${result.champion} stays the champion.`,
      `To publish a model, train on more graded students (at least ${MIN_PER_OUTCOME} who failed, ${MIN_PER_OUTCOME} who passed and ${MIN_ROWS} in all), for example last year's cohort, and check the Data issues sheet for blank or unreadable cells.`
    ];
  }
  function calibrationLine2(m) {
    return m["plattA"] === void 0 ? `The percentages needed no correction (a correction would not have lowered the Brier score ${num2(m["brier"])}).` : `The percentages were corrected to match observed fail rates better: Brier ${num2(m["brierUncalibrated"])} before, ${num2(m["brier"])} after, measured on students each correction never saw. The ranking is unchanged.`;
  }
  function trainingReport(result, capacity, settingProblems = []) {
    const m = result.version.metrics;
    const lines = result.alias === "refused" ? refusalReport(result) : [
      `Version ${result.version.version} (${result.version.mode}-term model, ${result.version.rows} students, run ${result.runId}).`,
      `Cross-validated ROC AUC ${num2(m["auc"])} ± ${num2(m["aucSd"])}, Brier ${num2(m["brier"])}; ${outOfFold(result)}.`,
      `At the ${pct2(result.version.threshold)} risk threshold: accuracy ${pct2(m["accuracy"])}, recall ${pct2(m["recall"])}, precision ${pct2(m["precision"])}.`,
      `If counsellors see the ${capacity} students at highest risk, they reach about ${pct2(m["topKRecall"])} of those who fail.`,
      calibrationLine2(m),
      `It is now the ${result.alias}: ${result.gateReason}.`
    ];
    return [...lines, ...result.warnings, ...result.notes, ...settingProblems.map((p) => `Setting: ${p}`)].join(
      "\n"
    );
  }
  function reportTraining(dialogs, result, capacity, settingProblems) {
    dialogs.inform(
      result.alias === "refused" ? "PassCompass: model not published" : "PassCompass: model trained",
      trainingReport(result, capacity, settingProblems)
    );
  }

  // src/core/sql/feature-sql.ts
  function featureColumnName(feature, version) {
    const name = feature.name.replace(/>/g, "_gt_").replace(/=/g, "_eq_").replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
    return `v${version}_${name}`;
  }

  // src/core/sql/bqml-weights.ts
  var INTERCEPT_INPUT = "__INTERCEPT__";
  var MAX_CHARACTERS = 2e5;
  function recordsOf(text2) {
    const trimmed = text2.trim();
    if (trimmed === "") throw new DataError("Nothing was pasted: paste the result of ML.WEIGHTS.");
    if (trimmed.length > MAX_CHARACTERS)
      throw new DataError(`The text is ${trimmed.length} characters, too long to be the weights of one model.`);
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) return jsonRecords(trimmed);
    const separator = trimmed.split(/\r?\n/, 1)[0]?.includes("	") ? "	" : ",";
    let parsed;
    try {
      parsed = parseCsv(trimmed, separator);
    } catch (error) {
      throw new DataError(`The pasted text is not CSV that can be read: ${error.message}`);
    }
    const header2 = parsed.header.map((h) => h.trim());
    return {
      rows: parsed.rows.map((row) => Object.fromEntries(header2.map((h, i) => [h, row[i]]))),
      // Line 1 is the header.
      where: (i) => `line ${i + 2}`
    };
  }
  function jsonRecords(text2) {
    let values;
    try {
      const parsed = JSON.parse(text2.startsWith("[") ? text2 : `[${text2.replace(/\}\s*\{/g, "},{")}]`);
      values = Array.isArray(parsed) ? parsed : [parsed];
    } catch (error) {
      throw new DataError(`The pasted text is not valid JSON: ${error.message}`);
    }
    values.forEach((value, i) => {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new DataError(
          `Row ${i + 1} of the pasted JSON is not an object with processed_input and weight.`
        );
    });
    return { rows: values, where: (i) => `row ${i + 1}` };
  }
  function weightOf(value, where, input) {
    const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
    if (typeof value === "string" && value.trim() === "" || !Number.isFinite(number))
      throw new DataError(
        `${where}, "weight" of ${input}: ${value === void 0 || value === null || typeof value === "string" && value.trim() === "" ? "is blank" : `${JSON.stringify(value)} is not a number`}.`
      );
    return number;
  }
  function noCategories(value) {
    if (value === void 0 || value === null) return true;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value === "string" && ["", "[]", "null"].includes(value.trim());
  }
  function readWeightRows(text2) {
    const { rows, where } = recordsOf(text2);
    if (rows.length === 0) throw new DataError("The pasted text has a header but no weights.");
    if (!rows.some((row) => "processed_input" in row) || !rows.some((row) => "weight" in row))
      throw new DataError(
        'The pasted text has no "processed_input" and "weight" columns: paste the result of SELECT * FROM ML.WEIGHTS(MODEL …), with its header.'
      );
    const trials = new Set(rows.map((row) => row["trial_id"]).filter((t) => t !== void 0 && t !== ""));
    if (trials.size > 1)
      throw new DataError(
        `The weights are of ${trials.size} hyperparameter trials; keep one (WHERE trial_id = …) and paste again.`
      );
    return rows.map((row, i) => {
      const at = where(i);
      if (row["class_label"] !== void 0 && row["class_label"] !== null && row["class_label"] !== "")
        throw new DataError(
          `${at} has a "class_label": that is a multiclass model, not the one PassCompass wrote.`
        );
      const input = typeof row["processed_input"] === "string" ? row["processed_input"].trim() : "";
      if (input === "") throw new DataError(`${at}, "processed_input" is blank.`);
      if (!noCategories(row["category_weights"]))
        throw new DataError(
          `${at}, "category_weights" of ${input} is not empty: the input was one-hot encoded by BigQuery ML, so the model was not trained with the TRANSFORM that export-sql --create-model writes.`
        );
      return { at, input, weight: weightOf(row["weight"], at, input) };
    });
  }
  function readBigQueryWeights(text2) {
    const rows = readWeightRows(text2);
    const intercepts = rows.filter((row) => row.input === INTERCEPT_INPUT);
    if (intercepts.length !== 1)
      throw new DataError(
        intercepts.length === 0 ? `There is no ${INTERCEPT_INPUT} row: paste every row of ML.WEIGHTS.` : `${INTERCEPT_INPUT} is there ${intercepts.length} times (${intercepts.map((r) => r.at).join(", ")}).`
      );
    const weights = /* @__PURE__ */ new Map();
    let version = null;
    for (const row of rows) {
      if (row.input === INTERCEPT_INPUT) continue;
      const prefix = /^v([1-9][0-9]*)_./.exec(row.input);
      if (!prefix)
        throw new DataError(
          `${row.at}, "processed_input" ${JSON.stringify(row.input)} is not a PassCompass input (vN_…): the model was not trained with the TRANSFORM that export-sql --create-model writes.`
        );
      const of = Number(prefix[1]);
      if (version !== null && of !== version)
        throw new DataError(
          `${row.at}, "processed_input" ${row.input} is an input of version ${of}, the rows before it of version ${version}.`
        );
      version = of;
      if (weights.has(row.input))
        throw new DataError(`${row.at}, "processed_input" ${row.input} is there twice.`);
      weights.set(row.input, row.weight);
    }
    if (version === null) throw new DataError("The weights have an intercept but no inputs.");
    return { version, intercept: intercepts[0].weight, weights };
  }
  function importedModel(source, weights, measuredOn) {
    const byColumn = new Map(
      source.encoding.features.map((f) => [featureColumnName(f, weights.version), f.name])
    );
    const unknown = [...weights.weights.keys()].filter((column2) => !byColumn.has(column2));
    if (unknown.length > 0)
      throw new DataError(
        `Version ${weights.version} has no input ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ""}: were these weights made with another workbook?`
      );
    const missing = [...byColumn.keys()].filter((column2) => !weights.weights.has(column2));
    if (missing.length > 0)
      throw new DataError(
        `The weights have no row for ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}, inputs of version ${weights.version}: paste every row of ML.WEIGHTS.`
      );
    const coefficients = {};
    for (const [column2, name] of byColumn) coefficients[name] = weights.weights.get(column2);
    const origin = { from: "BigQuery ML", inputsOf: weights.version };
    return {
      ...source,
      intercept: weights.intercept,
      coefficients,
      training: { steps: 0, learningRate: 0, appliedRate: 0, ...measuredOn },
      origin
    };
  }

  // src/jobs/import-weights.ts
  var round2 = (x, digits = 4) => Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
  function measurableRows(deps, model, inputsOf) {
    const checked = checkStudents(deps.students, deps.issues);
    const missing = modelAttributes(model).filter((a) => !checked.columns.byAttribute.has(a));
    if (missing.length > 0)
      throw new DataError(
        `The Students sheet has no column for ${missing.join(", ")}, which version ${inputsOf}'s inputs read.`,
        { row: 1, column: missing[0] }
      );
    const all = trainingRows(checked, deps.settings.passMark);
    const keep = all.records.map((record) => scoreability(model, record).ok);
    return {
      records: all.records.filter((_, i) => keep[i]),
      labels: all.labels.filter((_, i) => keep[i]),
      notScored: keep.filter((ok) => !ok).length
    };
  }
  function measuredMetrics(risks, labels, threshold, capacity) {
    const at = metricsAtThreshold(risks, labels, threshold);
    const topK = topKMetrics(risks, labels, Math.max(1, Math.min(capacity, risks.length)));
    return {
      auc: round2(rocAuc(risks, labels)),
      brier: round2(brierScore(risks, labels)),
      accuracyAtHalf: round2(metricsAtThreshold(risks, labels, 0.5).accuracy),
      accuracy: round2(at.accuracy),
      precision: round2(at.precision),
      recall: round2(at.recall),
      f1: round2(at.f1),
      topKRecall: round2(topK.recall),
      topKPrecision: round2(topK.precision)
    };
  }
  function importBigQueryWeights(deps, text2) {
    const started = deps.now();
    const registry = Registry.read(deps, deps.digests);
    const experimentRows = deps.experiments.rows();
    const weights = readBigQueryWeights(text2);
    const known = registry.versions.some((v) => "version" in v && v.version === weights.version);
    const claimed = registry.versions.some((v) => "claims" in v && v.claims === weights.version);
    if (!known && !claimed)
      throw new DataError(
        `These weights were fitted on the inputs of version ${weights.version} (their names start v${weights.version}_), which this spreadsheet has never registered: import them where export-sql --create-model was run.`
      );
    const source = registry.load(weights.version);
    const sourceModel = readModel(source.modelJson);
    if (typeof sourceModel === "string")
      throw new DataError(`Version ${weights.version}'s model ${sourceModel}.`);
    const probe = importedModel(sourceModel, weights, { rows: 1, failures: 0 });
    const { records, labels, notScored } = measurableRows(deps, probe, weights.version);
    const failures = labels.reduce((sum3, label3) => sum3 + label3, 0);
    const model = importedModel(sourceModel, weights, { rows: records.length, failures });
    const risks = riskOfFailing(model, records);
    const usefulness = judgeUsefulness(risks, labels, "ROC AUC on the graded students of this workbook");
    const runId = nextRunId(experimentRows);
    const dataFingerprint = fingerprint(records, labels, deps.digests);
    const row = (outcome, version2, metrics2) => importRow({
      runId,
      at: started,
      dataFingerprint,
      records,
      failures,
      mode: source.mode,
      weights,
      deps,
      version: version2,
      metrics: metrics2,
      outcome
    });
    if (usefulness.refusals.length > 0) {
      const turned = usefulness.outOfFoldAuc < 0.5 ? " The weights rank students who failed below those who passed: check that the model was trained on failed = 1 for a final grade below the pass mark, as the CREATE MODEL says." : "";
      const why = usefulness.refusals.join(" ") + turned;
      deps.experiments.append([row(`refused, not registered: ${why}`, null, null)]);
      return { status: "refused", runId, inputsOf: weights.version, why, usefulness };
    }
    const threshold = chooseThreshold(risks, labels, "f1");
    const metrics = measuredMetrics(risks, labels, threshold, deps.settings.capacity);
    const candidate = {
      version: registry.nextVersion(versionsNamedIn(experimentRows)),
      createdAt: deps.now().toISOString(),
      experimentId: runId,
      dataFingerprint,
      rows: records.length,
      mode: source.mode,
      features: model.encoding.features.map((f) => f.name),
      metrics,
      threshold,
      modelJson: JSON.stringify({ ...model, addOnVersion: PASSCOMPASS_VERSION }),
      // Stryker disable next-line StringLiteral: equivalent, the checksum covers no checksum cell and is set just below
      checksum: "",
      status: "",
      catchCurve: catchCurve(risks, labels),
      referenceSample: encodeReferenceSample(
        referenceSampleThatFits(records, modelAttributes(model), { seed: deps.settings.seed })
      ),
      evidence: null
    };
    const version = {
      ...candidate,
      checksum: versionChecksum(candidate, deps.digests.sha256Hex)
    };
    const reason = `imported from BigQuery ML on the inputs of version ${weights.version}; measured on ${records.length} rows of this workbook, not cross-validated`;
    const move = {
      at: version.createdAt,
      alias: "challenger",
      from: registry.aliases().challenger,
      to: version.version,
      by: SET_BY_IMPORT,
      reason
    };
    registry.commit(version, [move]);
    deps.experiments.append([row(`challenger: ${reason}`, version.version, metrics)]);
    const notes2 = [...registry.problems];
    if (notScored > 0)
      notes2.push(
        `${notScored} graded row${notScored === 1 ? " was" : "s were"} left out: they cannot be scored.`
      );
    return {
      status: "registered",
      runId,
      version,
      inputsOf: weights.version,
      measured: records.length,
      notScored,
      notes: notes2
    };
  }
  function importRow(r) {
    const m = (name) => r.metrics?.[name] ?? "";
    const parameters = {
      importedFrom: "BigQuery ML",
      inputsOf: r.weights.version,
      measuredOn: "this workbook’s graded rows, not cross-validated",
      passMark: r.deps.settings.passMark,
      capacity: r.deps.settings.capacity,
      addOnVersion: PASSCOMPASS_VERSION
    };
    const row = [
      r.runId,
      r.at,
      r.dataFingerprint,
      r.records.length,
      r.failures,
      r.mode,
      JSON.stringify(parameters),
      m("auc"),
      "",
      m("accuracy"),
      m("precision"),
      m("recall"),
      m("f1"),
      m("brier"),
      m("topKRecall"),
      m("topKPrecision"),
      "[]",
      Number(((r.deps.now().getTime() - r.at.getTime()) / 1e3).toFixed(2)),
      r.version ?? "",
      r.outcome
    ];
    if (row.length !== EXPERIMENT_HEADER.length)
      throw new Error("The import row does not fit the Experiments header.");
    return row;
  }

  // src/ui/import-report.ts
  var pct3 = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : `${(x * 100).toFixed(1)}%`;
  var num3 = (x) => x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
  function importReport(result) {
    if (result.status === "refused")
      return [
        `These weights were not registered: ${result.why}`,
        `Measured on ${result.usefulness.rows} graded students of this workbook (${result.usefulness.failures} failed): ROC AUC ${num3(result.usefulness.outOfFoldAuc)}. Run ${result.runId} is in the Experiments sheet.`
      ].join("\n");
    const v = result.version;
    const m = v.metrics;
    return [
      `Version ${v.version}: BigQuery ML's weights on the inputs of version ${result.inputsOf} (${v.mode}-term, run ${result.runId}).`,
      `Measured on the ${result.measured} graded students of this workbook: ROC AUC ${num3(m["auc"])}, Brier ${num3(m["brier"])}. These figures are not cross-validated: if BigQuery ML was trained on these students too, they flatter it.`,
      `At the ${pct3(v.threshold)} risk threshold (chosen on these rows): accuracy ${pct3(m["accuracy"])}, recall ${pct3(m["recall"])}, precision ${pct3(m["precision"])}.`,
      `It is now the challenger; the champion has not changed. Compare the two model cards, then use Promote challenger… if it should score students.`,
      ...result.notes
    ].join("\n");
  }
  function reportImport(dialogs, result) {
    dialogs.inform(
      result.status === "refused" ? "PassCompass: weights not registered" : "PassCompass: weights imported",
      importReport(result)
    );
  }

  // src/active-spreadsheet.ts
  var INFERENCE_LOG_SHEET = "Inference log";
  var ROWS_PER_EXECUTION_KEY2 = "passcompass.rowsPerExecution";
  var DOCUMENT_ID_KEY = "passcompass.documentId";
  function activeSpreadsheet() {
    const active = SpreadsheetApp.getActive();
    if (active) return active;
    const id = PropertiesService.getDocumentProperties().getProperty(DOCUMENT_ID_KEY);
    if (!id) throw new Error("PassCompass cannot tell which spreadsheet this background run belongs to.");
    return SpreadsheetApp.openById(id);
  }

  // src/core/api/constant-time-equal.ts
  function constantTimeEqual(given, expected) {
    const length = Math.max(given.length, expected.length);
    let difference = given.length ^ expected.length;
    for (let i = 0; i < length; i += 1) {
      difference |= (given.charCodeAt(i) | 0) ^ (expected.charCodeAt(i) | 0);
    }
    return difference === 0;
  }
  function newToken(uuid) {
    const token = `${uuid()}${uuid()}`.replace(/-/g, "").toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(token)) throw new TypeError("uuid() must return UUIDs to make a token.");
    return token;
  }

  // src/core/api/api-limits.ts
  var MAX_BODY_CHARS = 1e6;
  var MAX_STUDENTS_PER_REQUEST = 1e3;
  var MAX_KEY_CHARS = 200;
  var MAX_PROBLEMS_LISTED = 100;

  // src/core/api/predict-request.ts
  function shownValue(value) {
    const text2 = value === void 0 ? "missing" : JSON.stringify(value) ?? String(value);
    return text2.length > 60 ? `${text2.slice(0, 57)}…` : text2;
  }
  function fieldPath(path, field) {
    if (/^[A-Za-z_$][\w$]*$/.test(field)) return path ? `${path}.${field}` : field;
    return `${path}[${JSON.stringify(field)}]`;
  }
  var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  function parseBody(body) {
    if (body === null || body === void 0 || body === "")
      return { ok: false, problems: ['body: is empty; send a JSON object with "students"'] };
    if (body.length > MAX_BODY_CHARS)
      return {
        ok: false,
        problems: [`body: has ${body.length} characters; at most ${MAX_BODY_CHARS} are accepted`]
      };
    let json;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, problems: ["body: is not valid JSON"] };
    }
    if (!isObject2(json)) return { ok: false, problems: [`body: ${shownValue(json)} is not a JSON object`] };
    return { ok: true, value: json };
  }
  function tokenInBody(body) {
    return typeof body["token"] === "string" ? body["token"] : null;
  }
  function readStudents2(body) {
    const problems = [];
    for (const field of Object.keys(body)) {
      if (field !== "students" && field !== "token")
        problems.push(`${fieldPath("", field)}: is not a field of a request`);
    }
    const students2 = body["students"];
    if (!Array.isArray(students2)) {
      problems.push(`students: ${shownValue(students2)} is not a list of students`);
      return { ok: false, problems };
    }
    if (students2.length === 0) problems.push("students: is empty");
    if (students2.length > MAX_STUDENTS_PER_REQUEST)
      problems.push(
        `students: has ${students2.length} students; at most ${MAX_STUDENTS_PER_REQUEST} per request`
      );
    if (problems.length > 0) return { ok: false, problems };
    const read = students2.map((student, i) => readStudent(student, `students[${i}]`, problems));
    if (problems.length === 0) return { ok: true, value: read };
    const more = problems.length - MAX_PROBLEMS_LISTED;
    const listed3 = problems.slice(0, MAX_PROBLEMS_LISTED);
    return {
      ok: false,
      problems: more > 0 ? [...listed3, `…and ${more} more ${more === 1 ? "problem" : "problems"}`] : listed3
    };
  }
  function readStudent(student, path, problems) {
    const values = {};
    if (!isObject2(student)) {
      problems.push(`${path}: ${shownValue(student)} is not a JSON object`);
      return { key: null, values };
    }
    let key = null;
    for (const [field, value] of Object.entries(student)) {
      if (field === "key") {
        key = readKey(value, `${path}.key`, problems);
        continue;
      }
      const attribute = attributeForHeader(field);
      if (!attribute) {
        problems.push(`${fieldPath(path, field)}: is not a student attribute PassCompass knows`);
        continue;
      }
      if (attribute.name in values) {
        problems.push(`${fieldPath(path, field)}: gives ${attribute.name} a second time`);
        continue;
      }
      const reading = normaliseValue(attribute, value);
      if (reading.kind === "invalid")
        problems.push(`${fieldPath(path, field)}: ${shownValue(value)} ${reading.problem}`);
      else if (value !== null && !isScalar(value))
        problems.push(`${fieldPath(path, field)}: ${shownValue(value)} is not a single value`);
      else values[attribute.name] = reading.value;
    }
    return { key, values };
  }
  var isScalar = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";
  function readKey(value, path, problems) {
    if (value === null) return null;
    if (typeof value !== "string" && typeof value !== "number" || String(value).trim() === "") {
      problems.push(`${path}: ${shownValue(value)} is not a student key (a non-empty string)`);
      return null;
    }
    const key = String(value).trim();
    if (key.length > MAX_KEY_CHARS) {
      problems.push(`${path}: has ${key.length} characters; at most ${MAX_KEY_CHARS}`);
      return null;
    }
    return key;
  }

  // src/web-app.ts
  var API_TOKEN_KEY = "passcompass.webApiToken";
  var API_SPREADSHEET_KEY = "passcompass.webApiSpreadsheetId";
  function servedSpreadsheet() {
    const id = PropertiesService.getScriptProperties().getProperty(API_SPREADSHEET_KEY);
    if (!id) throw new DataError("The web API is off: create a token with PassCompass ▸ Web API token….");
    return SpreadsheetApp.openById(id);
  }
  function jsonOutput(value) {
    return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
  }
  function apiServices() {
    const spreadsheet = servedSpreadsheet();
    const store = documentStore();
    const owned = new SheetOwnership(spreadsheet, store, () => void 0);
    const record = (name, header2) => new SpreadsheetRecordSheet(spreadsheet, owned.sheet(name, header2), header2);
    return {
      versions: record(VERSIONS_SHEET, [...VERSION_HEADER]),
      aliases: record(ALIASES_SHEET, [...ALIAS_HEADER]),
      log: () => record(INFERENCE_LOG_SHEET, LOG_HEADER),
      store,
      digests
    };
  }
  function answerPredictRequest(event) {
    try {
      const body = parseBody(event?.postData?.contents);
      if (!body.ok) return { error: "The request is not valid.", problems: body.problems };
      const expected = PropertiesService.getScriptProperties().getProperty(API_TOKEN_KEY);
      if (!expected) return { error: "The web API is off: create a token with PassCompass ▸ Web API token…." };
      const given = tokenInBody(body.value) ?? event?.parameter?.["token"] ?? "";
      if (!constantTimeEqual(String(given), expected)) return { error: "The token is missing or wrong." };
      const students2 = readStudents2(body.value);
      if (!students2.ok) return { error: "The request is not valid.", problems: students2.problems };
      return withDocumentLock(() => {
        const deps = apiServices();
        return predictStudents(
          {
            ...deps,
            log: deps.log(),
            settings: settingsStore.read().settings,
            now: () => /* @__PURE__ */ new Date(),
            uuid: () => Utilities.getUuid()
          },
          students2.value
        );
      });
    } catch (error) {
      if (error instanceof DataError) return { error: error.message };
      Logger.log(
        `PassCompass web API: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
      return {
        error: "PassCompass could not answer this request; the script owner can see why in the executions log."
      };
    }
  }
  function createWebApiToken() {
    const ui = SpreadsheetApp.getUi();
    const token = newToken(() => Utilities.getUuid());
    PropertiesService.getScriptProperties().setProperties({
      [API_TOKEN_KEY]: token,
      [API_SPREADSHEET_KEY]: activeSpreadsheet().getId()
    });
    ui.alert(
      "PassCompass: web API token",
      `The new token is:

${token}

Copy it now: PassCompass does not show it again. Any earlier token no longer works. Callers send it as "token" in the JSON body (see the README, "Web API").`,
      ui.ButtonSet.OK
    );
  }
  function answerHealthRequest() {
    try {
      return jsonOutput(health(apiServices()));
    } catch (error) {
      if (error instanceof DataError) return jsonOutput({ status: "off", error: error.message });
      Logger.log(
        `PassCompass web API: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
      return jsonOutput({ status: "error", error: "PassCompass could not read its model registry." });
    }
  }

  // src/main.ts
  function services(spreadsheet = activeSpreadsheet(), dialogs = spreadsheetDialogs(spreadsheet)) {
    const store = documentStore();
    const owned = new SheetOwnership(spreadsheet, store, (message) => dialogs.toast(message, "PassCompass"));
    const record = (name, header2) => new SpreadsheetRecordSheet(spreadsheet, owned.sheet(name, header2), header2);
    return {
      spreadsheet,
      owned,
      students: new SpreadsheetTable(namedSheet(spreadsheet, STUDENTS_SHEET), { columns: owned }),
      issues: new SpreadsheetTable(owned.sheet(DATA_ISSUES_SHEET, ISSUE_HEADER), {
        rewrittenByPassCompass: true
      }),
      experiments: record(EXPERIMENTS_SHEET, EXPERIMENT_HEADER),
      versions: record(VERSIONS_SHEET, [...VERSION_HEADER]),
      aliases: record(ALIASES_SHEET, [...ALIAS_HEADER]),
      summary: summarySheet(owned.sheet(SUMMARY_SHEET, SUMMARY_HEADER)),
      roster: new SpreadsheetRosterSheet(spreadsheet, STUDENTS_SHEET, owned),
      log: record(INFERENCE_LOG_SHEET, LOG_HEADER),
      monitoring: monitoringSheet(spreadsheet, owned.sheet(MONITORING_SHEET, MONITORING_HEADER)),
      dialogs,
      store,
      digests,
      now: () => /* @__PURE__ */ new Date(),
      clock: spreadsheetClock(spreadsheet)
    };
  }
  function background(deps, firingTriggerId = null) {
    const documentId = deps.spreadsheet.getId();
    const trigger = tickScheduler(documentId, firingTriggerId);
    return {
      store: deps.store,
      now: deps.now,
      scheduler: {
        wakeAt(at) {
          if (deps.store.get(DOCUMENT_ID_KEY) !== documentId) deps.store.set(DOCUMENT_ID_KEY, documentId);
          trigger.wakeAt(at);
        },
        sleep() {
          trigger.sleep();
          if (deps.store.get(DOCUMENT_ID_KEY) !== null) deps.store.remove(DOCUMENT_ID_KEY);
        }
      },
      withLock: withDocumentLock,
      reportFailure: mailExecutionOwner,
      continueScoring: () => score3(deps, { kind: "follow-up" }),
      runMonitoringCheck: () => runMonitoringCheck(monitoring(deps)),
      showFailure: (what, message, retryAt) => withDocumentLock(
        () => deps.monitoring.note(backgroundFailureRow(deps.now(), what, message, deps.clock.formatTime(retryAt)))
      ),
      monitoringHour: () => settingsStore.read().settings.monitoringHour,
      offsetAt: deps.clock.offsetAt,
      formatTime: deps.clock.formatTime
    };
  }
  function monitoring(deps) {
    return {
      ...deps,
      mailer: alertMailer,
      settings: settingsStore.read().settings,
      spreadsheet: { name: deps.spreadsheet.getName(), url: deps.spreadsheet.getUrl() },
      formatTime: deps.clock.formatTime
    };
  }
  function checkNow(deps = services()) {
    tellBackgroundNotice(deps);
    const { row, problem } = withDocumentLock(() => runMonitoringCheck(monitoring(deps)));
    const lines = [
      `Verdict: ${row.verdict}.`,
      row.notes,
      `Alert: ${row.alert}.`,
      `The ${deps.monitoring.name()} sheet has the details.`
    ];
    deps.dialogs.inform(
      problem ? "PassCompass: the check found problems" : "PassCompass: check finished",
      lines.filter(Boolean).join("\n")
    );
    return { verdict: row.verdict, alert: row.alert };
  }
  function setDailyMonitoring(on) {
    const deps = services();
    const jobs2 = background(deps);
    return withDocumentLock(
      () => on ? turnOnMonitoring(
        jobs2,
        Session.getActiveUser().getEmail(),
        settingsStore.read().settings.monitoringHour
      ) : turnOffMonitoring(jobs2)
    );
  }
  function score3(deps, request) {
    const rowsPerExecution2 = Number(deps.store.get(ROWS_PER_EXECUTION_KEY2)) || void 0;
    return scoreStudents(
      {
        ...deps,
        settings: settingsStore.read().settings,
        uuid: () => Utilities.getUuid(),
        ...rowsPerExecution2 ? { rowsPerExecution: rowsPerExecution2 } : {}
      },
      request
    );
  }
  function tellBackgroundNotice(deps) {
    const notice = takeNotice(deps.store);
    if (notice) deps.dialogs.inform("PassCompass: background work", notice);
    const heartbeat = heartbeatNotice(deps.store, deps.now(), deps.clock.formatTime);
    if (heartbeat) deps.dialogs.inform("PassCompass: daily monitoring", heartbeat);
  }
  function scoreFromMenu(deps = services()) {
    tellBackgroundNotice(deps);
    const pending = pendingRun(deps.store);
    const resume = pending ? {
      runId: pending.runId,
      continueIt: deps.dialogs.confirm(
        "Continue scoring?",
        `A scoring run stopped after ${pending.nextRow} of ${pending.dataRows} rows. Yes continues it; No starts again from the first row.`
      )
    } : null;
    const jobs2 = background(deps);
    beginScoringAttempt(jobs2);
    let result;
    try {
      result = withDocumentLock(() => score3(deps, { kind: "menu", resume }));
    } catch (error) {
      if (!pendingRun(deps.store)) recordScoring(jobs2, { status: "idle", why: "" });
      throw error;
    }
    recordScoring(jobs2, result);
    if (result.status === "finished")
      deps.dialogs.inform("PassCompass: students scored", scoringSummary(result));
    else if (result.status === "continuing")
      deps.dialogs.toast(
        `Scored ${result.scored} of ${result.dataRows} rows; PassCompass continues in a few minutes.`,
        "PassCompass"
      );
    else deps.dialogs.inform("PassCompass: Score students", result.why);
    return result;
  }
  function tick(event) {
    const firing = event?.triggerUid ?? null;
    const spreadsheet = SpreadsheetApp.getActive() ?? (documentStore().get(DOCUMENT_ID_KEY) ? activeSpreadsheet() : null);
    if (!spreadsheet) {
      removeTrigger(firing);
      return { ran: [] };
    }
    return runTick(background(services(spreadsheet), firing));
  }
  function checkDataNow(deps) {
    return withDocumentLock(() => checkData(deps));
  }
  function train3(deps) {
    tellBackgroundNotice(deps);
    const { settings, problems } = settingsStore.read();
    const result = withDocumentLock(() => {
      const trained = trainModel({ ...deps, settings });
      if (trained.alias !== "refused")
        writeCardOf(trained.version, {
          cards: modelCardSheets(deps.spreadsheet, deps.owned),
          settings,
          formatTime: deps.clock.formatTime
        });
      return trained;
    });
    reportTraining(deps.dialogs, result, settings.capacity, problems);
    return { version: result.version.version, alias: result.alias, auc: result.version.metrics["auc"] };
  }
  function showModelCard(deps, ask) {
    let which = "champion";
    if (ask) {
      const answer = deps.dialogs.prompt(
        "PassCompass: model card",
        "Which version? Leave blank for the champion, the version that scores students."
      );
      if (answer === null) return null;
      if (answer !== "") {
        const number = Number(answer.replace(/^v(ersion)?\s*/i, ""));
        if (!Number.isInteger(number) || number < 1) {
          deps.dialogs.inform("PassCompass: model card", `"${answer}" is not a version number.`);
          return null;
        }
        which = number;
      }
    }
    const { settings } = settingsStore.read();
    const cards = modelCardSheets(deps.spreadsheet, deps.owned);
    const written = withDocumentLock(
      () => writeModelCard({ ...deps, cards, settings, formatTime: deps.clock.formatTime }, which)
    );
    cards.show?.(written.version);
    deps.dialogs.toast(
      `The model card of version ${written.version} is on the "${written.sheet}" sheet.`,
      "PassCompass"
    );
    return written;
  }
  var IMPORT_QUESTION = "Paste the JSON of SELECT * FROM ML.WEIGHTS(MODEL …) (bq query --format=json, or Save results ▸ JSON in the BigQuery console) for a model made with passcompass export-sql --create-model. It becomes the challenger; the champion does not change.";
  function importWeights(deps) {
    tellBackgroundNotice(deps);
    const text2 = deps.dialogs.prompt("PassCompass: import BigQuery ML weights", IMPORT_QUESTION);
    if (text2 === null) return null;
    const { settings } = settingsStore.read();
    const result = withDocumentLock(() => {
      const imported = importBigQueryWeights({ ...deps, settings }, text2);
      if (imported.status === "registered")
        writeCardOf(imported.version, {
          cards: modelCardSheets(deps.spreadsheet, deps.owned),
          settings,
          formatTime: deps.clock.formatTime
        });
      return imported;
    });
    reportImport(deps.dialogs, result);
    return result.status === "registered" ? { status: result.status, version: result.version.version } : { status: result.status, version: null };
  }
  function answerSidebarRequest(raw) {
    const spreadsheet = activeSpreadsheet();
    return answerSidebar(raw, {
      status() {
        const deps = services(spreadsheet);
        const { settings } = settingsStore.read();
        return sidebarStatus(workbookStatus({ ...deps, settings }), settings, deps.clock.formatTime);
      },
      asker: () => spreadsheetDialogs(spreadsheet),
      run(action, dialogs) {
        const deps = services(spreadsheet, dialogs);
        if (action === "checkData") checkDataNow(deps);
        else if (action === "train") train3(deps);
        else if (action === "score") scoreFromMenu(deps);
        else if (action === "checkNow") checkNow(deps);
        else if (action === "modelCard") showModelCard(deps, false);
        else entryPoints.showSettings();
      }
    });
  }
  function loadSampleFromMenu(courses) {
    return runFromMenu(() => {
      const { students: students2, dialogs } = services();
      return loadSample(courses, { files: projectFiles, digests, students: students2, dialogs });
    });
  }
  var entryPoints = {
    /**
     * Simple trigger: builds the menu. Under AuthMode.NONE (an add-on not yet enabled in this document) nothing
     * else is allowed, and only an add-on runs there; otherwise the install decides the kind of menu.
     */
    onOpen(event) {
      const bound2 = event?.authMode !== ScriptApp.AuthMode.NONE && ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
      buildAddonMenu(SpreadsheetApp.getUi(), bound2);
    },
    /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
    onInstall(event) {
      entryPoints.onOpen(event);
    },
    loadSampleMath: () => loadSampleFromMenu(["math"]),
    loadSamplePortuguese: () => loadSampleFromMenu(["portuguese"]),
    loadSampleBothCourses: () => loadSampleFromMenu(["math", "portuguese"]),
    checkData: () => runFromMenu(() => checkDataNow(services())),
    trainModel: () => runFromMenu(() => train3(services())),
    /** Opens the sidebar: where PassCompass stands, the main jobs as buttons, and help for teachers. */
    showSidebar: () => showSidebar(),
    /** Called by the sidebar through google.script.run: a `SidebarRequest` in, a `SidebarReply` out. */
    sidebarRequest: (raw) => answerSidebarRequest(raw),
    showSettings: () => {
      const store = documentStore();
      const status = monitoringStatus(store);
      const timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
      showSettingsDialog(settingsStore.read().settings, {
        on: status.on,
        turnedOnBy: status.turnedOnBy,
        timeZone
      });
    },
    /** Called by the settings dialog through google.script.run: plain JSON in, plain JSON out. */
    saveSettings: (raw) => {
      const saved = settingsStore.save(
        typeof raw === "object" && raw !== null ? raw : {}
      );
      if (saved.saved) {
        const deps = services();
        withDocumentLock(
          () => moveMonitoringHour(background(deps), settingsStore.read().settings.monitoringHour)
        );
      }
      return saved;
    },
    /** Called by the settings dialog: turns daily monitoring on or off; returns what to tell the person. */
    setDailyMonitoring: (on) => setDailyMonitoring(on === true),
    checkNow: () => runFromMenu(checkNow),
    turnOnDailyMonitoring: () => runFromMenu(() => {
      const deps = services();
      tellBackgroundNotice(deps);
      deps.dialogs.inform("PassCompass: daily monitoring", setDailyMonitoring(true));
    }),
    turnOffDailyMonitoring: () => runFromMenu(() => {
      const deps = services();
      deps.dialogs.inform("PassCompass: daily monitoring", setDailyMonitoring(false));
    }),
    scoreStudents: () => runFromMenu(scoreFromMenu),
    /** The one background trigger of this document (time-driven): runs whatever is due. */
    passCompassTick: (event) => tick(event),
    /** The background trigger's name in earlier versions; a trigger left from one runs the tick and is replaced. */
    continueScoring: (event) => tick(event),
    /** Model card…: (re)writes the card of the champion or a chosen version and shows its sheet. */
    showModelCard: () => runFromMenu(() => showModelCard(services(), true)),
    promoteChallenger: () => runFromMenu(
      () => promoteChallenger({
        ...services(),
        equityGapLimit: settingsStore.read().settings.equityGapLimit
      })
    ),
    rollBackChampion: () => runFromMenu(() => rollBackChampion(services())),
    /** Import BigQuery ML weights…: a model trained in the warehouse comes back as the challenger. */
    importBigQueryWeights: () => runFromMenu(() => importWeights(services())),
    /** Web API token…: creates or rotates the token of the web API and shows it once. */
    createWebApiToken: () => runFromMenu(createWebApiToken),
    /** The web app's POST: predictions as JSON (README, "Web API"). */
    doPost: (event) => jsonOutput(answerPredictRequest(event)),
    /** The web app's GET: health, the champion's version and metrics; never student data. */
    doGet: () => answerHealthRequest()
  };
  return __toCommonJS(main_exports);
})();

function onOpen() {
  return PassCompass.entryPoints.onOpen.apply(null, arguments);
}
function onInstall() {
  return PassCompass.entryPoints.onInstall.apply(null, arguments);
}
function loadSampleMath() {
  return PassCompass.entryPoints.loadSampleMath.apply(null, arguments);
}
function loadSamplePortuguese() {
  return PassCompass.entryPoints.loadSamplePortuguese.apply(null, arguments);
}
function loadSampleBothCourses() {
  return PassCompass.entryPoints.loadSampleBothCourses.apply(null, arguments);
}
function checkData() {
  return PassCompass.entryPoints.checkData.apply(null, arguments);
}
function trainModel() {
  return PassCompass.entryPoints.trainModel.apply(null, arguments);
}
function showSidebar() {
  return PassCompass.entryPoints.showSidebar.apply(null, arguments);
}
function sidebarRequest() {
  return PassCompass.entryPoints.sidebarRequest.apply(null, arguments);
}
function showSettings() {
  return PassCompass.entryPoints.showSettings.apply(null, arguments);
}
function saveSettings() {
  return PassCompass.entryPoints.saveSettings.apply(null, arguments);
}
function setDailyMonitoring() {
  return PassCompass.entryPoints.setDailyMonitoring.apply(null, arguments);
}
function checkNow() {
  return PassCompass.entryPoints.checkNow.apply(null, arguments);
}
function turnOnDailyMonitoring() {
  return PassCompass.entryPoints.turnOnDailyMonitoring.apply(null, arguments);
}
function turnOffDailyMonitoring() {
  return PassCompass.entryPoints.turnOffDailyMonitoring.apply(null, arguments);
}
function scoreStudents() {
  return PassCompass.entryPoints.scoreStudents.apply(null, arguments);
}
function passCompassTick() {
  return PassCompass.entryPoints.passCompassTick.apply(null, arguments);
}
function continueScoring() {
  return PassCompass.entryPoints.continueScoring.apply(null, arguments);
}
function showModelCard() {
  return PassCompass.entryPoints.showModelCard.apply(null, arguments);
}
function promoteChallenger() {
  return PassCompass.entryPoints.promoteChallenger.apply(null, arguments);
}
function rollBackChampion() {
  return PassCompass.entryPoints.rollBackChampion.apply(null, arguments);
}
function importBigQueryWeights() {
  return PassCompass.entryPoints.importBigQueryWeights.apply(null, arguments);
}
function createWebApiToken() {
  return PassCompass.entryPoints.createWebApiToken.apply(null, arguments);
}
function doPost() {
  return PassCompass.entryPoints.doPost.apply(null, arguments);
}
function doGet() {
  return PassCompass.entryPoints.doGet.apply(null, arguments);
}

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

  // src/core/data/csv.ts
  function parseCsv(text, separator = detectSeparator(text)) {
    const records = splitRecords(text.replace(/^\uFEFF/, ""), separator);
    const header = records.shift();
    if (!header) return { header: [], rows: [] };
    records.forEach((record, index) => {
      if (record.length !== header.length) {
        throw new RangeError(
          `CSV line ${index + 2} has ${record.length} fields where the header has ${header.length}.`
        );
      }
    });
    return { header, rows: records };
  }
  function detectSeparator(text) {
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const count = (ch) => firstLine.split(ch).length - 1;
    return count(";") > count(",") ? ";" : ",";
  }
  function splitRecords(text, separator) {
    const records = [];
    let record = [];
    let field = "";
    let quoted = false;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') quoted = false;
        else field += ch;
        i += 1;
        continue;
      }
      if (ch === '"') quoted = true;
      else if (ch === separator) {
        record.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        record.push(field);
        if (!(record.length === 1 && record[0] === "")) records.push(record);
        record = [];
        field = "";
        if (ch === "\r" && text[i + 1] === "\n") i += 1;
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
    let header;
    const rows = [];
    for (const { file, csvText } of parts) {
      const parsed = parseCsv(csvText, ";");
      if (header && parsed.header.join(";") !== header.join(";")) {
        throw new RangeError(`The ${file.courseLabel} sample has different columns from the other course.`);
      }
      header = parsed.header;
      for (const row of parsed.rows) rows.push([...row.map(typeSampleField), file.courseLabel]);
    }
    return { header: [...header ?? [], COURSE_COLUMN], rows };
  }

  // src/jobs/load-sample.ts
  var STUDENTS_SHEET = "Students";
  function loadSample(courses, deps) {
    const allCourses = Object.keys(SAMPLE_FILES);
    const texts = new Map(allCourses.map((course) => [course, readVerified(course, deps)]));
    const table = sampleTable(
      courses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const existing = deps.students.read();
    const fullSample = sampleTable(
      allCourses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? "" }))
    );
    const otherData = existing.length > 0 && !isSampleData(existing, fullSample);
    if (otherData) {
      const question = `The ${STUDENTS_SHEET} sheet already holds ${existing.length - 1} rows of other data. Replace them with the sample (${table.rows.length} students)? Other sheets are not touched.`;
      if (!deps.dialogs.confirm("Replace the Students sheet?", question))
        return { status: "cancelled", rows: 0 };
    }
    deps.students.replace([table.header, ...table.rows]);
    deps.dialogs.toast(`Loaded ${table.rows.length} students into ${STUDENTS_SHEET}.`, "PassCompass");
    return { status: "loaded", rows: table.rows.length, replacedOtherData: otherData };
  }
  function readVerified(course, deps) {
    const file = SAMPLE_FILES[course];
    const text = deps.files.read(file.projectFile);
    const actual = deps.digests.sha256Hex(text);
    if (actual !== file.sha256) throw new SampleIntegrityError(file, actual);
    return text;
  }
  function isSampleData(existing, sample) {
    const [header, ...rows] = existing;
    if (!header || rowKey(header) !== rowKey(sample.header)) return false;
    const sampleRows = new Set(sample.rows.map(rowKey));
    return rows.every((row) => sampleRows.has(rowKey(row)));
  }
  function rowKey(row) {
    return JSON.stringify(row);
  }

  // src/sheets/project-files.ts
  var projectFiles = {
    read(name) {
      return HtmlService.createHtmlOutputFromFile(name).getContent();
    }
  };
  var digests = {
    sha256Hex(text) {
      const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
      return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, "0")).join("");
    }
  };

  // src/core/data/formula-escape.ts
  var FORMULA_START = /^[=+\-@\t\r]/;
  var SHEETS_WOULD_CONVERT = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?|true|false)\s*$/i;
  function escapeForSheet(value) {
    if (typeof value !== "string") return value;
    if (value.startsWith("'") || FORMULA_START.test(value) || SHEETS_WOULD_CONVERT.test(value)) return `'${value}`;
    return value;
  }

  // src/sheets/sheet-table.ts
  var SpreadsheetTable = class {
    constructor(spreadsheet, sheetName) {
      this.spreadsheet = spreadsheet;
      this.sheetName = sheetName;
    }
    read() {
      const sheet = this.existingSheet();
      if (!sheet) return [];
      const values = sheet.getDataRange().getValues();
      return values.length === 1 && values[0]?.length === 1 && values[0][0] === "" ? [] : values;
    }
    replace(values) {
      const width = values[0]?.length ?? 0;
      if (values.length === 0 || width === 0) throw new RangeError("A table needs at least a header row.");
      const sheet = this.existingSheet() ?? this.spreadsheet.insertSheet(this.sheetName);
      this.sheet = sheet;
      resizeGrid(sheet, values.length, width);
      sheet.getRange(1, 1, values.length, width).setValues(values.map((row) => row.map(escapeForSheet)));
      sheet.setFrozenRows(1);
      sheet.getRange(1, 1, 1, width).setFontWeight("bold");
    }
    existingSheet() {
      if (this.sheet === void 0) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
      return this.sheet;
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

  // src/ui/dialogs.ts
  function spreadsheetDialogs(spreadsheet) {
    return {
      confirm(title, message) {
        const ui = SpreadsheetApp.getUi();
        return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
      },
      toast(message, title) {
        spreadsheet.toast(message, title ?? "PassCompass");
      }
    };
  }

  // src/ui/menu.ts
  var ADDON_MENU = [
    {
      caption: "Load sample data",
      items: [
        { caption: "Math", functionName: "loadSampleMath" },
        { caption: "Portuguese", functionName: "loadSamplePortuguese" },
        { caption: "Both courses", functionName: "loadSampleBothCourses" }
      ]
    }
  ];
  function buildAddonMenu(ui, entries = ADDON_MENU) {
    const menu = ui.createAddonMenu();
    for (const entry of entries) {
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
    return error instanceof SampleIntegrityError || error instanceof Error && error.name === "DataError";
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

  // src/main.ts
  function loadSampleFromMenu(courses) {
    return runFromMenu(() => {
      const spreadsheet = SpreadsheetApp.getActive();
      return loadSample(courses, {
        files: projectFiles,
        digests,
        students: new SpreadsheetTable(spreadsheet, STUDENTS_SHEET),
        dialogs: spreadsheetDialogs(spreadsheet)
      });
    });
  }
  var entryPoints = {
    /** Simple trigger: builds the menu (the only thing allowed under AuthMode.NONE). */
    onOpen(_event) {
      buildAddonMenu(SpreadsheetApp.getUi());
    },
    /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
    onInstall(event) {
      entryPoints.onOpen(event);
    },
    loadSampleMath: () => loadSampleFromMenu(["math"]),
    loadSamplePortuguese: () => loadSampleFromMenu(["portuguese"]),
    loadSampleBothCourses: () => loadSampleFromMenu(["math", "portuguese"])
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

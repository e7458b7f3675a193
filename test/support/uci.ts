/**
 * Test and benchmark access to the vendored UCI Student Performance files (data/uci-student). Values are
 * typed with the data dictionary: numeric and ordinal attributes become numbers (G1 and G2 are quoted text in
 * the files), categories stay strings, empty cells become `null`. Node-only: never imported from src/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import { type StudentRecord, attributeNamed, isCategorical } from '../../src/core/data/dictionary';

export type UciCourse = 'math' | 'portuguese';

const FILES: Record<UciCourse, string> = { math: 'student-mat.csv', portuguese: 'student-por.csv' };

/** Converts parsed CSV cells into records typed by the dictionary; unknown columns stay text. */
export function recordsFromCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): StudentRecord[] {
  const numeric = header.map((name) => {
    try {
      return !isCategorical(attributeNamed(name));
    } catch {
      return false;
    }
  });
  return rows.map((row) => {
    const record: Record<string, string | number | null> = {};
    header.forEach((name, column) => {
      const cell = (row[column] ?? '').trim();
      record[name] =
        cell === '' ? null : numeric[column] && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    });
    return record;
  });
}

const cache = new Map<UciCourse, StudentRecord[]>();

/** The 395 Math or 649 Portuguese rows, typed; `withCourse` adds the `course` column. Cached per course. */
export function loadUciCourse(course: UciCourse, withCourse = false): StudentRecord[] {
  let records = cache.get(course);
  if (!records) {
    const text = readFileSync(resolve(__dirname, '../../data/uci-student', FILES[course]), 'utf8');
    const { header, rows } = parseCsv(text);
    records = recordsFromCells(header, rows);
    cache.set(course, records);
  }
  return withCourse ? records.map((record) => ({ ...record, course })) : records;
}

/** Both courses joined, Math first, each row carrying its `course`: 1,044 rows. */
export function loadUciJoined(): StudentRecord[] {
  return [...loadUciCourse('math', true), ...loadUciCourse('portuguese', true)];
}

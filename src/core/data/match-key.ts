/**
 * The key that recognises one student in both course files. The UCI data has no student id; its authors match
 * the Math and Portuguese rows on 13 attributes (`MATCH_ATTRIBUTES`), which gives the 382 students in both
 * courses. The key is heuristic (two different students can share it), which is harmless for its main use
 * here: keeping every row with the same key on the same side of a cross-validation split.
 */
import { MATCH_ATTRIBUTES, type StudentRecord, isBlank } from './dictionary';

/**
 * The match key of a record: its 13 matching values joined with `|`, each trimmed, blanks as the empty
 * string. Numbers and numeric strings give the same key (`15` and `"15"`). O(13).
 */
export function matchKey(record: StudentRecord): string {
  return MATCH_ATTRIBUTES.map((name) => {
    const value = record[name];
    return isBlank(value) ? '' : String(value).trim();
  }).join('|');
}

/**
 * The limits of the web API (`doPost`). Apps Script itself allows a web-app call 6 minutes and accepts request
 * bodies far larger than anything a school sends, so these bounds are ours: they keep one call well inside one
 * execution and the response small enough to read. A student is at most ~1.5 KB of JSON (33 attributes and a
 * key), so 1,000 students fit in about 1 MB with room to spare; 1,000 is also more than any one school year, and
 * scoring and logging that many takes a few seconds. Larger rosters belong in the Students sheet (Score students).
 */

/** Characters of the request body (`e.postData.contents`, a string); ~1 MB of ASCII JSON. */
export const MAX_BODY_CHARS = 1_000_000;

/** Students per request. */
export const MAX_STUDENTS_PER_REQUEST = 1_000;

/** Characters of a student's `key`; a school's id or match key is far shorter. */
export const MAX_KEY_CHARS = 200;

/** Problems listed in one error response; the rest are counted, so a bad batch cannot make a huge reply. */
export const MAX_PROBLEMS_LISTED = 100;

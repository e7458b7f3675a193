/**
 * Reads a web-API prediction request: `{"token"?: "...", "students": [{...attributes, "key"?: "..."}]}`. Each
 * student's attributes are JSON values read with the same rules as a roster cell (`normaliseValue`, as Check data
 * and Score students read them), and every bad field of every student is named (`students[3].age: "abc" is not a
 * number`), so a caller can fix a whole batch at once. Unknown fields are refused rather than ignored: a typo
 * would otherwise score a student as if the value were blank, and a name sent by mistake would be accepted. Pure.
 */
import { attributeForHeader } from '../data/dictionary';
import { type NormalisedValue, normaliseValue } from '../data/roster/normalise-value';
import { MAX_BODY_CHARS, MAX_KEY_CHARS, MAX_PROBLEMS_LISTED, MAX_STUDENTS_PER_REQUEST } from './api-limits';

/** One student as given: its key (null when none was sent) and its attributes, normalised, by attribute name. */
export interface RequestedStudent {
  key: string | null;
  values: Record<string, NormalisedValue>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** A JSON value for a message: as JSON, cut short. */
export function shownValue(value: unknown): string {
  const text = value === undefined ? 'missing' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `path.field`, or `path["field"]` when the field is not a plain name (so the path still reads unambiguously). */
export function fieldPath(path: string, field: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(field)) return path ? `${path}.${field}` : field;
  return `${path}[${JSON.stringify(field)}]`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The request body as a JSON object, or why it is not one (too long, not JSON, not an object). The body is
 * measured before it is parsed, so an oversized body costs no parsing.
 */
export function parseBody(body: string | null | undefined): Parsed<Record<string, unknown>> {
  if (body === null || body === undefined || body === '')
    return { ok: false, problems: ['body: is empty; send a JSON object with "students"'] };
  if (body.length > MAX_BODY_CHARS)
    return {
      ok: false,
      problems: [`body: has ${body.length} characters; at most ${MAX_BODY_CHARS} are accepted`],
    };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problems: ['body: is not valid JSON'] };
  }
  if (!isObject(json)) return { ok: false, problems: [`body: ${shownValue(json)} is not a JSON object`] };
  return { ok: true, value: json };
}

/** The token in the body, when there is one (a non-string token counts as none: the caller is refused). */
export function tokenInBody(body: Record<string, unknown>): string | null {
  return typeof body['token'] === 'string' ? body['token'] : null;
}

/** Every problem of the students of `body` (see the module comment), at most `MAX_PROBLEMS_LISTED` listed. */
export function readStudents(body: Record<string, unknown>): Parsed<RequestedStudent[]> {
  const problems: string[] = [];
  for (const field of Object.keys(body)) {
    if (field !== 'students' && field !== 'token')
      problems.push(`${fieldPath('', field)}: is not a field of a request`);
  }
  const students = body['students'];
  if (!Array.isArray(students)) {
    problems.push(`students: ${shownValue(students)} is not a list of students`);
    return { ok: false, problems };
  }
  if (students.length === 0) problems.push('students: is empty');
  if (students.length > MAX_STUDENTS_PER_REQUEST)
    problems.push(
      `students: has ${students.length} students; at most ${MAX_STUDENTS_PER_REQUEST} per request`,
    );
  if (problems.length > 0) return { ok: false, problems };
  const read = students.map((student, i) => readStudent(student, `students[${i}]`, problems));
  if (problems.length === 0) return { ok: true, value: read };
  const more = problems.length - MAX_PROBLEMS_LISTED;
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  return {
    ok: false,
    problems: more > 0 ? [...listed, `…and ${more} more ${more === 1 ? 'problem' : 'problems'}`] : listed,
  };
}

/** One student, its problems pushed onto `problems` under `path`. */
function readStudent(student: unknown, path: string, problems: string[]): RequestedStudent {
  const values: Record<string, NormalisedValue> = {};
  if (!isObject(student)) {
    problems.push(`${path}: ${shownValue(student)} is not a JSON object`);
    return { key: null, values };
  }
  let key: string | null = null;
  for (const [field, value] of Object.entries(student)) {
    if (field === 'key') {
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
    if (reading.kind === 'invalid')
      problems.push(`${fieldPath(path, field)}: ${shownValue(value)} ${reading.problem}`);
    else if (value !== null && !isScalar(value))
      problems.push(`${fieldPath(path, field)}: ${shownValue(value)} is not a single value`);
    else values[attribute.name] = reading.value;
  }
  return { key, values };
}

/** JSON values a cell could hold; lists and objects are never one value (String() would make nonsense of them). */
const isScalar = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function readKey(value: unknown, path: string, problems: string[]): string | null {
  if (value === null) return null;
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
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

/**
 * A school's roster full of distinctive fake student data, for privacy tests: the Portuguese UCI sample's first
 * 240 rows, each given an invented name (`Zebedee Quillfeather`), a student number (`QX7-0173`) and a tutor's
 * note, with the mistakes a real import makes: names pasted into the mother's-job column, surnames into
 * absences, blanks. Every one of these strings must stay out of an alert.
 */
import { SAMPLE_FILES, sampleTable } from '../../../src/core/data/sample';
import { sampleProjectFile } from '../../support/bundled-samples';

const FIRST = [
  'Zebedee',
  'Ottoline',
  'Peregrine',
  'Isadora',
  'Barnabus',
  'Clementine',
  'Thaddeus',
  'Cordelia',
  'Ignatius',
  'Philippa',
  'Lysander',
  'Wilhelmina',
  'Ambrose',
  'Seraphina',
  'Evander',
  'Marigold',
];
const LAST = [
  'Quillfeather',
  'Marchbanks',
  'Thistlewood',
  'Crumpington',
  'Wobblesworth',
  'Pennywhistle',
  'Gristlethorpe',
  "D'Arcy-Snodgrass",
  'Featherstonehaugh',
  'Bramblecombe',
  'Higginbottom',
  'Mossbanks',
  'Tumbleweed',
  'Periwinkle',
  'Ravensworth',
];

export const ROSTER_ROWS = 240;

export interface FakeSchool {
  /** Header row, then one row per student, as `getValues()` returns them. */
  readonly table: (string | number)[][];
  readonly names: string[];
  readonly studentNumbers: string[];
  readonly notes: string[];
  /** Every string that must never appear in an alert: names, surnames, first names, keys, notes, row refs. */
  readonly distinctive: string[];
}

const nameOf = (i: number) =>
  `${FIRST[i % FIRST.length] ?? ''} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? ''}`;

/** The fake school's roster. Deterministic: the same every run. */
export function fakeSchool(): FakeSchool {
  const sample = sampleTable([
    { file: SAMPLE_FILES.portuguese, csvText: sampleProjectFile('sample-student-por') },
  ]);
  const at = (name: string) => sample.header.indexOf(name);
  const names: string[] = [];
  const studentNumbers: string[] = [];
  const notes: string[] = [];
  const rows = sample.rows.slice(0, ROSTER_ROWS).map((source, i) => {
    const row = [...source];
    const name = nameOf(i);
    const number = `QX7-${String(1000 + i * 7).padStart(4, '0')}`;
    const note = `keeps a pet newt called Bartholomew-${i}`;
    names.push(name);
    studentNumbers.push(number);
    notes.push(note);
    if (i % 15 === 15 - 1) row[at('Mjob')] = name; // a name pasted into the wrong column
    if (i % 20 === 3) row[at('absences')] = LAST[i % LAST.length] ?? '';
    if (i % 10 === 5) row[at('studytime')] = '';
    row[at('absences')] =
      typeof row[at('absences')] === 'number'
        ? (row[at('absences')] as number) * 3
        : (row[at('absences')] as string);
    return [name, number, ...row, note];
  });
  const header = ['Student name', 'Student number', ...sample.header, 'Tutor notes'];
  const distinctive = [
    ...names,
    ...FIRST,
    ...LAST,
    ...studentNumbers,
    ...notes,
    'Bartholomew',
    'pet newt',
    ...Array.from({ length: ROSTER_ROWS + 1 }, (_, i) => `row ${i + 1}`),
  ];
  return { table: [header, ...rows], names, studentNumbers, notes, distinctive };
}

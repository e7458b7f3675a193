/**
 * The card's "Inputs used": the roster columns the model weighs, in the data dictionary's words, grouped as
 * the reasons are (`core/scoring/reason-kinds.ts`): what a school can act on, context (who the student is and
 * where they come from), and what is weighed but never named to a teacher. Then the sensitive attributes:
 * which are inputs, which the school left out, and what is never an input at all.
 */
import { ATTRIBUTES, FINAL_GRADE } from '../data/dictionary';
import { EQUITY_ATTRIBUTES } from '../model/equity';
import type { VersionEvidence } from '../model/evidence';
import { REASON_CLASSES } from '../scoring/reason-kinds';
import { type CardRow, type CardSection, fact, header } from './card-types';
import { listed } from './card-words';

/** The roster column a model feature comes from: `school=MS` → school, `failures>0` → failures. */
export function attributeOfFeature(feature: string): string {
  const log = /^log1p\((.+)\)$/.exec(feature);
  if (log) return log[1] as string;
  return feature.replace(/>0$/, '').replace(/=.*$/, '');
}

const labelOf = (name: string): string => ATTRIBUTES.find((a) => a.name === name)?.label ?? name;
/** "home address (address)", or "sex" where the label is the column's name. */
const named = (name: string): string => (labelOf(name) === name ? name : `${labelOf(name)} (${name})`);

const GROUPS = [
  {
    kind: 'influenceable',
    title: 'School can act on',
    text: 'Named first in a student’s main reasons.',
  },
  {
    kind: 'context',
    title: 'Context',
    text: 'Who the student is and where they come from: named only when it clearly outweighs the rest.',
  },
  {
    kind: 'never',
    title: 'Weighed, never named',
    text: 'Used by the model but never given to a teacher as a reason.',
  },
] as const;

export function inputsSection(features: readonly string[], evidence: VersionEvidence | null): CardSection {
  const attributes = [...new Set(features.map(attributeOfFeature))];
  const rows: CardRow[] = [
    fact(
      'Columns weighed',
      `${attributes.length} columns of the Students sheet (${features.length} model inputs once each answer of a ` +
        'category counts as one). A weight says what went with failing in past students, not what causes it.',
      { value: attributes.length, kind: 'count' },
    ),
  ];
  for (const group of GROUPS) {
    const members = attributes.filter((a) => (REASON_CLASSES[a]?.kind ?? 'context') === group.kind);
    if (members.length === 0) continue;
    rows.push(header(group.title, group.text));
    for (const name of members) {
      const why = REASON_CLASSES[name]?.why;
      const label = labelOf(name);
      rows.push(fact(name, why ? `${capital(label)} — ${why}.` : `${capital(label)}.`));
    }
  }
  rows.push(...sensitiveRows(attributes, evidence));
  return { title: 'Inputs used', rows };
}

function sensitiveRows(attributes: readonly string[], evidence: VersionEvidence | null): CardRow[] {
  const used = EQUITY_ATTRIBUTES.filter((a) => attributes.includes(a));
  const rows: CardRow[] = [header('Sensitive attributes', '')];
  rows.push(
    fact(
      'Used as inputs',
      used.length === 0
        ? 'None of sex, home address, school, parents’ education or course.'
        : `${listed(used.map(named))}. Their effect on each group is in Equity below.`,
    ),
  );
  rows.push(
    fact(
      'Left out by the school',
      evidence === null
        ? 'Not recorded for this version (trained before PassCompass kept it).'
        : evidence.equity.leftOut.length === 0
          ? 'None: Settings left no attribute out.'
          : `${listed(evidence.equity.leftOut.map(named))}: not inputs, still reported in Equity below.`,
    ),
  );
  rows.push(
    fact(
      'Never an input',
      `The final grade (${FINAL_GRADE}), which is the outcome; names and student numbers; an “any absences at ` +
        'all” input (see Limitations: the “no absences” artefact).',
    ),
  );
  return rows;
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

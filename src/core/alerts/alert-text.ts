/**
 * The plain-text alternative of an alert: the same content as the HTML, laid out for a reader without
 * formatting. Tables become aligned columns, lists become dashes, steps are numbered, and the link is written
 * out in full. Lines are not hard-wrapped: mail clients wrap plain text themselves.
 */
import type { AlertContent } from './alert-content';
import type { AlertSection, FigureTable } from './alert-section';

function underline(title: string, character: string): string[] {
  return [title, character.repeat(title.length)];
}

// The last cell is padded too: trimEnd takes the spaces off again.
function padded(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => cell.padEnd(widths[index] ?? 0))
    .join('  ')
    .trimEnd();
}

function tableLines(table: FigureTable): string[] {
  if (table.header.length === 0)
    return [`${table.caption}:`, ...table.rows.map((row) => `  ${row[0] ?? ''}: ${row.slice(1).join(' ')}`)];
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const rule = widths.map((width) => '-'.repeat(width));
  return [
    `${table.caption}:`,
    `  ${padded(table.header, widths)}`,
    `  ${padded(rule, widths)}`,
    ...table.rows.map((row) => `  ${padded(row, widths)}`),
  ];
}

function sectionLines(section: AlertSection): string[] {
  const lines = [...underline(section.title, '-'), ...section.paragraphs.flatMap((p) => [p, ''])];
  if (section.table) lines.push(...tableLines(section.table), '');
  if (section.list)
    lines.push(`${section.list.title}:`, ...section.list.items.map((item) => `  - ${item}`), '');
  if (section.notes.length > 0) lines.push(...section.notes, '');
  return lines;
}

/** The plain-text body for `content`, ending with a newline. */
export function alertText(content: AlertContent): string {
  const width = Math.max(...content.context.map(([label]) => label.length));
  return [
    ...underline(content.heading, '='),
    '',
    ...content.context.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${value}`),
    '',
    ...(content.summary ? [content.summary, ''] : []),
    ...content.sections.flatMap(sectionLines),
    ...underline('What to do next', '-'),
    ...content.nextSteps.map((step, index) => `${index + 1}. ${step}`),
    '',
    `${content.link.text}: ${content.link.url}`,
    '',
    '--',
    content.footer,
    '',
  ].join('\n');
}

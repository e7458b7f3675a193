/** The model card job: which version's card is written, with what options, and when there is none to write. */
import { DataError } from '../../src/core/errors';
import type { ModelCard } from '../../src/core/model-card/card-types';
import { TamperedVersionError } from '../../src/core/registry/integrity';
import { VERSION_HEADER } from '../../src/core/registry/model-version';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  type ModelCardDeps,
  type ModelCardWriter,
  writeCardOf,
  writeModelCard,
} from '../../src/jobs/model-card';
import type { CellValue } from '../../src/jobs/ports';
import type { TrainResult } from '../../src/jobs/train';
import { nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

class CardSheets implements ModelCardWriter {
  readonly written: ModelCard[] = [];
  write(card: ModelCard): string {
    this.written.push(card);
    return `Model card v${card.version}`;
  }
}

/** The sentence of the fact labelled `label` in `card`. */
const factText = (card: ModelCard | undefined, label: string) =>
  card?.sections.flatMap((s) => s.rows).find((row) => row.label === label)?.text;

/** Version 1 champion and version 2 challenger, trained on the Math sample. */
let twoVersions: Sheets;
let second: TrainResult;
beforeAll(() => {
  twoVersions = emptySheets();
  train(twoVersions);
  second = train(twoVersions);
});

function deps(sheets: Sheets, cards: CardSheets, over: Partial<ModelCardDeps> = {}): ModelCardDeps {
  return {
    versions: sheets.versions,
    aliases: sheets.aliases,
    cards,
    digests: nodeDigests,
    settings: { passMark: 9, capacity: DEFAULT_SETTINGS.capacity },
    ...over,
  };
}

describe('writeModelCard', () => {
  it("writes the champion's card, with the pass mark in Settings and times in the spreadsheet's zone", () => {
    const cards = new CardSheets();
    const formatTime = () => '26 November 2026, 10:01';
    expect(writeModelCard(deps(twoVersions, cards, { formatTime }), 'champion')).toEqual({
      version: 1,
      sheet: 'Model card v1',
    });
    expect(cards.written).toHaveLength(1);
    expect(cards.written[0]?.title).toBe('Model card: version 1');
    expect(factText(cards.written[0], 'Pass mark')).toBe(
      'A final grade below 9 of 20 counts as failing (the pass mark in Settings when this card was written; ' +
        'a version does not record its own).',
    );
    expect(factText(cards.written[0], 'Trained')).toBe(
      '26 November 2026, 10:01: when this version was registered.',
    );
  });

  it('writes a chosen version that is not the champion, with ISO times when no time zone is given', () => {
    const cards = new CardSheets();
    expect(writeModelCard(deps(twoVersions, cards), 2)).toEqual({ version: 2, sheet: 'Model card v2' });
    expect(factText(cards.written[0], 'Trained')).toBe(
      `${second.version.createdAt}: when this version was registered.`,
    );
  });

  it('refuses a version the Versions sheet does not hold, and writes nothing', () => {
    const cards = new CardSheets();
    const attempt = () => writeModelCard(deps(twoVersions, cards), 7);
    expect(attempt).toThrow(DataError);
    expect(attempt).toThrow('There is no version 7 in the Versions sheet.');
    expect(cards.written).toEqual([]);
  });

  it('has no card to write before anything was trained', () => {
    const cards = new CardSheets();
    const attempt = () => writeModelCard(deps(emptySheets(), cards), 'champion');
    expect(attempt).toThrow(DataError);
    expect(attempt).toThrow('There is no champion yet, so no model card to show: train a model first.');
    expect(cards.written).toEqual([]);
  });

  it('writes no card for a version whose row was edited', () => {
    const edited = emptySheets(twoVersions.students);
    edited.versions.data = twoVersions.versions.rows().map((row) => [...row]);
    edited.aliases.data = twoVersions.aliases.rows();
    (edited.versions.data[1] as CellValue[])[VERSION_HEADER.indexOf('Rows')] = 12;
    const cards = new CardSheets();
    expect(() => writeModelCard(deps(edited, cards), 2)).toThrow(TamperedVersionError);
    expect(cards.written).toEqual([]);
  });
});

describe('writeModelCard, more', () => {
  it('loads the champion even when its row cannot be read, so the reason is the registry’s', () => {
    const edited = emptySheets(twoVersions.students);
    edited.versions.data = twoVersions.versions.rows().map((row) => [...row]);
    edited.aliases.data = twoVersions.aliases.rows();
    (edited.versions.data[0] as CellValue[])[VERSION_HEADER.indexOf('Version')] = 'one';
    const attempt = () => writeModelCard(deps(edited, new CardSheets()), 'champion');
    expect(attempt).toThrow(TamperedVersionError);
    expect(attempt).toThrow('Model version 1 was not loaded: no readable row of the Versions sheet holds it');
  });
});

describe('writeCardOf', () => {
  it('writes the card of a version in hand, without reading the Versions sheet', () => {
    const cards = new CardSheets();
    expect(writeCardOf(second.version, { cards, settings: { passMark: 10, capacity: 20 } })).toEqual({
      version: 2,
      sheet: 'Model card v2',
    });
    expect(factText(cards.written[0], 'Pass mark')).toContain('A final grade below 10 of 20');
  });
});

/** Train model stores each version's evidence, leaves out the attributes the school chose, and warns on equity. */
import { createHash } from 'node:crypto';
import { readModel } from '../../src/core/model/model-schema';
import { canonicalVersionText2 } from '../../src/core/registry/integrity';
import { VERSION_HEADER, type ModelVersion } from '../../src/core/registry/model-version';
import { modelAttributes } from '../../src/core/scoring/scoreability';
import { EXPERIMENT_HEADER } from '../../src/jobs/experiments';
import type { CellValue } from '../../src/jobs/ports';
import { promoteChallenger } from '../../src/jobs/promote';
import { Registry } from '../../src/jobs/registry';
import { trainingReport } from '../../src/ui/training-report';
import { ScriptedDialogs, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const col = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);
const OUTCOME = EXPERIMENT_HEADER.indexOf('Outcome');
const PARAMETERS = EXPERIMENT_HEADER.indexOf('Parameters (JSON)');

const attributesOf = (version: ModelVersion) => {
  const model = readModel(version.modelJson);
  if (typeof model === 'string') throw new Error(model);
  return modelAttributes(model);
};

describe('Train model stores the evidence of the version', () => {
  it('in the Evidence (JSON) cell, covered by the checksum, with nothing to compare when nothing is left out', () => {
    const sheets = emptySheets();
    const result = train(sheets);
    const evidence = result.version.evidence;
    expect(evidence).not.toBeNull();
    expect(evidence?.calibration.reliabilityBefore.reduce((sum, bin) => sum + bin.count, 0)).toBe(
      result.version.rows,
    );
    expect(evidence?.equity.leftOut).toEqual([]);
    expect(evidence?.equity.withLeftOut).toBeNull();
    expect(String(sheets.versions.data[0]?.[col('Evidence (JSON)')]).length).toBeLessThan(50_000);
    const loaded = Registry.read(sheets, nodeDigests).load(result.version.version);
    expect(loaded.checksumCovers).toBe('all');
    expect(loaded.evidence).toEqual(evidence);
  });

  it('leaves the chosen attributes out of the inputs, reports them still, and compares with them kept', () => {
    const sheets = emptySheets();
    const result = train(sheets, { leaveOutAttributes: ['sex', 'address', 'course'] });
    const attributes = attributesOf(result.version);
    expect(attributes).not.toContain('sex');
    expect(attributes).not.toContain('address');
    expect(attributes).toContain('school');
    const equity = result.version.evidence?.equity;
    expect(equity?.leftOut).toEqual(['sex', 'address', 'course']);
    expect(equity?.attributes.map((a) => a.attribute)).toEqual(expect.arrayContaining(['sex', 'address']));
    expect(equity?.withLeftOut?.attributes.map((a) => a.attribute)).toEqual(
      equity?.attributes.map((a) => a.attribute),
    );
    expect(equity?.withLeftOut?.auc.mean).toBeGreaterThan(0.5);
    const parameters = JSON.parse(String(sheets.experiments.data[0]?.[PARAMETERS])) as object;
    expect(parameters).toMatchObject({ leaveOutAttributes: ['sex', 'address', 'course'] });
  });
});

describe('Train model warns when a new version widens an equity gap beyond the acceptable gap', () => {
  /** Trains v1 and rewrites its row as a row written before evidence existed (format 2, still trusted). */
  function championWithoutEvidence(): Sheets {
    const sheets = emptySheets();
    train(sheets);
    const row = sheets.versions.data[0] as CellValue[];
    const version = { ...Registry.read(sheets, nodeDigests).load(1), evidence: null };
    row[col('Evidence (JSON)')] = '';
    row[col('Checksum (SHA-256)')] = sha256Hex(canonicalVersionText2(version));
    return sheets;
  }

  it('in the result, the training report and the Experiments outcome', () => {
    const sheets = championWithoutEvidence();
    const result = train(sheets, { equityGapLimit: 0 });
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings[0]).toMatch(
      /^Equity: .* differs by \d+ points between .*, above the acceptable 0 points; champion v1 has no equity figures to compare with\.$/,
    );
    const report = trainingReport(result, 25).split('\n');
    expect(report).toEqual(expect.arrayContaining(result.warnings));
    expect(String(sheets.experiments.data[1]?.[OUTCOME])).toMatch(
      /; equity gaps above the acceptable 0 points, widened: /,
    );
  });

  it('and only notes a gap above it that is no wider than the champion’s', () => {
    const sheets = emptySheets();
    train(sheets, { equityGapLimit: 0 });
    // The same data and settings: the same gaps, none wider.
    const again = train(sheets, { equityGapLimit: 0 });
    expect(again.warnings).toEqual([]);
    expect(
      again.notes.some((note) => note.startsWith('Equity: gaps above the acceptable 0 points that')),
    ).toBe(true);
  });

  it('and when a person promotes the challenger by hand, in the question they answer', () => {
    const sheets = championWithoutEvidence();
    train(sheets, { leaveOutAttributes: ['sex'] });
    const aliases = Registry.read(sheets, nodeDigests).aliases();
    expect(aliases.challenger).toBe(2);
    const dialogs = new ScriptedDialogs([], ['fairer inputs']);
    const moved = promoteChallenger({
      ...sheets,
      digests: nodeDigests,
      dialogs,
      now: () => new Date(),
      equityGapLimit: 0,
    });
    expect(moved.status).toBe('moved');
    expect(dialogs.questions[0]).toMatch(/\n\nEquity: .*champion v1 has no equity figures to compare with\./);
    if (moved.status === 'moved') expect(moved.warnings.length).toBeGreaterThan(0);
  });
});

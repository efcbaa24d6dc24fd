/** The export dialog's choices become the engine's options; CSV and Markdown have none. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_CHOICES, type ExportChoices, exportOptionsFor } from '../../../renderer/state/exportChoices';

const view = { x: 100, y: 50, width: 800, height: 450 };
const stageIds = ['s1', 's2'];
const png = (changes: Partial<ExportChoices['png']>): ExportChoices => ({ ...DEFAULT_EXPORT_CHOICES, format: 'png', png: { ...DEFAULT_EXPORT_CHOICES.png, ...changes } });

describe('exportOptionsFor', () => {
  it('passes the PDF choices through and gives SVG no options', () => {
    const pdf = { paper: 'A3', orientation: 'landscape', pagePerStage: true, coverPage: true } as const;
    expect(exportOptionsFor({ ...DEFAULT_EXPORT_CHOICES, pdf }, { view, stageIds })).toEqual({ format: 'pdf', ...pdf });
    expect(exportOptionsFor({ ...DEFAULT_EXPORT_CHOICES, format: 'svg' }, { view, stageIds })).toEqual({ format: 'svg' });
  });

  it('has no engine options for CSV and Markdown', () => {
    expect(exportOptionsFor({ ...DEFAULT_EXPORT_CHOICES, format: 'csv' }, { view, stageIds })).toBeNull();
    expect(exportOptionsFor({ ...DEFAULT_EXPORT_CHOICES, format: 'markdown' }, { view, stageIds })).toBeNull();
  });

  it('turns the PNG area into the world rectangle of the view, or the chosen stage', () => {
    expect(exportOptionsFor(png({ region: 'view', scale: 3, background: 'transparent' }), { view, stageIds })).toEqual({
      format: 'png',
      scale: 3,
      background: 'transparent',
      region: { kind: 'view', rect: view },
    });
    expect(exportOptionsFor(png({ region: 'stage', stageId: 's2' }), { view, stageIds })).toMatchObject({ region: { kind: 'stage', stageId: 's2' } });
  });

  it('falls back to the first stage when the remembered one was deleted, and to the whole map when nothing else fits', () => {
    expect(exportOptionsFor(png({ region: 'stage', stageId: 'gone' }), { view, stageIds })).toMatchObject({ region: { kind: 'stage', stageId: 's1' } });
    expect(exportOptionsFor(png({ region: 'stage', stageId: null }), { view, stageIds: [] })).toMatchObject({ region: { kind: 'map' } });
    expect(exportOptionsFor(png({ region: 'view' }), { view: null, stageIds })).toMatchObject({ region: { kind: 'map' } });
  });
});

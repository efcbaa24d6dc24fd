/**
 * A touchpoint card's text: the label gets the card's two lines before it is
 * cut, the channel's name goes under a one-line label (the icon says it
 * otherwise), and a card without a label is titled by its channel, once.
 */
import { type MeasureText, ellipsizeText, wrapClamped } from '../textFit';
import type { Touchpoint } from '../types';
import { NOTE_WIDTH } from './constants';
import type { LayoutText, TouchpointBox } from './types';

/** Where the paint code draws each run, relative to the card's top-left. */
export const TOUCHPOINT_TEXT = {
  titleX: 46,
  titleY: 10,
  titleSize: 15,
  titleLine: 19,
  channelY: 30,
  channelSize: 13,
  kpiX: 12,
  kpiY: 50,
} as const;

const TITLE_WIDTH = NOTE_WIDTH - TOUCHPOINT_TEXT.titleX - 10;
const KPI_WIDTH = NOTE_WIDTH - 2 * TOUCHPOINT_TEXT.kpiX + 4;

export function touchpointText(tp: Touchpoint, measure: MeasureText, text: LayoutText): Pick<TouchpointBox, 'title' | 'channelLine' | 'kpiLine'> {
  const channel = text.channel(tp.channel);
  const label = tp.label.trim();
  const title = label
    ? wrapClamped(label, TITLE_WIDTH, TOUCHPOINT_TEXT.titleSize, 2, measure, 'bold')
    : [ellipsizeText(channel, TITLE_WIDTH, TOUCHPOINT_TEXT.titleSize, measure, 'bold')];
  const channelLine = label && title.length === 1 ? ellipsizeText(channel, TITLE_WIDTH, TOUCHPOINT_TEXT.channelSize, measure) : null;
  const kpiLine = tp.kpi ? ellipsizeText(text.kpi(tp.kpi, tp.actual, tp.target), KPI_WIDTH, TOUCHPOINT_TEXT.channelSize, measure) : null;
  return { title, channelLine, kpiLine };
}

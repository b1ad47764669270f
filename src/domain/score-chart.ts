import type { Assessment } from '../schemas/assessment.ts';
import { entryFor, type TemplateForAssessment } from './assessment.ts';
import { formatMean } from './team-view.ts';

/**
 * Geometry of the horizontal bar chart; the page draws it and the island redraws it. The charts
 * carry no words: each is described for screen readers by the reader's table in its language,
 * from the bars (or the team's areas).
 */
export const chartLayout = { width: 640, labelWidth: 220, rowHeight: 36, barHeight: 22, padding: 8, maxScore: 5 } as const;

interface ChartBar {
  areaId: string;
  label: string;
  score: number | null;
  /** Top of the row. */
  y: number;
  barWidth: number;
  valueText: string;
}

export interface Chart {
  width: number;
  height: number;
  plotWidth: number;
  bars: ChartBar[];
}

export function scoreChart(assessment: Assessment, template: TemplateForAssessment): Chart {
  const { width, labelWidth, rowHeight, padding, maxScore } = chartLayout;
  const plotWidth = width - labelWidth - padding * 2 - 40;
  const bars = template.areas.map((area, index) => {
    const { score } = entryFor(assessment, area.id);
    return {
      areaId: area.id,
      label: area.title,
      score,
      y: padding + index * rowHeight,
      barWidth: score === null ? 0 : (score / maxScore) * plotWidth,
      valueText: score === null ? '–' : `${score}/5`,
    };
  });
  return { width, height: padding * 2 + template.areas.length * rowHeight, plotWidth, bars };
}

interface TeamChartRow {
  areaId: string;
  label: string;
  y: number;
  /** The bar, from 0 to the mean. */
  meanWidth: number;
  /** The whisker, from the lowest to the highest score. */
  minX: number;
  maxX: number;
  valueText: string;
}

export interface TeamChart {
  width: number;
  height: number;
  plotWidth: number;
  rows: TeamChartRow[];
}

/** The team's mean per area as a bar, its spread as a line across it, in discussion order. */
export function teamScoreChart(
  areas: readonly { areaId: string; title: string; mean: number | null; min: number | null; max: number | null }[],
  language: string,
): TeamChart {
  const { width, labelWidth, rowHeight, padding, maxScore } = chartLayout;
  const plotWidth = width - labelWidth - padding * 2 - 40;
  const x = (score: number | null) => (score === null ? 0 : (score / maxScore) * plotWidth);
  const rows = areas.map((area, index) => ({
    areaId: area.areaId,
    label: area.title,
    y: padding + index * rowHeight,
    meanWidth: x(area.mean),
    minX: x(area.min),
    maxX: x(area.max),
    valueText: formatMean(area.mean, language),
  }));
  return { width, height: padding * 2 + areas.length * rowHeight, plotWidth, rows };
}

"""Charts of the dialogue report, drawn with reportlab.graphics in the bundled font.

``statements_chart``: distinct statements per theme (one horizontal bar each), stacked
by party, with a legend; calm, distinguishable colours. A chart that is not ``stacked``
draws each row's values side by side (the mandates' ratings then and now), and its
``scale`` names the values on the axis.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from samverkan_desktop.report.data import Chart
from samverkan_desktop.report.fonts import REGULAR, fit_text, register_fonts
from samverkan_desktop.report.text import one_line

PARTY_COLOURS = ("#1f4e79", "#4f8fc0", "#2e7d5b", "#8cbf7f", "#c0703a", "#e3b04b", "#7b5ea7", "#b8a1d9",
                 "#5d6670", "#a9b4bf")
LABEL_SIZE = 7.6
_LEGEND_ROW = 12


def _short(text: str, width: float) -> str:
    return fit_text(one_line(text), REGULAR, LABEL_SIZE, width)


def statements_chart(chart: Chart, width: float) -> Drawing | None:
    """The chart, or None when nothing is counted."""
    register_fonts()
    if not chart.themes or not chart.parties or not any(any(row) for row in chart.counts):
        return None
    label_width = min(58 * 2.834, width * 0.36)
    bar_height = 15 if chart.stacked else 8 + 7 * len(chart.parties)
    legend_rows = (len(chart.parties) + 2) // 3
    plot_height = bar_height * len(chart.themes)
    height = plot_height + 34 + legend_rows * _LEGEND_ROW
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # the renderer's initial font; otherwise an unembedded Helvetica
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width + 6, 26 + legend_rows * _LEGEND_ROW
    bars.width, bars.height = width - label_width - 14, plot_height
    # one series per party, one category per theme; the first theme at the top
    themes = list(reversed(chart.themes))
    bars.data = [[chart.counts[len(chart.themes) - 1 - t][p] for t in range(len(themes))]
                 for p in range(len(chart.parties))]
    bars.categoryAxis.categoryNames = [_short(name, label_width - 4) for name in themes]
    bars.categoryAxis.style = "stacked" if chart.stacked else "parallel"
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = LABEL_SIZE
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -4
    bars.categoryAxis.strokeColor = colors.HexColor("#b8c2cc")
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = LABEL_SIZE
    bars.valueAxis.strokeColor = colors.HexColor("#b8c2cc")
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    bars.valueAxis.labelTextFormat = lambda v: f"{int(v)}" if float(v).is_integer() else ""
    if chart.scale:  # the values are steps of a named scale: every step on the axis, by its name
        bars.width -= stringWidth(chart.scale[-1], REGULAR, LABEL_SIZE) / 2  # the last name, centred, fits
        bars.valueAxis.valueMax = len(chart.scale) - 1
        bars.valueAxis.valueStep = 1
        bars.valueAxis.labelTextFormat = lambda v: (chart.scale[int(v)] if float(v).is_integer()
                                                    and 0 <= int(v) < len(chart.scale) else "")
    bars.barWidth = bar_height * 0.7 if chart.stacked else 6
    bars.groupSpacing = bar_height * 0.3 if chart.stacked else 6
    bars.bars.strokeWidth = 0
    for index in range(len(chart.parties)):
        bars.bars[index].fillColor = colors.HexColor(PARTY_COLOURS[index % len(PARTY_COLOURS)])
    drawing.add(bars)
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.x, legend.y = label_width + 6, legend_rows * _LEGEND_ROW
    legend.dx = legend.dy = 7
    legend.deltay = _LEGEND_ROW  # the row pitch the drawing's height allows for (default 20: rows fell off)
    legend.deltax = (width - label_width) / 3
    legend.strokeWidth = 0
    legend.colorNamePairs = [(colors.HexColor(PARTY_COLOURS[i % len(PARTY_COLOURS)]),
                              _short(name, (width - label_width) / 3 - 16))
                             for i, name in enumerate(chart.parties)]
    drawing.add(legend)
    return drawing

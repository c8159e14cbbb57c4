// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QToolTip>

#include <qcustomplot.h>

#include <algorithm>
#include <iterator>

namespace warmshell::ui::charts {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::charts", text);
}

namespace {
constexpr char kFullTitle[] = "warmshellFullTitle";
constexpr char kCompactTitle[] = "warmshellCompactTitle";

// Length along `axis` that its title may take: the axis rect's height or width.
int axisLength(const QCPAxis *axis)
{
    return axis->orientation() == Qt::Vertical ? axis->axisRect()->height() : axis->axisRect()->width();
}

// Gives each titled axis (setAxisTitle()) the longest of its titles that fits its length now,
// or, on a plot not shown on screen (drawn for a report or an export at its own size), its
// full title; returns whether any title changed. `shortened` gets the full titles not shown.
bool chooseAxisTitles(QCustomPlot *plot, QStringList &shortened)
{
    const bool onScreen = plot->isVisible();
    bool changed = false;
    shortened.clear();
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            const QString full = axis->property(kFullTitle).toString();
            if (full.isEmpty())
                continue;
            const QFontMetrics metrics(axis->labelFont());
            QString title;
            for (const QString &candidate : { full, axis->property(kCompactTitle).toString() }) {
                if (!onScreen || metrics.horizontalAdvance(candidate) <= axisLength(axis)) {
                    title = candidate;
                    break;
                }
            }
            if (title != full)
                shortened << full;
            if (axis->label() != title) {
                axis->setLabel(title);
                changed = true;
            }
        }
    }
    return changed;
}

// The legend shown above the plot (showLegendAbove()) in as many columns as fit the plot's
// width, entry i in column i % columns, so no entry is cut off in a narrow dock; at least one
// column. Returns whether the columns changed.
bool wrapLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    if (!legend->visible() || legend->layout() != plot->plotLayout())
        return false;
    // The entries' widths; a wrapped grid has empty cells, which itemCount() counts too.
    QList<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem *entry = legend->item(i))
            widths << entry->minimumOuterSizeHint().width();
    const int count = int(widths.size());
    if (count == 0)
        return false;
    const int available = plot->viewport().width() - legend->margins().left() - legend->margins().right();
    int columns = count;
    for (; columns > 1; --columns) {
        int width = (columns - 1) * legend->columnSpacing();
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (int i = column; i < count; i += columns)
                widest = std::max(widest, widths[i]);
            width += widest;
        }
        if (width <= available)
            break;
    }
    const int wrap = columns == count ? 0 : columns;
    if (legend->wrap() == wrap)
        return false;
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranges the entries
    return true;
}

// After QCustomPlot's layout step, before drawing: a legend and titles that fit, laid out
// again (what QCustomPlot's own step does) while that changes them. A bottom title shown or
// hidden changes the side axes' length, so this may take a second pass; three always settle it.
void fitAxisTitles(QCustomPlot *plot)
{
    QStringList shortened;
    for (int pass = 0; pass < 3 && (wrapLegend(plot) | chooseAxisTitles(plot, shortened)); ++pass) {
        QCPLayoutGrid *layout = plot->plotLayout();
        layout->update(QCPLayoutElement::upPreparation);
        layout->update(QCPLayoutElement::upMargins);
        layout->update(QCPLayoutElement::upLayout);
    }
    plot->setToolTip(shortened.isEmpty() ? QString() : tr("Axes: %1").arg(shortened.join(QStringLiteral("; "))));
}

// Installed on a plot (its parent): restyles it in the theme in force when the application's
// or the plot's palette changes, at once, and replots it with the next event loop pass.
class PaletteFollower : public QObject
{
public:
    explicit PaletteFollower(QCustomPlot *plot) : QObject(plot), m_plot(plot) { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
            applyChartColours(m_plot);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return false;
    }

private:
    QCustomPlot *m_plot;
};
} // namespace

void resetChart(QCustomPlot *plot, const QString &title)
{
    plot->clearPlottables();
    plot->clearItems();
    // Panels added by addLowerPanel(): only the first axis rect stays.
    for (QCPAxisRect *rect : plot->axisRects()) {
        if (rect != plot->axisRect(0))
            plot->plotLayout()->remove(rect);
    }
    // Back to the bare axis rect: the legend into its inset, title rows dropped.
    QCPLayoutGrid *layout = plot->plotLayout();
    if (plot->legend->layout() == layout) {
        layout->take(plot->legend);
        plot->axisRect()->insetLayout()->addElement(plot->legend, Qt::AlignRight | Qt::AlignTop);
    }
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        if (qobject_cast<QCPTextElement *>(layout->elementAt(i)))
            layout->removeAt(i);
    }
    layout->simplify();
    // Thousands separators on tick labels ("12,500", not "12500").
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    plot->setLocale(locale);
    QFont font = plot->font();
    font.setPointSize(9);
    // No ligatures, so text in exported PDF/SVG charts stays searchable letter by letter.
    font.setStyleStrategy(QFont::PreferNoShaping);
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis }) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->setLabel(QString());
        axis->setTickLabelRotation(0);
        axis->setTickLabels(true);
        axis->grid()->setVisible(axis == plot->yAxis);
    }
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->yAxis2->setLabel(QString());
    plot->legend->setVisible(false);
    plot->legend->setFont(font);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            axis->setProperty(kFullTitle, QVariant());
    if (!plot->property("warmshellFitsTitles").toBool()) {
        plot->setProperty("warmshellFitsTitles", true);
        QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] { fitAxisTitles(plot); });
        QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { applyChartColours(plot); });
        plot->installEventFilter(new PaletteFollower(plot));
    }
    if (!title.isEmpty()) {
        plot->plotLayout()->insertRow(0);
        QFont titleFont = font;
        titleFont.setPointSize(10);
        titleFont.setBold(true);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, titleFont));
    }
    applyChartColours(plot);
}

void applyChartColours(QCustomPlot *plot)
{
    const QColor background = theme::colour(theme::Role::ChartBackground);
    const QColor text = theme::colour(theme::Role::ChartText);
    const QColor grid = theme::colour(theme::Role::ChartGrid);
    plot->setBackground(background);
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            for (auto [get, set] : { std::pair{ &QCPAxis::basePen, &QCPAxis::setBasePen },
                     std::pair{ &QCPAxis::tickPen, &QCPAxis::setTickPen },
                     std::pair{ &QCPAxis::subTickPen, &QCPAxis::setSubTickPen } }) {
                QPen pen = (axis->*get)();
                pen.setColor(text);
                (axis->*set)(pen);
            }
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            QPen gridPen = axis->grid()->pen();
            gridPen.setColor(grid);
            axis->grid()->setPen(gridPen);
        }
    }
    plot->legend->setBrush(background);
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *entry = plot->legend->item(i))
            entry->setTextColor(text);
    QCPLayoutGrid *layout = plot->plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(layout->elementAt(i)))
            title->setTextColor(text);
    for (int i = 0; i < plot->itemCount(); ++i) // notes on the chart ("not in the fleet")
        if (auto *note = qobject_cast<QCPItemText *>(plot->item(i)))
            note->setColor(theme::colour(theme::Role::MutedText));
    applySeriesColours(plot);
}

void showFullAxisTitles(QCustomPlot *plot)
{
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            if (const QString full = axis->property(kFullTitle).toString(); !full.isEmpty())
                axis->setLabel(full);
}

void setAxisTitle(QCPAxis *axis, const QString &full, const QString &compact)
{
    axis->setProperty(kFullTitle, full);
    axis->setProperty(kCompactTitle, compact);
    axis->setLabel(full);
}

void showLegendAbove(QCustomPlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    if (legend->layout() != layout) {
        if (legend->layout())
            legend->layout()->take(legend);
        // Below the title (if any), above the axis rect.
        const int row = layout->rowCount() > 1 ? 1 : 0;
        layout->insertRow(row);
        layout->addElement(row, 0, legend);
        layout->setRowStretchFactor(row, 0.001);
    }
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 0));
    legend->setWrap(0);
}

QCPAxisRect *addLowerPanel(QCustomPlot *plot)
{
    auto *group = plot->findChild<QCPMarginGroup *>(QStringLiteral("panelMargins"));
    if (!group) {
        group = new QCPMarginGroup(plot);
        group->setObjectName(QStringLiteral("panelMargins"));
    }
    auto *rect = new QCPAxisRect(plot);
    QCPLayoutGrid *layout = plot->plotLayout();
    layout->addElement(layout->rowCount(), 0, rect);
    for (QCPAxisRect *r : plot->axisRects())
        r->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    rect->axis(QCPAxis::atRight)->setVisible(true);
    for (QCPAxis *axis : rect->axes()) {
        axis->setTickLabelFont(plot->xAxis->tickLabelFont());
        axis->setLabelFont(plot->xAxis->labelFont());
        axis->grid()->setVisible(axis->axisType() == QCPAxis::atLeft);
    }
    rect->axis(QCPAxis::atTop)->setVisible(false);
    return rect;
}

void setCategoryTicks(QCPAxis *axis, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int longest = 0;
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(i + 1, labels.at(i));
        longest = std::max(longest, int(labels.at(i).size()));
    }
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
    axis->setRange(0.4, labels.size() + 0.6);
    // Long names on many bars would overlap: turn them.
    const int crowding = int(labels.size()) * longest;
    axis->setTickLabelRotation(crowding > 300 ? -55 : (crowding > 60 ? -35 : 0));
}

void finishChart(QCustomPlot *plot, double maximumValue, double minimumTop)
{
    plot->yAxis->setRange(0, std::max(maximumValue, minimumTop) * 1.1);
    plot->replot();
}

namespace {

// The text for data point `index` of `plottable`: "series: category — value".
QString valueText(QCPAbstractPlottable *plottable, int index)
{
    auto *data = dynamic_cast<QCPPlottableInterface1D *>(plottable);
    if (!data || index < 0 || index >= data->dataCount())
        return {};
    const double key = data->dataMainKey(index);
    QString category = QLocale().toString(key, 'g', 6);
    if (auto ticker = plottable->keyAxis()->ticker().dynamicCast<QCPAxisTickerText>())
        category = ticker->ticks().value(key, category);
    return QStringLiteral("%1: %2 — %3")
        .arg(plottable->name(), category, QLocale().toString(data->dataMainValue(index), 'f', 1));
}

} // namespace

void showValueTooltips(QCustomPlot *plot)
{
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot](QMouseEvent *event) {
        QString text;
        double nearest = plot->selectionTolerance();
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *p = plot->plottable(i);
            QVariant details;
            double distance = p->selectTest(event->position(), false, &details);
            if (distance >= 0 && qobject_cast<QCPBars *>(p))
                distance = 0; // inside a bar (QCustomPlot says 0.99 × tolerance): before any line near it
            const QCPDataSelection hit = details.value<QCPDataSelection>();
            if (distance >= 0 && distance <= nearest && !hit.isEmpty()) {
                nearest = distance;
                text = valueText(p, hit.dataRange().begin());
            }
        }
        plot->setToolTip(text);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, plot);
    });
}

namespace {

// Series colours in the light set (on white) and the dark set (on the dark chart surface),
// each at least 3:1 against its surface (WCAG), by SeriesColour.
enum class SeriesColour { Energized, Idle, Utilisation, Money, OverLimit, Neutral, Orange, Teal, Magenta, Olive };
struct SeriesPair
{
    QRgb light;
    QRgb dark;
};
constexpr SeriesPair kSeries[] = {
    { 0x2e9e5b, 0x3dbb6f }, // Energized
    { 0xc96a5a, 0xd98070 }, // Idle
    { 0x3b75af, 0x6aa5e0 }, // Utilisation
    { 0x6a3d9a, 0xb48ade }, // Money
    { 0xd62728, 0xff6b6b }, // OverLimit
    { 0x555555, 0xb0b0b0 }, // Neutral
    { 0xb86e00, 0xe08a1e }, // Orange (#e08a1e was 2.7:1 on white)
    { 0x1b9ea8, 0x2bb5c0 }, // Teal
    { 0xb83b8c, 0xe070b8 }, // Magenta
    { 0x7a6a2a, 0xc2ad55 }, // Olive
};
static_assert(std::size(kSeries) == size_t(SeriesColour::Olive) + 1, "one pair per SeriesColour");

QColor series(SeriesColour which)
{
    const SeriesPair &pair = kSeries[size_t(which)];
    return QColor::fromRgb(theme::isDark() ? pair.dark : pair.light);
}

QColor outlineShade(const QColor &colour)
{
    return colour.darker(130);
}

QColor emphasisShade(const QColor &colour, bool dark)
{
    return dark ? colour.lighter(120) : colour.darker(120);
}

// The shades builders make of a series colour, in the light or the dark set: 0 the colour,
// 1 seriesOutline(), 2 seriesEmphasis().
constexpr int kShades = 3;
QRgb shade(QRgb base, int which, bool dark)
{
    const QColor colour = QColor::fromRgb(base);
    if (which == 1)
        return outlineShade(colour).rgb();
    if (which == 2)
        return emphasisShade(colour, dark).rgb();
    return colour.rgb();
}

// `colour` (any alpha) as the set in force gives it, when it is a shade of a series colour in
// either set; else `colour` unchanged.
QColor inCurrentSet(const QColor &colour)
{
    const QRgb rgb = colour.rgb() | 0xff000000u;
    const bool dark = theme::isDark();
    for (const SeriesPair &pair : kSeries) {
        for (int which = 0; which < kShades; ++which) {
            if (rgb == (shade(pair.light, which, false) | 0xff000000u)
                || rgb == (shade(pair.dark, which, true) | 0xff000000u)) {
                QColor swapped = QColor::fromRgb(shade(dark ? pair.dark : pair.light, which, dark));
                swapped.setAlpha(colour.alpha());
                return swapped;
            }
        }
    }
    return colour;
}

QPen penInCurrentSet(QPen pen)
{
    pen.setColor(inCurrentSet(pen.color()));
    return pen;
}

QBrush brushInCurrentSet(QBrush brush)
{
    if (brush.style() != Qt::NoBrush)
        brush.setColor(inCurrentSet(brush.color()));
    return brush;
}

} // namespace

void applySeriesColours(QCustomPlot *plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        plottable->setPen(penInCurrentSet(plottable->pen()));
        plottable->setBrush(brushInCurrentSet(plottable->brush()));
        if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (scatter.isPenDefined())
                scatter.setPen(penInCurrentSet(scatter.pen()));
            scatter.setBrush(brushInCurrentSet(scatter.brush()));
            graph->setScatterStyle(scatter);
        }
    }
}

QColor seriesOutline(const QColor &colour)
{
    return outlineShade(colour);
}

QColor seriesEmphasis(const QColor &colour)
{
    return emphasisShade(colour, theme::isDark());
}

QColor energizedColor()
{
    return series(SeriesColour::Energized);
}
QColor idleColor()
{
    return series(SeriesColour::Idle);
}
QColor utilisationColor()
{
    return series(SeriesColour::Utilisation);
}
QColor moneyColor()
{
    return series(SeriesColour::Money);
}
QColor overLimitColor()
{
    return series(SeriesColour::OverLimit);
}
QColor neutralColor()
{
    return series(SeriesColour::Neutral);
}

QColor variantColor(int index)
{
    static constexpr SeriesColour others[] = { SeriesColour::Utilisation, SeriesColour::Orange, SeriesColour::Money,
        SeriesColour::Teal, SeriesColour::Magenta, SeriesColour::Olive };
    if (index <= 0)
        return energizedColor();
    return series(others[size_t(index - 1) % std::size(others)]);
}

} // namespace warmshell::ui::charts

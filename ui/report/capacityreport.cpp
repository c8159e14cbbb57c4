// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityreport.h"

#include "catalog.h"
#include "charts/chartstyle.h"
#include "charts/energizedidlechart.h"
#include "charts/nodeutilisationchart.h"
#include "enumkeys.h"
#include "floorplan/floorplanscene.h"
#include "format.h"
#include "project.h"
#include "results/utilisationlegend.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

#include <qcustomplot.h>

#include <set>

namespace warmshell::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::CapacityReport", text);
}

constexpr int kDpi = 96;

// Lays text, tables and pictures down the pages of a PDF, breaking pages as needed.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QString footer) : m_writer(writer), m_footer(std::move(footer)) { }

    bool begin()
    {
        if (!m_painter.begin(&m_writer))
            return false;
        m_painter.setMode(QCPPainter::pmVectorized);
        m_painter.setMode(QCPPainter::pmNoCaching);
        const QRect paint = m_writer.pageLayout().paintRectPixels(kDpi);
        m_width = paint.width();
        m_height = paint.height() - footerHeight();
        m_painter.setFont(bodyFont());
        return true;
    }
    bool end()
    {
        drawFooter();
        return m_painter.end();
    }

    QCPPainter &painter() { return m_painter; }
    int width() const { return m_width; }
    int remaining() const { return m_height - m_y; }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void ensure(int height)
    {
        if (m_y > 0 && height > remaining())
            newPage();
    }
    void skip(int height) { m_y += height; }

    static QFont bodyFont()
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        // No shaping, so no ligatures: "fi" stays two letters that a search finds.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    }

    void title(const QString &text)
    {
        QFont font = bodyFont();
        font.setPointSizeF(18);
        font.setBold(true);
        block(text, font, 6);
    }
    void heading(const QString &text)
    {
        QFont font = bodyFont();
        font.setPointSizeF(13);
        font.setBold(true);
        ensure(120); // never a heading alone at the bottom of a page
        skip(8);
        block(text, font, 4);
    }
    void paragraph(const QString &text, bool italic = false)
    {
        QFont font = bodyFont();
        font.setItalic(italic);
        block(text, font, 4);
    }

    // A table over the full width; `weights` share it; `right` marks right-aligned columns.
    // The header row repeats after a page break.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &weights,
        const QList<bool> &right, bool boldLastRow = false)
    {
        double sum = 0;
        for (double w : weights)
            sum += w;
        QList<int> widths;
        for (double w : weights)
            widths << int(m_width * w / sum);
        const int pad = 3;
        QFont font = bodyFont();
        font.setPointSizeF(8);
        QFont bold = font;
        bold.setBold(true);

        const auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            m_painter.setFont(f);
            int h = 0;
            for (int c = 0; c < cells.size(); ++c) {
                const QRect r
                    = m_painter.boundingRect(QRect(0, 0, widths[c] - 2 * pad, 10000), Qt::TextWordWrap, cells[c]);
                h = std::max(h, r.height());
            }
            return h + 2 * pad;
        };
        const auto drawRow = [&](const QStringList &cells, const QFont &f, int h, const QColor &fill) {
            m_painter.setFont(f);
            int x = 0;
            if (fill.isValid())
                m_painter.fillRect(QRect(0, m_y, m_width, h), fill);
            m_painter.setPen(QColor(0xb0, 0xb0, 0xb0));
            m_painter.drawLine(QLineF(0, m_y + h, m_width, m_y + h));
            m_painter.setPen(Qt::black);
            for (int c = 0; c < cells.size(); ++c) {
                const QRect r(x + pad, m_y + pad, widths[c] - 2 * pad, h - 2 * pad);
                m_painter.drawText(
                    r, Qt::TextWordWrap | (right.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, cells[c]);
                x += widths[c];
            }
            m_y += h;
        };
        const int headerHeight = rowHeight(headers, bold);
        ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), font)));
        drawRow(headers, bold, headerHeight, QColor(0xe4, 0xea, 0xf1));
        for (int i = 0; i < rows.size(); ++i) {
            const QFont &f = boldLastRow && i == rows.size() - 1 ? bold : font;
            const int h = rowHeight(rows[i], f);
            if (h > remaining()) {
                newPage();
                drawRow(headers, bold, headerHeight, QColor(0xe4, 0xea, 0xf1));
            }
            drawRow(rows[i], f, h, QColor());
        }
        m_painter.setFont(bodyFont());
        skip(8);
    }

    // Draws a chart, vector, `height` pixels tall over the full width.
    void chart(QCustomPlot *plot, int height)
    {
        ensure(height);
        m_painter.save();
        m_painter.translate(0, m_y);
        plot->toPainter(&m_painter, m_width, height);
        m_painter.restore();
        m_y += height + 8;
    }

    // Draws `scene` into the next `height` pixels, keeping its aspect ratio.
    void scene(QGraphicsScene *scene, int height)
    {
        ensure(height);
        const QRectF source = scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
        scene->render(&m_painter, QRectF(0, m_y, m_width, height), source, Qt::KeepAspectRatio);
        m_y += height + 6;
    }

    // One line of coloured squares with their meaning.
    void legend(const QList<std::pair<QColor, QString>> &entries)
    {
        QFont font = bodyFont();
        font.setPointSizeF(8);
        m_painter.setFont(font);
        const int h = m_painter.fontMetrics().height();
        ensure(h + 6);
        int x = 0;
        for (const auto &[colour, text] : entries) {
            m_painter.fillRect(QRect(x, m_y + 2, h - 4, h - 4), colour);
            m_painter.setPen(Qt::black);
            x += h;
            const int w = m_painter.fontMetrics().horizontalAdvance(text);
            m_painter.drawText(QRect(x, m_y, w + 2, h), Qt::AlignLeft | Qt::AlignVCenter, text);
            x += w + 14;
        }
        m_painter.setFont(bodyFont());
        m_y += h + 6;
    }

private:
    int footerHeight() const { return 24; }
    void block(const QString &text, const QFont &font, int after)
    {
        m_painter.setFont(font);
        const QRect bounds = m_painter.boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, text);
        ensure(bounds.height());
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += bounds.height() + after;
        m_painter.setFont(bodyFont());
    }
    void drawFooter()
    {
        QFont font = bodyFont();
        font.setPointSizeF(7);
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x70, 0x70, 0x70));
        m_painter.drawText(
            QRect(0, m_height + 6, m_width, footerHeight() - 6), Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(QRect(0, m_height + 6, m_width, footerHeight() - 6), Qt::AlignRight | Qt::AlignVCenter,
            tr("page %1").arg(m_page));
        m_painter.setFont(bodyFont());
        m_painter.setPen(Qt::black);
    }

    QPdfWriter &m_writer;
    QCPPainter m_painter;
    QString m_footer;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
    int m_page = 1;
};

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

int horizonMonths(const Site &site)
{
    return site.horizonPeriods * (site.period == PlanningPeriod::Quarter ? 3 : 1);
}

Kilowatts usableUtility(const CapacityPlan &plan)
{
    Kilowatts total{ 0 };
    for (const CapacityUse &use : plan.powerNodes) {
        if (use.kind == keyOf(PowerNodeKind::Utility) && use.live)
            total += use.usable;
    }
    return total;
}

QString objectiveName(Objective o)
{
    switch (o) {
    case Objective::Compute:
        return tr("most compute (PFLOPS)");
    case Objective::Gpus:
        return tr("most GPUs energized");
    case Objective::IdleCost:
        return tr("least idle depreciation");
    }
    return {};
}

QString redundancyText(const Redundancy &r)
{
    return r.label();
}

// "2026 Q1" for calendar quarters, "2026-01" for calendar months, else the start date.
QString periodLabel(const TimelinePeriod &p, PlanningPeriod period)
{
    if (p.start.day() == 1 && period == PlanningPeriod::Quarter && (p.start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(p.start.year()).arg((p.start.month() - 1) / 3 + 1);
    if (p.start.day() == 1 && period == PlanningPeriod::Month)
        return p.start.toString(QStringLiteral("yyyy-MM"));
    return format::date(p.start);
}

QCPBars *addBars(QCustomPlot *plot, QCPAxis *valueAxis, const QString &name, const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, valueAxis);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(QPen(colour.darker(130)));
    bars->setWidth(0.6);
    return bars;
}

QCPGraph *addLine(QCustomPlot *plot, QCPAxis *valueAxis, const QString &name, const QColor &colour)
{
    QCPGraph *graph = plot->addGraph(plot->xAxis, valueAxis);
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 6));
    return graph;
}

// Shows `axis` (the right one) from 0 to max(top, 1) × 1.1 with `label` and the body fonts.
void showRightAxis(QCustomPlot *plot, const QString &label, double top)
{
    QCPAxis *axis = plot->yAxis2;
    axis->setVisible(true);
    axis->setTickLabelFont(plot->yAxis->tickLabelFont());
    axis->setLabelFont(plot->yAxis->labelFont());
    axis->setLabel(label);
    axis->setRange(0, std::max(top, 1.0) * 1.1);
}

// Used IT power as bars against the available utility power as a line, per period.
void buildTimelinePowerChart(QCustomPlot *plot, const Timeline &t)
{
    charts::resetChart(plot, tr("IT power per period: used against available"));
    QCPBars *used = addBars(plot, plot->yAxis, tr("Used: energized IT load (kW)"), charts::energizedColor());
    QCPGraph *available = addLine(
        plot, plot->yAxis, tr("Available: usable capacity of the live utility feeds (kW)"), charts::overLimitColor());
    QStringList labels;
    double top = 0;
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        const TimelinePeriod &p = t.periods[i];
        used->addData(double(i + 1), p.powerUsed.value());
        available->addData(double(i + 1), p.powerAvailable.value());
        labels << periodLabel(p, t.period);
        top = std::max({ top, p.powerUsed.value(), p.powerAvailable.value() });
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Period (planned at its start)"));
    plot->yAxis->setLabel(tr("kW"));
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

// Idle GPUs as bars (left axis) and the cumulative idle depreciation as a line (right axis,
// millions of the site currency), per period.
void buildTimelineIdleChart(QCustomPlot *plot, const Timeline &t, const QString &currency)
{
    charts::resetChart(plot, tr("Idle GPUs and cumulative idle depreciation"));
    QCPBars *idle = addBars(plot, plot->yAxis, tr("Idle GPUs"), charts::idleColor());
    QCPGraph *cumulative = addLine(
        plot, plot->yAxis2, tr("Cumulative idle depreciation (M %1)").arg(currency), charts::utilisationColor());
    QStringList labels;
    double top = 0, topMoney = 0;
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        const TimelinePeriod &p = t.periods[i];
        idle->addData(double(i + 1), p.idleGpus);
        cumulative->addData(double(i + 1), p.cumulativeIdleDepreciation.value() / 1e6);
        labels << periodLabel(p, t.period);
        top = std::max(top, double(p.idleGpus));
        topMoney = std::max(topMoney, p.cumulativeIdleDepreciation.value() / 1e6);
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Period (planned at its start)"));
    plot->yAxis->setLabel(tr("Idle GPUs"));
    showRightAxis(plot, tr("M %1").arg(currency), topMoney);
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

// PFLOPS per MW as bars (left axis) and the cost per PFLOP-year as points (right axis,
// thousands of the currency), one category per generation in ranking order.
void buildComparisonChart(QCustomPlot *plot, const Comparison &c)
{
    charts::resetChart(plot, tr("Generation comparison: compute per MW and cost of compute"));
    QCPBars *perMw = addBars(plot, plot->yAxis, tr("PFLOPS per MW"), charts::utilisationColor());
    QCPGraph *cost = addLine(
        plot, plot->yAxis2, tr("Cost per PFLOP-year (thousand %1)").arg(c.currency), charts::overLimitColor());
    cost->setLineStyle(QCPGraph::lsNone);
    cost->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, charts::overLimitColor(), charts::overLimitColor(), 10));
    QStringList labels;
    double top = 0, topCost = 0;
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const GenerationFigures &g = c.rows[i];
        perMw->addData(double(i + 1), g.pflopsPerMw);
        if (g.pflops > 0)
            cost->addData(double(i + 1), g.costPerPflopYear / 1e3);
        labels << g.generation;
        top = std::max(top, g.pflopsPerMw);
        topCost = std::max(topCost, g.costPerPflopYear / 1e3);
    }
    charts::setCategoryTicks(plot->xAxis, labels);
    plot->xAxis->setLabel(tr("Generation (best PFLOPS per MW first)"));
    plot->yAxis->setLabel(tr("PFLOPS per MW (%1)").arg(keyOf(c.precision).toUpper()));
    showRightAxis(plot, tr("thousand %1 per PFLOP-year").arg(c.currency), topCost);
    charts::showLegendAbove(plot);
    charts::finishChart(plot, top);
}

} // namespace

QList<std::pair<QString, QString>> CapacityReport::summaryFigures(const Project &project, const CapacityPlan &plan)
{
    const QString currency = project.site.currency;
    const int months = horizonMonths(project.site);
    return {
        { tr("Plan date"), format::date(plan.date) },
        { tr("Solver status"), keyOf(plan.status) },
        { tr("Site power used"), format::kilowatts(plan.energizedPower()) },
        { tr("Site power usable (utility)"), format::kilowatts(usableUtility(plan)) },
        { tr("GPUs energized"), QLocale().toString(plan.energizedGpus()) },
        { tr("GPUs idle"), QLocale().toString(plan.idleGpus()) },
        { tr("Idle depreciation per month"), format::money(plan.idleDepreciationPerMonth(), currency) },
        { tr("Idle depreciation over %1 months at this rate").arg(months),
            format::money(Money(plan.idleDepreciationPerMonth().value() * months), currency) },
        { tr("Objective gap"), tr("%1 %").arg(number(plan.gap * 100.0, 2)) },
    };
}

ReportAnalyses CapacityReport::analyse(const Project &project, const Catalog &builtIn, const CapacityPlan &plan)
{
    ReportAnalyses analyses;
    TimelineOptions timeline;
    timeline.solve.objectives = plan.options.objectives;
    timeline.solve.precision = plan.options.precision;
    analyses.timeline = computeTimeline(project, builtIn, timeline);
    ComparisonOptions comparison;
    comparison.solve.precision = plan.options.precision;
    comparison.date = plan.date;
    analyses.comparison = compareGenerations(project, builtIn, comparison);
    return analyses;
}

QString CapacityReport::write(const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
    const QString &fileName, const ReportAnalyses &analyses)
{
    const bool existed = QFileInfo::exists(fileName);
    const QString currency = project.site.currency;
    const QString siteName = project.site.name.isEmpty() ? tr("Untitled site") : project.site.name;
    {
        QPdfWriter writer(fileName);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(tr("Capacity plan — %1").arg(siteName));
        writer.setCreator(QStringLiteral("WarmShell"));
        PageWriter page(writer, tr("WarmShell capacity plan · %1 · %2").arg(siteName, format::date(plan.date)));
        if (!page.begin()) {
            if (!existed)
                QFile::remove(fileName);
            return tr("cannot write %1").arg(fileName);
        }

        // Summary.
        page.title(tr("Capacity plan — %1").arg(siteName));
        QString how = tr("Solved for %1 with the objective %2 at %3 precision; method %4, %5 s.")
                          .arg(format::date(plan.date), objectiveName(plan.objective),
                              keyOf(plan.options.precision).toUpper(), plan.method, number(plan.seconds, 2));
        if (plan.cancelled || plan.timedOut)
            how += tr(" The solve was stopped early: this is the best plan found, not a proven optimum.");
        page.paragraph(how);
        page.heading(tr("Summary"));
        QList<QStringList> summaryRows;
        for (const auto &[label, value] : summaryFigures(project, plan))
            summaryRows << QStringList{ label, value };
        const Timeline *timeline
            = analyses.timeline && analyses.timeline->problems.isEmpty() ? &*analyses.timeline : nullptr;
        const Comparison *comparison
            = analyses.comparison && !analyses.comparison->rows.empty() ? &*analyses.comparison : nullptr;
        if (timeline) {
            summaryRows << QStringList{ tr("Idle depreciation over the horizon (timeline, %1 %2s)")
                                            .arg(timeline->periods.size())
                                            .arg(keyOf(timeline->period)),
                format::money(timeline->totalIdleDepreciation, currency) };
        }
        if (comparison) {
            const GenerationFigures &best = comparison->rows.front();
            summaryRows << QStringList{ tr("Most compute per MW (generation comparison)"),
                tr("%1: %2 PFLOPS per MW").arg(best.generation, number(best.pflopsPerMw, 1)) };
        }
        page.table({ tr("Figure"), tr("Value") }, summaryRows, { 3, 2 }, { false, true });
        if (timeline) {
            page.paragraph(tr("\"At this rate\" assumes this month's idle fleet and rate stay unchanged. The "
                              "timeline solves every period at its start, with deliveries, retirements and "
                              "new capacity on their dates; its figure is the one to plan with."),
                true);
        } else {
            page.paragraph(tr("The idle depreciation over the horizon assumes this month's idle fleet and rate "
                              "stay unchanged; deliveries and new capacity change both."),
                true);
        }

        page.heading(tr("GPUs per generation"));
        QList<QStringList> generationRows;
        int es = 0, is = 0;
        for (const GenerationResult &g : plan.generations) {
            generationRows << QStringList{ g.generation, QLocale().toString(g.energizedGpus),
                QLocale().toString(g.idleGpus), QLocale().toString(g.energizedSystems),
                QLocale().toString(g.idleSystems), format::kilowatts(g.energizedPower), number(g.energizedPflops, 1),
                format::money(g.idleDepreciationPerMonth, currency) };
            es += g.energizedSystems;
            is += g.idleSystems;
        }
        double pflops = 0;
        for (const GenerationResult &g : plan.generations)
            pflops += g.energizedPflops;
        generationRows << QStringList{ tr("All"), QLocale().toString(plan.energizedGpus()),
            QLocale().toString(plan.idleGpus()), QLocale().toString(es), QLocale().toString(is),
            format::kilowatts(plan.energizedPower()), number(pflops, 1),
            format::money(plan.idleDepreciationPerMonth(), currency) };
        page.table({ tr("Generation"), tr("Energized GPUs"), tr("Idle GPUs"), tr("Energized systems"),
                       tr("Idle systems"), tr("Energized kW"), tr("PFLOPS"), tr("Idle depreciation / month") },
            generationRows, { 1.3, 1.1, 1, 1.1, 1, 1.1, 1, 1.6 }, { false, true, true, true, true, true, true, true },
            true);

        page.heading(tr("What limits the plan"));
        if (plan.binding.empty())
            page.paragraph(tr("No constraint binds: every available system is energized."));
        for (const BindingConstraint &b : plan.binding)
            page.paragraph(QStringLiteral("• [%1] %2").arg(b.kind, b.text));
        for (const QString &e : plan.explanations)
            page.paragraph(QStringLiteral("• ") + e);

        // Floor plan.
        page.newPage();
        page.heading(tr("Floor plan: rack load ÷ rack power limit"));
        {
            FloorPlanScene scene;
            scene.setProject(project, builtIn);
            scene.setBackgroundBrush(Qt::white);
            UtilisationLegend::colourRacks(&scene, project, plan);
            page.scene(&scene, std::min(page.remaining() - 200, page.width() * 3 / 4));
        }
        page.legend({ { UtilisationLegend::colour(-1), tr("no systems") },
            { UtilisationLegend::colour(0.25), tr("≤ 50 %") }, { UtilisationLegend::colour(0.7), tr("50–80 %") },
            { UtilisationLegend::colour(0.9), tr("80–95 %") }, { UtilisationLegend::colour(1.0), tr("95–100 %") },
            { UtilisationLegend::colour(2.0), tr("> 100 %") } });

        // Charts.
        page.newPage();
        page.heading(tr("Charts"));
        {
            QCustomPlot plot;
            plot.resize(page.width(), 330);
            charts::buildEnergizedIdleChart(&plot, plan.generations);
            page.chart(&plot, 330);
            charts::buildNodeUtilisationChart(
                &plot, plan.powerNodes, tr("Power node utilisation at %1").arg(format::date(plan.date)));
            page.chart(&plot, 380);
        }

        // Timeline.
        page.newPage();
        page.heading(tr("Timeline"));
        if (!timeline) {
            page.paragraph(analyses.timeline
                    ? tr("No timeline: %1").arg(analyses.timeline->problems.join(QStringLiteral("; ")))
                    : tr("The timeline was not computed for this report."));
        } else {
            const Timeline &t = *timeline;
            page.paragraph(tr("%1 %2s from %3, each planned at its start with the plan's objective; %4. Idle "
                              "depreciation is the depreciation accrued in the period by delivered systems "
                              "that are not energized.")
                               .arg(t.periods.size())
                               .arg(keyOf(t.period))
                               .arg(format::date(t.boundaries.front()),
                                   t.allowMoves ? tr("systems may move between racks")
                                                : tr("an energized system stays in its rack until it retires")));
            {
                QCustomPlot plot;
                plot.resize(page.width(), 300);
                buildTimelinePowerChart(&plot, t);
                page.chart(&plot, 300);
            }
            {
                QCustomPlot plot;
                plot.resize(page.width(), 300);
                buildTimelineIdleChart(&plot, t, currency);
                page.chart(&plot, 300);
            }
            QList<QStringList> periodRows;
            for (const TimelinePeriod &p : t.periods)
                periodRows << QStringList{ periodLabel(p, t.period), keyOf(p.status),
                    QLocale().toString(p.energizedGpus), QLocale().toString(p.idleGpus), number(p.powerUsed.value(), 0),
                    number(p.powerAvailable.value(), 0), number(p.idleDepreciation.value(), 0),
                    number(p.cumulativeIdleDepreciation.value(), 0) };
            page.table(
                { tr("Period"), tr("Status"), tr("Energized GPUs"), tr("Idle GPUs"), tr("kW used"), tr("kW available"),
                    tr("Idle depreciation (%1)").arg(currency), tr("Cumulative (%1)").arg(currency) },
                periodRows, { 1, 0.9, 1.1, 0.9, 1, 1.1, 1.5, 1.5 },
                { false, false, true, true, true, true, true, true });
            page.paragraph(
                tr("Idle depreciation over the horizon: %1.").arg(format::money(t.totalIdleDepreciation, currency)));
            page.heading(tr("Lots over the timeline"));
            QList<QStringList> lotRows;
            for (const TimelineLot &l : t.lots)
                lotRows << QStringList{ l.name.isEmpty() ? l.lot.toString() : l.name, l.generation,
                    QLocale().toString(l.count), format::date(l.delivered),
                    l.fullyEnergized.isValid() ? format::date(l.fullyEnergized) : tr("never within horizon"),
                    number(l.totalIdleDepreciation, 0) };
            page.table({ tr("Lot"), tr("Generation"), tr("Systems"), tr("Delivered"), tr("Fully energized"),
                           tr("Idle depreciation (%1)").arg(currency) },
                lotRows, { 2.1, 1, 0.8, 1.1, 1.9, 1.5 }, { false, false, true, false, false, true });
            QStringList notes;
            for (const TimelinePeriod &p : t.periods)
                for (const QString &n : p.notes)
                    notes << QStringLiteral("• %1: %2").arg(periodLabel(p, t.period), n);
            for (const QString &n : notes)
                page.paragraph(n);
        }

        // Generation comparison.
        page.newPage();
        page.heading(tr("Generation comparison"));
        if (!comparison) {
            page.paragraph(analyses.comparison
                    ? tr("No comparison: %1").arg(analyses.comparison->problems.join(QStringLiteral("; ")))
                    : tr("The generation comparison was not computed for this report."));
        } else {
            const Comparison &c = *comparison;
            page.paragraph(tr("The whole of %1 given to one system model at a time on %2, most compute at dense "
                              "%3; ranked by PFLOPS per MW. Cost per PFLOP-year = first-year depreciation "
                              "(catalog price, 6-year straight line) ÷ PFLOPS.")
                               .arg(c.basis, format::date(c.date), keyOf(c.precision).toUpper()));
            {
                QCustomPlot plot;
                plot.resize(page.width(), 320);
                buildComparisonChart(&plot, c);
                page.chart(&plot, 320);
            }
            QList<QStringList> rows;
            int rank = 0;
            for (const GenerationFigures &g : c.rows)
                rows << QStringList{ QLocale().toString(++rank), g.generation, g.modelName, QLocale().toString(g.gpus),
                    number(g.pflops, 1), number(g.power.value() / 1000.0, 2), number(g.pflopsPerMw, 1),
                    g.pflops > 0 ? number(g.costPerPflopYear, 0) : QStringLiteral("—"), g.binding };
            page.table({ tr("#"), tr("Generation"), tr("Model"), tr("GPUs"), tr("PFLOPS"), tr("MW"),
                           tr("PFLOPS per MW"), tr("Cost per PFLOP-year (%1)").arg(c.currency), tr("Binds") },
                rows, { 0.35, 1.15, 2.2, 0.8, 0.9, 0.6, 0.9, 1.2, 1.15 },
                { true, false, false, true, true, true, true, true, false });
            for (const QString &a : c.assumptions)
                page.paragraph(QStringLiteral("• ") + a, true);
        }

        // Marginal values and stranded capacity.
        page.newPage();
        page.heading(tr("Marginal value of capacity"));
        page.paragraph(tr("Dual: the LP value of one more MW at the node, in objective units. +1 MW: the gain "
                          "found by re-solving with 1 MW more at the node."));
        QList<QStringList> marginalRows;
        for (const MarginalValue &m : plan.marginalValues)
            marginalRows << QStringList{ m.object, number(m.dualPerKw * 1000.0, 2),
                m.resolved ? number(m.objectiveGain, 2) : tr("not re-solved"),
                m.resolved ? QLocale().toString(m.extraGpus) : QStringLiteral("—"), m.text };
        if (marginalRows.isEmpty())
            page.paragraph(tr("No binding node: one more MW anywhere energizes nothing more."));
        else
            page.table({ tr("Node"), tr("Dual / MW"), tr("+1 MW objective"), tr("+1 MW GPUs"), tr("In words") },
                marginalRows, { 1, 0.9, 1, 0.9, 4 }, { false, true, true, true, false });
        page.heading(tr("Stranded capacity"));
        QList<QStringList> strandedRows;
        for (const StrandedCapacity &s : plan.stranded)
            strandedRows << QStringList{ s.object, s.kind, format::kilowatts(s.amount), s.reason };
        if (strandedRows.isEmpty())
            page.paragraph(tr("None."));
        else
            page.table({ tr("Object"), tr("Kind"), tr("Stranded"), tr("Why") }, strandedRows, { 1.4, 0.8, 1, 3.5 },
                { false, false, true, false });

        // Assumptions.
        page.newPage();
        page.heading(tr("Assumptions: the fleet's system models"));
        std::set<QString> modelIds;
        for (const FleetLot &lot : project.fleet)
            modelIds.insert(lot.model.toString());
        QList<QStringList> modelRows;
        QList<QStringList> sourceRows;
        for (const QString &id : modelIds) {
            const SystemModel *m = project.model(SystemModelId(id), builtIn);
            if (!m) {
                modelRows << QStringList{ id, tr("unknown model"), {}, {}, {}, {}, {} };
                continue;
            }
            modelRows << QStringList{ m->name, m->generation, QLocale().toString(m->gpusPerSystem),
                format::kilowatts(m->power), m->wholeRack ? tr("whole rack") : tr("%1 U").arg(m->height.value()),
                number(m->tflopsPerGpu(plan.options.precision).value(), 0),
                format::money(m->price, QStringLiteral("USD")) };
            for (auto it = m->sources.begin(); it != m->sources.end(); ++it)
                sourceRows << QStringList{ m->name, it.key(), it->confidence,
                    it->source + (it->note.isEmpty() ? QString() : QStringLiteral(" — ") + it->note) };
        }
        page.table({ tr("Model"), tr("Generation"), tr("GPUs"), tr("Power"), tr("Height"),
                       tr("TFLOPS/GPU (%1)").arg(keyOf(plan.options.precision).toUpper()), tr("Price") },
            modelRows, { 2.6, 1, 0.6, 0.9, 0.9, 1.1, 1.2 }, { false, false, true, true, true, true, true });
        page.heading(tr("Sources of the catalog figures"));
        page.paragraph(tr("Confidence: DS datasheet, R reported, E estimate."));
        page.table({ tr("Model"), tr("Figure"), tr("Conf."), tr("Source") }, sourceRows, { 1.8, 1.3, 0.5, 4.2 },
            { false, false, false, false });

        page.heading(tr("Depreciation policies of the fleet"));
        QList<QStringList> lotRows;
        for (const FleetLot &lot : project.fleet)
            lotRows << QStringList{ lot.name.isEmpty() ? lot.id.toString() : lot.name, lot.model.toString(),
                QLocale().toString(lot.count), format::money(lot.unitCost, currency), format::date(lot.delivered),
                format::depreciation(lot.depreciation) };
        page.table({ tr("Lot"), tr("Model"), tr("Systems"), tr("Unit cost"), tr("Delivered"), tr("Depreciation") },
            lotRows, { 2, 1.4, 0.8, 1.3, 1.1, 2.2 }, { false, false, true, true, false, false });

        page.heading(tr("Power chain: redundancy and derating"));
        QList<QStringList> nodeRows;
        for (const PowerNode &node : project.site.power.nodes()) {
            Kilowatts usable{ 0 };
            for (const CapacityUse &use : plan.powerNodes) {
                if (use.object == node.id.toString())
                    usable = use.usable;
            }
            nodeRows << QStringList{ node.name.isEmpty() ? node.id.toString() : node.name,
                format::powerNodeKind(node.kind), format::rating(node.rating), redundancyText(node.redundancy),
                number(node.derating, 2), format::date(node.commissioned), format::kilowatts(usable) };
        }
        page.table({ tr("Node"), tr("Kind"), tr("Rating (module)"), tr("Redundancy"), tr("Derating"),
                       tr("Commissioned"), tr("Usable at plan date") },
            nodeRows, { 2.2, 1.1, 1.1, 1.4, 0.8, 1.1, 1.2 }, { false, false, true, false, true, false, true });
        page.paragraph(tr("Usable = rating × usable modules (N: 1, N+1 of m: m − 1, 2N: one side) × derating, 0 "
                          "before commissioning or when not fed. A rack on two feeds loads each side with its "
                          "whole load."),
            true);

        if (!page.end()) {
            if (!existed)
                QFile::remove(fileName);
            return tr("cannot write %1").arg(fileName);
        }
    }
    if (QFileInfo(fileName).size() == 0) {
        if (!existed)
            QFile::remove(fileName);
        return tr("cannot write %1").arg(fileName);
    }
    return {};
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityreport.h"

#include "analysis/scenariosidebyside.h"
#include "catalog.h"
#include "charts/energizedidlechart.h"
#include "charts/nodeutilisationchart.h"
#include "charts/scenariocomparechart.h"
#include "charts/timelinechart.h"
#include "enumkeys.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/utilisationlegend.h"
#include "format.h"
#include "plan/capacitynames.h"
#include "plan/facilitypower.h"
#include "plan/planorder.h"
#include "project.h"
#include "report/pagewriter.h"
#include "report/plansections.h"
#include "report/reportcharts.h"
#include "theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

#include <qcustomplot.h>

#include <set>

namespace warmshell::ui {

namespace {

using report::buildComparisonChart;
using report::buildTimelineIdleChart;
using report::buildTimelinePowerChart;
using report::PageWriter;
using report::periodLabel;

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::CapacityReport", text);
}

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
    return facilityPower(plan).available;
}

QString objectiveName(Objective o)
{
    switch (o) {
    case Objective::Compute:
        return QCoreApplication::translate("warmshell::ui::CapacityReport", "most compute (PFLOPS)");
    case Objective::Gpus:
        return QCoreApplication::translate("warmshell::ui::CapacityReport", "most GPUs energized");
    case Objective::IdleCost:
        return QCoreApplication::translate("warmshell::ui::CapacityReport", "least idle depreciation");
    }
    return {};
}

QString redundancyText(const Redundancy &r)
{
    return r.label();
}

// Writes the report's sections down its pages, in the order writeAll() lists them.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(warmshell::ui::CapacityReport)

public:
    ReportSections(PageWriter &page, const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
        const ReportAnalyses &analyses)
        : m_page(page), m_project(project), m_builtIn(builtIn), m_plan(plan), m_analyses(analyses),
          m_currency(project.site.currency),
          m_timeline(analyses.timeline && analyses.timeline->problems.isEmpty() ? &*analyses.timeline : nullptr),
          m_comparison(analyses.comparison && !analyses.comparison->rows.empty() ? &*analyses.comparison : nullptr)
    {
    }

    void writeAll(const QString &siteName)
    {
        summary(siteName);
        generations();
        tenants();
        limits();
        floorPlan();
        planCharts();
        facilityPowerPage();
        timeline();
        scenariosSideBySide();
        comparison();
        if (m_analyses.risk)
            report::writeRiskSection(m_page, *m_analyses.risk);
        if (m_analyses.procurement)
            report::writeProcurementSection(m_page, *m_analyses.procurement);
        marginalValues();
        stranded();
        fleetModels();
        depreciationPolicies();
        powerChain();
    }

private:
    // "Worst single failure (N−1)": what the failure with most impact loses, or that none loses
    // anything (docs/contingencies.md orders them).
    QStringList worstFailureRow(const ContingencyAnalysis &a) const
    {
        const QString label = tr("Worst single failure (N−1)");
        if (a.results.empty() || !a.results.front().hasImpact())
            return { label, tr("no single failure loses anything") };
        const ContingencyResult &worst = a.results.front();
        return { label,
            tr("%1: %2 GPUs, %3 PFLOPS, %4/month")
                .arg(worst.description, QLocale().toString(worst.lostGpus()), number(worst.lostPflops(), 1),
                    format::money(worst.lostIdleDepreciationPerMonth(), m_currency)) };
    }

    // How the plan was solved, the summary figures (with the timeline's and the comparison's
    // headline when they were computed) and how to read them.
    void summary(const QString &siteName)
    {
        m_page.title(tr("Capacity plan — %1").arg(siteName));
        QString how = tr("Solved for %1 with the objective %2 at %3 precision; method %4, %5 s.")
                          .arg(format::date(m_plan.date), objectiveName(m_plan.objective),
                              keyOf(m_plan.options.precision).toUpper(), m_plan.method, number(m_plan.seconds, 2));
        if (m_plan.cancelled || m_plan.timedOut)
            how += tr(" The solve was stopped early: this is the best plan found, not a proven optimum.");
        m_page.paragraph(how);
        m_page.heading(tr("Summary"));
        QList<QStringList> summaryRows;
        for (const auto &[label, value] : CapacityReport::summaryFigures(m_project, m_plan))
            summaryRows << QStringList{ label, value };
        if (m_timeline) {
            summaryRows << QStringList{ tr("Idle depreciation over the horizon (timeline, %1 %2s)")
                                            .arg(m_timeline->periods.size())
                                            .arg(keyOf(m_timeline->period)),
                format::money(m_timeline->totalIdleDepreciation, m_currency) };
        }
        if (m_analyses.contingencies)
            summaryRows << worstFailureRow(*m_analyses.contingencies);
        if (m_comparison) {
            const GenerationFigures &best = m_comparison->rows.front();
            summaryRows << QStringList{ tr("Most compute per facility MW (generation comparison)"),
                tr("%1: %2 PFLOPS per facility MW").arg(best.generation, number(best.pflopsPerFacilityMw, 1)) };
        }
        m_page.table({ tr("Figure"), tr("Value") }, summaryRows, { 3, 2 }, { false, true });
        if (m_timeline) {
            m_page.paragraph(tr("\"At this rate\" assumes this month's idle fleet and rate stay unchanged. The "
                                "timeline solves every period at its start, with deliveries, retirements and "
                                "new capacity on their dates; its figure is the one to plan with."),
                true);
        } else {
            m_page.paragraph(tr("The idle depreciation over the horizon assumes this month's idle fleet and rate "
                                "stay unchanged; deliveries and new capacity change both."),
                true);
        }
        if (const QStringList out = leftOut(); !out.isEmpty())
            m_page.paragraph(tr("Not computed for this report: %1.").arg(out.join(QStringLiteral("; "))), true);
    }

    // The analyses this report was written without, as the summary names them.
    QStringList leftOut() const
    {
        QStringList out;
        if (!m_analyses.timeline && !m_analyses.comparison)
            out << tr("the timeline and the generation comparison");
        if (!m_analyses.contingencies)
            out << tr("the single failures (N−1)");
        if (!m_analyses.scenarios && !m_project.scenarios.empty())
            out << tr("the scenarios side by side");
        if (!m_analyses.risk)
            out << tr("the Monte Carlo risk run (a Risk page)");
        if (!m_analyses.procurement)
            out << tr("the procurement plan (a Procurement page)");
        return out;
    }

    // GPUs, systems, power, PFLOPS and idle depreciation per generation, with a total row.
    void generations()
    {
        m_page.heading(tr("GPUs per generation"));
        QList<QStringList> generationRows;
        int es = 0, is = 0;
        for (const GenerationResult &g : m_plan.generations) {
            generationRows << QStringList{ g.generation, QLocale().toString(g.energizedGpus),
                QLocale().toString(g.idleGpus), QLocale().toString(g.energizedSystems),
                QLocale().toString(g.idleSystems), format::kilowatts(g.energizedPower), number(g.energizedPflops, 1),
                format::money(g.idleDepreciationPerMonth, m_currency) };
            es += g.energizedSystems;
            is += g.idleSystems;
        }
        double pflops = 0;
        for (const GenerationResult &g : m_plan.generations)
            pflops += g.energizedPflops;
        generationRows << QStringList{ tr("All"), QLocale().toString(m_plan.energizedGpus()),
            QLocale().toString(m_plan.idleGpus()), QLocale().toString(es), QLocale().toString(is),
            format::kilowatts(m_plan.energizedPower()), number(pflops, 1),
            format::money(m_plan.idleDepreciationPerMonth(), m_currency) };
        m_page.table({ tr("Generation"), tr("Energized GPUs"), tr("Idle GPUs"), tr("Energized systems"),
                         tr("Idle systems"), tr("Energized kW"), tr("PFLOPS"), tr("Idle depreciation / month") },
            generationRows, { 1.3, 1.1, 1, 1.1, 1, 1.1, 1, 1.6 }, { false, true, true, true, true, true, true, true },
            true);
    }

    // TenantResult::bindingQuota in words.
    static QString quotaText(const QString &key)
    {
        if (key == QLatin1String("maxGpus"))
            return tr("maximum GPUs");
        if (key == QLatin1String("maxMegawatts"))
            return tr("maximum MW");
        if (key == QLatin1String("minGpus"))
            return tr("minimum GPUs");
        return key.isEmpty() ? QStringLiteral("—") : key;
    }

    // Per tenant (projects with tenants only): what the plan energizes of each owner's lots,
    // the figures of Results → Tenants and `warmshell-cli solve`, with a total row.
    void tenants()
    {
        if (m_plan.tenants.empty())
            return;
        m_page.heading(tr("GPUs per tenant"));
        QList<QStringList> rows;
        for (const TenantResult &t : m_plan.tenants) {
            const bool own = t.tenant.isNull();
            rows << QStringList{ own ? tr("operator's own") : t.name, own ? tr("last") : QLocale().toString(t.priority),
                QLocale().toString(t.energizedGpus), QLocale().toString(t.idleGpus),
                format::kilowatts(t.energizedPower), format::money(t.idleDepreciationPerMonth, m_currency),
                quotaText(t.bindingQuota) };
        }
        rows << QStringList{ tr("All"), QString(), QLocale().toString(m_plan.energizedGpus()),
            QLocale().toString(m_plan.idleGpus()), format::kilowatts(m_plan.energizedPower()),
            format::money(m_plan.idleDepreciationPerMonth(), m_currency), QString() };
        m_page.table({ tr("Tenant"), tr("Priority"), tr("Energized GPUs"), tr("Idle GPUs"), tr("Energized kW"),
                         tr("Idle depreciation / month"), tr("Quota at its limit") },
            rows, { 1.6, 1.1, 1.1, 1, 1.1, 1.6, 1.4 }, { false, true, true, true, true, true, false }, true);
        m_page.paragraph(tr("The highest priority's lots are energized first, then the next priority's; the "
                            "operator's own lots come after every tenant. A rack or hall reserved for a tenant "
                            "holds that tenant's systems only. \"Quota at its limit\": the energized GPUs or MW "
                            "equal the tenant's maximum, or its minimum holds power back from higher priorities."),
            true);
    }

    // The binding constraints and the solver's explanations.
    void limits()
    {
        m_page.heading(tr("What limits the plan"));
        if (m_plan.binding.empty())
            m_page.paragraph(tr("No constraint binds: every available system is energized."));
        for (const BindingConstraint &b : m_plan.binding)
            m_page.paragraph(QStringLiteral("• [%1] %2").arg(b.kind, b.text));
        for (const QString &e : m_plan.explanations)
            m_page.paragraph(QStringLiteral("• ") + e);
    }

    // A new page: the floor plan coloured by rack load ÷ rack power limit, and its legend.
    void floorPlan()
    {
        m_page.newPage();
        m_page.heading(tr("Floor plan: rack load ÷ rack power limit"));
        {
            FloorPlanScene scene;
            scene.setProject(m_project, m_builtIn);
            scene.setBackgroundBrush(Qt::white);
            UtilisationLegend::colourRacks(&scene, m_project, m_plan);
            m_page.scene(&scene, std::min(m_page.remaining() - 200, m_page.width() * 3 / 4));
        }
        m_page.legend(UtilisationLegend::entries());
    }

    // A new page: energized and idle GPUs per generation, and power node utilisation.
    void planCharts()
    {
        m_page.newPage();
        m_page.heading(tr("Charts"));
        QCustomPlot plot;
        plot.resize(m_page.width(), 330);
        charts::buildEnergizedIdleChart(&plot, m_plan.generations);
        m_page.chart(&plot, 330);
        charts::buildNodeUtilisationChart(
            &plot, m_plan.powerNodes, tr("Power node utilisation at %1").arg(format::date(m_plan.date)));
        m_page.chart(&plot, 380);
    }

    // A new page: the plan's facility load (IT, cooling, house, losses, PUE) and each source's
    // share of it against the source's capacity.
    void facilityPowerPage()
    {
        m_page.newPage();
        m_page.heading(tr("Facility power"));
        const FacilityLoad &f = m_plan.facilityLoad;
        m_page.paragraph(
            tr("At the meter the plan draws %1: IT %2, cooling draw %3, house load %4, losses %5. PUE (facility ÷ "
               "IT): %6.")
                .arg(format::kilowatts(f.facility()), format::kilowatts(f.it), format::kilowatts(f.cooling),
                    format::kilowatts(f.house), format::kilowatts(f.losses),
                    f.it.value() > 0 ? QLocale().toString(f.pue(), 'f', 3) : tr("none (nothing energized)")));
        const std::vector<SourceLoad> sources = sourceLoads(m_plan);
        if (sources.empty()) {
            m_page.paragraph(tr("The site has no utility feed or generator."));
            return;
        }
        chart(330, [&](QCustomPlot *plot) { report::buildFacilityPowerChart(plot, sources); });
        QList<QStringList> rows;
        for (const SourceLoad &s : sources)
            rows << QStringList{ s.name, number(s.it.value(), 0), number(s.cooling.value(), 0),
                number(s.losses.value(), 0), number(s.house.value(), 0), number(s.total().value(), 0),
                number(s.usable.value(), 0),
                s.usable.value() > 0 ? tr("%1 %").arg(number(100.0 * s.total().value() / s.usable.value(), 1))
                                     : QStringLiteral("—") };
        m_page.table({ tr("Source"), tr("IT kW"), tr("Cooling kW"), tr("Losses kW"), tr("House kW"), tr("Total kW"),
                         tr("Usable kW"), tr("Use") },
            rows, { 2, 1, 1, 1, 1, 1, 1, 0.9 }, { false, true, true, true, true, true, true, true });
        m_page.paragraph(tr("Each source's figures are design loads: a rack fed from two sides counts whole on each "
                            "side, so the sources together may carry more than the meter total above, which counts "
                            "it once. Cooling is the draw of the cooling units fed from the source or below it; "
                            "losses are lost in the efficiencies of the nodes below it."),
            true);
    }

    // Draws a chart `height` pixels tall over the page's width with `build`.
    template <typename Build> void chart(int height, Build build)
    {
        QCustomPlot plot;
        plot.resize(m_page.width(), height);
        build(&plot);
        m_page.chart(&plot, height);
    }

    // A new page: the timeline's charts, periods, lots and notes, or why there is none.
    void timeline()
    {
        m_page.newPage();
        m_page.heading(tr("Timeline"));
        if (!m_timeline) {
            m_page.paragraph(m_analyses.timeline
                    ? tr("No timeline: %1").arg(m_analyses.timeline->problems.join(QStringLiteral("; ")))
                    : tr("The timeline was not computed for this report."));
            return;
        }
        const Timeline &t = *m_timeline;
        m_page.paragraph(tr("%1 %2s from %3, each planned at its start with the plan's objective; %4. Idle "
                            "depreciation is the depreciation accrued in the period by delivered systems "
                            "that are not energized.")
                             .arg(t.periods.size())
                             .arg(keyOf(t.period))
                             .arg(format::date(t.boundaries.front()),
                                 t.allowMoves ? tr("systems may move between racks")
                                              : tr("an energized system stays in its rack until it retires")));
        chart(300, [&](QCustomPlot *plot) { buildTimelinePowerChart(plot, t); });
        chart(300, [&](QCustomPlot *plot) { buildTimelineIdleChart(plot, t, m_currency); });
        timelinePeriods(t);
        timelineLots(t);
        for (const TimelinePeriod &p : t.periods)
            for (const QString &n : p.notes)
                m_page.paragraph(QStringLiteral("• %1: %2").arg(periodLabel(p, t.period), n));
    }

    // A new page when the project has scenarios: energized GPUs per period by scenario, then per
    // scenario, period and generation the GPUs on and idle, idle depreciation and facility MW.
    void scenariosSideBySide()
    {
        if (!m_analyses.scenarios)
            return;
        const ScenarioSideBySide v = sideBySide(*m_analyses.scenarios);
        m_page.newPage();
        m_page.heading(tr("Scenarios side by side"));
        m_page.paragraph(tr("The base and %1 scenario(s), each planned period by period as the timeline is. "
                            "Facility MW is the load at the meter (IT, cooling, house loads, losses); available "
                            "MW is the usable capacity of the live utility feeds.")
                             .arg(v.variants.size() - 1));
        chart(280, [&](QCustomPlot *plot) { charts::buildScenarioCompareChart(plot, v, m_project.site.period); });
        QList<QStringList> rows;
        for (const SideBySideVariant &variant : v.variants)
            for (const SideBySidePeriod &p : variant.periods)
                for (const SideBySideGeneration &g : p.generations)
                    rows << QStringList{ variant.name, charts::periodLabel(p.start, m_project.site.period),
                        g.generation, QLocale().toString(g.energizedGpus), QLocale().toString(g.idleGpus),
                        number(g.idleDepreciation.value(), 0), number(p.facilityMwUsed, 3),
                        number(p.utilityMwAvailable, 3) };
        m_page.table({ tr("Scenario"), tr("Period"), tr("Generation"), tr("GPUs on"), tr("Idle GPUs"),
                         tr("Idle depreciation (%1)").arg(m_currency), tr("Facility MW"), tr("Available MW") },
            rows, { 1.8, 0.9, 1.1, 0.9, 0.9, 1.5, 1, 1 }, { false, false, false, true, true, true, true, true });
        for (const SideBySideVariant &variant : v.variants)
            m_page.paragraph(variant.problems.isEmpty()
                    ? tr("%1: idle depreciation over the horizon %2.")
                          .arg(variant.name, format::money(variant.totalIdleDepreciation, m_currency))
                    : tr("%1: %2").arg(variant.name, variant.problems.join(QStringLiteral("; "))));
    }

    void timelinePeriods(const Timeline &t)
    {
        QList<QStringList> periodRows;
        for (const TimelinePeriod &p : t.periods)
            periodRows << QStringList{ periodLabel(p, t.period), keyOf(p.status), QLocale().toString(p.energizedGpus),
                QLocale().toString(p.idleGpus), number(p.powerUsed.value(), 0), number(p.powerAvailable.value(), 0),
                number(p.idleDepreciation.value(), 0), number(p.cumulativeIdleDepreciation.value(), 0) };
        m_page.table(
            { tr("Period"), tr("Status"), tr("Energized GPUs"), tr("Idle GPUs"), tr("kW used"), tr("kW available"),
                tr("Idle depreciation (%1)").arg(m_currency), tr("Cumulative (%1)").arg(m_currency) },
            periodRows, { 1, 0.9, 1.1, 0.9, 1, 1.1, 1.5, 1.5 }, { false, false, true, true, true, true, true, true });
        m_page.paragraph(
            tr("Idle depreciation over the horizon: %1.").arg(format::money(t.totalIdleDepreciation, m_currency)));
    }

    void timelineLots(const Timeline &t)
    {
        m_page.heading(tr("Lots over the timeline"));
        QList<QStringList> lotRows;
        for (const TimelineLot &l : t.lots)
            lotRows << QStringList{ l.name.isEmpty() ? l.lot.toString() : l.name, l.generation,
                QLocale().toString(l.count), format::date(l.delivered),
                l.fullyEnergized.isValid() ? format::date(l.fullyEnergized) : tr("never within horizon"),
                number(l.totalIdleDepreciation, 0) };
        m_page.table({ tr("Lot"), tr("Generation"), tr("Systems"), tr("Delivered"), tr("Fully energized"),
                         tr("Idle depreciation (%1)").arg(m_currency) },
            lotRows, { 2.1, 1, 0.8, 1.1, 1.9, 1.5 }, { false, false, true, false, false, true });
    }

    // A new page: the generation comparison's chart, ranking and assumptions, or why there is
    // none.
    void comparison()
    {
        m_page.newPage();
        m_page.heading(tr("Generation comparison"));
        if (!m_comparison) {
            m_page.paragraph(m_analyses.comparison
                    ? tr("No comparison: %1").arg(m_analyses.comparison->problems.join(QStringLiteral("; ")))
                    : tr("The generation comparison was not computed for this report."));
            return;
        }
        const Comparison &c = *m_comparison;
        m_page.paragraph(tr("The whole of %1 given to one system model at a time on %2, most compute at dense "
                            "%3; ranked by PFLOPS per facility MW (at the meter: IT, cooling draw, house load and "
                            "losses). Cost per PFLOP-year = first-year depreciation (catalog price, 6-year straight "
                            "line) ÷ PFLOPS.")
                             .arg(c.basis, format::date(c.date), keyOf(c.precision).toUpper()));
        chart(320, [&](QCustomPlot *plot) { buildComparisonChart(plot, c); });
        QList<QStringList> rows;
        int rank = 0;
        for (const GenerationFigures &g : c.rows)
            rows << QStringList{ QLocale().toString(++rank), g.generation, g.modelName, QLocale().toString(g.gpus),
                number(g.pflops, 1), number(g.power.value() / 1000.0, 2), number(g.pflopsPerMw, 1),
                g.pflops > 0 ? number(g.costPerPflopYear, 0) : QStringLiteral("—"), g.binding,
                g.pue > 0 ? QLocale().toString(g.pue, 'f', 3) + (g.pueAssumed ? QStringLiteral("*") : QString())
                          : QStringLiteral("—"),
                number(g.pflopsPerFacilityMw, 1) };
        m_page.table(
            { tr("#"), tr("Generation"), tr("Model"), tr("GPUs"), tr("PFLOPS"), tr("IT MW"), tr("PFLOPS per IT MW"),
                tr("Cost per PFLOP-year (%1)").arg(c.currency), tr("Binds"), tr("PUE"), tr("PFLOPS per facility MW") },
            rows, { 0.35, 1.1, 1.9, 0.75, 0.85, 0.55, 0.85, 1.1, 1.0, 0.6, 0.9 },
            { true, false, false, true, true, true, true, true, false, true, true });
        if (c.pueBasis == QLatin1String("assumed"))
            m_page.paragraph(tr("* PUE assumed: the site states no losses, cooling draw or house load."), true);
        for (const QString &a : c.assumptions)
            m_page.paragraph(QStringLiteral("• ") + a, true);
    }

    // A new page: the dual and the re-solved gain of one more MW at each binding node.
    void marginalValues()
    {
        m_page.newPage();
        m_page.heading(tr("Marginal value of capacity"));
        m_page.paragraph(tr("Dual: the LP value of one more MW at the node, in objective units. +1 MW: the gain "
                            "found by re-solving with 1 MW more at the node."));
        QList<QStringList> marginalRows;
        const QHash<QString, QString> names = capacityNames(m_plan); // nodes by name, not id
        for (const MarginalValue &m : m_plan.marginalValues)
            marginalRows << QStringList{ names.value(m.object, m.object), number(m.dualPerKw * 1000.0, 2),
                m.resolved ? number(m.objectiveGain, 2) : tr("not re-solved"),
                m.resolved ? QLocale().toString(m.extraGpus) : QStringLiteral("—"), m.text };
        if (marginalRows.isEmpty())
            m_page.paragraph(tr("No binding node: one more MW anywhere energizes nothing more."));
        else
            m_page.table({ tr("Node"), tr("Dual / MW"), tr("+1 MW objective"), tr("+1 MW GPUs"), tr("In words") },
                marginalRows, { 1, 0.9, 1, 0.9, 4 }, { false, true, true, true, false });
    }

    void stranded()
    {
        m_page.heading(tr("Stranded capacity"));
        QList<QStringList> strandedRows;
        const QHash<QString, QString> names = capacityNames(m_plan); // nodes and units by name, not id
        for (const StrandedCapacity &s : m_plan.stranded)
            strandedRows << QStringList{ names.value(s.object, s.object), s.kind, format::kilowatts(s.amount),
                s.reason };
        if (strandedRows.isEmpty())
            m_page.paragraph(tr("None."));
        else
            m_page.table({ tr("Object"), tr("Kind"), tr("Stranded"), tr("Why") }, strandedRows, { 1.4, 0.8, 1, 3.5 },
                { false, false, true, false });
    }

    // A new page of assumptions: the fleet's system models and the sources of their figures.
    void fleetModels()
    {
        m_page.newPage();
        m_page.heading(tr("Assumptions: the fleet's system models"));
        std::set<QString> modelIds;
        for (const FleetLot &lot : m_project.fleet)
            modelIds.insert(lot.model.toString());
        QList<QStringList> modelRows;
        QList<QStringList> sourceRows;
        for (const QString &id : modelIds) {
            const SystemModel *m = m_project.model(SystemModelId(id), m_builtIn);
            if (!m) {
                modelRows << QStringList{ id, tr("unknown model"), {}, {}, {}, {}, {} };
                continue;
            }
            modelRows << QStringList{ m->name, m->generation, QLocale().toString(m->gpusPerSystem),
                format::kilowatts(m->power), m->wholeRack ? tr("whole rack") : tr("%1 U").arg(m->height.value()),
                number(m->tflopsPerGpu(m_plan.options.precision).value(), 0),
                format::money(m->price, QStringLiteral("USD")) };
            for (auto it = m->sources.begin(); it != m->sources.end(); ++it)
                sourceRows << QStringList{ m->name, it.key(), it->confidence,
                    it->source + (it->note.isEmpty() ? QString() : QStringLiteral(" — ") + it->note) };
        }
        m_page.table({ tr("Model"), tr("Generation"), tr("GPUs"), tr("Power"), tr("Height"),
                         tr("TFLOPS/GPU (%1)").arg(keyOf(m_plan.options.precision).toUpper()), tr("Price") },
            modelRows, { 2.6, 1, 0.6, 0.9, 0.9, 1.1, 1.2 }, { false, false, true, true, true, true, true });
        m_page.heading(tr("Sources of the catalog figures"));
        m_page.paragraph(tr("Confidence: DS datasheet, R reported, E estimate."));
        m_page.table({ tr("Model"), tr("Figure"), tr("Conf."), tr("Source") }, sourceRows, { 1.8, 1.3, 0.5, 4.2 },
            { false, false, false, false });
    }

    void depreciationPolicies()
    {
        m_page.heading(tr("Depreciation policies of the fleet"));
        QList<QStringList> lotRows;
        for (const FleetLot &lot : m_project.fleet)
            lotRows << QStringList{ lot.name.isEmpty() ? lot.id.toString() : lot.name, lot.model.toString(),
                QLocale().toString(lot.count), format::money(lot.unitCost, m_currency), format::date(lot.delivered),
                format::depreciation(lot.depreciation) };
        m_page.table({ tr("Lot"), tr("Model"), tr("Systems"), tr("Unit cost"), tr("Delivered"), tr("Depreciation") },
            lotRows, { 2, 1.4, 0.8, 1.3, 1.1, 2.2 }, { false, false, true, true, false, false });
    }

    // Rating, redundancy, derating and usable capacity of every power node.
    void powerChain()
    {
        m_page.heading(tr("Power chain: redundancy and derating"));
        QList<QStringList> nodeRows;
        for (const PowerNode &node : m_project.site.power.nodes()) {
            Kilowatts usable{ 0 };
            for (const CapacityUse &use : m_plan.powerNodes) {
                if (use.object == node.id.toString())
                    usable = use.usable;
            }
            nodeRows << QStringList{ node.name.isEmpty() ? node.id.toString() : node.name,
                format::powerNodeKind(node.kind), format::rating(node.rating), redundancyText(node.redundancy),
                number(node.derating, 2), format::date(node.commissioned), format::kilowatts(usable) };
        }
        m_page.table({ tr("Node"), tr("Kind"), tr("Rating (module)"), tr("Redundancy"), tr("Derating"),
                         tr("Commissioned"), tr("Usable at plan date") },
            nodeRows, { 2.2, 1.1, 1.1, 1.4, 0.8, 1.1, 1.2 }, { false, false, true, false, true, false, true });
        m_page.paragraph(tr("Usable = rating × usable modules (N: 1, N+1 of m: m − 1, 2N: one side) × derating, 0 "
                            "before commissioning or when not fed. A rack on two feeds loads each side with its "
                            "whole load."),
            true);
    }

    PageWriter &m_page;
    const Project &m_project;
    const Catalog &m_builtIn;
    const CapacityPlan &m_plan;
    const ReportAnalyses &m_analyses;
    const QString m_currency;
    const Timeline *m_timeline; // null: not computed, or it has problems
    const Comparison *m_comparison; // null: not computed, or no row
};

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
        { tr("Certification"), certificationText(plan) },
    };
}

namespace {

// The base and the project's first kMaxComparedScenarios scenarios with `options` (at most
// CapacityReport::kScenarioSeconds in all); null without scenarios.
std::optional<ScenarioComparison> compareReportScenarios(
    const Project &project, const Catalog &builtIn, TimelineOptions options)
{
    if (project.scenarios.empty())
        return std::nullopt;
    std::vector<int> indices;
    for (int i = 0; i < int(project.scenarios.size()) && i < kMaxComparedScenarios; ++i)
        indices.push_back(i);
    options.totalTimeLimitSeconds = CapacityReport::kScenarioSeconds;
    return compareScenarios(project, builtIn, options, indices);
}

} // namespace

TimelineOptions CapacityReport::reportTimelineOptions(const CapacityPlan &plan)
{
    TimelineOptions timeline;
    timeline.solve.objectives = plan.options.objectives;
    timeline.solve.precision = plan.options.precision;
    timeline.solve.relativeGap = plan.options.relativeGap; // the plan's gap target for every solve
    return timeline;
}

namespace {

// Runs the analyses a ReportRequest asks for, one step each, telling its progress before each.
class ReportAnalysis
{
public:
    ReportAnalysis(
        const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const ReportRequest &request)
        : m_project(project), m_builtIn(builtIn), m_plan(plan), m_request(request),
          m_timeline(CapacityReport::reportTimelineOptions(plan))
    {
        m_timeline.solve.cancel = request.cancel;
        m_hasScenarios = request.scenarios && !project.scenarios.empty();
        m_runsRisk = request.risk && !request.riskResult;
        m_runsProcurement = request.procurement && !request.procurementPlan;
        m_steps = (request.timeline ? 2 : 0) + (request.contingencies ? 1 : 0) + (m_hasScenarios ? 1 : 0)
            + (m_runsRisk ? 1 : 0) + (m_runsProcurement ? 1 : 0);
    }

    ReportAnalyses run()
    {
        ReportAnalyses analyses;
        analyses.risk = m_request.riskResult;
        analyses.procurement = m_request.procurementPlan;
        if (m_request.timeline && begin(tr("Timeline")))
            analyses.timeline = computeTimeline(m_project, m_builtIn, m_timeline);
        if (m_request.timeline && begin(tr("Generation comparison")))
            analyses.comparison = compareGenerations(m_project, m_builtIn, comparisonOptions());
        if (m_request.contingencies && begin(tr("Single failures (N−1)"))) {
            // Cancelled between two failures: no section rather than a partial ranking.
            ContingencyAnalysis contingencies = analyseContingencies(m_project, m_builtIn, m_plan, 0, m_request.cancel);
            if (!contingencies.cancelled)
                analyses.contingencies = std::move(contingencies);
        }
        if (m_hasScenarios && begin(tr("Scenarios side by side")))
            analyses.scenarios = compareReportScenarios(m_project, m_builtIn, m_timeline);
        if (m_runsRisk && begin(tr("Monte Carlo risk")))
            analyses.risk = computeRisk(m_project, m_builtIn, riskOptions());
        if (m_runsProcurement && begin(tr("Procurement plan")))
            analyses.procurement = planProcurement(m_project, m_builtIn, *m_request.procurement, m_request.cancel);
        return analyses;
    }

private:
    // Tells the progress that step `what` starts; false once the run is cancelled.
    bool begin(const QString &what)
    {
        if (m_request.cancel && m_request.cancel->load())
            return false;
        if (m_request.progress)
            m_request.progress(m_step, m_steps, what);
        ++m_step;
        return true;
    }

    ComparisonOptions comparisonOptions() const
    {
        ComparisonOptions comparison;
        comparison.solve.precision = m_plan.options.precision;
        comparison.solve.relativeGap = m_plan.options.relativeGap;
        comparison.solve.cancel = m_request.cancel;
        comparison.date = m_plan.date;
        return comparison;
    }

    // The request's samples, seed and threads with the report's timeline; each sample done is
    // told as the step's text.
    RiskOptions riskOptions() const
    {
        RiskOptions risk = *m_request.risk;
        risk.timeline = m_timeline;
        const int step = m_step - 1;
        if (m_request.progress)
            risk.progress = [progress = m_request.progress, step, steps = m_steps](int done, int total) {
                progress(step, steps, tr("Monte Carlo risk: %1 of %2 samples").arg(done).arg(total));
            };
        return risk;
    }

    const Project &m_project;
    const Catalog &m_builtIn;
    const CapacityPlan &m_plan;
    const ReportRequest &m_request;
    TimelineOptions m_timeline;
    bool m_hasScenarios = false, m_runsRisk = false, m_runsProcurement = false;
    int m_steps = 0, m_step = 0;
};

} // namespace

ReportAnalyses CapacityReport::analyse(
    const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const ReportRequest &request)
{
    return ReportAnalysis(project, builtIn, plan, request).run();
}

QString CapacityReport::write(const Project &project, const Catalog &builtIn, const CapacityPlan &plan,
    const QString &fileName, const ReportAnalyses &analyses, const OutputGuard &guard)
{
    // The PDF is drawn into a temporary file that replaces `fileName` only when complete.
    OutputFile file(fileName, guard);
    if (!file.begin())
        return file.error();
    // A write that failed (full disk) is the reason; else the painter could not draw.
    const auto fail = [&] {
        return file.error().isEmpty() ? tr("cannot write %1: the PDF could not be drawn").arg(fileName) : file.error();
    };
    const QString siteName = project.site.name.isEmpty() ? tr("Untitled site") : project.site.name;
    {
        const theme::LightScope printedOnWhite; // charts and the floor plan in the light set, in any theme
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(PageWriter::kDpi);
        writer.setTitle(tr("Capacity plan — %1").arg(siteName));
        writer.setCreator(QStringLiteral("WarmShell"));
        PageWriter page(writer, tr("WarmShell capacity plan · %1 · %2").arg(siteName, format::date(plan.date)));
        if (!page.begin())
            return fail();
        ReportSections(page, project, builtIn, plan, analyses).writeAll(siteName);
        if (!page.end())
            return fail();
    }
    if (!file.commit())
        return file.error();
    return {};
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackcolouring.h"

#include "analysis/contingency.h"
#include "catalog.h"
#include "floorplanscene.h"
#include "format.h"
#include "plan/capacityplan.h"
#include "project.h"
#include "rackitem.h"
#include "utilisationlegend.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>
#include <memory>

namespace warmshell::ui::rackcolouring {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
const QString kEmptyKey = QStringLiteral("");
const QString kMixedKey = QStringLiteral("mixed");
const QString kNoUnitKey = QStringLiteral("none");
const QColor kEmptyColour(0xe2, 0xe4, 0xe8);
const QColor kOverColour(0xd6, 0x27, 0x28);

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::rackcolouring", text);
}

// Distinct, print-safe colours for generations (Tableau 10 without red, kept for "over").
const QColor kGenerationColours[] = { QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
    QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48), QColor(0x9c, 0x75, 0x5f),
    QColor(0xff, 0x9d, 0xa7), QColor(0xba, 0xb0, 0xac) };

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}
} // namespace

QString modeName(RackColourMode mode)
{
    switch (mode) {
    case RackColourMode::CoolingType:
        return tr("Cooling type");
    case RackColourMode::PowerUtilisation:
        return tr("Power utilisation");
    case RackColourMode::CoolingHeadroom:
        return tr("Cooling headroom");
    case RackColourMode::GenerationPlaced:
        return tr("Generation placed");
    case RackColourMode::InletTemperature:
        return tr("Inlet temperature");
    case RackColourMode::Tenant:
        return tr("Tenant");
    }
    return {};
}

bool isAvailable(RackColourMode mode, const CapacityPlan *plan, QString *why)
{
    QString reason;
    if (mode != RackColourMode::CoolingType && !plan)
        reason = tr("Needs a plan: solve first (F5).");
    else if (mode == RackColourMode::InletTemperature && plan->inlets.empty())
        reason = tr("The site has no thermal model (Site → thermal in the project file, docs/file-format.md), "
                    "so the plan has no inlet temperatures to colour by.");
    else if (mode == RackColourMode::Tenant && plan->tenants.empty())
        reason = tr("The project has no tenants (add them in the Fleet dock's Tenants tab), so there is "
                    "nothing to colour by.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

namespace {

// A system model's generation and its lines of RackPlanFigures::contents ("4 × DGX H100"),
// each made once and shared by every rack that holds the same count (one text, not 40,000).
struct ModelLines
{
    QString name, generation;
    QHash<int, QString> lines[2]; // by count, [pinned]

    const QString &line(int count, bool pinned)
    {
        QHash<int, QString> &made = lines[pinned ? 1 : 0];
        auto it = made.find(count);
        if (it == made.end())
            it = made.insert(count,
                QCoreApplication::translate("warmshell::ui::rackcolouring", "%1 × %2").arg(count).arg(name)
                    + (pinned ? QCoreApplication::translate("warmshell::ui::rackcolouring", " (pinned)") : QString()));
        return *it;
    }
};

// ModelLines by model id, for one project and catalog.
class ContentLines
{
public:
    ContentLines(const Project &project, const Catalog &builtIn) : m_project(project), m_builtIn(builtIn) { }
    ModelLines &of(const SystemModelId &id)
    {
        auto it = m_models.find(id);
        if (it == m_models.end()) {
            const SystemModel *model = m_project.model(id, m_builtIn);
            it = m_models.insert(
                id, { model ? model->name : id.toString(), model ? model->generation : id.toString(), {} });
        }
        return *it;
    }

private:
    const Project &m_project;
    const Catalog &m_builtIn;
    QHash<SystemModelId, ModelLines> m_models;
};

// Each rack's reservation (RackPlanFigures::reservedFor, reservedForName), from the project.
void addReservations(const Project &project, QHash<RackId, RackPlanFigures> &figures)
{
    if (project.tenants.empty())
        return;
    const std::vector<int> reserved = rackReservations(project);
    for (size_t i = 0; i < reserved.size() && i < project.site.racks.size(); ++i) {
        if (reserved[i] < 0)
            continue;
        const Tenant &t = project.tenants[size_t(reserved[i])];
        auto it = figures.find(project.site.racks[i].id);
        if (it == figures.end())
            continue;
        it->reservedFor = t.id.toString();
        it->reservedForName = t.name.isEmpty() ? t.id.toString() : t.name;
    }
}

} // namespace

QHash<RackId, RackPlanFigures> figures(const Project &project, const Catalog &builtIn, const CapacityPlan &plan)
{
    ContentLines lines(project, builtIn);
    QHash<RackId, RackPlanFigures> result;
    result.reserve(qsizetype(project.site.racks.size()));
    for (const Rack &rack : project.site.racks) {
        RackPlanFigures f;
        f.limitKw = rack.powerLimit.value();
        f.heightU = rack.height.value();
        f.coolingHeadroom = std::numeric_limits<double>::quiet_NaN();
        result.insert(rack.id, f);
    }
    for (const RackPlacement &p : plan.placements) {
        auto it = result.find(p.rack);
        if (it == result.end())
            continue;
        RackPlanFigures &f = *it;
        f.loadKw = p.load.value();
        f.usedU = p.usedHeight.value();
        for (const PlacedSystems &s : p.systems) {
            if (s.count <= 0)
                continue;
            f.placed = true;
            f.systems += s.count;
            f.gpus += s.gpus;
            ModelLines &model = lines.of(s.model);
            if (f.generation.isEmpty())
                f.generation = model.generation;
            else if (f.generation != model.generation)
                f.generation = kMixedKey;
            f.contents << model.line(s.count, s.pinned);
            const QString owner = s.tenant.isNull() ? kOperatorKey : s.tenant.toString();
            f.owner = f.owner.isEmpty() || f.owner == owner ? owner : kMixedKey;
        }
        f.overPower = f.limitKw > 0 ? f.loadKw > f.limitKw * (1 + 1e-9) : f.loadKw > 0;
    }
    for (const RackInlet &in : plan.inlets) {
        auto it = result.find(in.rack);
        if (it == result.end())
            continue;
        it->inletC = in.temperature.value();
        it->inletMarginC = in.temperature.value() - in.limit.value();
        it->overInlet = it->inletMarginC > 1e-6;
    }
    addReservations(project, result);
    QHash<QString, const CapacityUse *> uses;
    for (const CapacityUse &use : plan.coolingUnits)
        uses.insert(use.object, &use);
    for (const CoolingUnit &unit : project.site.coolingUnits) {
        const CapacityUse *use = uses.value(unit.id.toString());
        if (!use)
            continue;
        const double usable = use->usable.value();
        const bool live = use->live && usable > 0;
        const double headroom = live ? (usable - use->load.value()) / usable : 0;
        const bool over = live ? use->load.value() > usable * (1 + 1e-9) : use->load.value() > 0;
        for (const RackId &id : unit.serves) {
            auto it = result.find(id);
            if (it == result.end())
                continue;
            if (over)
                it->overCooling = true;
            if (live && (std::isnan(it->coolingHeadroom) || headroom < it->coolingHeadroom)) {
                it->coolingHeadroom = headroom;
                it->tightestCoolingUnit = use->name.isEmpty() ? use->object : use->name;
            }
        }
    }
    return result;
}

namespace {

const QString kReservedPrefix = QStringLiteral("reserved:");
const QColor kOperatorColour(0x8c, 0x8c, 0x8c);

// `colour` mixed with white: the fill of a reserved rack that holds nothing.
QColor tint(const QColor &colour)
{
    const auto mix = [](int c) { return int(std::lround(c * 0.35 + 255 * 0.65)); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

std::vector<RackLegendEntry> tenantLegend(const CapacityPlan *plan)
{
    std::vector<RackLegendEntry> entries, tints;
    int i = 0;
    for (const TenantResult &t : plan ? plan->tenants : std::vector<TenantResult>()) {
        if (t.tenant.isNull())
            continue;
        const QColor colour = kGenerationColours[i++ % int(std::size(kGenerationColours))];
        const QString name = t.name.isEmpty() ? t.tenant.toString() : t.name;
        entries.push_back({ colour, name, 0, 0, t.tenant.toString() });
        tints.push_back(
            { tint(colour), tr("%1: reserved, empty").arg(name), 0, 0, kReservedPrefix + t.tenant.toString() });
    }
    entries.insert(entries.end(), tints.begin(), tints.end());
    entries.push_back({ kOperatorColour, tr("operator's own"), 0, 0, kOperatorKey });
    entries.push_back({ QColor(0x33, 0x33, 0x33), tr("mixed"), 0, 0, kMixedKey });
    entries.push_back({ kEmptyColour, tr("empty"), 0, 0, kEmptyKey });
    return entries;
}

} // namespace

std::vector<RackLegendEntry> legend(RackColourMode mode, const CapacityPlan *plan)
{
    std::vector<RackLegendEntry> entries;
    switch (mode) {
    case RackColourMode::CoolingType:
        break;
    case RackColourMode::InletTemperature: // margin to the limit, °C
        entries = { { QColor(0x31, 0x82, 0xbd), tr("≥ 3 °C below the limit"), -kInf, -3, {} },
            { QColor(0x9e, 0xca, 0xe1), tr("1–3 °C below"), -3, -1, {} },
            { QColor(0xf1, 0xd8, 0x6b), tr("0.05–1 °C below"), -1, -0.05, {} },
            { QColor(0xf2, 0x9e, 0x4c), tr("at the limit"), -0.05, 1e-6, {} },
            { kOverColour, tr("over the limit"), 1e-6, kInf, {} } };
        break;
    case RackColourMode::PowerUtilisation: {
        const auto c = [](double share) { return UtilisationLegend::colour(share); };
        entries = { { c(-1), tr("empty"), -kInf, -0.5, {} }, { c(0.25), tr("≤ 50 %"), -0.5, 0.5, {} },
            { c(0.7), tr("50–80 %"), 0.5, 0.8, {} }, { c(0.9), tr("80–95 %"), 0.8, 0.95, {} },
            { c(1.0), tr("95–100 %"), 0.95, 1.0 + 1e-9, {} }, { c(2.0), tr("> 100 % (over)"), 1.0 + 1e-9, kInf, {} } };
        break;
    }
    case RackColourMode::CoolingHeadroom:
        entries = { { kOverColour, tr("< 0 % (over)"), -kInf, -1e-9, {} },
            { QColor(0xf2, 0x9e, 0x4c), tr("0–10 %"), -1e-9, 0.10, {} },
            { QColor(0xf1, 0xd8, 0x6b), tr("10–25 %"), 0.10, 0.25, {} },
            { QColor(0x9e, 0xca, 0xe1), tr("25–50 %"), 0.25, 0.50, {} },
            { QColor(0x31, 0x82, 0xbd), tr("> 50 %"), 0.50, kInf, {} },
            { kEmptyColour, tr("no live cooling unit"), kInf, kInf, kNoUnitKey } };
        break;
    case RackColourMode::GenerationPlaced: {
        int i = 0;
        if (plan) {
            for (const GenerationResult &g : plan->generations) {
                if (g.energizedSystems <= 0)
                    continue;
                const int n = int(std::size(kGenerationColours));
                entries.push_back({ kGenerationColours[i++ % n], g.generation, 0, 0, g.generation });
            }
        }
        entries.push_back({ QColor(0x33, 0x33, 0x33), tr("mixed"), 0, 0, kMixedKey });
        entries.push_back({ kEmptyColour, tr("empty"), 0, 0, kEmptyKey });
        break;
    }
    case RackColourMode::Tenant:
        entries = tenantLegend(plan);
        break;
    }
    return entries;
}

const RackLegendEntry *entryFor(const std::vector<RackLegendEntry> &legend, double value)
{
    for (const RackLegendEntry &e : legend) {
        if (e.key.isEmpty() && value > e.lower && value <= e.upper)
            return &e;
    }
    return nullptr;
}

QColor colour(RackColourMode mode, const RackPlanFigures &f, const std::vector<RackLegendEntry> &legend)
{
    const RackLegendEntry *e = nullptr;
    switch (mode) {
    case RackColourMode::PowerUtilisation:
        e = entryFor(legend, f.utilisation());
        break;
    case RackColourMode::CoolingHeadroom:
        if (std::isnan(f.coolingHeadroom)) {
            for (const RackLegendEntry &k : legend)
                if (k.key == kNoUnitKey)
                    e = &k;
        } else {
            e = entryFor(legend, f.coolingHeadroom);
        }
        break;
    case RackColourMode::GenerationPlaced:
        for (const RackLegendEntry &k : legend) {
            if (k.key == (f.placed ? f.generation : kEmptyKey) && (f.placed || k.label == tr("empty")))
                e = &k;
        }
        break;
    case RackColourMode::InletTemperature:
        if (!std::isnan(f.inletMarginC))
            e = entryFor(legend, f.inletMarginC);
        break;
    case RackColourMode::Tenant: {
        const QString key = f.placed ? f.owner : f.reservedFor.isEmpty() ? kEmptyKey : kReservedPrefix + f.reservedFor;
        for (const RackLegendEntry &k : legend)
            if (k.key == key)
                e = &k;
        break;
    }
    case RackColourMode::CoolingType:
        break;
    }
    return e ? e->colour : kEmptyColour;
}

namespace {

// The plan's lines of one rack's tooltip (RackItem::PlanToolTip), for the plan of `date`.
QString planToolTip(const RackPlanFigures &f, const QDate &date)
{
    QStringList lines{ tr("— Plan at %1 —").arg(format::date(date)) };
    if (f.placed) {
        lines << tr("Load %1 of %2 (%3) · %4 U of %5 U")
                     .arg(format::kilowatts(Kilowatts(f.loadKw)), format::kilowatts(Kilowatts(f.limitKw)),
                         percent(f.utilisation()))
                     .arg(f.usedU)
                     .arg(f.heightU);
        lines << tr("%L1 systems, %L2 GPUs (%3): %4")
                     .arg(f.systems)
                     .arg(f.gpus)
                     .arg(f.generation, f.contents.join(QStringLiteral(", ")));
    } else {
        lines << tr("No systems placed");
    }
    if (!std::isnan(f.inletC))
        lines << tr("Inlet %1 °C (limit %2 °C)")
                     .arg(QLocale().toString(f.inletC, 'f', 1), QLocale().toString(f.inletC - f.inletMarginC, 'f', 1));
    lines << (std::isnan(f.coolingHeadroom)
            ? tr("Cooling headroom: no live cooling unit serves this rack")
            : tr("Cooling headroom %1 (tightest unit: %2)").arg(percent(f.coolingHeadroom), f.tightestCoolingUnit));
    if (!f.reservedForName.isEmpty())
        lines << tr("Reserved for %1").arg(f.reservedForName);
    if (f.overPower)
        lines << tr("OVER the rack power limit");
    if (f.overCooling)
        lines << tr("OVER: a cooling unit serving this rack is above its usable capacity");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void apply(FloorPlanScene *scene, const Project &project, const Catalog &builtIn, const CapacityPlan *plan,
    RackColourMode mode)
{
    const QList<RackItem *> items = scene->rackItems();
    if (!plan || !isAvailable(mode, plan) || mode == RackColourMode::CoolingType) {
        for (RackItem *item : items) {
            item->setBrush(RackItem::fillColor(item->cooling(), item->hasPinned()));
            item->setOverLimit(false);
            item->setPlanToolTip(nullptr);
        }
        return;
    }
    // Shared by every item's tooltip, which reads its rack's figures only when hovered.
    const auto all = std::make_shared<const QHash<RackId, RackPlanFigures>>(figures(project, builtIn, *plan));
    const auto toolTip = std::make_shared<const RackItem::PlanToolTip>(
        [all, date = plan->date](const RackId &id) { return planToolTip(all->value(id), date); });
    const std::vector<RackLegendEntry> keys = legend(mode, plan);
    for (RackItem *item : items) {
        const auto it = all->constFind(item->rackId());
        if (it == all->cend())
            continue;
        const RackPlanFigures &f = *it;
        item->setBrush(colour(mode, f, keys));
        item->setOverLimit(f.overPower || f.overCooling || f.overInlet);
        item->setPlanToolTip(toolTip);
    }
}

// ---- The failure overlay

QHash<RackId, FailureEffect> failureEffects(const ContingencyResult &result)
{
    QHash<RackId, FailureEffect> effects;
    // Lowest precedence first, so a rack in several lists keeps the most severe effect.
    const std::pair<const std::vector<RackId> *, FailureEffect> lists[]
        = { { &result.cappedRacks, FailureEffect::Capped }, { &result.shedRacks, FailureEffect::Shed },
              { &result.uncooledRacks, FailureEffect::Uncooled }, { &result.darkRacks, FailureEffect::Dark } };
    for (const auto &[racks, effect] : lists) {
        for (const RackId &id : *racks)
            effects.insert(id, effect);
    }
    return effects;
}

QColor failureColour(FailureEffect effect)
{
    switch (effect) {
    case FailureEffect::Dark:
        return QColor(0x30, 0x30, 0x36);
    case FailureEffect::Uncooled:
        return QColor(0x8e, 0x4f, 0xc2);
    case FailureEffect::Shed:
        return kOverColour;
    case FailureEffect::Capped:
        return QColor(0xf2, 0x8e, 0x2b);
    case FailureEffect::Unaffected:
        break;
    }
    return kEmptyColour;
}

namespace {
QString effectLabel(FailureEffect effect)
{
    switch (effect) {
    case FailureEffect::Dark:
        return tr("dark (no power)");
    case FailureEffect::Uncooled:
        return tr("loses cooling");
    case FailureEffect::Shed:
        return tr("sheds systems");
    case FailureEffect::Capped:
        return tr("capped");
    case FailureEffect::Unaffected:
        break;
    }
    return tr("nothing lost");
}
} // namespace

std::vector<RackLegendEntry> failureLegend()
{
    std::vector<RackLegendEntry> entries;
    for (FailureEffect e : { FailureEffect::Dark, FailureEffect::Uncooled, FailureEffect::Shed, FailureEffect::Capped,
             FailureEffect::Unaffected })
        entries.push_back({ failureColour(e), effectLabel(e), 0, 0, QString::number(int(e)) });
    return entries;
}

void applyFailure(FloorPlanScene *scene, const ContingencyResult &result)
{
    const auto effects = std::make_shared<const QHash<RackId, FailureEffect>>(failureEffects(result));
    const auto toolTip
        = std::make_shared<const RackItem::PlanToolTip>([effects, what = result.description](const RackId &id) {
              return tr("— What if: %1 —\nThis rack: %2")
                  .arg(what, effectLabel(effects->value(id, FailureEffect::Unaffected)));
          });
    for (RackItem *item : scene->rackItems()) {
        item->setBrush(failureColour(effects->value(item->rackId(), FailureEffect::Unaffected)));
        item->setOverLimit(false);
        item->setPlanToolTip(toolTip);
    }
}

} // namespace warmshell::ui::rackcolouring

// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyeditor.h"
#include "theme.h"

#include "propertyfield.h"
#include "scenariofields.h"
#include "sitefields.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/assigncoolingunitcommand.h"
#include "edit/connectfeedcommand.h"
#include "edit/editselectioncommand.h"
#include "edit/properties.h"
#include "edit/scenariocommands.h"
#include "edit/setlotmodelcommand.h"
#include "fieldlimits.h"
#include "fleettablemodel.h"
#include "format.h"
#include "jsonreader.h"
#include "problemtext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace warmshell::ui {

struct PropertyEditor::Row
{
    Field field; // of the first subject: key, label, type, range, choices
    std::vector<Field> each; // of every subject, in subjectIds() order: read and write
    QWidget *editor = nullptr;
    QWidget *cell = nullptr; // what the form holds: the editor, or it with its "Typical" button
    QLabel *message = nullptr;
    QString placeholder; // the line edit's hint while the subjects agree
    QString shown; // the model's value as shown: the subjects' common value, empty when mixed
    QString refusal; // why the last edit was refused; cleared by a good edit
    // While a scenario is edited: how the field is stored in it (null: read-only), the line
    // with its base value and the button that removes the scenario's override.
    const scenariofields::OverrideMapping *mapping = nullptr;
    QLabel *hint = nullptr;
    QToolButton *revert = nullptr;
};

namespace {

using propertyfield::enumChoices;
using propertyfield::nameField;
using propertyfield::number;
using propertyfield::tr;

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = text.trimmed().toDouble(&ok);
    if (!ok && text.trimmed().compare(QStringLiteral("nan"), Qt::CaseInsensitive) == 0)
        return std::nan("");
    return ok ? std::optional<double>(v) : std::nullopt;
}

QList<std::pair<QString, QString>> nodeChoices(const Project &p, bool withNone)
{
    QList<std::pair<QString, QString>> out;
    if (withNone)
        out.append({ QString(), tr("(not connected)") });
    for (const PowerNode &n : p.site.power.nodes())
        out.append({ n.id.toString(), QStringLiteral("%1 (%2)").arg(n.name, n.id.toString()) });
    return out;
}

// A room unit's plant: none, or each chiller, dry cooler and tower of the site.
QList<std::pair<QString, QString>> plantChoices(const Project &p)
{
    QList<std::pair<QString, QString>> out{ { QString(), tr("(none)") } };
    for (const CoolingUnit &u : p.site.coolingUnits)
        if (isPlant(u.kind))
            out.append({ u.id.toString(), QStringLiteral("%1 (%2)").arg(u.name, u.id.toString()) });
    return out;
}

QList<std::pair<QString, QString>> schemeChoices()
{
    QList<std::pair<QString, QString>> out;
    for (auto scheme :
        { Redundancy::Scheme::N, Redundancy::Scheme::NPlusOne, Redundancy::Scheme::TwoN, Redundancy::Scheme::Block })
        out.append({ schemeKey(scheme), schemeKey(scheme) });
    return out;
}

// Gives field `key` of `fields` its applies() rule.
void setApplies(
    std::vector<PropertyEditor::Field> &fields, const QString &key, std::function<bool(const Project &)> rule)
{
    for (PropertyEditor::Field &field : fields)
        if (field.key == key)
            field.applies = rule;
}

// limits::efficiency as the editor shows it: percent.
constexpr FieldRange kEfficiencyPercent{ limits::efficiency.min * 100, limits::efficiency.max * 100, "%",
    limits::efficiency.minExclusive };

Redundancy withScheme(Redundancy r, const QString &key)
{
    const auto scheme = schemeFromKey(key);
    if (scheme)
        r.scheme = *scheme;
    return r;
}

} // namespace

PropertyEditor::PropertyEditor(Document *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent), m_document(document), m_banner(new QLabel(this)),
      m_title(new QLabel(this)), m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("propertiesDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Nothing selected"));
    // "Fleet lot: NAME (ID)" must not widen the form past the dock (that hid the right-aligned
    // values behind a scroll bar): a long title is cut at the dock's edge, whole in its tooltip.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->hide();
    m_banner->setObjectName(QStringLiteral("scenarioBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background: %1; color: %2; font-weight: bold")
                                .arg(theme::css(theme::Role::HintBackground), theme::css(theme::Role::HintText)));
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_general);
    m_form = new QWidget(content);
    m_layout = new QFormLayout(m_form);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // A long label ("Draw per kW of heat (kW; 1/COP for a chiller)") puts its field on the next
    // line instead of pushing every field past the dock's edge.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_form);
    layout->addStretch(1);
    scroll->setWidget(content);
    setWidget(scroll);
    // Before refresh(), which the site editor calls on the same signal.
    connect(m_document, &Document::changed, this, [this] { m_applied.reset(); });
}

PropertyEditor::~PropertyEditor() = default;

void PropertyEditor::showRack(const RackId &id)
{
    show(Subject::Rack, { id.toString() });
}
void PropertyEditor::showRacks(const QList<RackId> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const RackId &id : ids)
        list << id.toString();
    show(Subject::Rack, list);
}
void PropertyEditor::showPowerNode(const PowerNodeId &id)
{
    show(Subject::PowerNode, { id.toString() });
}
void PropertyEditor::showCoolingUnit(const CoolingUnitId &id)
{
    show(Subject::CoolingUnit, { id.toString() });
}
void PropertyEditor::showLot(const LotId &id)
{
    show(Subject::Lot, { id.toString() });
}
void PropertyEditor::showSite()
{
    show(Subject::Site, { SiteKey().toString() });
}
void PropertyEditor::showHall(const HallId &id)
{
    show(Subject::Hall, { id.toString() });
}
void PropertyEditor::showRow(const RowId &id)
{
    show(Subject::Row, { id.toString() });
}
void PropertyEditor::showNothing()
{
    show(Subject::None, {});
}

void PropertyEditor::show(Subject subject, const QStringList &ids)
{
    if (ids.isEmpty())
        subject = Subject::None;
    const QStringList shown = subject == Subject::None ? QStringList() : ids;
    if (subject == m_subject && shown == m_ids)
        return;
    m_subject = subject;
    m_ids = shown;
    build();
    updateValues();
}

void PropertyEditor::refresh(const std::vector<Problem> &problems)
{
    m_problems = problems;
    QStringList present;
    if (m_subject == Subject::Rack && m_ids.size() > 1) { // one pass over the site, not one per rack
        QSet<QString> racks;
        for (const Rack &rack : m_document->project().site.racks)
            racks.insert(rack.id.toString());
        for (const QString &id : m_ids)
            if (racks.contains(id))
                present << id;
    } else {
        for (const QString &id : m_ids)
            if (!jsonPathOf(id).isEmpty())
                present << id;
    }
    if (present != m_ids) {
        show(m_subject, present); // some are gone: the others, or nothing
        return;
    }
    if (editsScenario() != m_builtForScenario) // the scenario was deleted, or came back by an undo
        build();
    updateValues();
}

QString PropertyEditor::jsonPath() const
{
    return m_ids.size() == 1 ? jsonPathOf(m_ids.front()) : QString();
}

QString PropertyEditor::jsonPathOf(const QString &id) const
{
    const Project &p = m_document->project();
    switch (m_subject) {
    case Subject::None:
        return {};
    case Subject::Rack:
        for (size_t i = 0; i < p.site.racks.size(); ++i)
            if (p.site.racks[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.site.racks"), qsizetype(i));
        return {};
    case Subject::PowerNode: {
        const auto nodes = p.site.power.nodes();
        for (size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.site.powerNodes"), qsizetype(i));
        return {};
    }
    case Subject::CoolingUnit:
        for (size_t i = 0; i < p.site.coolingUnits.size(); ++i)
            if (p.site.coolingUnits[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.site.coolingUnits"), qsizetype(i));
        return {};
    case Subject::Lot:
        for (size_t i = 0; i < p.fleet.size(); ++i)
            if (p.fleet[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.fleet"), qsizetype(i));
        return {};
    case Subject::Site:
        return QStringLiteral("$.site");
    case Subject::Hall:
        for (size_t i = 0; i < p.site.halls.size(); ++i)
            if (p.site.halls[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.site.halls"), qsizetype(i));
        return {};
    case Subject::Row:
        for (size_t i = 0; i < p.site.rows.size(); ++i)
            if (p.site.rows[i].id.toString() == id)
                return JsonReader::item(QStringLiteral("$.site.rows"), qsizetype(i));
        return {};
    }
    return {};
}

namespace {

using Field = PropertyEditor::Field;

// Which unit of `medium` cools the rack: choosing one makes it the rack's only unit of that medium.
Field coolingUnitField(const RackId &id, HeatMedium medium)
{
    const bool air = medium == HeatMedium::Air;
    return { air ? QStringLiteral("airCoolingUnit") : QStringLiteral("liquidCoolingUnit"),
        air ? tr("Air cooling unit") : tr("Liquid cooling unit (CDU)"), Field::Choice, nullptr,
        [id, medium](const Project &p) { return AssignCoolingUnitCommand::servingUnit(p.site, id, medium).toString(); },
        [id, medium](Document *d, const QVariant &v) -> QUndoCommand * {
            return new AssignCoolingUnitCommand(d, id, medium, CoolingUnitId(v.toString()));
        },
        [medium](const Project &p) {
            QList<std::pair<QString, QString>> out{ { QString(), tr("(none)") } };
            for (const CoolingUnit &u : p.site.coolingUnits)
                if (heatMedium(u.kind) == medium)
                    out.append({ u.id.toString(), QStringLiteral("%1 (%2)").arg(u.name, u.id.toString()) });
            return out;
        },
        {}, // applies to every rack
        [medium](const Project &p, const QStringList &ids) {
            QHash<QString, QString> firstUnit; // rack id → the first unit of `medium` serving it
            for (const CoolingUnit &u : p.site.coolingUnits)
                if (heatMedium(u.kind) == medium)
                    for (const RackId &rack : u.serves)
                        if (!firstUnit.contains(rack.toString()))
                            firstUnit.insert(rack.toString(), u.id.toString());
            QStringList out;
            out.reserve(ids.size());
            for (const QString &id : ids)
                out << firstUnit.value(id);
            return out;
        } };
}

std::vector<Field> rackFields(const RackId &id)
{
    using namespace properties;
    // Found at the index it stood at last time (racks rarely move), so reading the fields of
    // thousands of selected racks is not a search of the site per rack and field.
    const auto rack = [id, hint = std::make_shared<size_t>(0)](const Project &p) -> const Rack * {
        const std::vector<Rack> &racks = p.site.racks;
        if (*hint < racks.size() && racks[*hint].id == id)
            return &racks[*hint];
        const Rack *found = p.site.rack(id);
        if (found)
            *hint = size_t(found - racks.data());
        return found;
    };
    const auto feed = [id](ConnectFeedCommand::Side side) {
        return [id, side](Document *d, const QVariant &v) -> QUndoCommand * {
            return new ConnectFeedCommand(d, id, side, PowerNodeId(v.toString()));
        };
    };
    return {
        { QStringLiteral("name"), tr("Name"), Field::Text, nullptr, [=](const Project &p) { return rack(p)->name; },
            [id](Document *d, const QVariant &v) {
                return new SetRackPropertyCommand<QString>(d, id, rackName, v.toString());
            } },
        { QStringLiteral("heightU"), tr("Height (U)"), Field::Integer, &limits::rackHeight,
            [=](const Project &p) { return QString::number(rack(p)->height.value()); },
            [id](Document *d, const QVariant &v) {
                return new SetRackPropertyCommand<RackUnits>(d, id, rackHeight, RackUnits(v.toInt()));
            } },
        { QStringLiteral("powerLimitKw"), tr("Power limit (kW)"), Field::Number, &limits::rackPower,
            [=](const Project &p) { return number(rack(p)->powerLimit.value()); },
            [id](Document *d, const QVariant &v) {
                return new SetRackPropertyCommand<Kilowatts>(d, id, rackPowerLimit, Kilowatts(v.toDouble()));
            } },
        { QStringLiteral("weightLimitKg"), tr("Weight limit (kg)"), Field::Number, &limits::rackWeight,
            [=](const Project &p) { return number(rack(p)->weightLimit.value()); },
            [id](Document *d, const QVariant &v) {
                return new SetRackPropertyCommand<Kilograms>(d, id, rackWeightLimit, Kilograms(v.toDouble()));
            } },
        { QStringLiteral("cooling"), tr("Cooling"), Field::Choice, nullptr,
            [=](const Project &p) { return keyOf(rack(p)->cooling); },
            [id](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto c = enumFromKey<CoolingType>(v.toString());
                return c ? new SetRackPropertyCommand<CoolingType>(d, id, rackCooling, *c) : nullptr;
            },
            [](const Project &) { return enumChoices<CoolingType>(); } },
        { QStringLiteral("feedA"), tr("Feed A"), Field::Choice, nullptr,
            [=](const Project &p) { return rack(p)->feedA.toString(); }, feed(ConnectFeedCommand::Side::A),
            [](const Project &p) { return nodeChoices(p, true); } },
        { QStringLiteral("feedB"), tr("Feed B (2N)"), Field::Choice, nullptr,
            [=](const Project &p) { return rack(p)->feedB.toString(); }, feed(ConnectFeedCommand::Side::B),
            [](const Project &p) { return nodeChoices(p, true); } },
        coolingUnitField(id, HeatMedium::Air),
        coolingUnitField(id, HeatMedium::Liquid),
        { QStringLiteral("position"), tr("Position (m)"), Field::ReadOnly, nullptr,
            [=](const Project &p) {
                return QStringLiteral("%1, %2").arg(
                    number(rack(p)->position.x.value()), number(rack(p)->position.y.value()));
            },
            {} },
    };
}

std::vector<Field> redundancyFields(
    std::function<Redundancy(const Project &)> get, std::function<QUndoCommand *(Document *, Redundancy)> set)
{
    return {
        { QStringLiteral("redundancy"), tr("Redundancy"), Field::Choice, nullptr,
            [=](const Project &p) { return schemeKey(get(p).scheme); },
            [=](Document *d, const QVariant &v) { return set(d, withScheme(get(d->project()), v.toString())); },
            [](const Project &) { return schemeChoices(); } },
        { QStringLiteral("redundancy.modules"), tr("Modules (N+1)"), Field::Integer, &limits::redundancyModules,
            [=](const Project &p) { return QString::number(get(p).modules); },
            [=](Document *d, const QVariant &v) {
                Redundancy r = get(d->project());
                r.modules = v.toInt();
                return set(d, r);
            },
            {}, [=](const Project &p) { return get(p).scheme == Redundancy::Scheme::NPlusOne; } },
    };
}

// "NAME: VALUE [C]" and "[C] SOURCE — NOTE" of a catalog facility figure, offered at `value`.
Field::TypicalValue typicalOf(const FacilityFigure &f, const QString &name, const QString &valueText, double value)
{
    return { QStringLiteral("%1: %2 [%3]").arg(name, valueText, f.source.confidence), value,
        QStringLiteral("[%1] %2%3")
            .arg(f.source.confidence, f.source.source,
                f.source.note.isEmpty() ? QString() : QStringLiteral(" — ") + f.source.note) };
}

// The efficiencies the catalog gives as typical for a node of the kind `node` is, in percent.
std::vector<Field::TypicalValue> typicalEfficiencies(const PowerNode &node)
{
    std::vector<Field::TypicalValue> out;
    for (const FacilityFigure *f :
        Catalog::builtIn().facilityFiguresFor(FacilityFigure::Quantity::Efficiency, keyOf(node.kind)))
        out.push_back(typicalOf(*f, f->name, facilityFigureValueText(*f), f->typical * 100));
    return out;
}

// Typical draws per kW of heat for a cooling unit of `kind`: its fans or pumps alone, then with
// the heat-rejection plant whose draw the unit's figure would carry (chillers by 1 / COP).
std::vector<Field::TypicalValue> typicalDraws(CoolingUnitKind kind)
{
    const Catalog &c = Catalog::builtIn();
    std::vector<Field::TypicalValue> out;
    const std::vector<const FacilityFigure *> own
        = c.facilityFiguresFor(FacilityFigure::Quantity::DrawKwPerKw, keyOf(kind));
    if (own.empty())
        return out;
    const FacilityFigure &unit = *own.front();
    out.push_back(typicalOf(unit, unit.name, facilityFigureValueText(unit), unit.typical));
    QStringList plants{ QStringLiteral("chiller-default"), QStringLiteral("chiller-air-cooled"),
        QStringLiteral("chiller-water-cooled") };
    if (heatMedium(kind) == HeatMedium::Liquid)
        plants = QStringList{ QStringLiteral("dry-cooler-fans"), QStringLiteral("cooling-tower-fans") } + plants;
    for (const QString &id : plants)
        if (const FacilityFigure *plant = c.facilityFigure(id)) {
            const double total = unit.typical + plant->drawKwPerKw();
            out.push_back(typicalOf(*plant, QStringLiteral("%1 + %2").arg(unit.name, plant->name),
                QStringLiteral("%1 kW/kW").arg(QString::number(total, 'g', 3)), total));
        }
    return out;
}

// The node's losses and house load. The house load is edited as one entry: a node with one
// house load (or none) shows its kW, 0 removes it; a node with several (from a file) shows
// their total, read-only, so no entry is lost.
std::vector<Field> nodeFacilityFields(const PowerNodeId &id)
{
    using namespace properties;
    const auto node = [id](const Project &p) { return p.site.power.node(id); };
    const auto single = [=](const Project &p) { return node(p)->houseLoads.size() <= 1; };
    std::vector<Field> fields{
        { QStringLiteral("efficiency"), tr("Efficiency (%)"), Field::Number, &kEfficiencyPercent,
            [=](const Project &p) { return number(node(p)->efficiency * 100); },
            [id](Document *d, const QVariant &v) {
                return new SetNodePropertyCommand<double>(d, id, nodeEfficiency, v.toDouble() / 100);
            },
            {}, {}, {}, [=](const Project &p) { return typicalEfficiencies(*node(p)); } },
        { QStringLiteral("houseLoads"), tr("House load (kW)"), Field::Number, &limits::houseLoad,
            [=](const Project &p) { return number(node(p)->houseLoad().value()); },
            [=](Document *d, const QVariant &v) {
                std::vector<HouseLoad> loads = node(d->project())->houseLoads;
                if (v.toDouble() <= 0)
                    loads.clear();
                else if (loads.empty())
                    loads.push_back({ tr("house load"), Kilowatts(v.toDouble()), {} });
                else
                    loads.front().kw = Kilowatts(v.toDouble());
                return new SetNodePropertyCommand<std::vector<HouseLoad>>(d, id, nodeHouseLoads, loads);
            },
            {}, single },
        { QStringLiteral("houseLoadsTotal"), tr("House loads (kW)"), Field::ReadOnly, nullptr,
            [=](const Project &p) {
                return tr("%1 in %2 loads").arg(number(node(p)->houseLoad().value())).arg(node(p)->houseLoads.size());
            },
            {}, {}, [=](const Project &p) { return !single(p); } },
    };
    return fields;
}

std::vector<Field> nodeFields(const PowerNodeId &id)
{
    using namespace properties;
    const auto node = [id](const Project &p) { return p.site.power.node(id); };
    std::vector<Field> fields{
        nameField<PowerNodeTraits>(id, nodeName),
        { QStringLiteral("kind"), tr("Kind"), Field::Choice, nullptr,
            [=](const Project &p) { return keyOf(node(p)->kind); },
            [id](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto k = enumFromKey<PowerNodeKind>(v.toString());
                return k ? new SetNodePropertyCommand<PowerNodeKind>(d, id, nodeKind, *k) : nullptr;
            },
            [](const Project &) {
                QList<std::pair<QString, QString>> out;
                for (const auto &[kind, key] : kPowerNodeKinds)
                    out.append({ QString::fromLatin1(key), format::powerNodeKind(kind) });
                return out;
            } },
        { QStringLiteral("rating.value"), tr("Capacity per module"), Field::Number, &limits::nodeRating,
            [=](const Project &p) { return number(node(p)->rating.nameplateValue()); },
            [=](Document *d, const QVariant &v) {
                const PowerRating r = node(d->project())->rating;
                const PowerRating next = r.isKva() ? PowerRating::kva(KiloVoltAmperes(v.toDouble()), r.powerFactor())
                                                   : PowerRating::kilowatts(Kilowatts(v.toDouble()));
                return new SetNodePropertyCommand<PowerRating>(d, id, nodeRating, next);
            } },
        { QStringLiteral("rating.unit"), tr("Rated in"), Field::Choice, nullptr,
            [=](const Project &p) { return node(p)->rating.isKva() ? QStringLiteral("kVA") : QStringLiteral("kW"); },
            [=](Document *d, const QVariant &v) {
                const PowerRating r = node(d->project())->rating;
                const PowerRating next = v.toString() == QStringLiteral("kVA")
                    ? PowerRating::kva(KiloVoltAmperes(r.nameplateValue()), r.isKva() ? r.powerFactor() : 0.9)
                    : PowerRating::kilowatts(Kilowatts(r.nameplateValue()));
                return new SetNodePropertyCommand<PowerRating>(d, id, nodeRating, next);
            },
            [](const Project &) {
                return QList<std::pair<QString, QString>>{ { QStringLiteral("kW"), QStringLiteral("kW") },
                    { QStringLiteral("kVA"), QStringLiteral("kVA") } };
            } },
        { QStringLiteral("rating.powerFactor"), tr("Power factor (kVA)"), Field::Number, &limits::powerFactor,
            [=](const Project &p) { return number(node(p)->rating.powerFactor()); },
            [=](Document *d, const QVariant &v) -> QUndoCommand * {
                const PowerRating r = node(d->project())->rating;
                if (!r.isKva())
                    return nullptr;
                return new SetNodePropertyCommand<PowerRating>(
                    d, id, nodeRating, PowerRating::kva(KiloVoltAmperes(r.nameplateValue()), v.toDouble()));
            } },
        { QStringLiteral("derating"), tr("Derating"), Field::Number, &limits::derating,
            [=](const Project &p) { return number(node(p)->derating); },
            [id](Document *d, const QVariant &v) {
                return new SetNodePropertyCommand<double>(d, id, nodeDerating, v.toDouble());
            } },
    };
    for (Field &f : redundancyFields([=](const Project &p) { return node(p)->redundancy; },
             [id](Document *d, Redundancy r) {
                 return new SetNodePropertyCommand<Redundancy>(d, id, nodeRedundancy, r);
             }))
        fields.push_back(std::move(f));
    fields.push_back({ QStringLiteral("commissioned"), tr("Commissioned"), Field::OptionalDate, nullptr,
        [=](const Project &p) { return node(p)->commissioned.toString(Qt::ISODate); },
        [id](Document *d, const QVariant &v) {
            return new SetNodePropertyCommand<QDate>(d, id, nodeCommissioned, v.toDate());
        } });
    fields.push_back({ QStringLiteral("inputs"), tr("Fed from"), Field::Choice, nullptr,
        [id](const Project &p) {
            const auto inputs = p.site.power.inputsOf(id);
            return inputs.empty() ? QString() : inputs.front().toString();
        },
        [id](Document *d, const QVariant &v) -> QUndoCommand * {
            const auto inputs = d->project().site.power.inputsOf(id);
            const PowerNodeId from = inputs.empty() ? PowerNodeId() : inputs.front();
            return new ConnectFeedCommand(d, id, from, PowerNodeId(v.toString()));
        },
        [](const Project &p) { return nodeChoices(p, true); } });
    setApplies(fields, QStringLiteral("rating.powerFactor"), [=](const Project &p) { return node(p)->rating.isKva(); });
    for (Field &f : nodeFacilityFields(id))
        fields.push_back(std::move(f));
    return fields;
}

// The unit's electrical input: its feed (a power node, or none) and its draw.
std::vector<Field> coolingDrawFields(const CoolingUnitId &id)
{
    using namespace properties;
    const auto unit = [id](const Project &p) { return p.site.coolingUnit(id); };
    return {
        { QStringLiteral("feed"), tr("Feed"), Field::Choice, nullptr,
            [=](const Project &p) { return unit(p)->feed.toString(); },
            [id](Document *d, const QVariant &v) {
                return new SetCoolingUnitPropertyCommand<PowerNodeId>(d, id, unitFeed, PowerNodeId(v.toString()));
            },
            [](const Project &p) { return nodeChoices(p, true); } },
        { QStringLiteral("drawKw"), tr("Fixed draw (kW)"), Field::Number, &limits::coolingDraw,
            [=](const Project &p) { return number(unit(p)->drawKw); },
            [id](Document *d, const QVariant &v) {
                return new SetCoolingUnitPropertyCommand<double>(d, id, unitDrawKw, v.toDouble());
            } },
        { QStringLiteral("drawKwPerKw"), tr("Draw per kW of heat (kW; 1/COP for a chiller)"), Field::Number,
            &limits::coolingDrawPerKw, [=](const Project &p) { return number(unit(p)->drawKwPerKw); },
            [id](Document *d, const QVariant &v) {
                return new SetCoolingUnitPropertyCommand<double>(d, id, unitDrawKwPerKw, v.toDouble());
            },
            {}, {}, {}, [=](const Project &p) { return typicalDraws(unit(p)->kind); } },
        { QStringLiteral("rejectsTo"), tr("Rejects heat to"), Field::Choice, nullptr,
            [=](const Project &p) { return unit(p)->rejectsTo.toString(); },
            [id](Document *d, const QVariant &v) {
                return new SetCoolingUnitPropertyCommand<CoolingUnitId>(
                    d, id, unitRejectsTo, CoolingUnitId(v.toString()));
            },
            [](const Project &p) { return plantChoices(p); } },
    };
}

std::vector<Field> coolingFields(const CoolingUnitId &id)
{
    using namespace properties;
    const auto unit = [id](const Project &p) { return p.site.coolingUnit(id); };
    std::vector<Field> fields{
        nameField<CoolingUnitTraits>(id, unitName),
        { QStringLiteral("kind"), tr("Kind"), Field::Choice, nullptr,
            [=](const Project &p) { return keyOf(unit(p)->kind); },
            [id](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto k = enumFromKey<CoolingUnitKind>(v.toString());
                return k ? new SetCoolingUnitPropertyCommand<CoolingUnitKind>(d, id, unitKind, *k) : nullptr;
            },
            [](const Project &) { return enumChoices<CoolingUnitKind>(); } },
        { QStringLiteral("capacityKw"), tr("Capacity per module (kW)"), Field::Number, &limits::coolingCapacity,
            [=](const Project &p) { return number(unit(p)->capacity.value()); },
            [id](Document *d, const QVariant &v) {
                return new SetCoolingUnitPropertyCommand<Kilowatts>(d, id, unitCapacity, Kilowatts(v.toDouble()));
            } },
    };
    for (Field &f : redundancyFields([=](const Project &p) { return unit(p)->redundancy; },
             [id](Document *d, Redundancy r) {
                 return new SetCoolingUnitPropertyCommand<Redundancy>(d, id, unitRedundancy, r);
             }))
        fields.push_back(std::move(f));
    fields.push_back({ QStringLiteral("commissioned"), tr("Commissioned"), Field::OptionalDate, nullptr,
        [=](const Project &p) { return unit(p)->commissioned.toString(Qt::ISODate); },
        [id](Document *d, const QVariant &v) {
            return new SetCoolingUnitPropertyCommand<QDate>(d, id, unitCommissioned, v.toDate());
        } });
    for (Field &f : coolingDrawFields(id))
        fields.push_back(std::move(f));
    fields.push_back({ QStringLiteral("serves"), tr("Serves"), Field::ReadOnly, nullptr,
        [=](const Project &p) {
            return unit(p)->serves.size() == 1 ? tr("1 rack") : tr("%n racks", nullptr, int(unit(p)->serves.size()));
        },
        {} });
    // Plants reject outdoors: no racks, no plant above them.
    for (const char *key : { "rejectsTo", "serves" })
        setApplies(fields, QLatin1String(key), [=](const Project &p) { return !isPlant(unit(p)->kind); });
    return fields;
}

// What an interruptible lot's systems may be capped to on a failure: shed, or an operating
// point of the lot's model (by name).
QList<std::pair<QString, QString>> capChoices(const Project &p, const FleetLot &lot)
{
    QList<std::pair<QString, QString>> out{ { QString(), tr("Shed (0 kW)") } };
    if (const SystemModel *m = p.model(lot.model, Catalog::builtIn()))
        for (const OperatingPoint &op : m->operatingPoints)
            out.append({ op.name, tr("Cap to %1 (%2 % power)").arg(op.name).arg(op.powerFraction * 100, 0, 'g', 3) });
    return out;
}

// The load class of a lot and, when interruptible, what it is capped to on a failure (shown
// only for an interruptible lot). One command sets both (properties::lotFailureClass).
std::vector<Field> lotFailureFields(const LotId &id)
{
    using namespace properties;
    const auto lot = [id](const Project &p) { return LotTraits::find(p, id); };
    std::vector<Field> fields{
        { QStringLiteral("loadClass"), tr("Load class"), Field::Choice, nullptr,
            [=](const Project &p) { return keyOf(lot(p)->loadClass); },
            [=](Document *d, const QVariant &v) -> QUndoCommand * {
                const auto c = enumFromKey<LoadClass>(v.toString());
                return c ? new SetLotPropertyCommand<FailureClass>(
                           d, id, lotFailureClass, FailureClass{ *c, lot(d->project())->cappedTo })
                         : nullptr;
            },
            [](const Project &) {
                return QList<std::pair<QString, QString>>{ { keyOf(LoadClass::Critical), tr("Critical") },
                    { keyOf(LoadClass::Interruptible), tr("Interruptible") } };
            } },
        { QStringLiteral("cappedTo"), tr("On a failure"), Field::Choice, nullptr,
            [=](const Project &p) { return lot(p)->cappedTo; },
            [=](Document *d, const QVariant &v) {
                return new SetLotPropertyCommand<FailureClass>(
                    d, id, lotFailureClass, FailureClass{ LoadClass::Interruptible, v.toString() });
            },
            [=](const Project &p) { return capChoices(p, *lot(p)); } },
    };
    setApplies(fields, QStringLiteral("cappedTo"), [=](const Project &p) { return lot(p)->isInterruptible(); });
    return fields;
}

// The lot's owner: one of the project's tenants, or the operator (no tenant).
Field lotTenantField(const LotId &id)
{
    return { QStringLiteral("tenant"), tr("Tenant"), Field::Choice, nullptr,
        [id](const Project &p) { return LotTraits::find(p, id)->tenant.toString(); },
        [id](Document *d, const QVariant &v) {
            return new SetLotPropertyCommand<TenantId>(d, id, properties::lotTenant, TenantId(v.toString()));
        },
        [](const Project &p) {
            QList<std::pair<QString, QString>> out{ { QString(), FleetTableModel::operatorText() } };
            for (const Tenant &t : p.tenants)
                out.append({ t.id.toString(), t.name.isEmpty() ? t.id.toString() : t.name });
            return out;
        } };
}

std::vector<Field> lotFields(const LotId &id)
{
    using namespace properties;
    const auto lot = [id](const Project &p) { return LotTraits::find(p, id); };
    const auto setPolicy = [=](std::function<void(DepreciationPolicy &, const QVariant &)> change) {
        return [=](Document *d, const QVariant &v) {
            DepreciationPolicy policy = lot(d->project())->depreciation;
            change(policy, v);
            return new SetLotPropertyCommand<DepreciationPolicy>(d, id, lotDepreciation, policy);
        };
    };
    std::vector<Field> fields{
        nameField<LotTraits>(id, lotName),
        { QStringLiteral("model"), tr("Model"), Field::Choice, nullptr,
            [=](const Project &p) { return lot(p)->model.toString(); },
            [id](Document *d, const QVariant &v) {
                return new SetLotModelCommand(d, Catalog::builtIn(), id, SystemModelId(v.toString()));
            },
            [](const Project &p) {
                QList<std::pair<QString, QString>> out;
                for (const SystemModel &m : p.customModels)
                    out.append({ m.id.toString(), m.name });
                for (const SystemModel &m : Catalog::builtIn().models())
                    out.append({ m.id.toString(), m.name });
                return out;
            } },
        { QStringLiteral("count"), tr("Systems"), Field::Integer, &limits::lotCount,
            [=](const Project &p) { return QString::number(lot(p)->count); },
            [id](Document *d, const QVariant &v) {
                return new SetLotPropertyCommand<int>(d, id, lotCount, v.toInt());
            } },
        { QStringLiteral("unitCost"), tr("Unit cost"), Field::Number, &limits::money,
            [=](const Project &p) { return number(lot(p)->unitCost.value()); },
            [id](Document *d, const QVariant &v) {
                return new SetLotPropertyCommand<Money>(d, id, lotUnitCost, Money(v.toDouble()));
            } },
        { QStringLiteral("delivered"), tr("Delivered"), Field::Date, nullptr,
            [=](const Project &p) { return lot(p)->delivered.toString(Qt::ISODate); },
            [id](Document *d, const QVariant &v) {
                return new SetLotPropertyCommand<QDate>(d, id, lotDelivered, v.toDate());
            } },
        { QStringLiteral("retire"), tr("Retire"), Field::OptionalDate, nullptr,
            [=](const Project &p) { return lot(p)->retire.toString(Qt::ISODate); },
            [id](Document *d, const QVariant &v) {
                return new SetLotPropertyCommand<QDate>(d, id, lotRetire, v.toDate());
            } },
        { QStringLiteral("depreciation.method"), tr("Depreciation"), Field::Choice, nullptr,
            [=](const Project &p) { return keyOf(lot(p)->depreciation.method); },
            setPolicy([](DepreciationPolicy &policy, const QVariant &v) {
                if (const auto m = enumFromKey<DepreciationMethod>(v.toString()))
                    policy.method = *m;
            }),
            [](const Project &) { return enumChoices<DepreciationMethod>(); } },
        { QStringLiteral("depreciation.lifeYears"), tr("Life (years)"), Field::Number, &limits::lifeYears,
            [=](const Project &p) { return number(lot(p)->depreciation.lifeYears); },
            setPolicy([](DepreciationPolicy &policy, const QVariant &v) { policy.lifeYears = v.toDouble(); }) },
        { QStringLiteral("depreciation.salvageFraction"), tr("Salvage fraction"), Field::Number, &limits::salvage,
            [=](const Project &p) { return number(lot(p)->depreciation.salvageFraction); },
            setPolicy([](DepreciationPolicy &policy, const QVariant &v) { policy.salvageFraction = v.toDouble(); }) },
    };
    for (Field &f : lotFailureFields(id))
        fields.push_back(std::move(f));
    fields.push_back(lotTenantField(id));
    return fields;
}

std::vector<Field> fieldsOf(PropertyEditor::Subject subject, const QString &id)
{
    switch (subject) {
    case PropertyEditor::Subject::None:
        return {};
    case PropertyEditor::Subject::Rack: {
        std::vector<Field> fields = rackFields(RackId(id));
        for (Field &f : rackReservationFields(RackId(id)))
            fields.push_back(std::move(f));
        return fields;
    }
    case PropertyEditor::Subject::PowerNode:
        return nodeFields(PowerNodeId(id));
    case PropertyEditor::Subject::CoolingUnit:
        return coolingFields(CoolingUnitId(id));
    case PropertyEditor::Subject::Lot:
        return lotFields(LotId(id));
    case PropertyEditor::Subject::Site:
        return siteFields();
    case PropertyEditor::Subject::Hall:
        return hallFields(HallId(id));
    case PropertyEditor::Subject::Row:
        return rowFields(RowId(id));
    }
    return {};
}

// What the validator says elsewhere about hall `id`: the position problems of the racks in its
// rows ("Rack A-12 (position): (3, 11) m lies outside Hall North (8 × 10 m)"), each as the
// Problems dock words it, so a hall made too small lists the racks it leaves out.
std::vector<Problem> problemsNamingHall(const Project &project, const std::vector<Problem> &problems, const QString &id)
{
    static const QRegularExpression rackPosition(QStringLiteral(R"(^\$\.site\.racks\[(\d+)\]\.position)"));
    QSet<QString> rowsOfHall;
    for (const warmshell::Row &row : project.site.rows)
        if (row.hall.toString() == id)
            rowsOfHall.insert(row.id.toString());
    std::vector<Problem> out;
    for (const Problem &problem : problems) {
        const QRegularExpressionMatch m = rackPosition.match(problem.path);
        const qsizetype index = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        if (index >= 0 && index < qsizetype(project.site.racks.size())
            && rowsOfHall.contains(project.site.racks[size_t(index)].row.toString()))
            out.push_back(problem);
    }
    return out;
}

// What validation says about the reservations naming rack or hall `id` ("Tenant Beta reserves
// Lab hall, where rack A-06 is already reserved for tenant Acme; …"), as the Problems dock words
// them: a problem of a tenant's reserved racks or halls whose message quotes the id. Shown under
// the "Reserved for" field of the rack's or the hall's page, as well as in the Problems dock.
std::vector<Problem> reservationProblems(const std::vector<Problem> &problems, const QString &id)
{
    const QString quoted = QLatin1Char('"') + id + QLatin1Char('"');
    std::vector<Problem> out;
    for (const Problem &problem : problems)
        if (problem.path.startsWith(QLatin1String("$.tenants["))
            && (problem.path.contains(QLatin1String(".reservedRacks["))
                || problem.path.contains(QLatin1String(".reservedHalls[")))
            && problem.message.contains(quoted))
            out.push_back(problem);
    return out;
}

// "24 racks", "3 fleet lots".
QString countOf(PropertyEditor::Subject subject, qsizetype n)
{
    switch (subject) {
    case PropertyEditor::Subject::Rack:
        return tr("%n racks", nullptr, int(n));
    case PropertyEditor::Subject::PowerNode:
        return tr("%n power nodes", nullptr, int(n));
    case PropertyEditor::Subject::CoolingUnit:
        return tr("%n cooling units", nullptr, int(n));
    case PropertyEditor::Subject::Lot:
        return tr("%n fleet lots", nullptr, int(n));
    case PropertyEditor::Subject::None:
    case PropertyEditor::Subject::Site:
    case PropertyEditor::Subject::Hall:
    case PropertyEditor::Subject::Row:
        break; // one at a time
    }
    return {};
}

} // namespace

void PropertyEditor::build()
{
    // A focused line edit reports editingFinished while it is destroyed; not to us.
    for (Row &row : m_rows)
        row.editor->disconnect(this);
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_builtForScenario = editsScenario();

    std::vector<std::vector<Field>> perSubject;
    for (const QString &id : m_ids)
        perSubject.push_back(fieldsOf(m_subject, id));
    const size_t fieldCount = perSubject.empty() ? 0 : perSubject.front().size();
    m_rows.reserve(fieldCount);
    for (size_t k = 0; k < fieldCount; ++k) {
        Row row;
        row.field = perSubject.front()[k];
        if (m_builtForScenario)
            row.mapping = scenariofields::mappingFor(m_subject, row.field.key);
        for (std::vector<Field> &fields : perSubject)
            row.each.push_back(std::move(fields[k]));
        createEditor(row, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    // Tab goes from the page's scroll area through the fields in their order: widgets made now
    // would otherwise come last in the window's focus chain, after every other dock.
    QWidget *previous = widget();
    for (const Row &row : m_rows) {
        if (row.cell->focusPolicy() == Qt::NoFocus && !row.cell->focusProxy() && row.cell == row.editor)
            continue; // a read-only label
        QWidget::setTabOrder(previous, row.cell);
        previous = row.cell;
    }
}

void PropertyEditor::createEditor(Row &row, int index)
{
    QWidget *cell = m_form;
    switch (row.field.type) {
    case Field::Choice: {
        auto *combo = new QComboBox(cell);
        connect(combo, &QComboBox::activated, this, [this, index] { commit(index); });
        row.editor = combo;
        break;
    }
    case Field::ReadOnly:
        row.editor = new QLabel(cell);
        break;
    default: {
        auto *edit = new QLineEdit(cell);
        if (row.field.type == Field::Number || row.field.type == Field::Integer)
            edit->setAlignment(Qt::AlignRight);
        if (row.field.type == Field::Date || row.field.type == Field::OptionalDate)
            row.placeholder
                = row.field.type == Field::Date ? tr("YYYY-MM-DD") : tr("YYYY-MM-DD, empty: from the start");
        connect(edit, &QLineEdit::editingFinished, this, [this, index] { commit(index); });
        edit->installEventFilter(this); // focus leaving a refused text: see eventFilter()
        row.editor = edit;
        break;
    }
    }
    row.editor->setObjectName(row.field.key);
    row.message = new QLabel(cell);
    row.message->setObjectName(row.field.key + QStringLiteral("Message"));
    row.message->setWordWrap(true);
    row.message->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    row.message->hide();
    if (m_builtForScenario)
        scenarioEditor(row, index);
    else
        row.cell = row.field.typical ? withTypicalButton(row, index) : row.editor;
    if (row.cell != row.editor) // the label's buddy is the cell: give the field its own name
        row.editor->setAccessibleName(format::spokenLabel(row.field.label));
    // The base value and the message span the whole width under their field.
    m_layout->addRow(row.field.label, row.cell);
    if (row.hint)
        m_layout->addRow(row.hint);
    m_layout->addRow(row.message);
    // Now, not at the next event loop turn, so a grab shows the form.
    row.cell->show();
    row.editor->show();
    if (QWidget *label = m_layout->labelForField(row.cell))
        label->show();
}

QWidget *PropertyEditor::withTypicalButton(Row &row, int index)
{
    auto *cell = new QWidget(m_form);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    row.editor->setParent(cell);
    layout->addWidget(row.editor, 1);
    auto *button = new QToolButton(cell);
    button->setObjectName(row.field.key + QStringLiteral("Typical"));
    button->setText(tr("Typical"));
    button->setToolTip(tr("Typical figures from the catalog, each with its public source. Choosing one sets the "
                          "field, as typing it would (Undo takes it back); nothing is applied by itself."));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->setObjectName(row.field.key + QStringLiteral("TypicalMenu"));
    menu->setToolTipsVisible(true);
    button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, index] { fillTypicalMenu(menu, index); });
    layout->addWidget(button);
    return cell;
}

void PropertyEditor::fillTypicalMenu(QMenu *menu, int index)
{
    menu->clear();
    if (index < 0 || size_t(index) >= m_rows.size())
        return;
    const std::vector<Field::TypicalValue> values = m_rows[size_t(index)].field.typical(m_document->project());
    if (values.empty())
        menu->addAction(tr("No typical figure for this kind"))->setEnabled(false);
    for (const Field::TypicalValue &t : values) {
        QAction *action = menu->addAction(t.text);
        action->setToolTip(t.source);
        action->setStatusTip(t.source);
        connect(action, &QAction::triggered, this, [this, index, value = t.value] {
            if (size_t(index) < m_rows.size())
                push(m_rows[size_t(index)], value);
        });
    }
}

bool PropertyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // After the line edit's own focus-out handling (which may commit, or refuse, an edit):
        // a refused text does not stay in a field the user has left.
        QPointer<QLineEdit> edit = qobject_cast<QLineEdit *>(watched);
        QMetaObject::invokeMethod(
            this,
            [this, edit] {
                for (const Row &row : m_rows)
                    if (edit && row.editor == edit && !row.refusal.isEmpty() && !edit->hasFocus())
                        edit->setText(row.shown);
            },
            Qt::QueuedConnection);
    }
    return QDockWidget::eventFilter(watched, event);
}

QString PropertyEditor::title() const
{
    return m_title->text();
}

void PropertyEditor::updateTitle()
{
    static const char *titles[] = { "", "Rack", "Power node", "Cooling unit", "Fleet lot", "Site", "Hall", "Row" };
    QString name;
    if (!jsonPath().isEmpty() && !m_rows.empty() && m_rows.front().field.key == QStringLiteral("name"))
        name = m_rows.front().field.read(m_document->project());
    const QString id = subjectId();
    m_title->setText(m_subject == Subject::None ? tr("Nothing selected")
            : m_ids.size() > 1                  ? countOf(m_subject, m_ids.size())
            : name.isEmpty()                    ? tr("%1 %2").arg(tr(titles[int(m_subject)]), id)
                                                : tr("%1: %2 (%3)").arg(tr(titles[int(m_subject)]), name, id));
    m_title->setToolTip(m_title->text());
}

QHash<QString, QStringList> PropertyEditor::fieldProblems()
{
    // Problems of the subject: the part of the path after the subject's names the field.
    const QString path = jsonPath();
    QHash<QString, QStringList> byField;
    QStringList general;
    std::optional<ProblemWording> wordingOnce; // an index of the project's ids: built when needed
    auto wording = [&]() -> const ProblemWording & {
        if (!wordingOnce)
            wordingOnce.emplace(m_document->project());
        return *wordingOnce;
    };
    if (!path.isEmpty()) {
        for (const Problem &problem : m_problems) {
            if (!problem.path.startsWith(path))
                continue;
            QString rest = problem.path.mid(path.size());
            if (!rest.isEmpty() && rest.front() != QLatin1Char('.') && rest.front() != QLatin1Char('['))
                continue; // racks[1] must not match racks[12]
            rest = rest.startsWith(QLatin1Char('.')) ? rest.mid(1) : rest;
            QString best;
            for (const Row &row : m_rows)
                if (!rest.isEmpty() && rest.startsWith(row.field.key) && row.field.key.size() > best.size())
                    best = row.field.key;
            if (best.isEmpty() && m_subject == Subject::Site && !rest.isEmpty())
                continue; // a problem of a hall, rack, node… of the site: theirs, not the site's
            if (best.isEmpty())
                general << wording().message(problem);
            else
                byField[best] << wording().message(problem);
        }
    }
    if (m_subject == Subject::Hall && !path.isEmpty())
        for (const Problem &problem : problemsNamingHall(m_document->project(), m_problems, subjectId()))
            general << wording().readable(problem);
    if ((m_subject == Subject::Rack || m_subject == Subject::Hall) && !path.isEmpty())
        for (const Problem &problem : reservationProblems(m_problems, subjectId()))
            byField[QStringLiteral("reservedFor")] << wording().readable(problem);
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    return byField;
}

void PropertyEditor::updateValues()
{
    updateTitle();
    updateBanner();
    const QHash<QString, QStringList> byField = fieldProblems();
    const Project &project = shownProject();
    for (Row &row : m_rows) {
        QStringList values;
        values.reserve(qsizetype(row.each.size()));
        bool applies = false; // to any subject: a mixed selection shows the field
        for (const Field &field : row.each)
            applies = applies || !field.applies || field.applies(project);
        QStringList baseValues; // of a field a scenario overrides
        if (row.mapping)
            for (const QString &id : m_ids) {
                values << row.mapping->read(project, id);
                baseValues << row.mapping->read(m_document->project(), id);
            }
        else if (row.field.readAll && row.each.size() > 1)
            values = row.field.readAll(project, m_ids);
        else
            for (const Field &field : row.each)
                values << field.read(project);
        showValue(row, values);
        showScenarioState(row, baseValues);
        row.cell->setVisible(applies);
        if (QWidget *label = m_layout->labelForField(row.cell))
            label->setVisible(applies);
        QStringList messages;
        if (!row.refusal.isEmpty())
            messages << row.refusal;
        messages << byField.value(row.field.key);
        row.message->setText(messages.join(QLatin1Char('\n')));
        row.message->setVisible(applies && !messages.isEmpty());
    }
    // Lay out now (messages came and went), so what is grabbed or painted next is current.
    m_layout->activate();
    if (auto *scroll = qobject_cast<QScrollArea *>(widget()); scroll && scroll->widget()->layout())
        scroll->widget()->layout()->activate();
}

void PropertyEditor::showValue(Row &row, const QStringList &values)
{
    const bool mixed = values.size() > 1 && values.count(values.front()) != values.size();
    row.shown = values.isEmpty() || mixed ? QString() : values.front();
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const QSignalBlocker block(combo);
        combo->clear();
        if (mixed)
            combo->addItem(tr("(mixed)"), QVariant()); // chosen, it changes nothing
        for (const auto &[key, text] : row.field.choices(m_document->project()))
            combo->addItem(text, key);
        int at = mixed ? 0 : combo->findData(row.shown);
        if (at < 0) { // a dangling reference: show it as it is
            combo->addItem(tr("%1 (missing)").arg(row.shown), row.shown);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    } else if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        edit->setPlaceholderText(mixed ? tr("(mixed)") : row.placeholder);
        // A refused text stays for correction only while the user is still in the field.
        if (row.refusal.isEmpty() || !edit->hasFocus())
            edit->setText(row.shown);
    } else if (auto *label = qobject_cast<QLabel *>(row.editor)) {
        label->setText(mixed ? tr("(mixed)") : row.shown);
    }
}

std::optional<QVariant> PropertyEditor::parse(Row &row)
{
    const Field &field = row.field;
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        if (!combo->currentData().isValid())
            return std::nullopt; // "(mixed)"
        row.refusal.clear();
        return combo->currentData();
    }
    auto *edit = qobject_cast<QLineEdit *>(row.editor);
    if (!edit)
        return std::nullopt;
    const QString text = edit->text().trimmed();
    if (text == row.shown && row.refusal.isEmpty())
        return std::nullopt; // focus left an unchanged field (or a mixed one left empty)
    QVariant value;
    QString refusal;
    switch (field.type) {
    case Field::Text:
        value = text;
        break;
    case Field::Currency:
        if (text.size() != 3 || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }))
            refusal = tr("“%1” is not a three-letter currency code such as USD; nothing was changed").arg(text);
        else
            value = text.toUpper();
        break;
    case Field::Number:
    case Field::Integer: {
        const std::optional<double> v = parseNumber(text);
        if (!v)
            refusal = tr("“%1” is not a number; nothing was changed").arg(text);
        else if (field.type == Field::Integer && std::isfinite(*v) && *v != std::floor(*v))
            refusal = tr("must be a whole number, got %1; nothing was changed").arg(text);
        else if (field.range && !field.range->contains(*v))
            refusal = field.range->violation(*v) + tr("; nothing was changed");
        else
            value = field.type == Field::Integer ? QVariant(int(*v)) : QVariant(*v);
        break;
    }
    case Field::Date:
    case Field::OptionalDate: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() && field.type == Field::OptionalDate)
            value = QDate();
        else if (!date.isValid())
            refusal = tr("“%1” is not a date YYYY-MM-DD; nothing was changed").arg(text);
        else
            value = date;
        break;
    }
    default:
        return std::nullopt;
    }
    row.refusal = refusal;
    return refusal.isEmpty() ? std::optional<QVariant>(value) : std::nullopt;
}

void PropertyEditor::commit(int index)
{
    if (index < 0 || index >= int(m_rows.size()) || m_ids.isEmpty())
        return;
    Row &row = m_rows[size_t(index)];
    const std::optional<QVariant> value = parse(row);
    if (value && m_builtForScenario)
        pushOverrides(row, *value); // a field no override expresses is read-only: nothing
    else if (value && row.field.write)
        push(row, *value); // changed() → refresh() rewrites the fields
    updateValues();
}

void PropertyEditor::push(const Row &row, const QVariant &value)
{
    std::vector<std::unique_ptr<QUndoCommand>> edits;
    if (row.field.writeAll)
        edits.emplace_back(row.field.writeAll(m_document, m_ids, value));
    else
        for (const Field &field : row.each)
            edits.emplace_back(field.write(m_document, value));
    pushAsOneStep(m_document, std::move(edits),
        [&](qsizetype count) { return tr("Change %1 of %2").arg(row.field.label, countOf(m_subject, count)); });
}

QWidget *PropertyEditor::editor(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key)
            return row.editor;
    return nullptr;
}

QString PropertyEditor::message(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key)
            return row.message->text();
    return {};
}

QString PropertyEditor::generalMessage() const
{
    return m_general->text();
}

QToolButton *PropertyEditor::revertButton(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key)
            return row.revert;
    return nullptr;
}

QString PropertyEditor::baseHint(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key && row.hint)
            return row.hint->text();
    return {};
}

void PropertyEditor::setScenario(const QString &name)
{
    if (name == m_scenario)
        return;
    m_scenario = name;
    m_applied.reset();
    build();
    updateValues();
}

int PropertyEditor::scenarioIndex() const
{
    if (m_scenario.isEmpty())
        return -1;
    const std::vector<Scenario> &scenarios = m_document->project().scenarios;
    for (size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name == m_scenario)
            return int(i);
    return -1;
}

const Project &PropertyEditor::shownProject()
{
    const int index = scenarioIndex();
    const Project &base = m_document->project();
    if (index < 0)
        return base;
    if (!m_applied) {
        std::vector<Problem> ignored; // the Scenarios dock lists what the scenario names that is missing
        m_applied = std::make_unique<Project>(applyScenario(base, base.scenarios[size_t(index)], index, ignored));
    }
    return *m_applied;
}

QString PropertyEditor::banner() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void PropertyEditor::updateBanner()
{
    const bool scenario = editsScenario();
    m_banner->setText(scenario
            ? tr("Editing scenario «%1» — changes are stored as overrides (base site unchanged)").arg(m_scenario)
            : QString());
    m_banner->setToolTip(scenario ? tr("The fields show the project with this scenario applied. A field a scenario "
                                       "can change is stored as one of its changes (see the Scenarios dock); the "
                                       "others are read-only. Pick Base in the Scenarios dock to edit the site.")
                                  : QString());
    m_banner->setVisible(scenario);
}

// A mapped field gets a Revert button beside it and its base value under it; any other field
// is read-only, its tooltip saying why.
void PropertyEditor::scenarioEditor(Row &row, int index)
{
    if (!row.mapping) {
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
            edit->setReadOnly(true);
            QPalette flat = edit->palette(); // reads as a value, not as a box to type in
            flat.setColor(QPalette::Base, flat.color(QPalette::Window));
            edit->setPalette(flat);
        } else if (qobject_cast<QComboBox *>(row.editor))
            row.editor->setEnabled(false);
        if (row.field.type != Field::ReadOnly)
            row.editor->setToolTip(scenariofields::readOnlyReason(m_subject, row.field.key, row.field.label));
        row.cell = row.editor;
        return;
    }
    auto *cell = new QWidget(m_form);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    row.editor->setParent(cell);
    layout->addWidget(row.editor, 1);
    row.revert = new QToolButton(cell);
    row.revert->setObjectName(row.field.key + QStringLiteral("Revert"));
    row.revert->setText(tr("Revert"));
    row.revert->setToolTip(tr("Remove the scenario's change of this field: the base site's value applies again "
                              "(one undo step)"));
    connect(row.revert, &QToolButton::clicked, this, [this, index] {
        if (size_t(index) < m_rows.size()) {
            pushOverrides(m_rows[size_t(index)], std::nullopt);
            updateValues();
        }
    });
    layout->addWidget(row.revert);
    row.hint = new QLabel(m_form);
    row.hint->setObjectName(row.field.key + QStringLiteral("Base"));
    row.hint->setWordWrap(true);
    row.hint->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::MutedText)));
    row.cell = cell;
}

void PropertyEditor::showScenarioState(Row &row, const QStringList &baseValues)
{
    const int index = scenarioIndex();
    if (!row.mapping || index < 0 || m_ids.isEmpty())
        return;
    const Project &base = m_document->project();
    const bool overridden = std::any_of(m_ids.begin(), m_ids.end(),
        [&](const QString &id) { return scenariofields::isOverridden(base, size_t(index), *row.mapping, id); });
    const bool mixed = baseValues.count(baseValues.front()) != baseValues.size();
    const QString baseText = mixed ? tr("(mixed)") : baseValues.front().isEmpty() ? tr("none") : baseValues.front();
    const QString stored = row.mapping->describe(base, m_ids.front());
    // Short, so it stays on one or two lines of a narrow dock; the whole story is the tooltip.
    row.hint->setText(overridden ? tr("Base site: %1; this scenario: %2")
                                       .arg(baseText, QLatin1String(overrideKindSpec(row.mapping->kind).key))
                                 : tr("Base site: %1").arg(baseText));
    row.revert->setEnabled(overridden);
    row.editor->setToolTip(tr("The value in scenario «%1»; the base site's is %2. An edit is stored as %3; Revert "
                              "removes it.")
                               .arg(m_scenario, baseText, stored));
}

void PropertyEditor::pushOverrides(Row &row, const std::optional<QVariant> &value)
{
    const int index = scenarioIndex();
    if (!row.mapping || index < 0 || m_ids.isEmpty())
        return;
    const Project &base = m_document->project();
    scenariofields::OverridesEdit edit = scenariofields::editOverrides(base, size_t(index), *row.mapping, m_ids, value);
    row.refusal = edit.refusal;
    if (!edit.refusal.isEmpty() || edit.overrides == base.scenarios[size_t(index)].overrides)
        return;
    const QString subjects = m_ids.size() > 1 ? countOf(m_subject, m_ids.size()) : subjectId();
    const QString text = value ? tr("Change %1 of %2 in scenario %3") : tr("Revert %1 of %2 in scenario %3");
    m_document->undoStack()->push(new SetScenarioOverridesCommand(
        m_document, size_t(index), std::move(edit.overrides), text.arg(row.field.label, subjects, m_scenario)));
}

} // namespace warmshell::ui

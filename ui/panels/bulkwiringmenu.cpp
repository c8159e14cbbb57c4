// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkwiringmenu.h"

#include "document/document.h"
#include "edit/assigncoolingunitcommand.h"
#include "edit/connectfeedcommand.h"
#include "edit/editselectioncommand.h"
#include "edit/tenantcommands.h"

#include <QCoreApplication>
#include <QMenu>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace warmshell::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui", text);
}

QString racksText(qsizetype n)
{
    return n == 1 ? tr("1 rack") : tr("%1 racks").arg(n);
}

// One edit per rack of `racks`, pushed as one undo step named "<verb> of N racks".
using RackEdit = std::function<QUndoCommand *(const RackId &)>;
void editEach(Document *document, const QList<RackId> &racks, const QString &verb, const RackEdit &edit)
{
    std::vector<std::unique_ptr<QUndoCommand>> edits;
    edits.reserve(size_t(racks.size()));
    for (const RackId &rack : racks)
        edits.emplace_back(edit(rack));
    pushAsOneStep(
        document, std::move(edits), [&verb](qsizetype count) { return tr("%1 of %2").arg(verb, racksText(count)); });
}

// The value `of` gives every rack of `racks`; null when they differ or there are none.
template <typename Id, typename Of> Id sharedValue(const Site &site, const QList<RackId> &racks, Of of)
{
    std::optional<Id> shared;
    for (const RackId &id : racks) {
        const Rack *rack = site.rack(id);
        const Id value = rack ? of(site, *rack) : Id();
        if (shared && *shared != value)
            return {};
        shared = value;
    }
    return shared.value_or(Id());
}

QAction *addChoice(QMenu *menu, const QString &text, const QString &id, bool current)
{
    QAction *action = menu->addAction(text);
    action->setData(id);
    action->setCheckable(true);
    action->setChecked(current);
    return action;
}

void addFeedMenu(QMenu *parent, Document *document, const QList<RackId> &racks, ConnectFeedCommand::Side side)
{
    const bool a = side == ConnectFeedCommand::Side::A;
    QMenu *menu = parent->addMenu(a ? tr("Feed &A") : tr("Feed &B"));
    menu->setObjectName(a ? QStringLiteral("feedAMenu") : QStringLiteral("feedBMenu"));
    const Site &site = document->project().site;
    const PowerNodeId current = sharedValue<PowerNodeId>(
        site, racks, [a](const Site &, const Rack &rack) { return a ? rack.feedA : rack.feedB; });
    if (!a)
        addChoice(menu, tr("None (single-fed)"), QString(), current.isNull() && !racks.isEmpty());
    for (const PowerNode &node : site.power.nodes())
        if (site.power.reachesSource(node.id))
            addChoice(
                menu, node.name.isEmpty() ? node.id.toString() : node.name, node.id.toString(), current == node.id);
    if (menu->isEmpty())
        menu->addAction(tr("No power node reaches a utility feed"))->setEnabled(false);
    QObject::connect(menu, &QMenu::triggered, menu, [document, racks, side, a](QAction *action) {
        const PowerNodeId node(action->data().toString());
        editEach(document, racks, a ? tr("Connect feed A") : tr("Connect feed B"),
            [&](const RackId &rack) { return new ConnectFeedCommand(document, rack, side, node); });
    });
}

bool allLiquidCooled(const Site &site, const QList<RackId> &racks)
{
    for (const RackId &id : racks)
        if (const Rack *rack = site.rack(id); !rack || rack->cooling != CoolingType::Liquid)
            return false;
    return true;
}

void addCoolingMenu(QMenu *parent, Document *document, const QList<RackId> &racks)
{
    QMenu *menu = parent->addMenu(tr("&Cooling unit"));
    menu->setObjectName(QStringLiteral("coolingUnitMenu"));
    const Site &site = document->project().site;
    const bool liquidAllowed = allLiquidCooled(site, racks);
    for (const HeatMedium medium : { HeatMedium::Air, HeatMedium::Liquid }) {
        const CoolingUnitId current
            = sharedValue<CoolingUnitId>(site, racks, [medium](const Site &s, const Rack &rack) {
                  return AssignCoolingUnitCommand::servingUnit(s, rack.id, medium);
              });
        for (const CoolingUnit &unit : site.coolingUnits)
            if (heatMedium(unit.kind) == medium && (medium == HeatMedium::Air || liquidAllowed))
                addChoice(
                    menu, unit.name.isEmpty() ? unit.id.toString() : unit.name, unit.id.toString(), current == unit.id);
    }
    if (menu->isEmpty())
        menu->addAction(tr("No cooling unit can serve these racks"))->setEnabled(false);
    QObject::connect(menu, &QMenu::triggered, menu, [document, racks](QAction *action) {
        const CoolingUnit *unit = document->project().site.coolingUnit(CoolingUnitId(action->data().toString()));
        if (!unit)
            return;
        const CoolingUnitId id = unit->id;
        const HeatMedium medium = heatMedium(unit->kind);
        editEach(document, racks, tr("Assign cooling unit"),
            [&](const RackId &rack) { return new AssignCoolingUnitCommand(document, rack, medium, id); });
    });
}

// The tenant every rack of `racks` is reserved for by its own entry (not through its hall);
// null when they differ, or when any has none.
TenantId directReservation(const Project &project, const QList<RackId> &racks)
{
    std::optional<TenantId> shared;
    for (const RackId &rack : racks) {
        TenantId owner;
        for (const Tenant &t : project.tenants)
            if (std::find(t.reservedRacks.begin(), t.reservedRacks.end(), rack) != t.reservedRacks.end())
                owner = t.id;
        if (shared && *shared != owner)
            return {};
        shared = owner;
    }
    return shared.value_or(TenantId());
}

bool anyDirectReservation(const Project &project, const QList<RackId> &racks)
{
    const QSet<RackId> selected(racks.begin(), racks.end());
    for (const Tenant &t : project.tenants)
        for (const RackId &rack : t.reservedRacks)
            if (selected.contains(rack))
                return true;
    return false;
}

void reserve(Document *document, const QList<RackId> &racks, const TenantId &tenant)
{
    document->undoStack()->push(
        new ReserveForTenantCommand(document, std::vector<RackId>(racks.begin(), racks.end()), {}, tenant));
}

void addReservationMenu(QMenu *parent, Document *document, const QList<RackId> &racks)
{
    parent->addSeparator();
    QMenu *menu = parent->addMenu(tr("Reserve for &tenant"));
    menu->setObjectName(QStringLiteral("reserveMenu"));
    const Project &project = document->project();
    const TenantId current = directReservation(project, racks);
    for (const Tenant &t : project.tenants)
        addChoice(menu, t.name.isEmpty() ? t.id.toString() : t.name, t.id.toString(), current == t.id);
    if (menu->isEmpty())
        menu->addAction(tr("No tenants: add one in the Fleet dock's Tenants tab"))->setEnabled(false);
    QObject::connect(menu, &QMenu::triggered, menu,
        [document, racks](QAction *action) { reserve(document, racks, TenantId(action->data().toString())); });
    QAction *clear = parent->addAction(tr("C&lear reservation"));
    clear->setObjectName(QStringLiteral("clearReservationAction"));
    clear->setEnabled(anyDirectReservation(project, racks));
    QObject::connect(clear, &QAction::triggered, parent, [document, racks] { reserve(document, racks, {}); });
}

} // namespace

QMenu *newBulkWiringMenu(Document *document, const QList<RackId> &racks, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("bulkWiringMenu"));
    QAction *title = menu->addSection(racksText(racks.size()));
    title->setEnabled(false);
    addFeedMenu(menu, document, racks, ConnectFeedCommand::Side::A);
    addFeedMenu(menu, document, racks, ConnectFeedCommand::Side::B);
    addCoolingMenu(menu, document, racks);
    addReservationMenu(menu, document, racks);
    return menu;
}

QMenu *newHallReservationMenu(Document *document, const HallId &hall, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("hallMenu"));
    const Project &project = document->project();
    const Hall *shown = project.site.hall(hall);
    menu->addSection(shown && !shown->name.isEmpty() ? shown->name : hall.toString())->setEnabled(false);
    QMenu *reserveMenu = menu->addMenu(tr("Reserve hall for &tenant"));
    reserveMenu->setObjectName(QStringLiteral("reserveHallMenu"));
    TenantId current;
    for (const Tenant &t : project.tenants)
        if (std::find(t.reservedHalls.begin(), t.reservedHalls.end(), hall) != t.reservedHalls.end())
            current = t.id;
    for (const Tenant &t : project.tenants)
        addChoice(reserveMenu, t.name.isEmpty() ? t.id.toString() : t.name, t.id.toString(), current == t.id);
    if (reserveMenu->isEmpty())
        reserveMenu->addAction(tr("No tenants: add one in the Fleet dock's Tenants tab"))->setEnabled(false);
    const auto reserveHall = [document, hall](const TenantId &tenant) {
        document->undoStack()->push(new ReserveForTenantCommand(document, {}, { hall }, tenant));
    };
    QObject::connect(reserveMenu, &QMenu::triggered, menu,
        [reserveHall](QAction *action) { reserveHall(TenantId(action->data().toString())); });
    QAction *clear = menu->addAction(tr("C&lear hall reservation"));
    clear->setObjectName(QStringLiteral("clearHallReservationAction"));
    clear->setEnabled(!current.isNull());
    QObject::connect(clear, &QAction::triggered, menu, [reserveHall] { reserveHall({}); });
    return menu;
}

} // namespace warmshell::ui

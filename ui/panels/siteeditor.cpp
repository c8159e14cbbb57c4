// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteeditor.h"

#include "addrowdialog.h"
#include "bulkwiringmenu.h"
#include "catalog.h"
#include "coolingpanel.h"
#include "document/document.h"
#include "edit/addcoolingunitcommand.h"
#include "edit/addhallcommand.h"
#include "edit/addlotcommand.h"
#include "edit/addpowernodecommand.h"
#include "edit/addrackcommand.h"
#include "edit/addrowcommand.h"
#include "edit/deletefloorcommand.h"
#include "edit/deleterackscommand.h"
#include "edit/editselectioncommand.h"
#include "edit/moverackscommand.h"
#include "edit/pasterackscommand.h"
#include "edit/placement.h"
#include "edit/properties.h"
#include "edit/removelotcommand.h"
#include "edit/removepowernodecommand.h"
#include "fleetpanel.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackitem.h"
#include "powerchainpanel.h"
#include "problemspanel.h"
#include "propertyeditor.h"
#include "racktablepanel.h"

#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QWidget>

namespace warmshell::ui {

namespace {
FloorPoint floorPoint(const QPointF &metres)
{
    return { Metres(metres.x()), Metres(metres.y()) };
}
} // namespace

SiteEditor::SiteEditor(Document *document, FloorPlanScene *scene, FloorPlanView *view, QWidget *window)
    : m_document(document), m_window(window), m_scene(scene), m_view(view), m_powerChain(new PowerChainPanel(window)),
      m_cooling(new CoolingPanel(window)), m_fleet(new FleetPanel(document, window)),
      m_problems(new ProblemsPanel(window)), m_rackTable(new RackTablePanel(window)),
      m_properties(new PropertyEditor(document, window))
{
    connect(m_scene, &FloorPlanScene::selectionSettled, this, &SiteEditor::syncSelection);
    connect(m_view, &FloorPlanView::racksMoved, this, &SiteEditor::racksMoved);
    connect(m_view, &FloorPlanView::addRackRequested, this, &SiteEditor::addRackAt);
    connect(m_view, &FloorPlanView::addRowRequested, this, &SiteEditor::addRowAt);
    connect(m_view, &FloorPlanView::floorClicked, this, &SiteEditor::showFloor);
    connect(m_view, &FloorPlanView::hallReshaped, this, &SiteEditor::reshapeHall);
    connect(m_view, &FloorPlanView::racksContextMenuRequested, this, &SiteEditor::showRacksMenu);
    connect(m_view, &FloorPlanView::hallContextMenuRequested, this, &SiteEditor::showHallMenu);
    connect(m_powerChain, &PowerChainPanel::nodeActivated, m_properties, &PropertyEditor::showPowerNode);
    connect(m_fleet, &FleetPanel::lotActivated, m_properties, &PropertyEditor::showLot);
    connect(m_cooling, &CoolingPanel::unitActivated, m_properties, &PropertyEditor::showCoolingUnit);
    connect(m_fleet, &FleetPanel::message, this, &SiteEditor::message);
    // The racks table selects on the floor plan, which shows them in the properties (syncSelection).
    connect(m_rackTable, &RackTablePanel::racksChosen, m_scene, &FloorPlanScene::selectRacks);
    connect(m_powerChain, &PowerChainPanel::coolingUnitActivated, m_properties, &PropertyEditor::showCoolingUnit);
    followDocument();
}

SiteEditor::~SiteEditor() = default;

namespace {
constexpr SiteEditor::BaseOnlyAction kBaseOnlyActions[] = {
    { "addRackToolAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add racks") },
    { "addRowToolAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add rows") },
    { "addRowAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add rows") },
    { "moveRacks", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to move racks") },
    { "reshapeHall",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to move or resize halls") },
    { "wireRacks",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor",
            "switch to the base site to wire racks, assign cooling or reserve racks for tenants") },
    { "reserveHall",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to reserve halls for tenants") },
    { "cutAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to cut racks") },
    { "pasteAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to paste racks") },
    { "deleteAction",
        QT_TRANSLATE_NOOP(
            "warmshell::ui::SiteEditor", "switch to the base site to delete racks, rows, halls, power nodes or lots") },
    { "addHallAction", QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add halls") },
    { "addPowerNodeAction",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add power nodes") },
    { "removePowerNodeAction",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor",
            "switch to the base site to remove power nodes (or add a remove-node change "
            "in the Scenarios dock)") },
    { "addCoolingUnitAction",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor", "switch to the base site to add cooling units") },
    { "addLotAction",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor",
            "switch to the base site to add lots (or add an add-lot change "
            "in the Scenarios dock)") },
    { "removeLotAction",
        QT_TRANSLATE_NOOP("warmshell::ui::SiteEditor",
            "switch to the base site to remove lots (or add a retire-lot "
            "change in the Scenarios dock)") },
};
} // namespace

std::span<const SiteEditor::BaseOnlyAction> SiteEditor::baseOnlyActions()
{
    return kBaseOnlyActions;
}

QString SiteEditor::baseOnlyReason(const char *action)
{
    for (const BaseOnlyAction &a : kBaseOnlyActions)
        if (qstrcmp(a.action, action) == 0)
            return tr(a.reason);
    return {};
}

bool SiteEditor::refusedInScenario(const char *action)
{
    if (m_document->viewedScenarioIndex() < 0)
        return false;
    emit message(tr("Scenario «%1» is viewed: %2").arg(m_document->viewedScenario(), baseOnlyReason(action)), 8000);
    return true;
}

template <typename Update> void SiteEditor::follow(Update update)
{
    update();
    connect(m_document, &Document::changed, this, update);
}

void SiteEditor::followDocument()
{
    // In this order: the feed highlight tints the power chain's rows once they are rebuilt.
    follow([this] { rebuildScene(); });
    follow([this] { m_powerChain->setProject(m_document->project()); });
    follow([this] { m_cooling->setProject(m_document->project()); });
    follow([this] { m_rackTable->setProject(m_document->project()); });
    follow([this] { m_fleet->setProject(m_document->project(), Catalog::builtIn()); });
    follow([this] { showProblems(); });
    // The subject of the properties stays what the user chose last.
    follow([this] { updateFeedHighlight(); });
}

void SiteEditor::rebuildScene()
{
    m_rebuilding = true;
    m_scene->setProject(m_document->project(), Catalog::builtIn());
    m_rebuilding = false;
}

void SiteEditor::showProblems()
{
    const std::vector<Problem> &problems = m_document->problems();
    m_problems->setProblems(problems, m_document->project());
    m_properties->refresh(problems);
}

void SiteEditor::syncSelection()
{
    if (m_rebuilding)
        return;
    updateFeedHighlight();
    const QList<RackId> racks = m_scene->selectedRacks();
    m_rackTable->showSelection(racks);
    if (!racks.isEmpty())
        m_properties->showRacks(racks);
    else if (m_properties->subject() == PropertyEditor::Subject::Rack)
        m_properties->showNothing();
}

void SiteEditor::updateFeedHighlight()
{
    const QList<RackId> racks = m_scene->selectedRacks();
    const Site &site = m_document->project().site;
    QSet<PowerNodeId> pathA, pathB;
    const auto path = [&](const PowerNodeId &feed, QSet<PowerNodeId> &into) {
        if (feed.isNull() || !site.power.contains(feed))
            return;
        into.insert(feed);
        for (const PowerNodeId &up : site.power.upstreamOf(feed))
            into.insert(up);
    };
    for (const RackId &id : racks) {
        if (const Rack *rack = site.rack(id)) {
            path(rack->feedA, pathA);
            path(rack->feedB, pathB);
        }
    }
    m_powerChain->highlightFeeds(pathA, pathB);
}

// ---- Floor-plan edits

void SiteEditor::racksMoved(const QList<RackMove> &moves)
{
    if (refusedInScenario("moveRacks"))
        return;
    std::vector<MoveRacksCommand::Move> list;
    for (const RackMove &move : moves)
        list.push_back({ move.rack, floorPoint(move.from), floorPoint(move.to) });
    m_document->undoStack()->push(new MoveRacksCommand(m_document, std::move(list)));
}

void SiteEditor::reshapeHall(const HallId &hall, const QPointF &origin, const QSizeF &size)
{
    if (refusedInScenario("reshapeHall"))
        return;
    using namespace properties;
    std::vector<std::unique_ptr<QUndoCommand>> edits;
    edits.emplace_back(new SetHallPropertyCommand<Metres>(m_document, hall, hallOriginX, Metres(origin.x())));
    edits.emplace_back(new SetHallPropertyCommand<Metres>(m_document, hall, hallOriginY, Metres(origin.y())));
    edits.emplace_back(new SetHallPropertyCommand<Metres>(m_document, hall, hallWidth, Metres(size.width())));
    edits.emplace_back(new SetHallPropertyCommand<Metres>(m_document, hall, hallDepth, Metres(size.height())));
    const Hall *current = m_document->project().site.hall(hall);
    const QString name = current && !current->name.isEmpty() ? current->name : hall.toString();
    const bool resized
        = current && (current->size.x.value() != size.width() || current->size.y.value() != size.height());
    pushAsOneStep(m_document, std::move(edits),
        [&](qsizetype) { return resized ? tr("Resize %1").arg(name) : tr("Move %1").arg(name); });
    m_properties->showHall(hall);
}

void SiteEditor::showRacksMenu(const QList<RackId> &racks, const QPoint &globalPos)
{
    if (refusedInScenario("wireRacks"))
        return;
    QMenu *menu = newBulkWiringMenu(m_document, racks, m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void SiteEditor::showHallMenu(const HallId &hall, const QPoint &globalPos)
{
    if (refusedInScenario("reserveHall"))
        return;
    QMenu *menu = newHallReservationMenu(m_document, hall, m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void SiteEditor::addRackAt(const HallId &hall, const QPointF &position)
{
    if (refusedInScenario("addRackToolAction"))
        return;
    placement::NewRacks added = placement::rackAt(m_document->project(), hall, position);
    if (added.racks.empty()) {
        emit message(added.refusal, 5000);
        return;
    }
    const RackId id = added.racks.front().id;
    m_document->undoStack()->push(new AddRackCommand(
        m_document, std::move(added.racks.front()), std::move(added.row), std::move(added.servedBy)));
    m_scene->selectRacks({ id });
}

void SiteEditor::addRowAt(const HallId &hall, const QPointF &start, const QPointF &end)
{
    if (refusedInScenario("addRowToolAction"))
        return;
    placement::NewRacks added = placement::rowAt(m_document->project(), hall, start, end);
    if (added.racks.empty()) {
        emit message(added.refusal, 5000);
        return;
    }
    QList<RackId> ids;
    for (const Rack &rack : added.racks)
        ids << rack.id;
    m_document->undoStack()->push(
        new AddRowCommand(m_document, std::move(*added.row), std::move(added.racks), std::move(added.servedBy)));
    m_scene->selectRacks(ids);
}

HallId SiteEditor::currentHall() const
{
    const Site &site = m_document->project().site;
    const QList<RackId> selected = m_scene->selectedRacks();
    if (const Rack *rack = selected.isEmpty() ? nullptr : site.rack(selected.front()))
        if (const Row *row = site.row(rack->row))
            return row->hall;
    const QString shown = m_properties->subjectId();
    if (m_properties->subject() == PropertyEditor::Subject::Hall)
        return HallId(shown);
    if (const Row *row = m_properties->subject() == PropertyEditor::Subject::Row ? site.row(RowId(shown)) : nullptr)
        return row->hall;
    return {};
}

void SiteEditor::addRowAtPosition()
{
    if (refusedInScenario("addRowAction"))
        return;
    if (m_document->project().site.halls.empty()) {
        emit message(tr("The site has no hall: add one first (Site ▸ Add Hall)"), 5000);
        return;
    }
    AddRowDialog dialog(m_document->project(), currentHall(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        addRowAt(dialog.hall(), dialog.start(), dialog.end());
}

void SiteEditor::copy()
{
    const Site &site = m_document->project().site;
    const QList<RackId> selected = m_scene->selectedRacks();
    if (selected.isEmpty())
        return;
    m_clipboard.clear();
    for (const Rack &rack : site.racks) // in site order, whatever the selection order
        if (selected.contains(rack.id))
            m_clipboard.push_back({ rack, placement::servingUnits(site, rack.id) });
    m_pasteCount = 0;
    emit message(
        m_clipboard.size() == 1 ? tr("Copied 1 rack") : tr("Copied %n racks", nullptr, int(m_clipboard.size())), 3000);
}

void SiteEditor::cut()
{
    if (refusedInScenario("cutAction"))
        return;
    copy();
    if (m_clipboard.empty())
        return;
    deleteRacks(m_scene->selectedRacks(),
        m_clipboard.size() == 1 ? tr("Cut 1 rack") : tr("Cut %n racks", nullptr, int(m_clipboard.size())));
}

void SiteEditor::paste()
{
    if (refusedInScenario("pasteAction"))
        return;
    if (m_clipboard.empty())
        return;
    ++m_pasteCount;
    auto *command = new PasteRacksCommand(m_document, m_clipboard, placement::pasteOffset(m_pasteCount));
    const std::vector<RackId> pasted = command->pastedIds();
    m_document->undoStack()->push(command);
    m_scene->selectRacks(QList<RackId>(pasted.begin(), pasted.end()));
}

void SiteEditor::deleteSelection()
{
    if (refusedInScenario("deleteAction"))
        return;
    if (m_powerChain->view()->hasFocus()) {
        removePowerNode();
        return;
    }
    if (m_fleet->view()->hasFocus()) {
        removeLot();
        return;
    }
    if (m_fleet->tenantView()->hasFocus()) {
        m_fleet->removeTenant();
        return;
    }
    const QList<RackId> selected = m_scene->selectedRacks();
    if (!selected.isEmpty())
        deleteRacks(selected);
    else
        deleteFloorShown();
}

bool SiteEditor::deleteFloorShown()
{
    if (refusedInScenario("deleteAction"))
        return true;
    const PropertyEditor::Subject subject = m_properties->subject();
    std::unique_ptr<DeleteFloorCommand> command;
    QString question;
    const Site &site = m_document->project().site;
    if (const Hall *hall
        = subject == PropertyEditor::Subject::Hall ? site.hall(HallId(m_properties->subjectId())) : nullptr) {
        command = std::make_unique<DeleteFloorCommand>(m_document, hall->id);
        const auto rows
            = std::count_if(site.rows.begin(), site.rows.end(), [&](const Row &r) { return r.hall == hall->id; });
        question = tr("Delete hall “%1” with its %n rows", nullptr, int(rows)).arg(hall->name);
    } else if (const Row *row
        = subject == PropertyEditor::Subject::Row ? site.row(RowId(m_properties->subjectId())) : nullptr) {
        command = std::make_unique<DeleteFloorCommand>(m_document, row->id);
        question = tr("Delete row “%1”").arg(row->name);
    } else {
        return false;
    }
    question += tr(" and %n racks? Undo puts them back.", nullptr, int(command->rackCount()));
    if (QMessageBox::question(
            m_window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        m_document->undoStack()->push(command.release());
    return true;
}

void SiteEditor::showFloor(const HallId &hall, const RowId &row)
{
    if (!row.isNull())
        m_properties->showRow(row);
    else if (!hall.isNull())
        m_properties->showHall(hall);
    else
        m_properties->showSite();
}

void SiteEditor::showSiteProperties()
{
    m_scene->clearSelection();
    m_properties->showSite();
    m_properties->setVisible(true);
    m_properties->raise();
}

// `text`: the undo entry's, when not the command's own.
void SiteEditor::deleteRacks(const QList<RackId> &racks, const QString &text)
{
    auto *command = new DeleteRacksCommand(m_document, std::vector<RackId>(racks.begin(), racks.end()));
    if (!text.isEmpty())
        command->setText(text);
    m_document->undoStack()->push(command);
}

void SiteEditor::selectAll()
{
    // The views follow once (one selectionChanged()), not once per rack.
    {
        const QSignalBlocker quiet(m_scene);
        for (RackItem *item : m_scene->rackItems())
            item->setSelected(true);
    }
    emit m_scene->selectionChanged();
}

// ---- Site and fleet additions (defaults the user then edits in the properties)

void SiteEditor::addHall()
{
    if (refusedInScenario("addHallAction"))
        return;
    m_document->undoStack()->push(new AddHallCommand(m_document, placement::nextHall(m_document->project())));
    m_view->fitAll();
}

void SiteEditor::addPowerNode()
{
    if (refusedInScenario("addPowerNodeAction"))
        return;
    placement::NewPowerNode added = placement::nextPowerNode(m_document->project(), m_powerChain->currentNode());
    const PowerNodeId id = added.node.id;
    m_document->undoStack()->push(new AddPowerNodeCommand(m_document, added.node, added.inputs));
    m_powerChain->selectNode(id);
    m_properties->showPowerNode(id);
}

void SiteEditor::removePowerNode()
{
    if (refusedInScenario("removePowerNodeAction"))
        return;
    const PowerNodeId current = m_powerChain->currentNode();
    if (current.isNull() || !m_document->project().site.power.contains(current))
        return;
    m_document->undoStack()->push(new RemovePowerNodeCommand(m_document, current));
}

void SiteEditor::addCoolingUnit()
{
    if (refusedInScenario("addCoolingUnitAction"))
        return;
    const CoolingUnit unit = placement::nextCoolingUnit(m_document->project(), m_scene->selectedRacks());
    m_document->undoStack()->push(new AddCoolingUnitCommand(m_document, unit));
    m_properties->showCoolingUnit(unit.id);
}

void SiteEditor::addLot()
{
    if (refusedInScenario("addLotAction"))
        return;
    const FleetLot lot = placement::nextLot(m_document->project(), Catalog::builtIn(), QDate::currentDate());
    m_document->undoStack()->push(new AddLotCommand(m_document, lot));
    m_fleet->selectLot(lot.id);
    m_properties->showLot(lot.id);
}

void SiteEditor::removeLot()
{
    if (refusedInScenario("removeLotAction"))
        return;
    const LotId current = m_fleet->currentLot();
    if (!current.isNull())
        m_document->undoStack()->push(new RemoveLotCommand(m_document, current));
}

} // namespace warmshell::ui

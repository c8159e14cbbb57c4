// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasterackscommand.h"

#include "document/document.h"
#include "idallocator.h"

#include <QCoreApplication>

namespace warmshell::ui {

namespace {
std::vector<RackInsertion::Entry> copies(
    const Project &project, const std::vector<RackInsertion::Entry> &copied, FloorPoint offset)
{
    IdAllocator ids(project);
    std::vector<RackInsertion::Entry> out;
    for (const RackInsertion::Entry &entry : copied) {
        RackInsertion::Entry copy = entry;
        copy.rack.id = RackId(ids.next(QStringLiteral("rack")));
        copy.rack.name = QCoreApplication::translate("PasteRacksCommand", "%1 copy").arg(entry.rack.name);
        copy.rack.position = { entry.rack.position.x + offset.x, entry.rack.position.y + offset.y };
        std::erase_if(copy.servedBy, [&](const CoolingUnitId &unit) { return !project.site.coolingUnit(unit); });
        out.push_back(std::move(copy));
    }
    return out;
}
} // namespace

PasteRacksCommand::PasteRacksCommand(
    Document *document, const std::vector<RackInsertion::Entry> &copied, FloorPoint offset, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_insertion(std::nullopt, copies(document->project(), copied, offset))
{
    setText(copied.size() == 1
            ? QCoreApplication::translate("PasteRacksCommand", "Paste 1 rack")
            : QCoreApplication::translate("PasteRacksCommand", "Paste %n racks", nullptr, int(copied.size())));
}

void PasteRacksCommand::redo()
{
    m_insertion.apply(m_document);
}
void PasteRacksCommand::undo()
{
    m_insertion.revert(m_document);
}

std::vector<RackId> PasteRacksCommand::pastedIds() const
{
    std::vector<RackId> ids;
    for (const auto &entry : m_insertion.entries())
        ids.push_back(entry.rack.id);
    return ids;
}

} // namespace warmshell::ui

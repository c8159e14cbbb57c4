// SPDX-License-Identifier: GPL-3.0-or-later
#include "assigncoolingunitcommand.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace warmshell::ui {

namespace {
qsizetype indexIn(const CoolingUnit &unit, const RackId &rack)
{
    const auto at = std::find(unit.serves.begin(), unit.serves.end(), rack);
    return at == unit.serves.end() ? -1 : qsizetype(at - unit.serves.begin());
}
} // namespace

AssignCoolingUnitCommand::AssignCoolingUnitCommand(
    Document *document, const RackId &rack, HeatMedium medium, const CoolingUnitId &unit, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_rack(rack), m_medium(medium), m_unit(unit)
{
    const Site &site = document->project().site;
    const Rack *current = site.rack(rack);
    const CoolingUnit *target = unit.isNull() ? nullptr : site.coolingUnit(unit);
    const QString name = current ? current->name : rack.toString();
    setText(target ? QCoreApplication::translate("AssignCoolingUnitCommand", "Cool %1 by %2").arg(name, target->name)
                   : QCoreApplication::translate("AssignCoolingUnitCommand", "Disconnect cooling of %1").arg(name));
    bool unchanged = true;
    for (const CoolingUnit &u : site.coolingUnits)
        if (heatMedium(u.kind) == medium && indexIn(u, rack) >= 0 && u.id != unit)
            unchanged = false;
    if (target && indexIn(*target, rack) < 0)
        unchanged = false;
    const bool wrongUnit = !unit.isNull() && (!target || heatMedium(target->kind) != medium);
    setObsolete(!current || wrongUnit || unchanged);
}

CoolingUnitId AssignCoolingUnitCommand::servingUnit(const Site &site, const RackId &rack, HeatMedium medium)
{
    for (const CoolingUnit &u : site.coolingUnits)
        if (heatMedium(u.kind) == medium && indexIn(u, rack) >= 0)
            return u.id;
    return {};
}

void AssignCoolingUnitCommand::redo()
{
    const Document::EditBatch batch(m_document);
    m_removed.clear();
    m_addedAt = -1;
    const auto &units = m_document->project().site.coolingUnits;
    for (size_t i = 0; i < units.size(); ++i) {
        const CoolingUnit &u = units[i];
        if (heatMedium(u.kind) != m_medium || u.id == m_unit)
            continue;
        for (qsizetype at = indexIn(u, m_rack); at >= 0; at = indexIn(units[i], m_rack)) {
            m_removed.push_back({ u.id, at });
            m_document->takeServedRack(u.id, at);
        }
    }
    if (const CoolingUnit *target = m_unit.isNull() ? nullptr : m_document->project().site.coolingUnit(m_unit);
        target && indexIn(*target, m_rack) < 0) {
        m_addedAt = qsizetype(target->serves.size());
        m_document->insertServedRack(m_unit, m_addedAt, m_rack);
    }
}

void AssignCoolingUnitCommand::undo()
{
    const Document::EditBatch batch(m_document);
    if (m_addedAt >= 0)
        m_document->takeServedRack(m_unit, m_addedAt);
    for (auto s = m_removed.rbegin(); s != m_removed.rend(); ++s)
        m_document->insertServedRack(s->unit, s->position, m_rack);
}

} // namespace warmshell::ui

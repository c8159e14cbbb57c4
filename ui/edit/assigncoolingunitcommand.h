// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coolingunit.h"
#include "site.h"

#include <QUndoCommand>

#include <vector>

namespace warmshell::ui {

class Document;

// Makes `unit` the one cooling unit of heat medium `medium` (air or liquid) that serves `rack`:
// the rack leaves the "serves" list of every other unit of that medium and is appended to
// `unit`'s (a null `unit`: no unit of that medium serves the rack any more). Units of the other
// medium are left alone. Obsolete when `unit` alone already serves the rack for that medium.
// Positions are found when redo() runs, so several of these in one EditSelectionCommand (one
// per selected rack) apply and undo in order; undo puts every entry back where it was.
class AssignCoolingUnitCommand : public QUndoCommand
{
public:
    AssignCoolingUnitCommand(Document *document, const RackId &rack, HeatMedium medium, const CoolingUnitId &unit,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The unit of `medium` serving `rack` first in site order; null when none does.
    static CoolingUnitId servingUnit(const Site &site, const RackId &rack, HeatMedium medium);

private:
    struct Served
    {
        CoolingUnitId unit;
        qsizetype position;
    };

    Document *m_document;
    RackId m_rack;
    HeatMedium m_medium;
    CoolingUnitId m_unit;
    std::vector<Served> m_removed; // by the last redo(), in the order taken
    qsizetype m_addedAt = -1; // position in m_unit's list appended by the last redo(); -1: none
};

} // namespace warmshell::ui

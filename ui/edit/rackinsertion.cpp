// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackinsertion.h"

#include "document/document.h"

namespace warmshell::ui {

RackInsertion::RackInsertion(std::optional<Row> newRow, std::vector<Entry> entries)
    : m_newRow(std::move(newRow)), m_entries(std::move(entries))
{
}

void RackInsertion::apply(Document *document) const
{
    Document::EditBatch batch(document);
    const Site &site = document->project().site;
    if (m_newRow)
        document->insertRow(qsizetype(site.rows.size()), *m_newRow);
    for (const Entry &entry : m_entries) {
        document->insertRack(qsizetype(site.racks.size()), entry.rack);
        for (const CoolingUnitId &unit : entry.servedBy) {
            const CoolingUnit *u = site.coolingUnit(unit);
            if (u)
                document->insertServedRack(unit, qsizetype(u->serves.size()), entry.rack.id);
        }
    }
}

void RackInsertion::revert(Document *document) const
{
    Document::EditBatch batch(document);
    const Site &site = document->project().site;
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        for (auto unit = entry->servedBy.rbegin(); unit != entry->servedBy.rend(); ++unit) {
            const CoolingUnit *u = site.coolingUnit(*unit);
            if (u && !u->serves.empty())
                document->takeServedRack(*unit, qsizetype(u->serves.size()) - 1);
        }
        document->takeRack(qsizetype(site.racks.size()) - 1);
    }
    if (m_newRow)
        document->takeRow(qsizetype(site.rows.size()) - 1);
}

} // namespace warmshell::ui

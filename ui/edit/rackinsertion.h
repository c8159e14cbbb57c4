// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "rack.h"

#include <optional>
#include <vector>

namespace warmshell::ui {

class Document;

// Racks appended to the site together with what they need: optionally a new row, and for
// each rack the cooling units that serve it (appended to each unit's list). Shared by the
// commands that add racks (add, add row, paste). apply() and revert() are exact inverses
// when revert() runs on the state apply() left.
class RackInsertion
{
public:
    struct Entry
    {
        Rack rack;
        std::vector<CoolingUnitId> servedBy; // units that exist in the project
    };

    RackInsertion(std::optional<Row> newRow, std::vector<Entry> entries);

    void apply(Document *document) const;
    void revert(Document *document) const;

    const std::vector<Entry> &entries() const { return m_entries; }
    const std::optional<Row> &newRow() const { return m_newRow; }

private:
    std::optional<Row> m_newRow;
    std::vector<Entry> m_entries;
};

} // namespace warmshell::ui

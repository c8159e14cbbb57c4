// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackslots.h"

#include <algorithm>

namespace warmshell::solver {

size_t modelColumnCount(const Formulation &f)
{
    size_t count = f.lots.size();
    for (const RackGroup &g : f.groups)
        count += (g.hasSlotColumns() ? g.racks.size() * g.slotShapes.size() : g.patterns.size()) + g.variants.size()
            + (g.airUnits.size() > 1 ? g.airUnits.size() : 0) + (g.liquidUnits.size() > 1 ? g.liquidUnits.size() : 0);
    return count;
}

QString modelSizeRefusal(const Formulation &f)
{
    const size_t columns = modelColumnCount(f);
    if (columns <= kMaxModelColumns)
        return {};
    const double gib = kMaxModelColumns * kBytesPerColumn / double(1 << 30);
    return QStringLiteral("the site has %1 distinct rack types × %2 system variants: its model needs %3 columns, "
                          "more than the %4 columns WarmShell can hold in %5 GB; give racks of the same row equal "
                          "limits, or plan fewer system models at once")
        .arg(f.groups.size())
        .arg(f.variants.size())
        .arg(columns)
        .arg(kMaxModelColumns)
        .arg(gib, 0, 'f', 0);
}

int slotUpper(const Shape &shape, int height)
{
    return shape.wholeRack ? 1 : height / std::max(shape.heightU, 1);
}

int slotHeight(const Shape &shape, int height)
{
    return shape.wholeRack ? height : shape.heightU;
}

} // namespace warmshell::solver

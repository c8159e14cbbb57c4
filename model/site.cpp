// SPDX-License-Identifier: GPL-3.0-or-later
#include "site.h"

#include <algorithm>

namespace warmshell {

namespace {
template <typename Container, typename IdType>
auto findById(Container &items, const IdType &id) -> decltype(&items.front())
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const auto &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Hall *Site::hall(const HallId &id) const
{
    return findById(halls, id);
}
const Row *Site::row(const RowId &id) const
{
    return findById(rows, id);
}
const Rack *Site::rack(const RackId &id) const
{
    return findById(racks, id);
}
Rack *Site::rack(const RackId &id)
{
    return findById(racks, id);
}
const CoolingUnit *Site::coolingUnit(const CoolingUnitId &id) const
{
    return findById(coolingUnits, id);
}

const Hall *Site::hallOf(const Rack &rack) const
{
    const Row *r = row(rack.row);
    return r ? hall(r->hall) : nullptr;
}

} // namespace warmshell

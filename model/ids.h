// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <functional>

namespace warmshell {

// A stable identifier of one kind of object, as written in the project file ("rack-1A-01").
// Ids of different kinds do not convert into each other, so references and undo survive
// reordering and a rack id cannot be passed where a power node id is expected.
template <typename Tag> class Id
{
public:
    Id() = default;
    explicit Id(QString text) : m_text(std::move(text)) { }

    const QString &toString() const { return m_text; }
    bool isNull() const { return m_text.isEmpty(); }

    friend bool operator==(const Id &, const Id &) = default;
    friend auto operator<=>(const Id &a, const Id &b) { return a.m_text.compare(b.m_text) <=> 0; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    QString m_text;
};

using HallId = Id<struct HallTag>;
using RowId = Id<struct RowTag>;
using RackId = Id<struct RackTag>;
using PowerNodeId = Id<struct PowerNodeTag>;
using CoolingUnitId = Id<struct CoolingUnitTag>;
using SystemModelId = Id<struct SystemModelTag>;
using LotId = Id<struct LotTag>;
using TenantId = Id<struct TenantTag>;
using FabricDomainId = Id<struct FabricDomainTag>;
using ClusterId = Id<struct ClusterTag>;

} // namespace warmshell

template <typename Tag> struct std::hash<warmshell::Id<Tag>>
{
    size_t operator()(const warmshell::Id<Tag> &id) const { return qHash(id); }
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace warmshell {
struct Project;
}

namespace warmshell::ui {

// Hands out ids not used by any object of a project. Ids are unique across every kind of
// object (the validator requires it), so one set covers halls, rows, racks, power nodes,
// cooling units, lots and tenants. Ids handed out are remembered, so several calls never collide.
class IdAllocator
{
public:
    explicit IdAllocator(const Project &project);

    // "<prefix>-<n>" with the smallest n >= 1 not yet used.
    QString next(const QString &prefix);
    bool isUsed(const QString &id) const { return m_used.contains(id); }

private:
    QSet<QString> m_used;
};

} // namespace warmshell::ui

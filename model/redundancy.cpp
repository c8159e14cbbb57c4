// SPDX-License-Identifier: GPL-3.0-or-later
#include "redundancy.h"

namespace warmshell {

int Redundancy::installedModules() const
{
    switch (scheme) {
    case Scheme::N:
        return 1;
    case Scheme::NPlusOne:
        return modules;
    case Scheme::TwoN:
        return 2;
    case Scheme::Block:
        return blockX;
    }
    return 1;
}

int Redundancy::usableModules() const
{
    switch (scheme) {
    case Scheme::N:
        return 1;
    case Scheme::NPlusOne:
        return modules - 1;
    case Scheme::TwoN:
        return 1;
    case Scheme::Block:
        return blockY;
    }
    return 1;
}

QString Redundancy::label() const
{
    switch (scheme) {
    case Scheme::N:
        return QStringLiteral("N");
    case Scheme::NPlusOne:
        return QStringLiteral("N+1 (%1 modules)").arg(modules);
    case Scheme::TwoN:
        return QStringLiteral("2N");
    case Scheme::Block:
        return QStringLiteral("%1N/%2").arg(blockX).arg(blockY);
    }
    return {};
}

QString Redundancy::problem() const
{
    if (scheme == Scheme::NPlusOne && (modules < 2 || modules > 64))
        return QStringLiteral("N+1 needs 2 to 64 modules, got %1").arg(modules);
    if (scheme == Scheme::Block && (blockX < 2 || blockX > 64 || blockY < 1 || blockY >= blockX))
        return QStringLiteral("block redundancy xN/y needs 1 <= y < x <= 64, got %1N/%2").arg(blockX).arg(blockY);
    return {};
}

bool operator==(const Redundancy &a, const Redundancy &b)
{
    if (a.scheme != b.scheme)
        return false;
    switch (a.scheme) {
    case Redundancy::Scheme::NPlusOne:
        return a.modules == b.modules;
    case Redundancy::Scheme::Block:
        return a.blockX == b.blockX && a.blockY == b.blockY;
    default:
        return true;
    }
}

QString schemeKey(Redundancy::Scheme scheme)
{
    switch (scheme) {
    case Redundancy::Scheme::N:
        return QStringLiteral("N");
    case Redundancy::Scheme::NPlusOne:
        return QStringLiteral("N+1");
    case Redundancy::Scheme::TwoN:
        return QStringLiteral("2N");
    case Redundancy::Scheme::Block:
        return QStringLiteral("block");
    }
    return {};
}

std::optional<Redundancy::Scheme> schemeFromKey(const QString &key)
{
    for (auto s :
        { Redundancy::Scheme::N, Redundancy::Scheme::NPlusOne, Redundancy::Scheme::TwoN, Redundancy::Scheme::Block })
        if (schemeKey(s) == key)
            return s;
    return std::nullopt;
}

} // namespace warmshell

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace warmshell {

// How many installed modules of a power node or cooling unit may carry load. A node's
// rating is that of one module (one side for 2N), so
//   installed = rating × installedModules(),  usable = rating × usableModules() × derating.
struct Redundancy
{
    enum class Scheme { N, NPlusOne, TwoN, Block };

    Scheme scheme = Scheme::N;
    int modules = 2; // N+1 only: modules installed (>= 2), one of them spare
    int blockX = 4; // Block only: blocks installed ("x" in xN/y)
    int blockY = 3; // Block only: blocks that may carry load (1 <= y < x)

    static Redundancy n() { return {}; }
    static Redundancy nPlusOne(int modules) { return { Scheme::NPlusOne, modules, 4, 3 }; }
    static Redundancy twoN() { return { Scheme::TwoN, 2, 4, 3 }; }
    static Redundancy block(int x, int y) { return { Scheme::Block, 2, x, y }; }

    int installedModules() const;
    int usableModules() const;
    // "N", "N+1 (4 modules)", "2N", "4N/3"
    QString label() const;
    // Empty when consistent, else why not (for example "N+1 needs at least 2 modules").
    QString problem() const;

    friend bool operator==(const Redundancy &a, const Redundancy &b);
};

QString schemeKey(Redundancy::Scheme scheme); // "N", "N+1", "2N", "block"
std::optional<Redundancy::Scheme> schemeFromKey(const QString &key);

} // namespace warmshell

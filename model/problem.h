// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace warmshell {

// One thing wrong with a file or a site: where (a JSON path such as
// "$.site.racks[3].heightU", the same path in the file and in memory) and why.
struct Problem
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace warmshell

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
    // Set only on the closing line of a list cut at limits::maxProblems (ProblemList): how many
    // problems were left out; its message is "… and N more" and it has no path.
    qint64 omitted = 0;
    QString toString() const { return omitted > 0 ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace warmshell

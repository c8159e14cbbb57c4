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
    // The object the path points into, by the name a planner knows it by ("Rack A-01", "UPS 1"),
    // and the field of it the path names ("heightU", "pinned[0].model"); both empty when the
    // problem is about the file or the site as a whole (validateProject() fills them).
    QString subject{};
    QString field{};
    // "path: message", as the command-line tool prints it.
    QString toString() const { return omitted > 0 ? message : path + QStringLiteral(": ") + message; }
    // For people, without ids or paths when the problem has a subject: the message when it names
    // the subject ("Rack A-01 has no power feed"), else "Rack A-01 (heightU): must be …"; for a
    // problem without a subject, toString(). The path belongs in a detail line beside it.
    QString readable() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

} // namespace warmshell

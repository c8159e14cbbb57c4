// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldlimits.h"
#include "problem.h"

#include <vector>

namespace warmshell {

// Collects problems and keeps the first limits::maxProblems of them; later ones are only
// counted, so a hostile file (a million empty objects, each with ten missing fields) cannot
// make the list, its memory or its output grow without bound. The count stays exact.
class ProblemList
{
public:
    // Keeps `problem`, or counts it once the list is full. A closing line of another capped
    // list ("… and N more", Problem::omitted > 0) adds its N to the count.
    void push_back(Problem problem);
    void append(const std::vector<Problem> &problems);

    bool empty() const { return m_problems.empty(); }
    // Every problem pushed, kept or not.
    qint64 count() const { return qint64(m_problems.size()) + m_omitted; }
    // The problems kept, then, when some were left out, the closing line "… and N more".
    // Leaves the list empty.
    std::vector<Problem> take();

private:
    std::vector<Problem> m_problems;
    qint64 m_omitted = 0;
};

// The number of problems `problems` stands for: its lines, plus the N of a closing
// "… and N more" line (which itself is not a problem).
qint64 problemCount(const std::vector<Problem> &problems);

} // namespace warmshell

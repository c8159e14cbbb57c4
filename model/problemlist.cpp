// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlist.h"

#include <QLocale>

namespace warmshell {

void ProblemList::push_back(Problem problem)
{
    if (problem.omitted > 0)
        m_omitted += problem.omitted;
    else if (m_problems.size() < size_t(limits::maxProblems))
        m_problems.push_back(std::move(problem));
    else
        ++m_omitted;
}

void ProblemList::append(const std::vector<Problem> &problems)
{
    for (const Problem &p : problems)
        push_back(p);
}

std::vector<Problem> ProblemList::take()
{
    std::vector<Problem> out = std::move(m_problems);
    m_problems.clear();
    if (m_omitted > 0)
        out.push_back({ QString(), QStringLiteral("… and %1 more").arg(QLocale(QLocale::English).toString(m_omitted)),
            m_omitted });
    m_omitted = 0;
    return out;
}

qint64 problemCount(const std::vector<Problem> &problems)
{
    qint64 n = 0;
    for (const Problem &p : problems)
        n += p.omitted > 0 ? p.omitted : 1;
    return n;
}

} // namespace warmshell

// SPDX-License-Identifier: GPL-3.0-or-later
#include "perrackmodel.h"

#include "glpkmodel.h"
#include "perrackbuilder.h"
#include "validation.h"

#include <algorithm>

namespace warmshell {

namespace {

using solver::GlpkMatrix;
using solver::GlpkProblem;
using solver::kGlpkNoBound;

// The built model in GLPK, maximised (GlpkProblem::writeMps negates it for MPS).
GlpkProblem toGlpk(const PerRackModel &b)
{
    GlpkProblem p(GlpkProblem::Sense::Maximise);
    p.setName("warmshell_per_rack");
    p.setObjectiveName("objective");
    p.addRows(int(b.rows.size()));
    p.addColumns(int(b.columns.size()));
    GlpkMatrix matrix;
    matrix.reserve(size_t(b.summary.nonzeros));
    for (size_t i = 0; i < b.rows.size(); ++i) {
        const PerRackModel::Row &r = b.rows[i];
        p.setRowName(int(i), r.name.constData());
        p.setRowBound(int(i), r.bound, r.equality);
        for (const auto &[col, value] : r.terms)
            matrix.add(int(i), col, value);
    }
    for (size_t j = 0; j < b.columns.size(); ++j) {
        const PerRackModel::Column &c = b.columns[j];
        p.setColumnName(int(j), c.name.constData());
        p.setColumnInteger(int(j), c.integer);
        p.setColumnBounds(int(j), c.lower, c.upper < 0 ? kGlpkNoBound : std::max(c.upper, c.lower));
        p.setObjectiveCoefficient(int(j), c.objective);
    }
    p.loadMatrix(matrix);
    return p;
}

} // namespace

QString writePerRackModel(const Project &project, const Catalog &catalog, const SolveOptions &options,
    const QString &fileName, ModelFormat format, PerRackModelSummary *summary, const OutputGuard &guard)
{
    const auto problems = validateProject(project, catalog);
    if (!problems.empty())
        return QStringLiteral("the project has validation problems: %1").arg(problems.front().toString());
    const PerRackModel b = buildPerRackModel(project, catalog, options);
    if (b.columns.empty())
        return QStringLiteral("nothing can be placed, so there is no model to write");
    const GlpkProblem p = toGlpk(b);
    if (QString error = format == ModelFormat::Lp ? p.writeLp(fileName, guard) : p.writeMps(fileName, guard);
        !error.isEmpty())
        return error;
    if (summary) {
        *summary = b.summary;
        summary->reportedScale *= format == ModelFormat::Mps ? -1.0 : 1.0;
    }
    return {};
}

} // namespace warmshell

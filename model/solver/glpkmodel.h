// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"

#include <atomic>
#include <mutex>
#include <span>
#include <vector>

struct glp_prob;

namespace warmshell::solver {

// A Formulation loaded into GLPK (simplex for the LP relaxation and its duals,
// branch-and-cut for the MILP). GLPK is not reentrant across threads in every build, so
// every call into it holds one process-wide lock. Owns its glp_prob.
class GlpkModel
{
public:
    explicit GlpkModel(const Formulation &formulation);
    ~GlpkModel();
    GlpkModel(const GlpkModel &) = delete;
    GlpkModel &operator=(const GlpkModel &) = delete;

    struct Result
    {
        bool hasSolution = false; // an (integer, for the MILP) feasible point was found
        bool optimal = false; // proven optimal (within the requested gap)
        bool infeasible = false;
        bool timedOut = false;
        bool cancelled = false;
        double value = 0; // objective at the solution
        double bound = 0; // best proven bound (MILP), LP optimum (LP)
        std::vector<double> x; // column values (0-based)
    };

    // Sets the objective (maximised) with one coefficient per column.
    void setObjective(std::span<const double> coefficients);
    // Adds the row coefficients·x >= lower (lexicographic stages).
    void addLowerBoundRow(std::span<const double> coefficients, double lower, const char *name);
    // Changes the upper bound of row `row` (0-based, a Formulation row).
    void setRowUpper(int row, double upper);

    // The LP relaxation within `seconds` (no limit when <= 0); hasSolution only when optimal.
    Result solveLp(double seconds = 0);
    // Branch-and-cut from the LP relaxation; `seconds` of wall time at most. `incumbent`
    // (column values, integral where the column is, satisfying every row; may be null) is
    // handed to GLPK as a first integer solution so the search starts with it.
    Result solveMilp(double seconds, double relativeGap, const std::atomic<bool> *cancel,
        const std::vector<double> *incumbent = nullptr);
    // Duals of the Formulation's rows from the last solveLp (objective units per row unit).
    std::vector<double> rowDuals() const;

    // Writes the model in CPLEX LP or free MPS format; empty string on success.
    QString writeLp(const QString &fileName) const;
    QString writeMps(const QString &fileName) const;

private:
    glp_prob *m_prob = nullptr;
    int m_formulationRows = 0;
};

// Sets column `column` (1-based) of `prob` to the bounds of `c` (upper < 0: no upper bound).
// The caller holds glpkLock().
void setColumnBounds(glp_prob *prob, int column, const ColumnInfo &c);

// Held around every call into GLPK, by GlpkModel and by anything else that builds GLPK problems,
// except on threads that work only on their own problems in their own GLPK environment (the
// decomposition's workers, when glpkIsThreadLocal()).
std::mutex &glpkLock();

// Whether this GLPK keeps its environment (memory, terminal output) per thread, as builds with
// thread-local storage do (Debian's among them). Then problems that one thread creates, solves
// and deletes, followed by glp_free_env() on that thread, need no lock against other threads.
// Checked once, at the first call: a new thread must see an empty environment while this one
// holds a problem.
bool glpkIsThreadLocal();

// "GLPK 5.0"
QString glpkVersion();

} // namespace warmshell::solver

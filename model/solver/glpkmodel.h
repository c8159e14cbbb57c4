// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulation.h"
#include "outputfile.h"
#include "plan/deadline.h"

#include <QByteArray>
#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <limits>
#include <mutex>
#include <span>
#include <vector>

struct glp_prob;

namespace warmshell::solver {

// The only place that calls GLPK: GlpkProblem (one problem, owned), GlpkModel (a Formulation
// in GLPK) and the process-wide helpers at the end. Rows and columns are numbered from 0 here;
// GLPK's numbering from 1 stays inside glpkmodel.cpp.

// A constraint matrix as GLPK loads it, entry by entry (rows and columns from 0; an entry
// given twice is an error for GLPK, so callers sum them first).
class GlpkMatrix
{
public:
    void reserve(size_t entries);
    void add(int row, int column, double value);
    size_t size() const { return m_values.size() - 1; }

private:
    friend class GlpkProblem;
    std::vector<int> m_rows{ 0 }, m_columns{ 0 }; // GLPK's arrays start with an unused element
    std::vector<double> m_values{ 0 };
};

// One row's coefficients, column by column (columns from 0; zeros left out by the caller).
class GlpkRow
{
public:
    void add(int column, double value);

private:
    friend class GlpkProblem;
    std::vector<int> m_columns{ 0 };
    std::vector<double> m_values{ 0 };
};

// `name` as a row, column or problem name that GLPK takes (glp_set_*_name calls abort() on a
// name over 255 bytes or with a control character): a name of at most 255 bytes with no
// control character is returned with its spaces as '_' (as GLPK's LP and MPS writers write
// them anyway), so ordinary names stay as they are. Any other name has its control characters
// and spaces replaced by '_', is cut at a UTF-8 character boundary and ends with "~" + `kind`
// + `index` (e.g. "~r12"), so two long names that share a prefix stay distinct. At most 255
// bytes, never empty when `name` is not.
QByteArray glpkName(QByteArrayView name, char kind, int index);

// One GLPK problem, owned: deleted with this object (or when another is moved into it). It takes
// no lock: the caller holds glpkLock() around every call, from construction to destruction,
// unless the problem lives and dies on a thread with its own GLPK environment (see
// glpkIsThreadLocal()). Creating one turns GLPK's terminal output off on this thread.
class GlpkProblem
{
public:
    enum class Sense { Minimise, Maximise };
    enum class Method { Primal, Dual }; // of the simplex: GLPK's primal, or dual then primal

    GlpkProblem() = default; // no problem: only assignment and destruction are valid
    explicit GlpkProblem(Sense sense);
    ~GlpkProblem();
    GlpkProblem(GlpkProblem &&other) noexcept;
    GlpkProblem &operator=(GlpkProblem &&other) noexcept;
    GlpkProblem(const GlpkProblem &) = delete;
    GlpkProblem &operator=(const GlpkProblem &) = delete;

    // Names go through glpkName(): any string is accepted.
    void setName(const char *name);
    void setObjectiveName(const char *name);

    // Appends rows or columns (free, no coefficient) and returns the index of the first.
    int addRows(int count);
    int addColumns(int count);
    int rowCount() const;
    int columnCount() const;

    void setRowName(int row, const char *name);
    // row = bound when `equality`, else row ≤ bound.
    void setRowBound(int row, double bound, bool equality);
    void setRowLower(int row, double lower); // row ≥ lower
    bool rowIsEquality(int row) const;
    void setRowCoefficients(int row, const GlpkRow &coefficients);
    // Replaces the whole constraint matrix.
    void loadMatrix(const GlpkMatrix &matrix);

    void setColumnName(int column, const char *name);
    void setColumnInteger(int column, bool integer);
    // lower ≤ x ≤ upper, fixed when they are equal; ±infinity: no bound on that side.
    void setColumnBounds(int column, double lower, double upper);
    void setObjectiveCoefficient(int column, double coefficient);

    struct SimplexResult
    {
        bool optimal = false;
        bool infeasible = false; // proven (GLPK: no primal feasible solution)
        bool timedOut = false;
    };
    // The simplex method from the current basis (GLPK builds one if there is none), silent, no
    // presolver (the basis is kept for duals and the next solve), stopped after `seconds`
    // (+infinity: no limit; a limit already passed still allows 1 ms).
    SimplexResult solveSimplex(
        Method method = Method::Primal, double seconds = std::numeric_limits<double>::infinity());
    // solveSimplex() and, if it does not end optimal (a damaged basis), once more from the
    // standard basis; whether it ended optimal. `seconds` limits both tries together (+infinity:
    // no limit); a try stopped by it is not optimal.
    bool solveSimplexOrRestart(
        Method method = Method::Primal, double seconds = std::numeric_limits<double>::infinity());
    // After an optimal simplex: objective, column values, row duals (GLPK's signs).
    double objectiveValue() const;
    double columnValue(int column) const;
    double rowDual(int row) const;

    // Writes the problem in CPLEX LP or free MPS format through an OutputFile (a complete file
    // or none; `guard`: the inputs it must not replace). Empty string on success, else
    // "cannot write FILE: REASON". Free MPS states no objective sense and its readers minimise, so a
    // maximisation is written as the minimisation of the negated objective, with a first comment
    // line that says so.
    QString writeLp(const QString &fileName, const OutputGuard &guard = {}) const;
    QString writeMps(const QString &fileName, const OutputGuard &guard = {}) const;

private:
    friend class GlpkModel; // its branch-and-cut works on the problem itself
    glp_prob *m_prob = nullptr;
};

constexpr double kGlpkNoBound = std::numeric_limits<double>::infinity();

// Sets column `column` (from 0) of `problem` to the bounds of `c` (upper < 0: no upper bound).
void setColumnBounds(GlpkProblem &problem, int column, const ColumnInfo &c);

// A MILP that is not one Formulation, given row by row and column by column: the procurement
// plan's period copies of the site's formulation, linked by order and budget rows
// (model/procurement). Row i is rows[i] (≤ upper, or = upper when equality), column j is
// columns[j] named columnNames[j]; entries as in Formulation (duplicates summed).
struct LinearModel
{
    std::vector<RowInfo> rows;
    std::vector<ColumnInfo> columns;
    std::vector<QString> columnNames; // parallel to columns
    LargeVector<Eigen::Triplet<double>> entries; // (row, column, coefficient)
};

// A Formulation loaded into GLPK (simplex for the LP relaxation and its duals,
// branch-and-cut for the MILP). GLPK is not reentrant across threads in every build, so
// every call into it holds one process-wide lock. Owns its GLPK problem.
class GlpkModel
{
public:
    explicit GlpkModel(const Formulation &formulation);
    explicit GlpkModel(const LinearModel &model);
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
        // MILP: a proven bound exists (in `bound`) even when no plan was found.
        bool hasBound = false;
        // MILP: the search stopped because its bound came within the gap of MilpSearch::knownValue.
        bool boundReached = false;
        std::vector<double> x; // column values (0-based)
    };
    // How solveMilp() searches.
    struct MilpSearch
    {
        // GLPK's MIP preprocessor: coefficient reduction and bound tightening before the cuts
        // (on a 50-rack recirculation campus it takes the root bound from 7.3 % above the
        // optimum to 0.03 %). GLPK then searches a transformed copy, so `incumbent` is not
        // handed over and `knownValue` is what tells the search the caller's plan.
        bool presolve = false;
        // Column values of a plan (integral where the column is, satisfying every row) handed
        // to GLPK as its first integer solution; without presolve only; may be null.
        const std::vector<double> *incumbent = nullptr;
        // Objective value of a plan the caller holds (NaN: none): the search stops as soon as
        // its proven bound is within the relative gap of it (Result::boundReached).
        double knownValue = std::numeric_limits<double>::quiet_NaN();
        // GLPK's branch-and-cut as glp_init_iocp sets it (no cuts, no presolve, its default
        // branching and backtracking), with only the gap, time limit and callback set: the
        // peer the benchmarks measure WarmShell's settings against.
        bool plain = false;
    };

    // Sets the objective (maximised) with one coefficient per column.
    void setObjective(std::span<const double> coefficients);
    // Adds the row coefficients·x >= lower (lexicographic stages).
    void addLowerBoundRow(std::span<const double> coefficients, double lower, const char *name);
    // Changes the upper bound of row `row` (0-based, a Formulation row).
    void setRowUpper(int row, double upper);

    // The LP relaxation, stopped at `deadline` (timedOut); hasSolution only when optimal.
    Result solveLp(const Deadline &deadline = Deadline::never());
    // Branch-and-cut from the LP relaxation (root LP included), ending by `deadline` (timedOut)
    // or on `cancel` (cancelled) with the best integer solution found so far. `incumbent`
    // (column values, integral where the column is, satisfying every row; may be null) is
    // handed to GLPK as a first integer solution so the search starts with it.
    Result solveMilp(const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel,
        const std::vector<double> *incumbent = nullptr);
    // The same with the search's settings; the root LP is solved first from the current basis.
    Result solveMilp(
        const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel, const MilpSearch &search);
    // Fixes column `column` (0-based) at `value`, or gives it back the bounds of `c`.
    void fixColumn(int column, double value);
    void restoreColumn(int column, const ColumnInfo &c);
    int nonzeros() const;
    // Duals of the Formulation's rows from the last solveLp (objective units per row unit).
    std::vector<double> rowDuals() const;

    // Writes the model in CPLEX LP or free MPS format (MPS: the objective negated), as
    // GlpkProblem::writeLp/writeMps.
    QString writeLp(const QString &fileName, const OutputGuard &guard = {}) const;
    QString writeMps(const QString &fileName, const OutputGuard &guard = {}) const;

private:
    void load(const std::vector<RowInfo> &rows, size_t columns, const std::function<const ColumnInfo &(size_t)> &column,
        const std::function<QString(size_t)> &columnName, const Eigen::SparseMatrix<double, Eigen::RowMajor> &matrix);
    Result branchAndCut(
        const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel, const MilpSearch &search);

    GlpkProblem m_problem;
    int m_formulationRows = 0;
};

// Seconds that loading `f` into a GlpkModel is expected to take (1 µs per nonzero; measured on
// a loaded 2-core machine: the 5 GW synthetic site's 3.0 M nonzeros in 1.7 s, a 1,200-rack
// recirculation campus's 2.7 M in 2.2 s), so a step whose deadline is nearer does not start one.
double glpkLoadSeconds(const Formulation &f);

// Held around every call into GLPK, by GlpkModel and by anything else that builds GLPK problems,
// except on threads that work only on their own problems in their own GLPK environment (the
// decomposition's workers, when glpkIsThreadLocal()).
std::mutex &glpkLock();

// Whether this GLPK keeps its environment (memory, terminal output) per thread, as builds with
// thread-local storage do (Debian's among them). Then problems that one thread creates, solves
// and deletes, followed by glpkFreeEnvironment() on that thread, need no lock against other
// threads. Checked once, at the first call: a new thread must see an empty environment while
// this one holds a problem.
bool glpkIsThreadLocal();

// Frees the calling thread's GLPK environment (all of GLPK's, in a build without thread-local
// storage): no GLPK problem may be alive on it. No effect when it has never used GLPK. Pool
// threads call it after their last solve, as their environment is not freed when they end.
void glpkFreeEnvironment();

// "GLPK 5.0"
QString glpkVersion();

} // namespace warmshell::solver

// SPDX-License-Identifier: GPL-3.0-or-later
#include "glpkmodel.h"

#include "filename.h"
#include "outputfile.h"

#include <QElapsedTimer>
#include <QFile>

#include <glpk.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace warmshell::solver {

namespace {

// GLPK's tm_lim (ms) for `seconds` left: a limit already passed still gets 1 ms, never 0
// (which GLPK reads as "no limit").
int timeLimitMs(double seconds)
{
    return int(std::clamp(seconds, 0.001, 2.0e6) * 1000);
}

} // namespace

std::mutex &glpkLock()
{
    static std::mutex lock;
    return lock;
}

bool glpkIsThreadLocal()
{
    static const bool threadLocal = [] {
        std::lock_guard guard(glpkLock());
        glp_prob *probe = glp_create_prob();
        int here = 0, peak = 0;
        size_t total = 0, totalPeak = 0;
        glp_mem_usage(&here, &peak, &total, &totalPeak);
        int there = -1;
        std::thread([&] {
            int count = 0, countPeak = 0;
            size_t bytes = 0, bytesPeak = 0;
            glp_mem_usage(&count, &countPeak, &bytes, &bytesPeak);
            there = count;
            if (count == 0) // its own, new environment: released with the thread
                glp_free_env();
        }).join();
        glp_delete_prob(probe);
        return here > 0 && there == 0;
    }();
    return threadLocal;
}

void glpkFreeEnvironment()
{
    glp_free_env();
}

QString glpkVersion()
{
    return QStringLiteral("GLPK %1").arg(QLatin1String(glp_version()));
}

void GlpkMatrix::reserve(size_t entries)
{
    m_rows.reserve(entries + 1);
    m_columns.reserve(entries + 1);
    m_values.reserve(entries + 1);
}

void GlpkMatrix::add(int row, int column, double value)
{
    m_rows.push_back(row + 1);
    m_columns.push_back(column + 1);
    m_values.push_back(value);
}

void GlpkRow::add(int column, double value)
{
    m_columns.push_back(column + 1);
    m_values.push_back(value);
}

QByteArray glpkName(QByteArrayView name, char kind, int index)
{
    constexpr qsizetype maxBytes = 255; // GLPK's limit for every symbolic name
    const auto isControl = [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; };
    QByteArray out = name.toByteArray();
    const bool fine = out.size() <= maxBytes && std::none_of(out.cbegin(), out.cend(), isControl);
    for (char &c : out)
        if (c == ' ' || isControl(c))
            c = '_';
    if (fine)
        return out;
    const QByteArray suffix = '~' + QByteArray(1, kind) + QByteArray::number(index);
    qsizetype keep = std::min(out.size(), maxBytes - suffix.size());
    while (keep > 0 && keep < out.size() && (uchar(out[keep]) & 0xc0) == 0x80)
        --keep; // never cut inside a UTF-8 sequence
    out.truncate(keep);
    return out + suffix;
}

GlpkProblem::GlpkProblem(Sense sense)
{
    glp_term_out(GLP_OFF);
    m_prob = glp_create_prob();
    glp_set_obj_dir(m_prob, sense == Sense::Maximise ? GLP_MAX : GLP_MIN);
}

GlpkProblem::~GlpkProblem()
{
    if (m_prob)
        glp_delete_prob(m_prob);
}

GlpkProblem::GlpkProblem(GlpkProblem &&other) noexcept : m_prob(std::exchange(other.m_prob, nullptr))
{
}

GlpkProblem &GlpkProblem::operator=(GlpkProblem &&other) noexcept
{
    if (this != &other) {
        if (m_prob)
            glp_delete_prob(m_prob);
        m_prob = std::exchange(other.m_prob, nullptr);
    }
    return *this;
}

void GlpkProblem::setName(const char *name)
{
    glp_set_prob_name(m_prob, glpkName(name, 'p', 0).constData());
}

void GlpkProblem::setObjectiveName(const char *name)
{
    glp_set_obj_name(m_prob, glpkName(name, 'o', 0).constData());
}

int GlpkProblem::addRows(int count)
{
    return glp_add_rows(m_prob, count) - 1;
}

int GlpkProblem::addColumns(int count)
{
    return glp_add_cols(m_prob, count) - 1;
}

int GlpkProblem::rowCount() const
{
    return glp_get_num_rows(m_prob);
}

int GlpkProblem::columnCount() const
{
    return glp_get_num_cols(m_prob);
}

void GlpkProblem::setRowName(int row, const char *name)
{
    glp_set_row_name(m_prob, row + 1, glpkName(name, 'r', row + 1).constData());
}

void GlpkProblem::setRowBound(int row, double bound, bool equality)
{
    glp_set_row_bnds(m_prob, row + 1, equality ? GLP_FX : GLP_UP, bound, bound);
}

void GlpkProblem::setRowLower(int row, double lower)
{
    glp_set_row_bnds(m_prob, row + 1, GLP_LO, lower, 0);
}

bool GlpkProblem::rowIsEquality(int row) const
{
    return glp_get_row_type(m_prob, row + 1) == GLP_FX;
}

void GlpkProblem::setRowCoefficients(int row, const GlpkRow &coefficients)
{
    glp_set_mat_row(m_prob, row + 1, int(coefficients.m_values.size()) - 1, coefficients.m_columns.data(),
        coefficients.m_values.data());
}

void GlpkProblem::loadMatrix(const GlpkMatrix &matrix)
{
    glp_load_matrix(m_prob, int(matrix.size()), matrix.m_rows.data(), matrix.m_columns.data(), matrix.m_values.data());
}

void GlpkProblem::setColumnName(int column, const char *name)
{
    glp_set_col_name(m_prob, column + 1, glpkName(name, 'c', column + 1).constData());
}

void GlpkProblem::setColumnInteger(int column, bool integer)
{
    glp_set_col_kind(m_prob, column + 1, integer ? GLP_IV : GLP_CV);
}

void GlpkProblem::setColumnBounds(int column, double lower, double upper)
{
    const bool noLower = lower == -kGlpkNoBound, noUpper = upper == kGlpkNoBound;
    if (noLower && noUpper)
        glp_set_col_bnds(m_prob, column + 1, GLP_FR, 0, 0);
    else if (noUpper)
        glp_set_col_bnds(m_prob, column + 1, GLP_LO, lower, 0);
    else if (noLower)
        glp_set_col_bnds(m_prob, column + 1, GLP_UP, 0, upper);
    else
        glp_set_col_bnds(m_prob, column + 1, lower == upper ? GLP_FX : GLP_DB, lower, upper);
}

void GlpkProblem::setObjectiveCoefficient(int column, double coefficient)
{
    glp_set_obj_coef(m_prob, column + 1, coefficient);
}

GlpkProblem::SimplexResult GlpkProblem::solveSimplex(Method method, double seconds)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    if (method == Method::Dual)
        parm.meth = GLP_DUALP;
    if (std::isfinite(seconds))
        parm.tm_lim = timeLimitMs(seconds);
    parm.presolve = GLP_OFF; // keep a basis, for duals and the next solve
    const int rc = glp_simplex(m_prob, &parm);
    const int status = glp_get_status(m_prob);
    SimplexResult r;
    r.optimal = rc == 0 && status == GLP_OPT;
    r.infeasible = status == GLP_NOFEAS;
    r.timedOut = rc == GLP_ETMLIM;
    return r;
}

bool GlpkProblem::solveSimplexOrRestart(Method method, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    const SimplexResult first = solveSimplex(method, seconds);
    if (first.optimal)
        return true;
    if (first.timedOut)
        return false;
    glp_std_basis(m_prob);
    return solveSimplex(method, seconds - timer.nsecsElapsed() / 1e9).optimal;
}

double GlpkProblem::objectiveValue() const
{
    return glp_get_obj_val(m_prob);
}

double GlpkProblem::columnValue(int column) const
{
    return glp_get_col_prim(m_prob, column + 1);
}

double GlpkProblem::rowDual(int row) const
{
    return glp_get_row_dual(m_prob, row + 1);
}

namespace {

// Has GLPK write the whole file through an OutputFile: `write` (a glp_write_* call, 0 on
// success) fills the staging file, which replaces `fileName` (or is copied to a device) only
// when complete. Empty string on success, else "cannot write FILE: REASON".
template <typename Write> QString writeThroughOutputFile(const QString &fileName, const OutputGuard &guard, Write write)
{
    OutputFile file(fileName, guard);
    if (file.begin(OutputFile::Writer::ExternalWriter)) {
        errno = 0;
        if (write(fileNameBytes(file.stagingPath()).constData()) != 0)
            file.failExternalWriter(errno);
    }
    file.commit();
    return file.error();
}

// The first line of a free MPS file written for a maximisation.
constexpr char kNegatedObjectiveComment[]
    = "* Objective negated: WarmShell maximises; this file minimises the negation, so the optimum here is the "
      "maximum with its sign changed (free MPS has no objective sense and its readers minimise)\n";

// Puts `line` before the content of the file at `path` (bytes as given to GLPK); false, with
// errno set where the system set it, when it cannot be read or written.
bool prependLine(const char *path, const char *line)
{
    QFile file;
    const int fd = ::open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    if (!file.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    const QByteArray content = file.readAll();
    const QByteArray first(line);
    return file.seek(0) && file.write(first) == first.size() && file.write(content) == content.size() && file.flush();
}

} // namespace

QString GlpkProblem::writeLp(const QString &fileName, const OutputGuard &guard) const
{
    return writeThroughOutputFile(
        fileName, guard, [this](const char *staging) { return glp_write_lp(m_prob, nullptr, staging); });
}

QString GlpkProblem::writeMps(const QString &fileName, const OutputGuard &guard) const
{
    if (glp_get_obj_dir(m_prob) == GLP_MIN)
        return writeThroughOutputFile(fileName, guard,
            [this](const char *staging) { return glp_write_mps(m_prob, GLP_MPS_FILE, nullptr, staging); });
    // A maximisation: GLPK's free MPS writer states no sense, so write the minimisation of the
    // negated objective (constant term included) and say so on the first line.
    glp_prob *negated = glp_create_prob();
    glp_copy_prob(negated, m_prob, GLP_ON);
    glp_set_obj_dir(negated, GLP_MIN);
    for (int j = 0; j <= glp_get_num_cols(m_prob); ++j)
        glp_set_obj_coef(negated, j, -glp_get_obj_coef(m_prob, j));
    const QString error = writeThroughOutputFile(fileName, guard, [negated](const char *staging) {
        if (glp_write_mps(negated, GLP_MPS_FILE, nullptr, staging) != 0)
            return 1;
        if (prependLine(staging, kNegatedObjectiveComment))
            return 0;
        if (errno == 0)
            errno = EIO;
        return 1;
    });
    glp_delete_prob(negated);
    return error;
}

void setColumnBounds(GlpkProblem &problem, int column, const ColumnInfo &c)
{
    problem.setColumnBounds(column, c.lower, c.upper < 0 ? kGlpkNoBound : c.upper);
}

namespace {

struct CallbackState
{
    const std::atomic<bool> *cancel = nullptr;
    Deadline deadline;
    bool cancelled = false;
    bool timedOut = false;
    double bound = NAN;
    std::vector<double> incumbent; // 1-based for GLPK; empty once handed over
    double knownValue = NAN; // the caller's plan's objective (MilpSearch::knownValue)
    double relativeGap = 0;
    bool boundReached = false;
    bool integralObjective = false; // integer columns with whole-number coefficients only
};

// Whether every column with an objective coefficient is integer with a whole-number coefficient,
// so that the value of every integer solution is a whole number.
bool hasIntegralObjective(glp_prob *prob)
{
    for (int j = 1, n = glp_get_num_cols(prob); j <= n; ++j) {
        const double c = glp_get_obj_coef(prob, j);
        if (c != 0 && (glp_get_col_kind(prob, j) != GLP_IV || c != std::floor(c)))
            return false;
    }
    return true;
}

void callback(glp_tree *tree, void *info)
{
    auto *state = static_cast<CallbackState *>(info);
    if (glp_ios_reason(tree) == GLP_IHEUR && !state->incumbent.empty()) {
        glp_ios_heur_sol(tree, state->incumbent.data());
        state->incumbent.clear();
    }
    if (const int best = glp_ios_best_node(tree); best != 0) {
        state->bound = glp_ios_node_bound(tree, best);
        if (state->integralObjective) // every plan's value is a whole number
            state->bound = std::floor(state->bound + 1e-6);
    }
    // Maximised: the caller's plan is within the gap once the bound is this close above it.
    if (std::isfinite(state->knownValue) && std::isfinite(state->bound)
        && state->bound - state->knownValue <= state->relativeGap * std::max(std::abs(state->knownValue), 1e-9)) {
        state->boundReached = true;
        glp_ios_terminate(tree);
        return;
    }
    if (state->cancel && state->cancel->load(std::memory_order_relaxed)) {
        state->cancelled = true;
        glp_ios_terminate(tree);
    } else if (state->deadline.expired()) { // tm_lim is checked less often than this is called
        state->timedOut = true;
        glp_ios_terminate(tree);
    }
}

// Pseudocost branching (GLP_BR_PCH) initialises the pseudocost of every fractional column by
// strong branching: two short dual simplex runs on a copy of the whole problem per column,
// without looking at tm_lim or calling the callback, so on a large model it runs for minutes
// past any limit (measured: docs/solver.md, "Time limits"). It is used only where that work is
// small: few nonzeros and time to spare; elsewhere Driebeck-Tomlin (GLP_BR_DTH), which stops
// on time.
constexpr int kPseudocostMaxNonzeros = 20'000;
constexpr double kPseudocostMinSeconds = 5.0;

int branchingRule(glp_prob *prob, double seconds)
{
    return glp_get_num_nz(prob) <= kPseudocostMaxNonzeros && seconds >= kPseudocostMinSeconds ? GLP_BR_PCH : GLP_BR_DTH;
}

// Whether GLPK's MIP preprocessor may run on `prob`: it needs rows (GLPK 5.0 aborted in its
// cut setup on a problem with none), and it should leave some, judged by GLPK's basic
// preprocessing on a copy (cheap next to the search: a 17,000-nonzero model in about 5 ms).
bool presolveKeepsRows(glp_prob *prob)
{
    if (glp_get_num_rows(prob) == 0 || glp_get_num_cols(prob) == 0)
        return false;
    glp_prep *prep = glp_npp_alloc_wksp();
    glp_npp_load_prob(prep, prob, GLP_MIP, GLP_OFF);
    bool keeps = false;
    if (glp_npp_preprocess1(prep, GLP_OFF) == 0) {
        glp_prob *reduced = glp_create_prob();
        glp_npp_build_prob(prep, reduced);
        keeps = glp_get_num_rows(reduced) > 0 && glp_get_num_cols(reduced) > 0;
        glp_delete_prob(reduced);
    }
    glp_npp_free_wksp(prep);
    return keeps;
}

// GLPK's defaults (glp_init_iocp) with only the gap, time limit and callback set: the plain
// branch-and-cut that benchmarks compare against (MilpSearch::plain).
glp_iocp plainParameters(double relativeGap, CallbackState *state)
{
    const double seconds = state->deadline.secondsLeft();
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.mip_gap = relativeGap;
    if (std::isfinite(seconds))
        parm.tm_lim = timeLimitMs(seconds);
    parm.cb_func = callback;
    parm.cb_info = state;
    return parm;
}

// GLPK's branch-and-cut settings for solveMilp (the callback's `state` must outlive the run).
glp_iocp branchAndCutParameters(glp_prob *prob, double relativeGap, CallbackState *state)
{
    glp_iocp parm = plainParameters(relativeGap, state);
    // No MIP presolver unless the caller asks (MilpSearch::presolve): the callback's incumbent
    // is in this problem's columns. The root LP is solved beforehand (warm-started from the
    // current basis).
    parm.presolve = GLP_OFF;
    parm.gmi_cuts = GLP_ON;
    parm.mir_cuts = GLP_ON;
    parm.cov_cuts = GLP_ON;
    parm.clq_cuts = GLP_ON;
    parm.br_tech = branchingRule(prob, state->deadline.secondsLeft());
    parm.bt_tech = GLP_BT_BLB;
    return parm;
}

} // namespace

double glpkLoadSeconds(const Formulation &f)
{
    return 1e-6 * double(f.entries.size());
}

GlpkModel::GlpkModel(const Formulation &f)
{
    std::lock_guard guard(glpkLock());
    m_problem = GlpkProblem(GlpkProblem::Sense::Maximise);
    load(
        f.rows, f.columns.size(), [&f](size_t j) -> const ColumnInfo & { return f.columns[j]; },
        [&f](size_t j) { return f.columnName(int(j)); }, f.matrix());
}

GlpkModel::GlpkModel(const LinearModel &model)
{
    Eigen::SparseMatrix<double, Eigen::RowMajor> m(Eigen::Index(model.rows.size()), Eigen::Index(model.columns.size()));
    m.setFromTriplets(model.entries.begin(), model.entries.end());
    std::lock_guard guard(glpkLock());
    m_problem = GlpkProblem(GlpkProblem::Sense::Maximise);
    load(
        model.rows, model.columns.size(), [&model](size_t j) -> const ColumnInfo & { return model.columns[j]; },
        [&model](size_t j) { return model.columnNames[j]; }, m);
}

void GlpkModel::load(const std::vector<RowInfo> &rows, size_t columns,
    const std::function<const ColumnInfo &(size_t)> &column, const std::function<QString(size_t)> &columnName,
    const Eigen::SparseMatrix<double, Eigen::RowMajor> &m)
{
    GlpkProblem &p = m_problem;
    p.setName("warmshell");
    m_formulationRows = int(rows.size());
    if (!rows.empty())
        p.addRows(int(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const RowInfo &r = rows[i];
        p.setRowName(int(i), r.name.toUtf8().constData());
        p.setRowBound(int(i), r.upper, r.equality);
    }
    if (columns > 0)
        p.addColumns(int(columns));
    for (size_t j = 0; j < columns; ++j) {
        const ColumnInfo &c = column(j);
        p.setColumnName(int(j), columnName(j).toUtf8().constData());
        p.setColumnInteger(int(j), c.integer);
        setColumnBounds(p, int(j), c);
    }
    // The constraint matrix goes in from Eigen's compressed rows (duplicates summed).
    GlpkMatrix matrix;
    for (Eigen::Index row = 0; row < m.outerSize(); ++row)
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(m, row); it; ++it)
            if (it.value() != 0)
                matrix.add(int(it.row()), int(it.col()), it.value());
    p.loadMatrix(matrix);
}

GlpkModel::~GlpkModel()
{
    std::lock_guard guard(glpkLock());
    m_problem = GlpkProblem();
}

void GlpkModel::setObjective(std::span<const double> coefficients)
{
    std::lock_guard guard(glpkLock());
    for (size_t j = 0; j < coefficients.size(); ++j)
        m_problem.setObjectiveCoefficient(int(j), coefficients[j]);
}

void GlpkModel::addLowerBoundRow(std::span<const double> coefficients, double lower, const char *name)
{
    std::lock_guard guard(glpkLock());
    const int row = m_problem.addRows(1);
    m_problem.setRowName(row, name);
    m_problem.setRowLower(row, lower);
    GlpkRow terms;
    for (size_t j = 0; j < coefficients.size(); ++j)
        if (coefficients[j] != 0)
            terms.add(int(j), coefficients[j]);
    m_problem.setRowCoefficients(row, terms);
}

void GlpkModel::setRowUpper(int row, double upper)
{
    std::lock_guard guard(glpkLock());
    m_problem.setRowBound(row, upper, m_problem.rowIsEquality(row));
}

GlpkModel::Result GlpkModel::solveLp(const Deadline &deadline)
{
    std::lock_guard guard(glpkLock());
    Result r;
    const GlpkProblem::SimplexResult lp = m_problem.solveSimplex(GlpkProblem::Method::Primal, deadline.secondsLeft());
    r.timedOut = lp.timedOut;
    r.optimal = lp.optimal;
    r.infeasible = lp.infeasible;
    r.hasSolution = r.optimal;
    if (r.optimal) {
        r.value = r.bound = m_problem.objectiveValue();
        r.x.resize(size_t(m_problem.columnCount()));
        for (size_t j = 0; j < r.x.size(); ++j)
            r.x[j] = m_problem.columnValue(int(j));
    }
    return r;
}

std::vector<double> GlpkModel::rowDuals() const
{
    std::lock_guard guard(glpkLock());
    std::vector<double> duals(size_t(m_formulationRows), 0.0);
    for (int i = 0; i < m_formulationRows; ++i)
        duals[size_t(i)] = m_problem.rowDual(i);
    return duals;
}

GlpkModel::Result GlpkModel::solveMilp(
    const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel, const std::vector<double> *incumbent)
{
    MilpSearch search;
    search.incumbent = incumbent;
    return solveMilp(deadline, relativeGap, cancel, search);
}

GlpkModel::Result GlpkModel::solveMilp(
    const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel, const MilpSearch &search)
{
    std::lock_guard guard(glpkLock());
    // The root LP first, warm-started from the current basis (without presolve, branch-and-cut
    // starts from it; with presolve, it tells an infeasible or timed-out problem at once).
    const GlpkProblem::SimplexResult root = m_problem.solveSimplex(GlpkProblem::Method::Primal, deadline.secondsLeft());
    if (!root.optimal || deadline.expired()) {
        Result r;
        r.infeasible = root.infeasible;
        r.timedOut = !root.infeasible;
        return r;
    }
    return branchAndCut(deadline, relativeGap, cancel, search);
}

void GlpkModel::fixColumn(int column, double value)
{
    std::lock_guard guard(glpkLock());
    m_problem.setColumnBounds(column, value, value);
}

void GlpkModel::restoreColumn(int column, const ColumnInfo &c)
{
    std::lock_guard guard(glpkLock());
    setColumnBounds(m_problem, column, c);
}

int GlpkModel::nonzeros() const
{
    std::lock_guard guard(glpkLock());
    return glp_get_num_nz(m_problem.m_prob);
}

GlpkModel::Result GlpkModel::branchAndCut(
    const Deadline &deadline, double relativeGap, const std::atomic<bool> *cancel, const MilpSearch &search)
{
    glp_prob *prob = m_problem.m_prob;
    CallbackState state;
    state.cancel = cancel;
    state.deadline = deadline;
    state.knownValue = search.knownValue;
    state.integralObjective = hasIntegralObjective(prob);
    state.relativeGap = relativeGap;
    if (search.incumbent && !search.presolve) {
        state.incumbent.reserve(search.incumbent->size() + 1);
        state.incumbent.push_back(0);
        state.incumbent.insert(state.incumbent.end(), search.incumbent->begin(), search.incumbent->end());
    }
    glp_iocp parm
        = search.plain ? plainParameters(relativeGap, &state) : branchAndCutParameters(prob, relativeGap, &state);
    if (search.presolve && !search.plain && presolveKeepsRows(prob)) {
        parm.presolve = GLP_ON;
        // GLPK 5.0's cover-cut setup aborts (glp_add_cols with no column) when the transformed
        // problem keeps no binary column, which the preprocessor leaves when it fixes them all
        // (seen on a three-rack site); clique cuts set up the same way. Gomory and MIR cuts do
        // the work on the preprocessed rows.
        parm.cov_cuts = GLP_OFF;
        parm.clq_cuts = GLP_OFF;
    }
    const int rc = glp_intopt(prob, &parm);
    const int status = glp_mip_status(prob);
    Result r;
    r.timedOut = rc == GLP_ETMLIM || state.timedOut;
    r.cancelled = state.cancelled;
    r.boundReached = state.boundReached;
    r.infeasible = status == GLP_NOFEAS || rc == GLP_ENOPFS;
    r.hasSolution = status == GLP_OPT || status == GLP_FEAS;
    r.optimal = status == GLP_OPT && rc == 0;
    r.hasBound = r.hasSolution || std::isfinite(state.bound);
    r.bound = state.bound;
    if (r.hasSolution) {
        r.value = glp_mip_obj_val(prob);
        const int n = glp_get_num_cols(prob);
        r.x.resize(size_t(n));
        for (int j = 1; j <= n; ++j)
            r.x[size_t(j - 1)] = glp_mip_col_val(prob, j);
        r.bound = r.optimal || std::isnan(state.bound) ? r.value : std::max(state.bound, r.value);
    }
    return r;
}

QString GlpkModel::writeLp(const QString &fileName, const OutputGuard &outputGuard) const
{
    std::lock_guard guard(glpkLock());
    return m_problem.writeLp(fileName, outputGuard);
}

QString GlpkModel::writeMps(const QString &fileName, const OutputGuard &outputGuard) const
{
    std::lock_guard guard(glpkLock());
    return m_problem.writeMps(fileName, outputGuard);
}

} // namespace warmshell::solver

// SPDX-License-Identifier: GPL-3.0-or-later
#include "glpkmodel.h"

#include <glpk.h>

#include <QElapsedTimer>

#include <cmath>
#include <mutex>
#include <thread>

namespace warmshell::solver {

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

namespace {

struct CallbackState
{
    const std::atomic<bool> *cancel = nullptr;
    bool cancelled = false;
    double bound = NAN;
    std::vector<double> incumbent; // 1-based for GLPK; empty once handed over
};

void callback(glp_tree *tree, void *info)
{
    auto *state = static_cast<CallbackState *>(info);
    if (glp_ios_reason(tree) == GLP_IHEUR && !state->incumbent.empty()) {
        glp_ios_heur_sol(tree, state->incumbent.data());
        state->incumbent.clear();
    }
    if (const int best = glp_ios_best_node(tree); best != 0)
        state->bound = glp_ios_node_bound(tree, best);
    if (state->cancel && state->cancel->load(std::memory_order_relaxed)) {
        state->cancelled = true;
        glp_ios_terminate(tree);
    }
}

} // namespace

void setColumnBounds(glp_prob *prob, int column, const ColumnInfo &c)
{
    if (c.upper < 0)
        glp_set_col_bnds(prob, column, GLP_LO, c.lower, 0);
    else if (c.upper == c.lower)
        glp_set_col_bnds(prob, column, GLP_FX, c.lower, c.upper);
    else
        glp_set_col_bnds(prob, column, GLP_DB, c.lower, c.upper);
}

QString glpkVersion()
{
    return QStringLiteral("GLPK %1").arg(QLatin1String(glp_version()));
}

GlpkModel::GlpkModel(const Formulation &f)
{
    std::lock_guard guard(glpkLock());
    glp_term_out(GLP_OFF);
    m_prob = glp_create_prob();
    glp_set_prob_name(m_prob, "warmshell");
    glp_set_obj_dir(m_prob, GLP_MAX);
    m_formulationRows = int(f.rows.size());
    if (!f.rows.empty())
        glp_add_rows(m_prob, int(f.rows.size()));
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const RowInfo &r = f.rows[i];
        glp_set_row_name(m_prob, int(i) + 1, r.name.toUtf8().constData());
        glp_set_row_bnds(m_prob, int(i) + 1, r.equality ? GLP_FX : GLP_UP, r.upper, r.upper);
    }
    if (!f.columns.empty())
        glp_add_cols(m_prob, int(f.columns.size()));
    for (size_t j = 0; j < f.columns.size(); ++j) {
        const ColumnInfo &c = f.columns[j];
        const int col = int(j) + 1;
        glp_set_col_name(m_prob, col, f.columnName(int(j)).toUtf8().constData());
        glp_set_col_kind(m_prob, col, c.integer ? GLP_IV : GLP_CV);
        setColumnBounds(m_prob, col, c);
    }
    // The constraint matrix goes in from Eigen's compressed rows (duplicates summed).
    const auto m = f.matrix();
    std::vector<int> ia{ 0 }, ja{ 0 };
    std::vector<double> ar{ 0 };
    for (Eigen::Index row = 0; row < m.outerSize(); ++row)
        for (decltype(m)::InnerIterator it(m, row); it; ++it) {
            if (it.value() == 0)
                continue;
            ia.push_back(int(it.row()) + 1);
            ja.push_back(int(it.col()) + 1);
            ar.push_back(it.value());
        }
    glp_load_matrix(m_prob, int(ar.size()) - 1, ia.data(), ja.data(), ar.data());
}

GlpkModel::~GlpkModel()
{
    std::lock_guard guard(glpkLock());
    glp_delete_prob(m_prob);
}

void GlpkModel::setObjective(std::span<const double> coefficients)
{
    std::lock_guard guard(glpkLock());
    for (size_t j = 0; j < coefficients.size(); ++j)
        glp_set_obj_coef(m_prob, int(j) + 1, coefficients[j]);
}

void GlpkModel::addLowerBoundRow(std::span<const double> coefficients, double lower, const char *name)
{
    std::lock_guard guard(glpkLock());
    const int row = glp_add_rows(m_prob, 1);
    glp_set_row_name(m_prob, row, name);
    glp_set_row_bnds(m_prob, row, GLP_LO, lower, 0);
    std::vector<int> ind{ 0 };
    std::vector<double> val{ 0 };
    for (size_t j = 0; j < coefficients.size(); ++j)
        if (coefficients[j] != 0) {
            ind.push_back(int(j) + 1);
            val.push_back(coefficients[j]);
        }
    glp_set_mat_row(m_prob, row, int(ind.size()) - 1, ind.data(), val.data());
}

void GlpkModel::setRowUpper(int row, double upper)
{
    std::lock_guard guard(glpkLock());
    const int type = glp_get_row_type(m_prob, row + 1);
    glp_set_row_bnds(m_prob, row + 1, type == GLP_FX ? GLP_FX : GLP_UP, upper, upper);
}

GlpkModel::Result GlpkModel::solveLp(double seconds)
{
    std::lock_guard guard(glpkLock());
    Result r;
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    if (seconds > 0)
        parm.tm_lim = int(std::min(seconds, 2.0e6) * 1000);
    parm.presolve = GLP_OFF; // keep a basis, for duals
    const int rc = glp_simplex(m_prob, &parm);
    const int status = glp_get_status(m_prob);
    r.timedOut = rc == GLP_ETMLIM;
    r.optimal = rc == 0 && status == GLP_OPT;
    r.infeasible = status == GLP_NOFEAS;
    r.hasSolution = r.optimal;
    if (r.optimal) {
        r.value = r.bound = glp_get_obj_val(m_prob);
        const int n = glp_get_num_cols(m_prob);
        r.x.resize(size_t(n));
        for (int j = 1; j <= n; ++j)
            r.x[size_t(j - 1)] = glp_get_col_prim(m_prob, j);
    }
    return r;
}

std::vector<double> GlpkModel::rowDuals() const
{
    std::lock_guard guard(glpkLock());
    std::vector<double> duals(size_t(m_formulationRows), 0.0);
    for (int i = 1; i <= m_formulationRows; ++i)
        duals[size_t(i - 1)] = glp_get_row_dual(m_prob, i);
    return duals;
}

GlpkModel::Result GlpkModel::solveMilp(
    double seconds, double relativeGap, const std::atomic<bool> *cancel, const std::vector<double> *incumbent)
{
    std::lock_guard guard(glpkLock());
    Result r;
    CallbackState state;
    state.cancel = cancel;
    if (incumbent) {
        state.incumbent.reserve(incumbent->size() + 1);
        state.incumbent.push_back(0);
        state.incumbent.insert(state.incumbent.end(), incumbent->begin(), incumbent->end());
    }
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    // No MIP presolver: the callback's incumbent is in this problem's columns, and GLPK 5.0
    // aborts in its cut setup when presolve removes every column. The root LP is solved
    // here instead (warm-started from the current basis).
    parm.presolve = GLP_OFF;
    parm.mip_gap = relativeGap;
    parm.tm_lim = int(std::clamp(seconds, 0.001, 2.0e6) * 1000);
    parm.cb_func = callback;
    parm.cb_info = &state;
    parm.gmi_cuts = GLP_ON;
    parm.mir_cuts = GLP_ON;
    parm.cov_cuts = GLP_ON;
    parm.clq_cuts = GLP_ON;
    parm.br_tech = GLP_BR_PCH;
    parm.bt_tech = GLP_BT_BLB;
    glp_smcp lp;
    glp_init_smcp(&lp);
    lp.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(m_prob, &lp) != 0 || glp_get_status(m_prob) != GLP_OPT) {
        r.infeasible = glp_get_status(m_prob) == GLP_NOFEAS;
        return r;
    }
    const int rc = glp_intopt(m_prob, &parm);
    const int status = glp_mip_status(m_prob);
    r.timedOut = rc == GLP_ETMLIM;
    r.cancelled = rc == GLP_ESTOP || state.cancelled;
    r.infeasible = status == GLP_NOFEAS || rc == GLP_ENOPFS;
    r.hasSolution = status == GLP_OPT || status == GLP_FEAS;
    r.optimal = status == GLP_OPT && rc == 0;
    if (r.hasSolution) {
        r.value = glp_mip_obj_val(m_prob);
        const int n = glp_get_num_cols(m_prob);
        r.x.resize(size_t(n));
        for (int j = 1; j <= n; ++j)
            r.x[size_t(j - 1)] = glp_mip_col_val(m_prob, j);
        r.bound = r.optimal || std::isnan(state.bound) ? r.value : std::max(state.bound, r.value);
    }
    return r;
}

QString GlpkModel::writeLp(const QString &fileName) const
{
    std::lock_guard guard(glpkLock());
    return glp_write_lp(m_prob, nullptr, fileName.toLocal8Bit().constData()) == 0
        ? QString()
        : QStringLiteral("cannot write %1").arg(fileName);
}

QString GlpkModel::writeMps(const QString &fileName) const
{
    std::lock_guard guard(glpkLock());
    return glp_write_mps(m_prob, GLP_MPS_FILE, nullptr, fileName.toLocal8Bit().constData()) == 0
        ? QString()
        : QStringLiteral("cannot write %1").arg(fileName);
}

} // namespace warmshell::solver

// SPDX-License-Identifier: GPL-3.0-or-later
#include "decomposedbound.h"

#include "glpkmodel.h"

#include <glpk.h>

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace warmshell::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(int a, int b) { parent[size_t(find(a))] = find(b); }
};

// A relaxed row's coefficient in a column: (index among the relaxed rows, coefficient).
using RelaxedTerm = std::pair<int, double>;

// One distinct part LP and every part of the site that is this same LP. Its GLPK problem
// belongs to one share of the classes: created, solved and deleted by that share's thread.
struct PartClass
{
    glp_prob *prob = nullptr;
    int share = 0; // 0: the calling thread's
    std::vector<int> columns; // the representative's global columns, in local order
    std::vector<std::vector<int>> memberRows; // per member part: its global rows, in local order
    std::vector<std::vector<int>> memberGroups; // per member part: its rack groups, ascending
    // Its LP as GLPK loads it (1-based, a dummy first element); released once loaded.
    std::vector<int> ia, ja;
    std::vector<double> ar;
    // At the last λ solved: the maximum, the maximiser (local columns) and the row duals.
    double objective = 0;
    std::vector<double> x;
    std::vector<double> duals;
};

// What a share's thread needs to solve its classes at one λ.
struct Job
{
    const std::vector<double> *lambda = nullptr;
    const QElapsedTimer *timer = nullptr;
    double seconds = 0;
    const std::atomic<bool> *cancel = nullptr;
};

// A thread that holds one share of the classes for the life of a Decomposition: it loads
// them into its own GLPK environment, solves them at each λ handed to it, and deletes them
// and its environment at the end. Only used when glpkIsThreadLocal().
struct ShareThread
{
    enum class State { Idle, Working, Done, Quitting };
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    State state = State::Idle;
    Job job;
    bool ok = false; // the last job: every class of the share solved
};

// A kept entry in a part's local numbering (GLPK's: from 1).
struct LocalEntry
{
    int row, column;
    double value;
    friend bool operator==(const LocalEntry &, const LocalEntry &) = default;
};

class Decomposition
{
public:
    Decomposition(const Formulation &f, std::span<const double> c) : m_f(f), m_c(c) { }
    ~Decomposition()
    {
        stopWorkers();
        std::lock_guard guard(glpkLock());
        unloadShare(0);
    }
    Decomposition(const Decomposition &) = delete;
    Decomposition &operator=(const Decomposition &) = delete;

    // Splits the formulation; false when it does not decompose usefully.
    bool build(int *parts);
    // Deals the classes into `threads` shares of about equal size (by columns) and loads each
    // share's LPs on its own thread (share 0 on this one), after build().
    void start(int threads);
    int threadCount() const { return int(m_workers.size()) + 1; }

    size_t relaxedCount() const { return m_relaxedRows.size(); }
    size_t classCount() const { return m_classes.size(); }
    bool relaxedIsFree(size_t k) const { return m_f.rows[size_t(m_relaxedRows[k])].equality; }
    // Largest |objective / coefficient| over a relaxed row's columns: the scale of its multiplier.
    double multiplierScale(size_t k) const { return m_scale[k]; }

    struct Evaluation
    {
        bool ok = false; // every part LP solved to optimality
        double value = kInf; // L(λ)
        std::vector<double> subgradient; // ∂L/∂λ per relaxed row: b − A·x(λ)
        // The maximiser: per class its nonzero local columns (ascending), then the free columns
        // (all of them, in order). Sparse: a part's basic solution has at most one nonzero per
        // row, and a 5 GW search keeps every evaluation.
        std::vector<std::vector<std::pair<int, double>>> x;
        std::vector<double> freeX;
    };
    // L(λ), every share solved on its own thread; each class keeps its row duals at λ.
    Evaluation evaluate(
        const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel);
    // Per Formulation row: λ on relaxed rows, the kept part duals on the others.
    std::vector<double> duals(const std::vector<double> &lambda) const;
    // Per Formulation column: Σᵢ weights[i] · xᵢ over evaluated maximisers (identical parts
    // get the same values).
    LargeVector<double> combine(
        const std::vector<const Evaluation *> &evaluations, const std::vector<double> &weights) const;

private:
    // Asks every worker to quit (each deletes its problems and its GLPK environment), joins them.
    void stopWorkers();
    // Loads (creates) the GLPK problems of a share's classes; on that share's thread.
    void loadShare(int share);
    void unloadShare(int share);
    // Solves a share's classes at job.lambda (objective, maximiser, duals kept in each class);
    // false when one fails, time runs out or the job is cancelled. On that share's thread.
    bool solveShare(int share, const Job &job);
    void runShare(int share, ShareThread &worker);
    // The reduced objective of global column j at λ.
    double reducedCost(int j, const std::vector<double> &lambda) const
    {
        double cost = m_c[size_t(j)];
        for (auto [t, end] = termsOf(j); t != end; ++t)
            cost -= lambda[size_t(t->first)] * t->second;
        return cost;
    }
    // The relaxed-row terms of global column j.
    std::pair<const RelaxedTerm *, const RelaxedTerm *> termsOf(int j) const
    {
        return { m_terms.data() + m_termStart[size_t(j)], m_terms.data() + m_termStart[size_t(j) + 1] };
    }
    // Calls visit(column) for the columns of `groups` (ascending), in local order.
    template <class Visit> void forColumns(const std::vector<int> &groups, Visit visit) const
    {
        for (int g : groups)
            for (int j = m_f.groupFirstColumn[size_t(g)]; j < m_f.groupFirstColumn[size_t(g) + 1]; ++j)
                visit(j);
    }

    const Formulation &m_f;
    std::span<const double> m_c;
    std::vector<int> m_relaxedRows; // Formulation rows relaxed
    std::vector<double> m_scale; // per relaxed row
    LargeVector<int> m_termStart; // per column, into m_terms (one past the end last)
    std::vector<RelaxedTerm> m_terms; // relaxed-row terms, column by column
    std::vector<int> m_freeColumns; // columns in no part: maximised alone
    std::vector<PartClass> m_classes;
    std::vector<std::unique_ptr<ShareThread>> m_workers; // shares 1, 2, …
};

// The split works on rack groups, not columns: a group's columns are contiguous and its own
// rows (rack count, shape slots, heat split) tie them together, so a part is a set of groups
// joined by the kept rows they share (power nodes, cooling units, inlets), found by union-find
// over one pass of the entries. (Should a group's columns not all be joined by its own rows,
// the parts are merely coarser than they could be: still independent, still exact.) Parts are
// then numbered locally in the order of the entries, so halls built alike number alike.
bool Decomposition::build(int *partCount)
{
    const size_t rows = m_f.rows.size(), cols = m_f.columns.size(), groups = m_f.groups.size();
    const auto &entries = m_f.entries; // (row, column, coefficient), in build order
    std::vector<int> relaxedIndex(rows, -1);
    for (size_t r = 0; r < rows; ++r)
        if (m_f.rows[r].kind == RowKind::LotLink || m_f.rows[r].kind == RowKind::Stage) {
            relaxedIndex[r] = int(m_relaxedRows.size());
            m_relaxedRows.push_back(int(r));
        }
    m_scale.assign(m_relaxedRows.size(), 0.0);

    // Pass 1: groups joined by the kept rows; the relaxed terms set aside.
    UnionFind joined(groups);
    std::vector<int> firstGroupOfRow(rows, -1);
    std::vector<char> groupInKeptRow(groups, 0);
    struct Relaxed
    {
        int column, index;
        double value;
    };
    std::vector<Relaxed> relaxed;
    for (const auto &entry : entries) {
        if (entry.value() == 0)
            continue;
        const size_t r = size_t(entry.row());
        const int col = entry.col();
        if (const int k = relaxedIndex[r]; k >= 0) {
            relaxed.push_back({ col, k, entry.value() });
            if (m_c[size_t(col)] != 0)
                m_scale[size_t(k)] = std::max(m_scale[size_t(k)], std::abs(m_c[size_t(col)] / entry.value()));
            continue;
        }
        const int g = m_f.columns[size_t(col)].group;
        if (g < 0)
            return false; // a kept row on a column of no group (not built by buildFormulation)
        groupInKeptRow[size_t(g)] = 1;
        int &first = firstGroupOfRow[r];
        if (first < 0)
            first = g;
        else if (first != g)
            joined.unite(first, g);
    }
    for (double &s : m_scale)
        if (!(s > 0))
            s = 1;
    m_termStart.assign(cols + 1, 0);
    for (const Relaxed &t : relaxed)
        ++m_termStart[size_t(t.column) + 1];
    for (size_t j = 0; j < cols; ++j)
        m_termStart[j + 1] += m_termStart[j];
    m_terms.resize(relaxed.size());
    {
        LargeVector<int> next(m_termStart.begin(), m_termStart.end() - 1);
        for (const Relaxed &t : relaxed) // in entry order
            m_terms[size_t(next[size_t(t.column)]++)] = { t.index, t.value };
    }

    // Parts: their groups (ascending), each group's first local column.
    std::vector<int> partOfGroup(groups, -1), partOfRoot(groups, -1), localBase(groups, 0);
    std::vector<std::vector<int>> partGroups;
    std::vector<int> partColumnCount;
    for (size_t g = 0; g < groups; ++g) {
        if (!groupInKeptRow[g])
            continue;
        int &part = partOfRoot[size_t(joined.find(int(g)))];
        if (part < 0) {
            part = int(partGroups.size());
            partGroups.emplace_back();
            partColumnCount.push_back(0);
        }
        partGroups[size_t(part)].push_back(int(g));
        partOfGroup[g] = part;
        localBase[g] = partColumnCount[size_t(part)];
        partColumnCount[size_t(part)] += m_f.groupFirstColumn[g + 1] - m_f.groupFirstColumn[g];
    }
    for (size_t j = 0; j < cols; ++j) {
        const int g = m_f.columns[j].group;
        if (g < 0 || partOfGroup[size_t(g)] < 0)
            m_freeColumns.push_back(int(j));
    }
    const size_t partsFound = partGroups.size();
    *partCount = int(partsFound);
    const int largest = partColumnCount.empty() ? 0 : *std::max_element(partColumnCount.begin(), partColumnCount.end());
    if (partsFound < 2 || 2 * size_t(largest) > cols)
        return false;
    auto localColumn = [&](int j, int g) { return localBase[size_t(g)] + j - m_f.groupFirstColumn[size_t(g)]; };

    // Pass 2: each part's rows numbered by first appearance, and a hash of its entries.
    constexpr std::uint64_t kFnvBasis = 1469598103934665603ull, kFnvPrime = 1099511628211ull;
    auto mixInto = [](std::uint64_t &h, std::uint64_t word) {
        for (int shift = 0; shift < 64; shift += 16)
            h = (h ^ ((word >> shift) & 0xffff)) * kFnvPrime;
    };
    auto bitsOf = [](double x) {
        std::uint64_t u;
        std::memcpy(&u, &x, sizeof u);
        return u;
    };
    std::vector<int> localRow(rows, -1), entryCount(partsFound, 0);
    std::vector<std::vector<int>> partRows(partsFound); // global rows, in local order
    std::vector<std::uint64_t> hash(partsFound, kFnvBasis);
    auto forKeptEntries = [&](auto visit) { // visit(entry, part, group)
        for (const auto &entry : entries)
            if (entry.value() != 0 && relaxedIndex[size_t(entry.row())] < 0) {
                const int g = m_f.columns[size_t(entry.col())].group;
                visit(entry, partOfGroup[size_t(g)], g);
            }
    };
    forKeptEntries([&](const auto &entry, int p, int g) {
        int &local = localRow[size_t(entry.row())];
        if (local < 0) {
            local = int(partRows[size_t(p)].size());
            partRows[size_t(p)].push_back(entry.row());
        }
        std::uint64_t &h = hash[size_t(p)];
        mixInto(h, std::uint64_t(std::uint32_t(local)) << 32 | std::uint32_t(localColumn(entry.col(), g)));
        mixInto(h, bitsOf(entry.value()));
        ++entryCount[size_t(p)];
    });
    // Then its columns (bounds, objective, relaxed terms) and rows (limits).
    for (size_t p = 0; p < partsFound; ++p) {
        std::uint64_t &h = hash[p];
        mixInto(h, std::uint64_t(partColumnCount[p]) << 32 | std::uint32_t(partRows[p].size()));
        forColumns(partGroups[p], [&](int j) {
            const ColumnInfo &col = m_f.columns[size_t(j)];
            mixInto(h, bitsOf(col.lower));
            mixInto(h, bitsOf(col.upper));
            mixInto(h, bitsOf(m_c[size_t(j)]));
            for (auto [t, end] = termsOf(j); t != end; ++t) {
                mixInto(h, std::uint64_t(std::uint32_t(t->first)));
                mixInto(h, bitsOf(t->second));
            }
        });
        for (int r : partRows[p]) {
            mixInto(h, bitsOf(m_f.rows[size_t(r)].upper));
            mixInto(h, std::uint64_t(m_f.rows[size_t(r)].equality));
        }
    }

    // Classes: parts with equal hashes and equal columns and rows, field by field, are taken
    // as one LP; their entries are compared one by one below (a part that differs after all
    // becomes a class of its own).
    auto sameColumnsAndRows = [&](size_t p, size_t q) {
        if (partColumnCount[p] != partColumnCount[q] || partRows[p].size() != partRows[q].size()
            || entryCount[p] != entryCount[q])
            return false;
        std::vector<int> qc;
        qc.reserve(size_t(partColumnCount[q]));
        forColumns(partGroups[q], [&](int j) { qc.push_back(j); });
        size_t i = 0;
        bool same = true;
        forColumns(partGroups[p], [&](int j) {
            const int k = qc[i++];
            const ColumnInfo &x = m_f.columns[size_t(j)], &y = m_f.columns[size_t(k)];
            const auto [xt, xe] = termsOf(j);
            const auto [yt, ye] = termsOf(k);
            same = same && x.lower == y.lower && x.upper == y.upper && m_c[size_t(j)] == m_c[size_t(k)]
                && std::equal(xt, xe, yt, ye);
        });
        for (size_t r = 0; same && r < partRows[p].size(); ++r) {
            const RowInfo &x = m_f.rows[size_t(partRows[p][r])], &y = m_f.rows[size_t(partRows[q][r])];
            same = x.upper == y.upper && x.equality == y.equality;
        }
        return same;
    };
    std::vector<int> classOfPart(partsFound, -1);
    std::vector<size_t> representative; // per class: its first part
    std::unordered_map<std::uint64_t, std::vector<int>> classesByHash;
    auto newClass = [&](size_t p) {
        classOfPart[p] = int(representative.size());
        representative.push_back(p);
        return classOfPart[p];
    };
    bool shared = false; // some class has two members or more
    for (size_t p = 0; p < partsFound; ++p) {
        std::vector<int> &candidates = classesByHash[hash[p]];
        const auto same = std::find_if(candidates.begin(), candidates.end(),
            [&](int k) { return sameColumnsAndRows(p, representative[size_t(k)]); });
        if (same != candidates.end()) {
            classOfPart[p] = *same;
            shared = true;
        } else {
            candidates.push_back(newClass(p));
        }
    }
    // Pass 3: the representatives' entries, local. Pass 4: every other member's entries
    // against its representative's, in the same order.
    std::vector<std::vector<LocalEntry>> classEntries(representative.size());
    auto collect = [&](const std::vector<char> &wanted) {
        forKeptEntries([&](const auto &entry, int p, int g) {
            if (wanted[size_t(p)])
                classEntries[size_t(classOfPart[size_t(p)])].push_back(
                    { localRow[size_t(entry.row())] + 1, localColumn(entry.col(), g) + 1, entry.value() });
        });
    };
    {
        std::vector<char> isRepresentative(partsFound, 0);
        for (size_t p : representative)
            isRepresentative[p] = 1;
        collect(isRepresentative);
    }
    if (shared) {
        std::vector<int> cursor(partsFound, 0);
        std::vector<char> differs(partsFound, 0);
        forKeptEntries([&](const auto &entry, int p, int g) {
            const int k = classOfPart[size_t(p)];
            if (representative[size_t(k)] == size_t(p) || differs[size_t(p)])
                return;
            const LocalEntry mine{ localRow[size_t(entry.row())] + 1, localColumn(entry.col(), g) + 1, entry.value() };
            if (!(classEntries[size_t(k)][size_t(cursor[size_t(p)]++)] == mine))
                differs[size_t(p)] = 1;
        });
        if (std::find(differs.begin(), differs.end(), 1) != differs.end()) {
            for (size_t p = 0; p < partsFound; ++p)
                if (differs[p]) {
                    newClass(p);
                    classEntries.emplace_back();
                }
            collect(differs);
        }
    }

    // Each class's LP, loaded in GLPK from its representative; coefficients of one (row,
    // column) summed.
    m_classes.resize(representative.size());
    for (size_t p = 0; p < partsFound; ++p) {
        PartClass &k = m_classes[size_t(classOfPart[p])];
        k.memberRows.push_back(std::move(partRows[p]));
        k.memberGroups.push_back(std::move(partGroups[p]));
    }
    for (size_t ki = 0; ki < m_classes.size(); ++ki) {
        PartClass &k = m_classes[ki];
        forColumns(k.memberGroups.front(), [&](int j) { k.columns.push_back(j); });
        std::vector<LocalEntry> &coefficients = classEntries[ki];
        std::sort(coefficients.begin(), coefficients.end(), [](const LocalEntry &x, const LocalEntry &y) {
            return std::tie(x.row, x.column) < std::tie(y.row, y.column);
        });
        std::vector<int> ia{ 0 }, ja{ 0 };
        std::vector<double> ar{ 0 };
        for (size_t i = 0; i < coefficients.size();) {
            const LocalEntry &first = coefficients[i];
            double sum = 0;
            for (;
                 i < coefficients.size() && coefficients[i].row == first.row && coefficients[i].column == first.column;
                 ++i)
                sum += coefficients[i].value;
            if (sum != 0) {
                ia.push_back(first.row);
                ja.push_back(first.column);
                ar.push_back(sum);
            }
        }
        k.ia = std::move(ia);
        k.ja = std::move(ja);
        k.ar = std::move(ar);
    }
    return true;
}

void Decomposition::loadShare(int share)
{
    glp_term_out(GLP_OFF);
    for (PartClass &k : m_classes) {
        if (k.share != share)
            continue;
        const std::vector<int> &rows = k.memberRows.front();
        k.prob = glp_create_prob();
        glp_set_obj_dir(k.prob, GLP_MAX);
        glp_add_rows(k.prob, int(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i) {
            const RowInfo &row = m_f.rows[size_t(rows[i])];
            glp_set_row_bnds(k.prob, int(i) + 1, row.equality ? GLP_FX : GLP_UP, row.upper, row.upper);
        }
        glp_add_cols(k.prob, int(k.columns.size()));
        for (size_t i = 0; i < k.columns.size(); ++i)
            setColumnBounds(k.prob, int(i) + 1, m_f.columns[size_t(k.columns[i])]);
        glp_load_matrix(k.prob, int(k.ar.size()) - 1, k.ia.data(), k.ja.data(), k.ar.data());
        k.ia = {};
        k.ja = {};
        k.ar = {};
    }
}

void Decomposition::unloadShare(int share)
{
    for (PartClass &k : m_classes)
        if (k.share == share && k.prob) {
            glp_delete_prob(k.prob);
            k.prob = nullptr;
        }
}

void Decomposition::start(int threads)
{
    threads = std::clamp(threads, 1, int(m_classes.size()));
    if (threads > 1) {
        // Largest classes first, each to the share with the fewest columns so far.
        std::vector<size_t> order(m_classes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return m_classes[a].columns.size() > m_classes[b].columns.size(); });
        std::vector<size_t> load(size_t(threads), 0);
        for (size_t ki : order) {
            const auto lightest = size_t(std::min_element(load.begin(), load.end()) - load.begin());
            m_classes[ki].share = int(lightest);
            load[lightest] += m_classes[ki].columns.size();
        }
        try {
            for (int share = 1; share < threads; ++share) {
                m_workers.push_back(std::make_unique<ShareThread>());
                ShareThread &worker = *m_workers.back();
                worker.thread = std::thread([this, share, &worker] { runShare(share, worker); });
            }
        } catch (const std::system_error &) { // no thread to be had: all on this one
            stopWorkers();
            for (PartClass &k : m_classes)
                k.share = 0;
        }
    }
    std::lock_guard guard(glpkLock());
    loadShare(0);
}

void Decomposition::stopWorkers()
{
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->state = ShareThread::State::Quitting;
        }
        worker->changed.notify_all();
        if (worker->thread.joinable())
            worker->thread.join();
    }
    m_workers.clear();
}

void Decomposition::runShare(int share, ShareThread &worker)
{
    // This thread's GLPK environment is its own (thread-local), so no lock is taken.
    bool loaded = true;
    try {
        loadShare(share);
    } catch (...) {
        loaded = false;
    }
    std::unique_lock lock(worker.mutex);
    for (;;) {
        worker.changed.wait(lock, [&] {
            return worker.state == ShareThread::State::Working || worker.state == ShareThread::State::Quitting;
        });
        if (worker.state == ShareThread::State::Quitting)
            break;
        const Job job = worker.job;
        lock.unlock();
        bool ok = false;
        try {
            ok = loaded && solveShare(share, job);
        } catch (...) {
            ok = false;
        }
        lock.lock();
        worker.ok = ok;
        if (worker.state == ShareThread::State::Working) // (never over Quitting)
            worker.state = ShareThread::State::Done;
        worker.changed.notify_all();
    }
    lock.unlock();
    unloadShare(share);
    glp_free_env(); // this thread's environment
}

bool Decomposition::solveShare(int share, const Job &job)
{
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_OFF; // keep the basis: the next λ starts from it
    for (PartClass &k : m_classes) {
        if (k.share != share)
            continue;
        if ((job.cancel && job.cancel->load(std::memory_order_relaxed))
            || job.timer->nsecsElapsed() / 1e9 > job.seconds)
            return false;
        std::unique_lock<std::mutex> guard;
        if (share == 0)
            guard = std::unique_lock(glpkLock());
        for (size_t i = 0; i < k.columns.size(); ++i)
            glp_set_obj_coef(k.prob, int(i) + 1, reducedCost(k.columns[i], *job.lambda));
        int rc = glp_simplex(k.prob, &parm);
        if (rc != 0 || glp_get_status(k.prob) != GLP_OPT) { // a damaged basis: start afresh once
            glp_std_basis(k.prob);
            rc = glp_simplex(k.prob, &parm);
        }
        if (rc != 0 || glp_get_status(k.prob) != GLP_OPT)
            return false;
        k.objective = glp_get_obj_val(k.prob);
        k.x.resize(k.columns.size());
        for (size_t i = 0; i < k.columns.size(); ++i)
            k.x[i] = glp_get_col_prim(k.prob, int(i) + 1);
        k.duals.resize(size_t(glp_get_num_rows(k.prob)));
        for (size_t i = 0; i < k.duals.size(); ++i)
            k.duals[i] = glp_get_row_dual(k.prob, int(i) + 1);
    }
    return true;
}

Decomposition::Evaluation Decomposition::evaluate(
    const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel)
{
    const Job job{ &lambda, &timer, seconds, cancel };
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->job = job;
            worker->state = ShareThread::State::Working;
        }
        worker->changed.notify_all();
    }
    auto collect = [&] { // every worker idle again; true if all solved their share
        bool all = true;
        for (auto &worker : m_workers) {
            std::unique_lock lock(worker->mutex);
            worker->changed.wait(lock, [&] { return worker->state == ShareThread::State::Done; });
            all = all && worker->ok;
            worker->state = ShareThread::State::Idle;
        }
        return all;
    };
    bool solved = false;
    try {
        solved = solveShare(0, job);
    } catch (...) { // (the workers read `job` until they are done)
        collect();
        throw;
    }
    solved = collect() && solved;

    // Summed in class order whatever the threads: the same λ gives the same L bit for bit.
    Evaluation e;
    e.subgradient.resize(m_relaxedRows.size());
    double value = 0;
    for (size_t k = 0; k < m_relaxedRows.size(); ++k) {
        const double b = m_f.rows[size_t(m_relaxedRows[k])].upper;
        value += lambda[k] * b;
        e.subgradient[k] = b;
    }
    auto subtract = [&](int j, double x) { // column j's terms at value x, from the subgradient
        for (auto [t, end] = termsOf(j); t != end; ++t)
            e.subgradient[size_t(t->first)] -= t->second * x;
    };
    // Columns in no kept row: each at its better bound.
    e.x.resize(m_classes.size());
    std::vector<double> &freeX = e.freeX;
    for (size_t i = 0; i < m_freeColumns.size(); ++i) {
        const ColumnInfo &col = m_f.columns[size_t(m_freeColumns[i])];
        const double d = reducedCost(m_freeColumns[i], lambda);
        if (d > 0 && col.upper < 0)
            return e; // unbounded: no finite bound at these multipliers
        const double x = d > 0 ? col.upper : col.lower;
        freeX.push_back(x);
        value += d * x;
        subtract(m_freeColumns[i], x);
    }
    if (!solved)
        return e;
    for (size_t ki = 0; ki < m_classes.size(); ++ki) {
        const PartClass &k = m_classes[ki];
        const double copies = double(k.memberRows.size());
        value += copies * k.objective;
        for (size_t i = 0; i < k.columns.size(); ++i)
            if (k.x[i] != 0) {
                e.x[ki].emplace_back(int(i), k.x[i]);
                subtract(k.columns[i], copies * k.x[i]);
            }
    }
    e.ok = true;
    e.value = value;
    return e;
}

std::vector<double> Decomposition::duals(const std::vector<double> &lambda) const
{
    std::vector<double> out(m_f.rows.size(), 0.0);
    for (size_t k = 0; k < m_relaxedRows.size(); ++k)
        out[size_t(m_relaxedRows[k])] = lambda[k];
    for (const PartClass &k : m_classes)
        for (const auto &rows : k.memberRows)
            for (size_t i = 0; i < rows.size() && i < k.duals.size(); ++i)
                out[size_t(rows[i])] = k.duals[i];
    return out;
}

LargeVector<double> Decomposition::combine(
    const std::vector<const Evaluation *> &evaluations, const std::vector<double> &weights) const
{
    LargeVector<double> out(m_f.columns.size(), 0.0);
    for (size_t i = 0; i < evaluations.size(); ++i) {
        if (!(weights[i] > 0))
            continue;
        const Evaluation &e = *evaluations[i];
        for (size_t ki = 0; ki < m_classes.size(); ++ki)
            for (const auto &groups : m_classes[ki].memberGroups) {
                // Local column → global: walk the member's groups alongside the ascending nonzeros.
                size_t g = 0;
                int base = 0; // local index of the first column of groups[g]
                for (const auto &[local, value] : e.x[ki]) {
                    auto size = [&](size_t k) {
                        return m_f.groupFirstColumn[size_t(groups[k]) + 1] - m_f.groupFirstColumn[size_t(groups[k])];
                    };
                    while (local >= base + size(g))
                        base += size(g++);
                    out[size_t(m_f.groupFirstColumn[size_t(groups[g])] + local - base)] += weights[i] * value;
                }
            }
        for (size_t c = 0; c < m_freeColumns.size(); ++c)
            out[size_t(m_freeColumns[c])] += weights[i] * e.freeX[c];
    }
    return out;
}

// The cutting-plane model of L over λ: minimise θ subject to θ ≥ L(λᵢ) + gᵢ·(λ − λᵢ) for
// every evaluated λᵢ, within a box around the best λ (the trust region).
class CuttingPlanes
{
public:
    explicit CuttingPlanes(size_t dimension) : m_n(int(dimension))
    {
        std::lock_guard guard(glpkLock());
        m_prob = glp_create_prob();
        glp_set_obj_dir(m_prob, GLP_MIN);
        glp_add_cols(m_prob, m_n + 1);
        glp_set_col_bnds(m_prob, m_n + 1, GLP_FR, 0, 0);
        glp_set_obj_coef(m_prob, m_n + 1, 1);
    }
    ~CuttingPlanes()
    {
        std::lock_guard guard(glpkLock());
        glp_delete_prob(m_prob);
    }
    CuttingPlanes(const CuttingPlanes &) = delete;
    CuttingPlanes &operator=(const CuttingPlanes &) = delete;

    void addCut(const std::vector<double> &lambda, double value, const std::vector<double> &g)
    {
        std::lock_guard guard(glpkLock());
        const int row = glp_add_rows(m_prob, 1);
        std::vector<int> ind{ 0 };
        std::vector<double> val{ 0 };
        double rhs = value;
        for (int k = 0; k < m_n; ++k) {
            rhs -= g[size_t(k)] * lambda[size_t(k)];
            if (g[size_t(k)] != 0) {
                ind.push_back(k + 1);
                val.push_back(-g[size_t(k)]);
            }
        }
        ind.push_back(m_n + 1);
        val.push_back(1);
        glp_set_mat_row(m_prob, row, int(ind.size()) - 1, ind.data(), val.data());
        glp_set_row_bnds(m_prob, row, GLP_LO, rhs, 0);
    }

    // The model's minimum within [lower, upper]; false when GLPK fails.
    bool minimise(
        const std::vector<double> &lower, const std::vector<double> &upper, std::vector<double> *lambda, double *theta)
    {
        std::lock_guard guard(glpkLock());
        for (int k = 0; k < m_n; ++k)
            glp_set_col_bnds(m_prob, k + 1, lower[size_t(k)] == upper[size_t(k)] ? GLP_FX : GLP_DB, lower[size_t(k)],
                upper[size_t(k)]);
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.meth = GLP_DUALP;
        if (glp_simplex(m_prob, &parm) != 0 || glp_get_status(m_prob) != GLP_OPT) {
            glp_std_basis(m_prob);
            if (glp_simplex(m_prob, &parm) != 0 || glp_get_status(m_prob) != GLP_OPT)
                return false;
        }
        for (int k = 0; k < m_n; ++k)
            (*lambda)[size_t(k)] = glp_get_col_prim(m_prob, k + 1);
        *theta = glp_get_col_prim(m_prob, m_n + 1);
        return true;
    }

    // After minimise(): the weight of each cut (its dual); they sum to 1 (θ is free).
    std::vector<double> cutWeights() const
    {
        std::lock_guard guard(glpkLock());
        std::vector<double> w(size_t(glp_get_num_rows(m_prob)));
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = std::max(0.0, glp_get_row_dual(m_prob, int(i) + 1));
        return w;
    }

private:
    glp_prob *m_prob = nullptr;
    int m_n = 0;
};

} // namespace

std::optional<DecomposedBound> decomposedBound(const Formulation &f, std::span<const double> c, double target,
    double relativeGap, double seconds, const std::atomic<bool> *cancel, const PrimalRounding &round, int threads)
{
    QElapsedTimer timer;
    timer.start();
    Decomposition d(f, c);
    int parts = 0;
    if (!d.build(&parts))
        return std::nullopt;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    d.start(glpkIsThreadLocal() ? threads : 1);
    DecomposedBound out;
    out.setupSeconds = timer.nsecsElapsed() / 1e9;
    out.parts = parts;
    out.distinctParts = int(d.classCount());
    out.threads = d.threadCount();

    const size_t n = d.relaxedCount();
    // Multipliers start at 0 (no system has a price) and stay within ±4× their row's value
    // scale (a fleet row's price per system cannot exceed what a system is worth).
    std::vector<double> lambda(n, 0.0), best(n, 0.0), lower(n), upper(n), radius(n);
    for (size_t k = 0; k < n; ++k) {
        upper[k] = 4 * d.multiplierScale(k);
        lower[k] = d.relaxedIsFree(k) ? -upper[k] : 0;
        radius[k] = d.multiplierScale(k);
    }
    std::vector<Decomposition::Evaluation> history; // one per cut, in order
    Decomposition::Evaluation e = d.evaluate(lambda, timer, seconds, cancel);
    if (!e.ok)
        return std::nullopt;
    out.value = e.value;
    out.iterations = 1;
    std::vector<double> bestDuals = d.duals(best);
    auto box = [&] {
        std::vector<double> lo(n);
        for (size_t k = 0; k < n; ++k)
            lo[k] = std::max(lower[k], best[k] - radius[k]);
        return lo;
    };
    auto hiBox = [&] {
        std::vector<double> hi(n);
        for (size_t k = 0; k < n; ++k)
            hi[k] = std::min(upper[k], best[k] + radius[k]);
        return hi;
    };
    CuttingPlanes model(n);
    model.addCut(lambda, e.value, e.subgradient);
    history.push_back(std::move(e));
    // (−∞: no plan yet, nothing to certify)
    auto reached
        = [&] { return target > -kInf && out.value - target <= relativeGap * std::max(std::abs(target), 1e-9); };
    // The maximisers weighted by the duals of the cuts (Dantzig–Wolfe), after a minimise():
    // at convergence an optimum of the whole LP; before, a near-feasible point to round.
    auto primal = [&] {
        std::vector<const Decomposition::Evaluation *> evaluations;
        for (const auto &h : history)
            evaluations.push_back(&h);
        return d.combine(evaluations, model.cutWeights());
    };
    // Rounding is tried once the model says L is within half the target gap of its minimum,
    // then each time that estimate shrinks fourfold; a better plan raises the target.
    double nextRounding = 0.5 * relativeGap;
    size_t roundedAtCuts = 0;
    auto tryRounding = [&] {
        roundedAtCuts = history.size();
        target = std::max(target, round(primal()));
    };
    while (!reached() && timer.nsecsElapsed() / 1e9 < seconds && !(cancel && cancel->load(std::memory_order_relaxed))) {
        double theta = 0;
        if (!model.minimise(box(), hiBox(), &lambda, &theta))
            break;
        const double tolerance = 1e-7 * std::max(1.0, std::abs(out.value));
        if (theta >= out.value - tolerance) { // best is minimal in a box around it, so everywhere
            out.converged = true;
            break;
        }
        if (round && out.value - theta <= nextRounding * std::abs(out.value)) {
            tryRounding();
            nextRounding /= 4;
            if (reached())
                break;
        }
        e = d.evaluate(lambda, timer, seconds, cancel);
        if (!e.ok)
            break;
        ++out.iterations;
        model.addCut(lambda, e.value, e.subgradient);
        const double value = e.value;
        history.push_back(std::move(e));
        const double predicted = out.value - theta;
        if (value < out.value - 0.1 * predicted) { // a serious step: move, widen where the box stopped it
            for (size_t k = 0; k < n; ++k)
                if (std::abs(lambda[k] - best[k]) >= 0.99 * radius[k])
                    radius[k] *= 2;
            best = lambda;
            out.value = value;
            bestDuals = d.duals(best);
        } else {
            for (double &r : radius)
                r = std::max(r * 0.5, 1e-9);
            if (value < out.value) {
                best = lambda;
                out.value = value;
                bestDuals = d.duals(best);
            }
        }
    }
    out.duals = std::move(bestDuals);
    std::vector<double> probe(n);
    double theta = 0;
    if (model.minimise(box(), hiBox(), &probe, &theta)) {
        out.primal = primal();
        if (round && !reached() && roundedAtCuts != history.size()) {
            roundedAtCuts = history.size();
            target = std::max(target, round(out.primal));
        }
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

} // namespace warmshell::solver

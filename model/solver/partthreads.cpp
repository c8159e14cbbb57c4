// SPDX-License-Identifier: GPL-3.0-or-later
#include "partthreads.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <system_error>
#include <thread>

namespace warmshell::solver {

// A thread that holds one share of the classes for the life of a PartThreads.
struct PartThreads::Worker
{
    enum class State { Idle, Working, Done, Quitting };
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    State state = State::Idle;
    Job job;
    bool ok = false; // the last job: every class of the share solved
};

PartThreads::PartThreads(Partition &partition) : m_partition(partition), m_lps(partition.classes.size())
{
}

PartThreads::~PartThreads()
{
    stopWorkers();
    std::lock_guard guard(glpkLock());
    unloadShare(0);
}

void PartThreads::start(int threads)
{
    threads = std::clamp(threads, 1, int(m_lps.size()));
    if (threads > 1) {
        dealShares(threads);
        startWorkers(threads);
    }
    std::lock_guard guard(glpkLock());
    loadShare(0);
}

// Largest classes first, each to the share with the fewest columns so far.
void PartThreads::dealShares(int threads)
{
    const std::vector<PartClass> &classes = m_partition.classes;
    std::vector<size_t> order(classes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return classes[a].columns.size() > classes[b].columns.size(); });
    std::vector<size_t> load(size_t(threads), 0);
    for (size_t ki : order) {
        const auto lightest = size_t(std::min_element(load.begin(), load.end()) - load.begin());
        m_lps[ki].share = int(lightest);
        load[lightest] += classes[ki].columns.size();
    }
}

void PartThreads::startWorkers(int threads)
{
    try {
        for (int share = 1; share < threads; ++share) {
            m_workers.push_back(std::make_unique<Worker>());
            Worker &worker = *m_workers.back();
            worker.thread = std::thread([this, share, &worker] { runShare(share, worker); });
        }
    } catch (const std::system_error &) { // no thread to be had: all on this one
        stopWorkers();
        for (PartLp &lp : m_lps)
            lp.share = 0;
    }
}

void PartThreads::stopWorkers()
{
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->state = Worker::State::Quitting;
        }
        worker->changed.notify_all();
        if (worker->thread.joinable())
            worker->thread.join();
    }
    m_workers.clear();
}

void PartThreads::loadShare(int share)
{
    const Formulation &f = *m_partition.f;
    for (size_t ki = 0; ki < m_lps.size(); ++ki) {
        if (m_lps[ki].share != share)
            continue;
        PartClass &k = m_partition.classes[ki];
        const std::vector<int> &rows = k.memberRows.front();
        GlpkProblem p(GlpkProblem::Sense::Maximise);
        p.addRows(int(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i) {
            const RowInfo &row = f.rows[size_t(rows[i])];
            p.setRowBound(int(i), row.upper, row.equality);
        }
        p.addColumns(int(k.columns.size()));
        for (size_t i = 0; i < k.columns.size(); ++i)
            setColumnBounds(p, int(i), f.columns[size_t(k.columns[i])]);
        p.loadMatrix(k.matrix);
        k.matrix = {};
        m_lps[ki].problem = std::move(p);
    }
}

void PartThreads::unloadShare(int share)
{
    for (PartLp &lp : m_lps)
        if (lp.share == share)
            lp.problem = {};
}

void PartThreads::runShare(int share, Worker &worker)
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
        worker.changed.wait(
            lock, [&] { return worker.state == Worker::State::Working || worker.state == Worker::State::Quitting; });
        if (worker.state == Worker::State::Quitting)
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
        if (worker.state == Worker::State::Working) // (never over Quitting)
            worker.state = Worker::State::Done;
        worker.changed.notify_all();
    }
    lock.unlock();
    unloadShare(share);
    glpkFreeEnvironment(); // this thread's environment
}

bool PartThreads::solveShare(int share, const Job &job)
{
    for (size_t ki = 0; ki < m_lps.size(); ++ki) {
        if (m_lps[ki].share != share)
            continue;
        if ((job.cancel && job.cancel->load(std::memory_order_relaxed))
            || job.timer->nsecsElapsed() / 1e9 > job.seconds)
            return false;
        std::unique_lock<std::mutex> guard;
        if (share == 0)
            guard = std::unique_lock(glpkLock());
        if (!solveClass(ki, *job.lambda, job.seconds - job.timer->nsecsElapsed() / 1e9))
            return false;
    }
    return true;
}

// Class k's LP with the reduced objective at λ, from its previous basis (afresh if that fails).
bool PartThreads::solveClass(size_t k, const std::vector<double> &lambda, double seconds)
{
    const std::vector<int> &columns = m_partition.classes[k].columns;
    PartLp &lp = m_lps[k];
    GlpkProblem &p = lp.problem;
    for (size_t i = 0; i < columns.size(); ++i)
        p.setObjectiveCoefficient(int(i), m_partition.reducedCost(columns[i], lambda));
    if (!p.solveSimplexOrRestart(GlpkProblem::Method::Primal, seconds))
        return false;
    lp.objective = p.objectiveValue();
    lp.x.resize(columns.size());
    for (size_t i = 0; i < columns.size(); ++i)
        lp.x[i] = p.columnValue(int(i));
    lp.duals.resize(size_t(p.rowCount()));
    for (size_t i = 0; i < lp.duals.size(); ++i)
        lp.duals[i] = p.rowDual(int(i));
    return true;
}

bool PartThreads::solve(
    const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel)
{
    const Job job{ &lambda, &timer, seconds, cancel };
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->job = job;
            worker->state = Worker::State::Working;
        }
        worker->changed.notify_all();
    }
    bool solved = false;
    try {
        solved = solveShare(0, job);
    } catch (...) { // (the workers read `job` until they are done)
        collectWorkers();
        throw;
    }
    return collectWorkers() && solved;
}

bool PartThreads::collectWorkers()
{
    bool all = true;
    for (auto &worker : m_workers) {
        std::unique_lock lock(worker->mutex);
        worker->changed.wait(lock, [&] { return worker->state == Worker::State::Done; });
        all = all && worker->ok;
        worker->state = Worker::State::Idle;
    }
    return all;
}

} // namespace warmshell::solver

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glpkmodel.h"
#include "partition.h"

#include <QElapsedTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace warmshell::solver {

// One distinct part LP (a PartClass) in GLPK, and its maximum at the last λ solved.
struct PartLp
{
    GlpkProblem problem; // created, solved and deleted by the thread of its share
    int share = 0; // 0: the calling thread's
    double objective = 0;
    std::vector<double> x; // per local column
    std::vector<double> duals; // per local row
};

// The part LPs of a Partition, dealt into shares of about equal size (by columns), each share
// on a thread of its own (share 0 on the calling thread) for the life of this object: that
// thread loads its LPs into its own GLPK environment, solves them at each λ handed to it, and
// deletes them and its environment at the end. Worker threads are only used when
// glpkIsThreadLocal(); the calling thread holds glpkLock() around its own GLPK calls.
class PartThreads
{
public:
    // `partition` must outlive this object; its classes' matrices are emptied once loaded.
    explicit PartThreads(Partition &partition);
    ~PartThreads();
    PartThreads(const PartThreads &) = delete;
    PartThreads &operator=(const PartThreads &) = delete;

    // Deals the classes into `threads` shares (fewer if there are fewer classes, one if no
    // thread can be started) and loads each share's LPs on its own thread.
    void start(int threads);
    int threadCount() const { return int(m_workers.size()) + 1; }

    // Solves every class at multipliers λ (objective, maximiser and duals kept in each PartLp),
    // every share on its own thread; false when one fails, `seconds` on `timer` have passed or
    // `cancel` is set. Rethrows what the calling thread's share throws, once the others are done.
    bool solve(
        const std::vector<double> &lambda, const QElapsedTimer &timer, double seconds, const std::atomic<bool> *cancel);
    const PartLp &lp(size_t k) const { return m_lps[k]; }

private:
    // What a share's thread needs to solve its classes at one λ.
    struct Job
    {
        const std::vector<double> *lambda = nullptr;
        const QElapsedTimer *timer = nullptr;
        double seconds = 0;
        const std::atomic<bool> *cancel = nullptr;
    };
    struct Worker;

    void dealShares(int threads);
    void startWorkers(int threads);
    // Asks every worker to quit (each deletes its problems and its GLPK environment), joins them.
    void stopWorkers();
    // Every worker done with the job, then idle again; true if all solved their share.
    bool collectWorkers();
    // Loads (creates) the GLPK problems of a share's classes; on that share's thread.
    void loadShare(int share);
    void unloadShare(int share);
    // Solves a share's classes at job.lambda; false when one fails, time runs out or the job is
    // cancelled. On that share's thread.
    bool solveShare(int share, const Job &job);
    // Within `seconds` (false when the LP does not end optimal by then).
    bool solveClass(size_t k, const std::vector<double> &lambda, double seconds);
    void runShare(int share, Worker &worker);

    Partition &m_partition;
    std::vector<PartLp> m_lps; // per class
    std::vector<std::unique_ptr<Worker>> m_workers; // shares 1, 2, …
};

} // namespace warmshell::solver

// SPDX-License-Identifier: GPL-3.0-or-later
// Solving synthetic campuses: WarmShell's solve() (aggregated pattern MILP) against three
// peers run in the same process run on the plain per-rack model of the same problem
// (writePerRackModel, free MPS): glpsol (GLPK), cbc (COIN-OR CBC, one thread) and HiGHS
// through scipy.optimize.milp (bench/milp_scipy.py, Debian's python3-scipy). For each target
// gap (0.5% and 0.1% by default) WarmShell solves with that relative gap and each peer gets
// the same time limit and is asked to stop at that gap, so a peer's time is its time to reach
// the target when it gets there. Prints one table row per size, target and solver, and
// WarmShell's speed-up against the fastest peer reaching the target.
//
// Usage: bench_solve [--time-limit S] [--sizes MW,MW,...] [--gaps G,G] [--peers glpsol,cbc,highs|none]
//                    [--workdir DIR]
// Defaults: 300 s, sizes 1,20,100,1000,5000 MW, gaps 0.005,0.001, all peers found on PATH, a
// temporary dir. Every WarmShell plan is re-checked by checkPlan; a violation fails the run.
#include "catalog.h"
#include "plan/planchecker.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "syntheticsite.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

using namespace warmshell;

namespace {

struct Outcome
{
    QString solver;
    double seconds = 0;
    bool hasPlan = false;
    double objective = 0; // in the plan's unit (PFLOPS for compute)
    double bound = NAN;
    double gap = NAN;
    QString note;
};

struct PeerRun
{
    QString output;
    double seconds = 0;
    bool killed = false;
    bool started = true;
};

PeerRun runPeer(const QString &program, const QStringList &args, double timeLimit)
{
    PeerRun r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.started = false;
        return r;
    }
    // A peer may overrun its own limit while reading or presolving; stop it well after.
    const int hardLimitMs = int(std::min(timeLimit * 2 + 60, 2e9 / 1000) * 1000);
    if (!p.waitForFinished(hardLimitMs)) {
        r.killed = true;
        p.kill();
        p.waitForFinished(10000);
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.output = QString::fromLocal8Bit(p.readAll());
    return r;
}

double relativeGap(double value, double bound)
{
    return std::abs(bound - value) / std::max(std::abs(value), 1e-9);
}

// glpsol's progress lines: "+ 12345: mip =  -1.234e+05 >= -1.250e+05   1.3% (12; 0)"; the
// file minimises, so the bound is below the incumbent.
Outcome parseGlpsol(const PeerRun &run, const PerRackModelSummary &m)
{
    Outcome o;
    o.solver = QStringLiteral("glpsol");
    o.seconds = run.seconds;
    static const QRegularExpression line(QStringLiteral(R"(mip\s*=\s*(\S+)\s*>=\s*(\S+))"));
    double value = NAN, bound = NAN;
    for (auto it = line.globalMatch(run.output); it.hasNext();) {
        const auto match = it.next();
        bool okValue = false, okBound = false;
        const double v = match.captured(1).toDouble(&okValue);
        const double b = match.captured(2).toDouble(&okBound);
        value = okValue ? v : NAN;
        if (okBound)
            bound = b;
    }
    const bool optimal = run.output.contains(QLatin1String("INTEGER OPTIMAL SOLUTION FOUND"));
    if (std::isfinite(value)) {
        o.hasPlan = true;
        o.objective = m.reportedOffset + m.reportedScale * value;
        if (optimal)
            bound = value;
        if (std::isfinite(bound)) {
            o.bound = m.reportedOffset + m.reportedScale * bound;
            o.gap = relativeGap(o.objective, o.bound);
        }
    }
    if (run.output.contains(QLatin1String("TIME LIMIT EXCEEDED")))
        o.note = QStringLiteral("time limit");
    else if (optimal)
        o.note = run.output.contains(QLatin1String("RELATIVE MIP GAP TOLERANCE REACHED"))
            ? QStringLiteral("gap reached")
            : QStringLiteral("optimal");
    return o;
}

// cbc: "Objective value: X", "Lower bound: Y", "Result - Optimal solution found" / "Stopped
// on time"; "No feasible solution found" without a plan.
Outcome parseCbc(const PeerRun &run, const PerRackModelSummary &m)
{
    Outcome o;
    o.solver = QStringLiteral("cbc");
    o.seconds = run.seconds;
    auto number = [&](const char *label) -> std::optional<double> {
        const QRegularExpression re(
            QStringLiteral("%1\\s*(\\S+)").arg(QRegularExpression::escape(QLatin1String(label))));
        const auto match = re.match(run.output);
        bool ok = false;
        const double v = match.hasMatch() ? match.captured(1).toDouble(&ok) : 0;
        return ok ? std::optional<double>(v) : std::nullopt;
    };
    const bool optimal = run.output.contains(QLatin1String("Result - Optimal solution found"));
    const bool noPlan = run.output.contains(QLatin1String("No feasible solution found"))
        || run.output.contains(QLatin1String("Result - Stopped on time with no integer solution"));
    const auto value = number("Objective value:");
    if (value && !noPlan) {
        o.hasPlan = true;
        o.objective = m.reportedOffset + m.reportedScale * *value;
        const auto bound = optimal ? value : number("Lower bound:");
        if (bound) {
            o.bound = m.reportedOffset + m.reportedScale * *bound;
            o.gap = relativeGap(o.objective, o.bound);
        }
    }
    o.note = optimal                                            ? QStringLiteral("optimal/gap reached")
        : run.output.contains(QLatin1String("Stopped on time")) ? QStringLiteral("time limit")
                                                                : QString();
    return o;
}

Outcome parseHighs(const PeerRun &run, const PerRackModelSummary &m)
{
    Outcome o;
    o.solver = QStringLiteral("highs (scipy)");
    o.seconds = run.seconds;
    const QStringList lines = run.output.trimmed().split(QLatin1Char('\n'));
    const QJsonObject j = QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last().toUtf8()).object();
    if (j.isEmpty()) {
        o.note = QStringLiteral("no result: ") + run.output.right(200).simplified();
        return o;
    }
    if (!j.value(QLatin1String("objective")).isNull()) {
        o.hasPlan = true;
        o.objective = m.reportedOffset + m.reportedScale * j.value(QLatin1String("objective")).toDouble();
        if (j.value(QLatin1String("bound")).isDouble()) {
            o.bound = m.reportedOffset + m.reportedScale * j.value(QLatin1String("bound")).toDouble();
            o.gap = relativeGap(o.objective, o.bound);
        }
    }
    const int status = j.value(QLatin1String("status")).toInt();
    o.note = status == 0 ? QStringLiteral("optimal/gap reached")
        : status == 1    ? QStringLiteral("time limit")
                         : QStringLiteral("status %1").arg(status);
    o.note += QStringLiteral(", MPS read %1 s").arg(j.value(QLatin1String("parse_seconds")).toDouble(), 0, 'f', 1);
    return o;
}

void printRow(const QString &size, int racks, const QString &target, const Outcome &o, const QString &ratio)
{
    const QString objective = o.hasPlan ? QString::number(o.objective, 'f', 1) : QStringLiteral("no integer plan");
    const QString gap = o.hasPlan && std::isfinite(o.gap) ? QString::number(o.gap * 100, 'f', 3) + QLatin1Char('%')
                                                          : QStringLiteral("-");
    std::printf("%-8s %7d %6s  %-14s %9.2f  %16s  %9s  %-12s %s\n", qPrintable(size), racks, qPrintable(target),
        qPrintable(o.solver), o.seconds, qPrintable(objective), qPrintable(gap), qPrintable(ratio), qPrintable(o.note));
    std::fflush(stdout);
}

} // namespace

// Peak resident memory of this process (WarmShell's solves; peers run as children), MB.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double timeLimit = 300;
    QList<double> sizes{ 1, 20, 100, 1000, 5000 };
    QList<double> gaps{ 0.005, 0.001 };
    QStringList peers{ QStringLiteral("glpsol"), QStringLiteral("cbc"), QStringLiteral("highs") };
    QString workdir;
    int repeat = 3; // WarmShell solves per target (the median is reported)
    int threads = 0; // WarmShell's SolveOptions::threads (0: one per core)
    bool numbersRead = true;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (args[i] == QLatin1String("--time-limit")) {
            timeLimit = next().toDouble();
        } else if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &part : next().split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << part.toDouble();
        } else if (args[i] == QLatin1String("--gaps")) {
            gaps.clear();
            for (const QString &part : next().split(QLatin1Char(','), Qt::SkipEmptyParts))
                gaps << part.toDouble();
        } else if (args[i] == QLatin1String("--peers")) {
            peers = next().split(QLatin1Char(','), Qt::SkipEmptyParts);
            peers.removeAll(QStringLiteral("none"));
        } else if (args[i] == QLatin1String("--workdir")) {
            workdir = next();
        } else if (args[i] == QLatin1String("--repeat")) {
            bool ok = false;
            repeat = next().toInt(&ok);
            numbersRead = numbersRead && ok;
        } else if (args[i] == QLatin1String("--threads")) {
            bool ok = false;
            threads = next().toInt(&ok);
            numbersRead = numbersRead && ok;
        } else {
            std::fprintf(stderr,
                "usage: bench_solve [--time-limit S] [--sizes MW,...] [--gaps G,...] [--peers glpsol,cbc,highs|none] "
                "[--workdir DIR] [--repeat N] [--threads N]\n");
            return 2;
        }
    }
    std::sort(gaps.begin(), gaps.end(), std::greater<>()); // loosest first: peers re-run only if they reach it
    if (!numbersRead || !(timeLimit > 0) || repeat < 1 || threads < 0 || sizes.isEmpty() || gaps.isEmpty()
        || std::any_of(sizes.begin(), sizes.end(), [](double s) { return !(s > 0); })
        || std::any_of(gaps.begin(), gaps.end(), [](double g) { return !(g > 0 && g < 1); })) {
        std::fprintf(stderr,
            "bench_solve: --time-limit, --sizes and --repeat must be positive, --threads at least 0, --gaps between 0 "
            "and 1\n");
        return 2;
    }
    QTemporaryDir temporary;
    if (workdir.isEmpty())
        workdir = temporary.path();
    QDir().mkpath(workdir);

    const QString glpsol = QStandardPaths::findExecutable(QStringLiteral("glpsol"));
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(WARMSHELL_BENCH_DIR "/milp_scipy.py");

    std::printf(
        "bench_solve: time limit %.0f s per solver; objective: most BF16 compute (PFLOPS); peers on one thread,\n"
        "WarmShell's part LPs on %s\n",
        timeLimit,
        threads == 0 ? "one thread per core (the note gives its time on one thread too)"
                     : qPrintable(QStringLiteral("%1 thread(s)").arg(threads)));
    std::printf(
        "Each target gap: WarmShell's solve() with that relativeGap, %d time(s) in this process (seconds: the median;\n"
        "the note lists each run, the first on a cold heap, and checks they give the same plan value; the first plan\n"
        "re-checked by the independent plan checker), then each peer on the per-rack model asked to stop at that gap\n"
        "(a peer that misses the looser target is not run for the tighter one). ratio = time of the fastest peer\n"
        "reaching the target / WarmShell's time (\">\": no peer reached it, so the limit is used).\n\n",
        repeat);
    std::printf("%-8s %7s %6s  %-14s %9s  %16s  %9s  %-12s %s\n", "size", "racks", "target", "solver", "seconds",
        "objective", "gap", "ratio", "note");
    int failures = 0;
    for (const double mw : sizes) {
        const QString size = mw >= 1000 ? QStringLiteral("%1 GW").arg(mw / 1000) : QStringLiteral("%1 MW").arg(mw);
        const Project project = bench::makeSyntheticSiteByPower(mw);
        const int racks = int(project.site.racks.size());
        const auto problems = validateProject(project, Catalog::builtIn());
        if (!problems.empty()) {
            std::printf("%-8s %7d  synthetic site has %zu validation problems, first: %s\n", qPrintable(size), racks,
                problems.size(), qPrintable(problems.front().toString()));
            ++failures;
            continue;
        }
        double rackKw = 0;
        for (const Rack &r : project.site.racks)
            rackKw += r.powerLimit.value();

        SolveOptions options;
        options.timeLimitSeconds = timeLimit;
        options.threads = threads;
        options.marginalValues = false; // the peers solve one model; so does this run
        QString mps;
        PerRackModelSummary summary;
        QString writeError;
        QStringList reachedLooser = peers; // peers still in the race
        for (const double target : gaps) {
            const QString targetText = QString::number(target * 100, 'g', 3) + QLatin1Char('%');
            options.relativeGap = target;
            const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
            const auto violations = checkPlan(project, Catalog::builtIn(), plan);
            if (!violations.empty())
                ++failures;
            // The same solve again (warm heap), and once on one thread: same plan value each time.
            // (A run stopped by the time limit may legitimately stop elsewhere: not compared.)
            std::vector<double> runs{ plan.seconds };
            bool reproducible = true;
            auto same = [&](const CapacityPlan &other) {
                auto equal = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
                return plan.timedOut || other.timedOut
                    || (equal(other.objectiveValue, plan.objectiveValue) && equal(other.bound, plan.bound));
            };
            for (int k = 1; k < repeat; ++k) {
                const CapacityPlan again = solve(project, Catalog::builtIn(), options);
                runs.push_back(again.seconds);
                reproducible = reproducible && same(again);
            }
            double oneThread = NAN;
            if (threads != 1) {
                SolveOptions single = options;
                single.threads = 1;
                const CapacityPlan alone = solve(project, Catalog::builtIn(), single);
                oneThread = alone.seconds;
                reproducible = reproducible && same(alone);
            }
            if (!reproducible)
                ++failures;
            std::vector<double> sorted = runs;
            std::sort(sorted.begin(), sorted.end());
            const double median = sorted[sorted.size() / 2];
            QStringList runTexts;
            for (double r : runs)
                runTexts << QString::number(r, 'f', 2);
            QString runsNote = QStringLiteral("runs %1 s").arg(runTexts.join(QStringLiteral(" / ")));
            if (std::isfinite(oneThread))
                runsNote += QStringLiteral(", one thread %1 s").arg(oneThread, 0, 'f', 2);
            if (!reproducible)
                runsNote += QStringLiteral(", NOT REPRODUCIBLE: the runs differ");
            Outcome ours{ QStringLiteral("warmshell"), median,
                plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible, plan.objectiveValue,
                plan.bound, plan.gap,
                QStringLiteral("%1, %2; plan checker: %3; %6; peak memory %4 MB (%5 MW of rack limits)")
                    .arg(plan.method, keyOf(plan.status),
                        violations.empty() ? QStringLiteral("valid")
                                           : QStringLiteral("%1 violations").arg(violations.size()))
                    .arg(peakMegabytes(), 0, 'f', 0)
                    .arg(rackKw / 1000, 0, 'f', 1)
                    .arg(runsNote) };
            if (ours.gap > target + 1e-9)
                ours.note += QStringLiteral("; target missed");

            if (mps.isEmpty() && !reachedLooser.isEmpty()) {
                QElapsedTimer writing;
                writing.start();
                mps = QDir(workdir).filePath(QStringLiteral("per-rack-%1mw.mps").arg(mw));
                writeError = writePerRackModel(project, Catalog::builtIn(), options, mps, ModelFormat::Mps, &summary);
                if (writeError.isEmpty())
                    std::printf("%-8s %7d %6s  per-rack model: %d rows, %d columns (%d integer), %d nonzeros, written "
                                "in %.2f s\n",
                        qPrintable(size), racks, "", summary.rows, summary.columns, summary.integerColumns,
                        summary.nonzeros, writing.nsecsElapsed() / 1e9);
            }
            std::vector<Outcome> results;
            if (!writeError.isEmpty()) {
                std::printf(
                    "%-8s %7d  cannot write the per-rack model: %s\n", qPrintable(size), racks, qPrintable(writeError));
                ++failures;
            } else {
                const QString limit = QString::number(int(std::ceil(timeLimit)));
                const QString stop = QString::number(target, 'g', 6);
                for (const QString &peer : peers) {
                    if (!reachedLooser.contains(peer)) {
                        results.push_back(
                            { peer, 0, false, 0, NAN, NAN, QStringLiteral("not run: missed the looser target") });
                        continue;
                    }
                    if (peer == QLatin1String("glpsol") && !glpsol.isEmpty())
                        results.push_back(parseGlpsol(runPeer(glpsol,
                                                          { QStringLiteral("--freemps"), mps, QStringLiteral("--tmlim"),
                                                              limit, QStringLiteral("--mipgap"), stop },
                                                          timeLimit),
                            summary));
                    else if (peer == QLatin1String("cbc") && !cbc.isEmpty())
                        results.push_back(parseCbc(
                            runPeer(cbc,
                                { mps, QStringLiteral("sec"), limit, QStringLiteral("threads"), QStringLiteral("1"),
                                    QStringLiteral("ratio"), stop, QStringLiteral("solve") },
                                timeLimit),
                            summary));
                    else if (peer == QLatin1String("highs") && !python.isEmpty())
                        results.push_back(
                            parseHighs(runPeer(python, { script, mps, limit, stop }, timeLimit), summary));
                    else
                        results.push_back({ peer, 0, false, 0, NAN, NAN, QStringLiteral("not found on this machine") });
                    const Outcome &o = results.back();
                    if (!(o.hasPlan && std::isfinite(o.gap) && o.gap <= target + 1e-6 && o.seconds <= timeLimit + 1))
                        reachedLooser.removeAll(peer);
                }
            }
            double bestPeer = INFINITY;
            for (const Outcome &o : results)
                if (o.hasPlan && std::isfinite(o.gap) && o.gap <= target + 1e-6)
                    bestPeer = std::min(bestPeer, o.seconds);
            const double oursSeconds = std::max(median, 1e-3);
            const QString ratio = std::isfinite(bestPeer)
                ? QStringLiteral("%1x").arg(bestPeer / oursSeconds, 0, 'g', 3)
                : QStringLiteral(">%1x").arg(timeLimit / oursSeconds, 0, 'g', 3);
            printRow(size, racks, targetText, ours, ratio);
            for (const Outcome &o : results)
                printRow(size, racks, targetText, o, QString());
            for (const PlanViolation &v : violations)
                std::printf("    violation: %s %s: %s\n", qPrintable(v.constraint), qPrintable(v.object),
                    qPrintable(v.message));
        }
        if (!mps.isEmpty())
            QFile::remove(mps);
    }
    return failures == 0 ? 0 : 1;
}

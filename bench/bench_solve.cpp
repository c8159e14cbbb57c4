// SPDX-License-Identifier: GPL-3.0-or-later
// Solving synthetic campuses: WarmShell's solve() (aggregated pattern MILP) against three
// peers run in the same process run on the plain per-rack model of the same problem
// (writePerRackModel, free MPS): glpsol (GLPK), cbc (COIN-OR CBC, one thread) and HiGHS
// through scipy.optimize.milp (bench/milp_scipy.py, Debian's python3-scipy). For each target
// gap (0.5% and 0.1% by default) WarmShell solves with that relative gap and each peer gets
// the same time limit and is asked to stop at that gap, so a peer's time is its time to reach
// the target when it gets there. Each peer's gap comes from its own reported bound ("—" when
// it reports none). Prints one table row per site, target and solver, and WarmShell's speed-up
// against the fastest peer reaching the target.
//
// Usage: bench_solve [--generator synthetic|campus] [--time-limit S] [--sizes MW,MW,...]
//                    [--racks N,N,...] [--seeds S,S,...] [--recirculation on|off|both]
//                    [--objectives compute,gpus,idle-cost] [--gaps G,G]
//                    [--peers glpsol,cbc,highs|none] [--workdir DIR] [--repeat N] [--threads N]
//                    [--facility on|off] [--reserve on|off]
// Defaults: the synthetic generator (bench/syntheticsite.h) at sizes 1,20,100,1000,5000 MW;
// --generator campus (bench/campussite.h) takes --racks (default 50,1000), --seeds (default 1)
// and --recirculation (default off; both: each site without, then with). Objective compute,
// 300 s, gaps 0.005,0.001, all peers found on PATH, a temporary dir. Every WarmShell plan is
// re-checked by checkPlan; a violation fails the run. --reserve on turns the site's reserve
// policy on and makes every other system model of the fleet (in fleet order) interruptible:
// all its lots, capped to the model's lowest-power operating point or shed when it has none
// (lots of one model share their class), so about half of the lots are interruptible.
#include "campussite.h"
#include "catalog.h"
#include "facilityoverhead.h"
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
// file minimises, so the bound is below the incumbent. The last line's bound is glpsol's; after
// "INTEGER OPTIMAL SOLUTION FOUND" (search tree empty) it is the value itself.
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
    else if (run.output.contains(QLatin1String("RELATIVE MIP GAP TOLERANCE REACHED")))
        o.note = QStringLiteral("gap reached");
    else if (optimal)
        o.note = QStringLiteral("optimal");
    return o;
}

// cbc: "Objective value: X", "Lower bound: Y" (its best bound, printed when it stops short of
// a proof: time limit or "Optimal solution found (within gap tolerance)"), "Result - Optimal
// solution found" alone when it proved the optimum (no bound line; the bound is the value);
// "No feasible solution found" without a plan.
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
    static const QRegularExpression provenLine(QStringLiteral("Result - Optimal solution found\\s*\\n"));
    const bool withinGap = run.output.contains(QLatin1String("Result - Optimal solution found (within gap tolerance)"));
    const bool proven = !withinGap && run.output.contains(provenLine);
    const bool noPlan = run.output.contains(QLatin1String("No feasible solution found"))
        || run.output.contains(QLatin1String("Result - Stopped on time with no integer solution"));
    const auto value = number("Objective value:");
    if (value && !noPlan) {
        o.hasPlan = true;
        o.objective = m.reportedOffset + m.reportedScale * *value;
        std::optional<double> bound = number("Lower bound:");
        if (!bound && proven)
            bound = value;
        if (bound && std::isfinite(*bound)) {
            o.bound = m.reportedOffset + m.reportedScale * *bound;
            o.gap = relativeGap(o.objective, o.bound);
        }
    }
    o.note = proven                                             ? QStringLiteral("optimal")
        : withinGap                                             ? QStringLiteral("gap reached")
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

struct Settings
{
    bool campus = false;
    double timeLimit = 300;
    QList<double> sizes{ 1, 20, 100, 1000, 5000 }; // synthetic: MW of rack limits
    QList<int> racks{ 50, 1000 }; // campus
    QList<quint32> seeds{ 1 }; // campus
    QList<bool> recirculation{ false }; // campus
    std::vector<Objective> objectives{ Objective::Compute };
    QList<double> gaps{ 0.005, 0.001 };
    QStringList peers{ QStringLiteral("glpsol"), QStringLiteral("cbc"), QStringLiteral("highs") };
    QString workdir;
    int repeat = 3; // WarmShell solves per target (the median is reported)
    int threads = 0; // WarmShell's SolveOptions::threads (0: one per core)
    bool facility = false; // facility power on every node and unit (bench/facilityoverhead.h)
    bool reserve = false; // the reserve policy, half the models interruptible (markReserve)
};

// Comma-separated values read by `read` (false: not understood) into `out`.
template <typename T, typename Read> bool readList(const QString &text, QList<T> &out, Read read)
{
    out.clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<T> value = read(part);
        if (!value)
            return false;
        out << *value;
    }
    return !out.isEmpty();
}

// Reads the value of the option `name`; false when the option is not known or its value is
// not understood.
bool readOption(Settings &s, const QString &name, const QString &value)
{
    auto number = [](const QString &t) -> std::optional<double> {
        bool ok = false;
        const double v = t.toDouble(&ok);
        return ok ? std::optional(v) : std::nullopt;
    };
    auto integer = [](const QString &t) -> std::optional<int> {
        bool ok = false;
        const int v = t.toInt(&ok);
        return ok ? std::optional(v) : std::nullopt;
    };
    if (name == QLatin1String("--generator")) {
        s.campus = value == QLatin1String("campus");
        return s.campus || value == QLatin1String("synthetic");
    }
    if (name == QLatin1String("--time-limit")) {
        s.timeLimit = number(value).value_or(NAN); // refused by the range check
        return true;
    }
    if (name == QLatin1String("--sizes"))
        return readList(value, s.sizes, number);
    if (name == QLatin1String("--racks"))
        return readList(value, s.racks, integer);
    if (name == QLatin1String("--seeds"))
        return readList(value, s.seeds, [](const QString &t) -> std::optional<quint32> {
            bool ok = false;
            const quint32 v = t.toUInt(&ok);
            return ok ? std::optional(v) : std::nullopt;
        });
    if (name == QLatin1String("--recirculation")) {
        const QList<bool> both{ false, true };
        s.recirculation = value == QLatin1String("both") ? both : QList<bool>{ value == QLatin1String("on") };
        return value == QLatin1String("both") || value == QLatin1String("on") || value == QLatin1String("off");
    }
    if (name == QLatin1String("--objectives")) {
        QList<Objective> objectives;
        const bool ok = readList(value, objectives, [](const QString &t) { return enumFromKey<Objective>(t); });
        s.objectives.assign(objectives.begin(), objectives.end());
        return ok;
    }
    if (name == QLatin1String("--gaps"))
        return readList(value, s.gaps, number);
    if (name == QLatin1String("--peers")) {
        s.peers = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.peers.removeAll(QStringLiteral("none"));
        return true;
    }
    if (name == QLatin1String("--workdir")) {
        s.workdir = value;
        return !value.isEmpty();
    }
    if (name == QLatin1String("--facility")) {
        s.facility = value == QLatin1String("on");
        return s.facility || value == QLatin1String("off");
    }
    if (name == QLatin1String("--reserve")) {
        s.reserve = value == QLatin1String("on");
        return s.reserve || value == QLatin1String("off");
    }
    if (name == QLatin1String("--repeat") || name == QLatin1String("--threads")) {
        (name == QLatin1String("--repeat") ? s.repeat : s.threads) = integer(value).value_or(-1); // -1: refused
        return true;
    }
    return false;
}

// Null (after a message on stderr) when the arguments are not understood or out of range.
std::optional<Settings> parseSettings(const QStringList &args)
{
    Settings s;
    for (qsizetype i = 0; i < args.size(); i += 2)
        if (!readOption(s, args[i], i + 1 < args.size() ? args[i + 1] : QString())) {
            std::fprintf(stderr,
                "usage: bench_solve [--generator synthetic|campus] [--time-limit S] [--sizes MW,...] [--racks N,...] "
                "[--seeds S,...] [--recirculation on|off|both] [--objectives compute,gpus,idle-cost] [--gaps G,...] "
                "[--peers glpsol,cbc,highs|none] [--workdir DIR] [--repeat N] [--threads N] [--facility on|off] "
                "[--reserve on|off]\n");
            return std::nullopt;
        }
    std::sort(s.gaps.begin(), s.gaps.end(), std::greater<>()); // loosest first: peers re-run only if they reach it
    if (!(s.timeLimit > 0) || s.repeat < 1 || s.threads < 0
        || std::any_of(s.sizes.begin(), s.sizes.end(), [](double v) { return !(v > 0); })
        || std::any_of(s.racks.begin(), s.racks.end(), [](int v) { return v < 1; })
        || std::any_of(s.gaps.begin(), s.gaps.end(), [](double g) { return !(g > 0 && g < 1); })) {
        std::fprintf(stderr,
            "bench_solve: --time-limit, --sizes, --racks and --repeat must be positive, --threads at least 0, --gaps "
            "between 0 and 1\n");
        return std::nullopt;
    }
    return s;
}

// The reserve policy on, and every other system model of the fleet (fleet order) interruptible:
// all its lots, capped to the model's lowest-power operating point, or shed when it has none.
void markReserve(Project &p)
{
    p.site.allowInterruptibleOnReserve = true;
    std::vector<SystemModelId> models;
    for (const FleetLot &lot : p.fleet)
        if (std::find(models.begin(), models.end(), lot.model) == models.end())
            models.push_back(lot.model);
    for (FleetLot &lot : p.fleet) {
        const auto k = std::find(models.begin(), models.end(), lot.model) - models.begin();
        if (k % 2 == 0)
            continue;
        lot.loadClass = LoadClass::Interruptible;
        const SystemModel *m = p.model(lot.model, Catalog::builtIn());
        const OperatingPoint *lowest = nullptr;
        for (const OperatingPoint &op : m ? m->operatingPoints : std::vector<OperatingPoint>{})
            if (!lowest || op.powerFraction < lowest->powerFraction)
                lowest = &op;
        lot.cappedTo = lowest ? lowest->name : QString();
    }
}

// One site of the run: how to build it and how to name it in the table and in file names.
struct SiteSpec
{
    double megawatts = 0; // synthetic
    bench::CampusSiteOptions campus; // when megawatts is 0
    bool facility = false; // bench::addFacilityOverhead
    bool reserve = false; // markReserve
    QString label() const
    {
        const QString fac = QLatin1String(facility ? " fac" : "") + QLatin1String(reserve ? " rsv" : "");
        if (megawatts > 0)
            return (megawatts >= 1000 ? QStringLiteral("%1 GW").arg(megawatts / 1000)
                                      : QStringLiteral("%1 MW").arg(megawatts))
                + fac;
        return QStringLiteral("s%1%2").arg(campus.seed).arg(QLatin1String(campus.recirculation ? " rc" : "")) + fac;
    }
    QString fileTag() const
    {
        if (megawatts > 0)
            return QStringLiteral("%1mw%2%3")
                .arg(megawatts)
                .arg(QLatin1String(facility ? "-fac" : ""), QLatin1String(reserve ? "-rsv" : ""));
        return QStringLiteral("c%1-s%2%3%4%5")
            .arg(campus.racks)
            .arg(campus.seed)
            .arg(QLatin1String(campus.recirculation ? "-rc" : ""))
            .arg(QLatin1String(facility ? "-fac" : ""), QLatin1String(reserve ? "-rsv" : ""));
    }
    Project make() const
    {
        Project p = megawatts > 0 ? bench::makeSyntheticSiteByPower(megawatts) : bench::makeCampusSite(campus);
        if (facility)
            bench::addFacilityOverhead(p);
        if (reserve)
            markReserve(p);
        return p;
    }
};

std::vector<SiteSpec> sitesOf(const Settings &s)
{
    std::vector<SiteSpec> sites;
    if (!s.campus) {
        for (double mw : s.sizes)
            sites.push_back({ mw, {}, s.facility, s.reserve });
        return sites;
    }
    for (int racks : s.racks)
        for (quint32 seed : s.seeds)
            for (bool recirculation : s.recirculation)
                sites.push_back({ 0, { racks, seed, recirculation }, s.facility, s.reserve });
    return sites;
}

// The objective's name in the table's site column; none when the run has compute alone.
QString objectiveSuffix(const Settings &s, Objective objective)
{
    const bool computeOnly = s.objectives.size() == 1 && s.objectives.front() == Objective::Compute;
    return computeOnly ? QString() : QLatin1Char(' ') + keyOf(objective);
}

struct Peers
{
    QString glpsol, cbc, python, script;
};

class Table
{
public:
    explicit Table(int siteWidth) : m_siteWidth(siteWidth) { }
    void header() const
    {
        std::printf("%s %7s %6s  %-14s %9s  %16s  %9s  %-12s %s\n", qPrintable(pad(QStringLiteral("size"))), "racks",
            "target", "solver", "seconds", "objective", "gap", "ratio", "note");
    }
    void row(const QString &site, int racks, const QString &target, const Outcome &o, const QString &ratio) const
    {
        const QString objective = o.hasPlan ? QString::number(o.objective, 'f', 1) : QStringLiteral("no integer plan");
        const QString gap = o.hasPlan && std::isfinite(o.gap) ? QString::number(o.gap * 100, 'f', 3) + QLatin1Char('%')
                                                              : QStringLiteral("—");
        std::printf("%s %7d %6s  %-14s %9.2f  %16s  %s  %-12s %s\n", qPrintable(pad(site)), racks, qPrintable(target),
            qPrintable(o.solver), o.seconds, qPrintable(objective), qPrintable(gap.rightJustified(9)),
            qPrintable(ratio), qPrintable(o.note));
        std::fflush(stdout);
    }
    // A line about the site that is not a solver's row.
    void note(const QString &site, int racks, const QString &text) const
    {
        std::printf("%s %7d %s\n", qPrintable(pad(site)), racks, qPrintable(text));
        std::fflush(stdout);
    }

private:
    QString pad(const QString &text) const { return text.leftJustified(m_siteWidth); }
    int m_siteWidth;
};

// Peak resident memory of this process (WarmShell's solves; peers run as children), MB.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// One site and objective: its per-rack model, and which peers are still in the race.
struct Race
{
    Race(const Settings &settings, const Peers &peers, const Table &table, const SiteSpec &spec, const Project &project,
        const QString &label)
        : settings(settings), peers(peers), table(table), spec(spec), project(project), label(label)
    {
    }

    const Settings &settings;
    const Peers &peers;
    const Table &table;
    const SiteSpec &spec;
    const Project &project;
    QString label;
    SolveOptions options;
    double rackKw = 0;
    QString mps;
    PerRackModelSummary summary;
    QString writeError;
    QStringList reachedLooser; // peers still in the race
    int failures = 0;

    int racks() const { return int(project.site.racks.size()); }
    Outcome runWarmShell(double target, std::vector<PlanViolation> &violations);
    std::vector<Outcome> runPeers(double target);
    void runTarget(double target);
};

// WarmShell's solve() `settings.repeat` times and once on one thread; the first plan re-checked.
Outcome Race::runWarmShell(double target, std::vector<PlanViolation> &violations)
{
    options.relativeGap = target;
    const CapacityPlan plan = solve(project, Catalog::builtIn(), options);
    violations = checkPlan(project, Catalog::builtIn(), plan);
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
    for (int k = 1; k < settings.repeat; ++k) {
        const CapacityPlan again = solve(project, Catalog::builtIn(), options);
        runs.push_back(again.seconds);
        reproducible = reproducible && same(again);
    }
    double oneThread = NAN;
    if (settings.threads != 1) {
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
        plan.status == PlanStatus::Optimal || plan.status == PlanStatus::Feasible, plan.objectiveValue, plan.bound,
        plan.gap,
        QStringLiteral("%1, %2; plan checker: %3; %6; peak memory %4 MB (%5 MW of rack limits)")
            .arg(plan.method, keyOf(plan.status),
                violations.empty() ? QStringLiteral("valid") : QStringLiteral("%1 violations").arg(violations.size()))
            .arg(peakMegabytes(), 0, 'f', 0)
            .arg(rackKw / 1000, 0, 'f', 1)
            .arg(runsNote) };
    if (ours.gap > target + 1e-9)
        ours.note += QStringLiteral("; target missed");
    return ours;
}

// The peers on the per-rack model (written on first use), asked to stop at `target`.
std::vector<Outcome> Race::runPeers(double target)
{
    if (mps.isEmpty() && !reachedLooser.isEmpty()) {
        QElapsedTimer writing;
        writing.start();
        mps = QDir(settings.workdir).filePath(QStringLiteral("per-rack-%1.mps").arg(spec.fileTag()));
        writeError = writePerRackModel(project, Catalog::builtIn(), options, mps, ModelFormat::Mps, &summary);
        if (writeError.isEmpty())
            table.note(label, racks(),
                QString::asprintf(
                    "%6s  per-rack model: %d rows, %d columns (%d integer), %d nonzeros, written in %.2f s", "",
                    summary.rows, summary.columns, summary.integerColumns, summary.nonzeros,
                    writing.nsecsElapsed() / 1e9));
    }
    std::vector<Outcome> results;
    if (!writeError.isEmpty()) {
        table.note(label, racks(), QStringLiteral(" cannot write the per-rack model: ") + writeError);
        ++failures;
        return results;
    }
    const QString limit = QString::number(int(std::ceil(settings.timeLimit)));
    const QString stop = QString::number(target, 'g', 6);
    const double timeLimit = settings.timeLimit;
    for (const QString &peer : settings.peers) {
        if (!reachedLooser.contains(peer)) {
            results.push_back({ peer, 0, false, 0, NAN, NAN, QStringLiteral("not run: missed the looser target") });
            continue;
        }
        if (peer == QLatin1String("glpsol") && !peers.glpsol.isEmpty())
            results.push_back(parseGlpsol(runPeer(peers.glpsol,
                                              { QStringLiteral("--freemps"), mps, QStringLiteral("--tmlim"), limit,
                                                  QStringLiteral("--mipgap"), stop },
                                              timeLimit),
                summary));
        else if (peer == QLatin1String("cbc") && !peers.cbc.isEmpty())
            results.push_back(
                parseCbc(runPeer(peers.cbc,
                             { mps, QStringLiteral("sec"), limit, QStringLiteral("threads"), QStringLiteral("1"),
                                 QStringLiteral("ratio"), stop, QStringLiteral("solve") },
                             timeLimit),
                    summary));
        else if (peer == QLatin1String("highs") && !peers.python.isEmpty())
            results.push_back(
                parseHighs(runPeer(peers.python, { peers.script, mps, limit, stop }, timeLimit), summary));
        else
            results.push_back({ peer, 0, false, 0, NAN, NAN, QStringLiteral("not found on this machine") });
        const Outcome &o = results.back();
        if (!(o.hasPlan && std::isfinite(o.gap) && o.gap <= target + 1e-6 && o.seconds <= timeLimit + 1))
            reachedLooser.removeAll(peer);
    }
    return results;
}

// WarmShell and the peers at one target gap: their rows and WarmShell's ratio.
void Race::runTarget(double target)
{
    const QString targetText = QString::number(target * 100, 'g', 3) + QLatin1Char('%');
    std::vector<PlanViolation> violations;
    const Outcome ours = runWarmShell(target, violations);
    const std::vector<Outcome> results = runPeers(target);
    double bestPeer = INFINITY;
    for (const Outcome &o : results)
        if (o.hasPlan && std::isfinite(o.gap) && o.gap <= target + 1e-6)
            bestPeer = std::min(bestPeer, o.seconds);
    const double oursSeconds = std::max(ours.seconds, 1e-3);
    const QString ratio = std::isfinite(bestPeer)
        ? QStringLiteral("%1x").arg(bestPeer / oursSeconds, 0, 'g', 3)
        : QStringLiteral(">%1x").arg(settings.timeLimit / oursSeconds, 0, 'g', 3);
    table.row(label, racks(), targetText, ours, ratio);
    for (const Outcome &o : results)
        table.row(label, racks(), targetText, o, QString());
    for (const PlanViolation &v : violations)
        std::printf(
            "    violation: %s %s: %s\n", qPrintable(v.constraint), qPrintable(v.object), qPrintable(v.message));
}

// One site: validated, then each objective at each target gap; returns the failures.
int benchSite(const Settings &settings, const Peers &peers, const Table &table, const SiteSpec &spec)
{
    const Project project = spec.make();
    const int racks = int(project.site.racks.size());
    const auto problems = validateProject(project, Catalog::builtIn());
    if (!problems.empty()) {
        table.note(spec.label(), racks,
            QStringLiteral(" %1 site has %2 validation problems, first: %3")
                .arg(QLatin1String(spec.megawatts > 0 ? "synthetic" : "campus"))
                .arg(problems.size())
                .arg(problems.front().toString()));
        return 1;
    }
    double rackKw = 0;
    for (const Rack &r : project.site.racks)
        rackKw += r.powerLimit.value();
    int failures = 0;
    for (const Objective objective : settings.objectives) {
        Race race(settings, peers, table, spec, project, spec.label() + objectiveSuffix(settings, objective));
        race.options.objectives = { objective };
        race.options.timeLimitSeconds = settings.timeLimit;
        race.options.threads = settings.threads;
        race.options.marginalValues = false; // the peers solve one model; so does this run
        race.rackKw = rackKw;
        race.reachedLooser = settings.peers;
        for (const double target : settings.gaps)
            race.runTarget(target);
        if (!race.mps.isEmpty())
            QFile::remove(race.mps);
        failures += race.failures;
    }
    return failures;
}

void printIntroduction(const Settings &s)
{
    const bool computeOnly = s.objectives.size() == 1 && s.objectives.front() == Objective::Compute;
    QStringList objectives;
    for (const Objective o : s.objectives)
        objectives << keyOf(o);
    const QString what = computeOnly
        ? QStringLiteral("objective: most BF16 compute (PFLOPS)")
        : QStringLiteral("objectives, one at a time: %1 (compute: BF16 PFLOPS; idle-cost: idle depreciation per month, "
                         "minimised)")
              .arg(objectives.join(QStringLiteral(", ")));
    std::printf("bench_solve: time limit %.0f s per solver; %s; peers on one thread,\nWarmShell's part LPs on %s\n",
        s.timeLimit, qPrintable(what),
        s.threads == 0 ? "one thread per core (the note gives its time on one thread too)"
                       : qPrintable(QStringLiteral("%1 thread(s)").arg(s.threads)));
    if (s.campus)
        std::printf(
            "Sites: bench/campussite.h, %s racks; size column: seed, \"rc\" with recirculation\n", qPrintable([&] {
                QStringList racks;
                for (int r : s.racks)
                    racks << QString::number(r);
                return racks.join(QLatin1Char(','));
            }()));
    std::printf(
        "Each target gap: WarmShell's solve() with that relativeGap, %d time(s) in this process (seconds: the median;\n"
        "the note lists each run, the first on a cold heap, and checks they give the same plan value; the first plan\n"
        "re-checked by the independent plan checker), then each peer on the per-rack model asked to stop at that gap\n"
        "(a peer that misses the looser target is not run for the tighter one). ratio = time of the fastest peer\n"
        "reaching the target / WarmShell's time (\">\": no peer reached it, so the limit is used).\n\n",
        s.repeat);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::optional<Settings> settings = parseSettings(app.arguments().mid(1));
    if (!settings)
        return 2;
    QTemporaryDir temporary;
    if (settings->workdir.isEmpty())
        settings->workdir = temporary.path();
    QDir().mkpath(settings->workdir);

    Peers peers;
    peers.glpsol = QStandardPaths::findExecutable(QStringLiteral("glpsol"));
    peers.cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    peers.python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    peers.script = QStringLiteral(WARMSHELL_BENCH_DIR "/milp_scipy.py");

    const std::vector<SiteSpec> sites = sitesOf(*settings);
    int siteWidth = 8;
    for (const SiteSpec &site : sites)
        for (const Objective o : settings->objectives)
            siteWidth = std::max(siteWidth, int((site.label() + objectiveSuffix(*settings, o)).size()));
    const Table table(siteWidth);
    printIntroduction(*settings);
    table.header();
    int failures = 0;
    for (const SiteSpec &site : sites)
        failures += benchSite(*settings, peers, table, site);
    return failures == 0 ? 0 : 1;
}

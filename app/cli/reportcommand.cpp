// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli report FILE --out PLAN.pdf [options]: run by the desktop app, without a window.
#include "arguments.h"
#include "commands.h"
#include "commandsupport.h"
#include "planarguments.h"
#include "reportarguments.h"
#include "solveoptionsparser.h"
#include "standardstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <atomic>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace warmshell::cli {

namespace {

constexpr SolveOptionSet kSolveOptions{ SolveOption::Objective, SolveOption::Precision, SolveOption::Date };

// The desktop app's command line for the report, or the usage error in `error`: checked here
// with the same parser the app uses, so that a usage error names this tool's usage.
QStringList desktopArguments(const Arguments &arguments, QString &error)
{
    const QString file = projectFile(arguments, error);
    if (file.isEmpty())
        error = QStringLiteral("report needs a FILE");
    if (!error.isEmpty())
        return {};
    if (!arguments.isSet(QStringLiteral("out"))) {
        error = QStringLiteral("report needs --out PLAN.pdf");
        return {};
    }
    SolveOptions unused;
    if (error = readSolveOptions(arguments, kSolveOptions, unused); !error.isEmpty())
        return {};
    ReportArguments sections; // the candidates are resolved by the app, which reads the project
    if (error = readReportArguments(arguments, sections); !error.isEmpty())
        return {};
    QStringList forwarded{ QStringLiteral("--report"), file };
    for (const CommandOption &o : reportOptions())
        if (arguments.isSet(o.name) && o.valueName.isEmpty())
            forwarded << QStringLiteral("--") + o.name;
        else if (arguments.isSet(o.name))
            forwarded << QStringLiteral("--") + o.name << arguments.value(o.name);
    return forwarded;
}

// The signals that stop warmshell-cli report: each is forwarded to the desktop app, which is
// waited for; the tool then exits with 128 + the signal's number.
constexpr int kStopSignals[] = { SIGTERM, SIGINT, SIGHUP };

// Shared with stopSignalHandler, which may run at any moment: the desktop app's pid while it
// runs (0 before and after), and the first stop signal received (0: none).
std::atomic<pid_t> s_childPid{ 0 };
volatile std::sig_atomic_t s_stopSignal = 0;

extern "C" void stopSignalHandler(int signal)
{
    if (s_stopSignal == 0)
        s_stopSignal = signal;
    if (const pid_t child = s_childPid.load(); child > 0)
        ::kill(child, signal);
}

// While it lives, SIGTERM, SIGINT and SIGHUP are recorded and forwarded to the child whose pid
// is given to setChild, instead of ending this process; the previous handlers come back after.
class StopSignalForwarding
{
public:
    StopSignalForwarding()
    {
        s_stopSignal = 0;
        struct sigaction action = {};
        action.sa_handler = stopSignalHandler;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(kStopSignals); ++i)
            sigaction(kStopSignals[i], &action, &m_previous[i]);
    }
    ~StopSignalForwarding()
    {
        s_childPid = 0;
        for (size_t i = 0; i < std::size(kStopSignals); ++i)
            sigaction(kStopSignals[i], &m_previous[i], nullptr);
    }
    StopSignalForwarding(const StopSignalForwarding &) = delete;
    StopSignalForwarding &operator=(const StopSignalForwarding &) = delete;

    // From now on stop signals go to `child` too; one that came before is sent at once.
    void setChild(pid_t child)
    {
        s_childPid = child;
        if (const int signal = s_stopSignal; signal != 0 && child > 0)
            ::kill(child, signal);
    }
    // The first stop signal received, or 0.
    int received() const { return s_stopSignal; }

private:
    struct sigaction m_previous[std::size(kStopSignals)];
};

// Runs `app` with `args`, relays what it writes and maps its exit code. The app reads this
// process's standard input (a project FILE of "-"); with `pdfToStandardOutput` (--out -) it
// writes to this process's standard output itself, else what it prints is relayed as notes.
// A stop signal (SIGTERM, SIGINT, SIGHUP) is forwarded to the app, which is waited for: 128 +
// the signal's number then, and no app is left running. The app also gets SIGTERM if this
// process dies.
int runDesktopApp(const QString &app, const QStringList &args, bool pdfToStandardOutput, const Invocation &in)
{
    StopSignalForwarding forwarding;
    QProcess process;
    process.setProcessChannelMode(pdfToStandardOutput ? QProcess::ForwardedOutputChannel : QProcess::SeparateChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    in.out.flush();
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the tool died before prctl took effect
            ::_exit(128 + SIGTERM);
    });
    bool finished = false;
    if (forwarding.received() == 0) {
        process.start(app, args);
        forwarding.setChild(pid_t(process.processId()));
        finished = process.waitForFinished(-1);
        forwarding.setChild(0); // reaped: its pid may be reused
    }
    if (!pdfToStandardOutput)
        in.notes << QString::fromLocal8Bit(process.readAllStandardOutput());
    in.err.relay(Diagnostics::Kind::DesktopApp, QString::fromLocal8Bit(process.readAllStandardError()));
    if (const int signal = forwarding.received(); signal != 0) {
        in.err.error(Diagnostics::Kind::DesktopApp,
            QStringLiteral("report stopped by signal %1 (%2)")
                .arg(signal)
                .arg(QString::fromLocal8Bit(strsignal(signal))));
        return 128 + signal;
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit) {
        in.err.error(
            Diagnostics::Kind::DesktopApp, QStringLiteral("%1 did not finish: %2").arg(app, process.errorString()));
        return InvalidInput;
    }
    return process.exitCode() == 0 ? Ok : (process.exitCode() == 2 ? UsageError : InvalidInput);
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
        "Usage: warmshell-cli report FILE --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
        "                    [--precision bf16|fp8|fp4] [--date YYYY-MM-DD] [--force]\n"
        "                    [--sections LIST] [--risk-samples N --seed S [--threads T]]\n"
        "                    [--budget USD --candidates LIST [--horizon Q] [--lead-time Q]\n"
        "                     [--discount RATE] [--procurement-objective compute|net] [--value USD]]\n"
        "\n"
        "Solves FILE and writes the capacity plan report: summary, per-generation table, floor plan\n"
        "coloured by utilisation, charts, marginal values, assumptions, and the sections chosen:\n"
        "  --sections LIST      none, or a list of: timeline (the timeline as 'timeline FILE' and the\n"
        "                       generation comparison as 'compare FILE' at the plan's date and\n"
        "                       precision), contingencies (every single failure, as 'contingencies'),\n"
        "                       scenarios (side by side, when FILE has scenarios), risk, procurement.\n"
        "                       Default: timeline,contingencies,scenarios, with risk and procurement\n"
        "                       when their options are given. A section left out is said so\n"
        "  --risk-samples N     the Risk page: the Monte Carlo run, as 'risk FILE --samples N --seed S'\n"
        "                       with the report's --objective and --precision\n"
        "  --seed S             seed of the run (needed with --risk-samples)\n"
        "  --threads T          samples run at once (default: one per core)\n"
        "  --budget USD         the Procurement page: the order schedule 'procure FILE' computes for\n"
        "                       the same --budget, --candidates, --horizon, --lead-time, --discount\n"
        "                       and --value ('procure --help' describes them)\n"
        "  --procurement-objective O  procure's --objective: compute (default) or net\n"
        "The PDF is drawn by the desktop app 'warmshell' installed next to this tool (run without a\n"
        "window), so this tool itself links no GUI library. PLAN.pdf is replaced only by a complete\n"
        "report; --force writes it even if it is FILE itself (by default that is refused).\n"
        "Exit codes: 0 written, 1 invalid input, write error or no 'warmshell' found, 2 usage error,\n"
        "128+N stopped by signal N (SIGTERM, SIGINT, SIGHUP: passed on to 'warmshell', which is waited for).\n");
}

CommandOptions reportOptions()
{
    return CommandOptions{ fileOption("out", "PLAN.pdf"), forceOption() } + solveCommandOptions(kSolveOptions)
        + reportSectionOptions();
}

int runReport(const Invocation &in)
{
    QString error;
    const QStringList forwarded = desktopArguments(in.arguments, error);
    if (!error.isEmpty())
        return in.usageError(error);
    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("warmshell"));
    if (!QFileInfo(app).isExecutable()) {
        in.err.error(Diagnostics::Kind::DesktopApp,
            QStringLiteral("the report is drawn by the desktop app, which was not found at %1 (install WarmShell "
                           "with its desktop app)")
                .arg(app));
        return InvalidInput;
    }
    const bool pdfToStandardOutput = in.arguments.value(QStringLiteral("out")) == QLatin1String(kStandardStreamName);
    return runDesktopApp(app, forwarded, pdfToStandardOutput, in);
}

} // namespace warmshell::cli

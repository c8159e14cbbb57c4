// SPDX-License-Identifier: GPL-3.0-or-later
// The WarmShell desktop app. Usage: warmshell [--screenshot FILE.png] [PROJECT]
//                                  warmshell --report PROJECT --out PLAN.pdf [options]
// Opens PROJECT, or the built-in campus example when none is given. With --screenshot it
// shows the window at 1400×900 (or $WARMSHELL_SCREENSHOT_SIZE, "WIDTHxHEIGHT", as ./dev
// screenshots sets it), saves a grab of it to FILE.png and exits (0 on success).
// Exits with 2 on a usage error (unknown option, missing value, two projects) and when there is
// no display to show a window on.

#include "catalog.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/reportarguments.h"
#include "cli/solveoptionsparser.h"
#include "filename.h"
#include "language.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "report/capacityreport.h"
#include "solve/solvecontroller.h"
#include "solver/solver.h"
#include "standardstream.h"
#include "theme.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using warmshell::cli::Arguments;
using warmshell::cli::Positionals;
using warmshell::cli::SolveOption;

// The solve options --report takes, described and read as warmshell-cli reads them.
constexpr warmshell::cli::SolveOptionSet kReportSolveOptions{ SolveOption::Objective, SolveOption::Precision,
    SolveOption::Date };

// True when Qt has nowhere to show a window: the platform is the default, xcb or wayland
// (not offscreen, minimal, eglfs...) and neither DISPLAY nor WAYLAND_DISPLAY is set.
bool lacksDisplay()
{
    const auto env = [](const char *name) {
        const char *value = std::getenv(name);
        return QByteArray(value ? value : "");
    };
    const QByteArray platform = env("QT_QPA_PLATFORM");
    const bool needsDisplay = platform.isEmpty() || platform.startsWith("xcb") || platform.startsWith("wayland");
    return needsDisplay && env("DISPLAY").isEmpty() && env("WAYLAND_DISPLAY").isEmpty();
}

void printUsage(FILE *out)
{
    const QString usage
        = QStringLiteral(
              "Usage: warmshell [--theme system|light|dark] [--lang system|en|zh_CN] [--screenshot FILE.png]\n"
              "                 [PROJECT.warmshell.json]\n"
              "       warmshell --report PROJECT --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
              "                 [--precision bf16|fp8|fp4] [--date YYYY-MM-DD] [--force]\n"
              "Opens PROJECT, or the built-in campus example when none is given.\n"
              "  --theme T              system (default: the desktop's), light or dark (Fusion)\n"
              "  --lang L               language of the window for this run: system, en or zh_CN\n"
              "                         (default: View > Language, else the system's)\n"
              "  --screenshot FILE.png  show the window, save a picture of it and exit\n"
              "  --report PROJECT       solve PROJECT and write the capacity plan report (PDF) to\n"
              "                         --out; needs no display. Exit codes: 0 written, 1 invalid\n"
              "                         input or write error, 2 usage error\n"
              "  --force                with --report: --out may be PROJECT itself\n"
              "  --sections LIST, --risk-samples N, --seed S, --threads T, --budget USD, --candidates\n"
              "  LIST, ...              with --report: its sections, as 'warmshell-cli report --help'\n"
              "                         describes them\n")
        + warmshell::cli::solveOptionsHelp(kReportSolveOptions, 25)
        + QStringLiteral("  --version              print the version and exit\n");
    std::fputs(usage.toLocal8Bit().constData(), out);
}

// The program's arguments, without its name; file names in them keep any bytes that are not
// UTF-8 (fileNameFromBytes).
QStringList commandLine(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << warmshell::fileNameFromBytes(QByteArray(argv[i]));
    return args;
}

struct ReportRequest
{
    QString project, out;
    warmshell::SolveOptions options;
    warmshell::cli::ReportArguments sections; // what the report computes besides the plan
    bool force = false; // --force: --out may be the project itself
};

// warmshell --report PROJECT --out PLAN.pdf [solve options]; returns the usage error, or empty.
QString parseReportArguments(const QStringList &args, ReportRequest &request)
{
    // The options of `warmshell-cli report`, which passes its own on.
    Arguments arguments(warmshell::cli::CommandOptions{ warmshell::cli::fileOption("report", "PROJECT") }
        + warmshell::cli::reportOptions());
    QString error = arguments.parse(args, Positionals::None);
    if (error.isEmpty())
        error = warmshell::cli::readSolveOptions(arguments, kReportSolveOptions, request.options);
    if (error.isEmpty())
        error = warmshell::cli::readReportArguments(arguments, request.sections);
    request.project = arguments.value(QStringLiteral("report"));
    request.out = arguments.value(QStringLiteral("out"));
    request.force = arguments.isSet(QStringLiteral("force"));
    if (error.isEmpty() && (request.project.isEmpty() || request.out.isEmpty()))
        error = QStringLiteral("--report needs a PROJECT and --out PLAN.pdf");
    return error;
}

// The analyses `request` asks for, its procurement candidates resolved against `project`.
// Returns the usage error (a candidate the project does not know), or empty.
QString reportRequest(
    const ReportRequest &request, const warmshell::Project &project, warmshell::ui::ReportRequest &out)
{
    const warmshell::cli::ReportArguments &sections = request.sections;
    out.timeline = sections.timeline;
    out.contingencies = sections.contingencies;
    out.scenarios = sections.scenarios;
    out.risk = sections.risk;
    if (sections.procurement) {
        warmshell::cli::ProcurementArguments procurement = *sections.procurement;
        if (const QString error = warmshell::cli::resolveProcurementCandidates(procurement, project); !error.isEmpty())
            return error;
        procurement.input.precision = request.options.precision;
        out.procurement = procurement.input;
    }
    return {};
}

// Loads, solves and writes the report of `request`: 0 written, 1 refused, unsolvable or not
// written, 2 a procurement candidate the project does not know.
int writeReport(const ReportRequest &request)
{
    const QString &file = request.project;
    warmshell::LoadResult loaded = warmshell::loadProject(file);
    if (!loaded.ok()) {
        for (const warmshell::Problem &problem : loaded.errors)
            std::fprintf(stderr, "warmshell: %s: %s\n", qPrintable(file), qPrintable(problem.toString()));
        return 1;
    }
    warmshell::ui::ReportRequest analysesWanted;
    if (const QString error = reportRequest(request, *loaded.project, analysesWanted); !error.isEmpty()) {
        std::fprintf(stderr, "warmshell: %s\n", qPrintable(error));
        return 2;
    }
    const warmshell::Catalog &catalog = warmshell::Catalog::builtIn();
    const warmshell::CapacityPlan plan = warmshell::solve(*loaded.project, catalog, request.options);
    if (plan.status == warmshell::PlanStatus::Failed) {
        std::fprintf(stderr, "warmshell: %s cannot be solved:\n", qPrintable(file));
        for (const QString &line : plan.explanations)
            std::fprintf(stderr, "  %s\n", qPrintable(line));
        return 1;
    }
    const warmshell::ui::ReportAnalyses analyses
        = warmshell::ui::CapacityReport::analyse(*loaded.project, catalog, plan, analysesWanted);
    const QString written = warmshell::ui::CapacityReport::write(
        *loaded.project, catalog, plan, request.out, analyses, warmshell::OutputGuard{ { file }, request.force });
    if (!written.isEmpty()) {
        std::fprintf(stderr, "warmshell: %s\n", qPrintable(written));
        return 1;
    }
    if (request.out != QLatin1String(warmshell::kStandardStreamName)) // there, the PDF itself
        std::printf("wrote %s\n", qPrintable(request.out));
    return 0;
}

// warmshell --report PROJECT --out PLAN.pdf [...]: solves and writes the report, no window.
int runReport(int argc, char *argv[])
{
    ReportRequest request;
    if (const QString error = parseReportArguments(commandLine(argc, argv), request); !error.isEmpty()) {
        std::fprintf(stderr, "warmshell: %s\n\n", qPrintable(error));
        printUsage(stderr);
        return 2;
    }
    // The report draws charts through widgets, but never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WarmShell"));
    QApplication::setApplicationVersion(QStringLiteral(WARMSHELL_VERSION));
    return writeReport(request);
}

bool asksForReport(const QStringList &args)
{
    return std::any_of(args.begin(), args.end(),
        [](const QString &a) { return a == QLatin1String("--report") || a.startsWith(QLatin1String("--report=")); });
}

struct WindowRequest
{
    QString screenshot; // empty: show the window and run
    QString project; // empty: the campus example
    QString theme = QStringLiteral("system"); // theme::applyTheme's name
    std::optional<warmshell::ui::language::Choice> language; // --lang; nothing: the saved choice
};

// warmshell [--screenshot FILE.png] [PROJECT]: fills `request`, or returns the exit code when
// the command line is answered (--help, --version: 0) or refused as a usage error (2, like
// warmshell-cli: unknown option, missing value, more than one project; the reason on stderr).
std::optional<int> parseWindowArguments(const QStringList &args, WindowRequest &request)
{
    Arguments arguments({ warmshell::cli::fileOption("screenshot", "FILE.png"), warmshell::cli::flagOption("help"),
        warmshell::cli::flagOption("h"), warmshell::cli::flagOption("version"),
        warmshell::cli::choiceOption(
            "theme", "T", { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") }),
        warmshell::cli::choiceOption(
            "lang", "L", { QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN") }) });
    if (const QString error = arguments.parse(args, Positionals::Files); !error.isEmpty()) {
        std::fprintf(stderr, "warmshell: %s\n", qPrintable(error));
        printUsage(stderr);
        return 2;
    }
    if (arguments.isSet(QStringLiteral("help")) || arguments.isSet(QStringLiteral("h"))) {
        printUsage(stdout);
        return 0;
    }
    if (arguments.isSet(QStringLiteral("version"))) {
        std::printf("warmshell %s\n", WARMSHELL_VERSION);
        return 0;
    }
    const QStringList projects = arguments.positionalArguments();
    if (projects.size() > 1) {
        std::fputs("warmshell: give at most one project file\n", stderr);
        return 2;
    }
    request.screenshot = arguments.value(QStringLiteral("screenshot"));
    if (arguments.isSet(QStringLiteral("theme")))
        request.theme = arguments.value(QStringLiteral("theme"));
    if (request.theme != QLatin1String("system") && request.theme != QLatin1String("light")
        && request.theme != QLatin1String("dark")) {
        std::fprintf(stderr, "warmshell: --theme must be system, light or dark, got '%s'\n", qPrintable(request.theme));
        return 2;
    }
    if (arguments.isSet(QStringLiteral("lang"))) {
        const QString lang = arguments.value(QStringLiteral("lang"));
        request.language = warmshell::ui::language::fromCode(lang);
        if (!request.language) {
            std::fprintf(stderr, "warmshell: --lang must be system, en or zh_CN, got '%s'\n", qPrintable(lang));
            return 2;
        }
    }
    request.project = projects.value(0);
    return std::nullopt;
}

void setUpApplication()
{
    QApplication::setOrganizationName(QStringLiteral("WarmShell"));
    QApplication::setApplicationName(QStringLiteral("WarmShell"));
    QApplication::setApplicationVersion(QStringLiteral(WARMSHELL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.warmshell.WarmShell"));
}

// The size of --screenshot's window: $WARMSHELL_SCREENSHOT_SIZE ("WIDTHxHEIGHT"), else 1400×900.
QSize screenshotSize()
{
    const QStringList parts = qEnvironmentVariable("WARMSHELL_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    return size.isValid() && !size.isEmpty() ? size : QSize(1400, 900);
}

// Shows `fileName` at screenshotSize() and saves a grab of the window to `screenshot` once the first
// plan is shown (or after 60 s without one): 0 saved with no open errors, else 1.
int saveScreenshot(
    QApplication &app, warmshell::ui::MainWindow &window, const QString &fileName, const QString &screenshot)
{
    const QStringList errors = window.openFile(fileName);
    for (const QString &error : errors)
        std::fprintf(stderr, "warmshell: %s: %s\n", qPrintable(fileName), qPrintable(error));
    window.resize(screenshotSize());
    window.show();
    int status = 1;
    const auto grab = [&] {
        const QPixmap pixmap = window.grab();
        if (pixmap.save(screenshot)) {
            status = errors.isEmpty() ? 0 : 1;
        } else {
            std::fprintf(stderr, "warmshell: cannot write %s\n", qPrintable(screenshot));
        }
        app.quit();
    };
    warmshell::ui::SolveController *solver = window.solveController();
    QObject::connect(
        solver, &warmshell::ui::SolveController::planReady, &window, [&] { QTimer::singleShot(300, &window, grab); },
        Qt::SingleShotConnection);
    QTimer::singleShot(errors.isEmpty() ? 60000 : 300, &window, grab);
    app.exec();
    return status;
}

int showWindow(QApplication &app, warmshell::ui::MainWindow &window, const QString &fileName)
{
    const QStringList errors = window.openFile(fileName);
    window.show();
    // Once the event loop runs, so the boxes have their window behind them; the unsaved work
    // of instances that did not close is offered whichever file was opened.
    QTimer::singleShot(0, &window, [&] {
        if (!errors.isEmpty())
            window.showOpenErrors(fileName, errors);
        window.offerRecovery();
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = commandLine(argc, argv);
    if (asksForReport(args))
        return runReport(argc, argv);
    WindowRequest request;
    if (const std::optional<int> exitCode = parseWindowArguments(args, request))
        return *exitCode;
    if (lacksDisplay()) {
        std::fputs("warmshell: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run the desktop app under a virtual X server:  xvfb-run -a ./dev run\n"
                   "or use the command-line tool:  ./dev run --cli validate FILE  |  ./dev run --cli catalog\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setUpApplication();
    namespace language = warmshell::ui::language;
    language::apply(app, language::localeOf(request.language.value_or(language::savedChoice())));
    warmshell::ui::theme::applyTheme(app, request.theme); // the name was checked above
    warmshell::ui::MainWindow window;
    const QString fileName = request.project.isEmpty() ? warmshell::ui::MainWindow::campusExample() : request.project;
    return request.screenshot.isEmpty() ? showWindow(app, window, fileName)
                                        : saveScreenshot(app, window, fileName, request.screenshot);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The WarmShell desktop app. Usage: warmshell [--screenshot FILE.png] [PROJECT]
//                                  warmshell --report PROJECT --out PLAN.pdf [options]
// Opens PROJECT, or the built-in campus example when none is given. With --screenshot it
// shows the window at 1400×900, saves a grab of it to FILE.png and exits (0 on success).
// Exits with 2 when there is no display to show a window on.

#include "catalog.h"
#include "enumkeys.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "report/capacityreport.h"
#include "solve/solvecontroller.h"
#include "solver/solver.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

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
    std::fputs("Usage: warmshell [--screenshot FILE.png] [PROJECT.warmshell.json]\n"
               "       warmshell --report PROJECT --out PLAN.pdf [--objective compute|gpus|idle-cost]\n"
               "                 [--precision bf16|fp8|fp4] [--date YYYY-MM-DD]\n"
               "Opens PROJECT, or the built-in campus example when none is given.\n"
               "  --screenshot FILE.png  show the window, save a picture of it and exit\n"
               "  --report PROJECT       solve PROJECT and write the capacity plan report (PDF) to\n"
               "                         --out; needs no display. Exit codes: 0 written, 1 invalid\n"
               "                         input or write error, 2 usage error\n"
               "  --version              print the version and exit\n",
        out);
}

// warmshell --report PROJECT --out PLAN.pdf [...]: solves and writes the report, no window.
int runReport(int argc, char *argv[])
{
    QString file, out, error;
    warmshell::SolveOptions options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (arg == "--report" && hasValue) {
            file = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--out" && hasValue) {
            out = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--objective" && hasValue) {
            const auto o = warmshell::enumFromKey<warmshell::Objective>(QString::fromLocal8Bit(argv[++i]));
            if (!o)
                error = QStringLiteral("--objective must be compute, gpus or idle-cost");
            else
                options.objectives = { *o };
        } else if (arg == "--precision" && hasValue) {
            const auto p = warmshell::enumFromKey<warmshell::Precision>(QString::fromLocal8Bit(argv[++i]));
            if (!p)
                error = QStringLiteral("--precision must be bf16, fp8 or fp4");
            else
                options.precision = *p;
        } else if (arg == "--date" && hasValue) {
            options.date = QDate::fromString(QString::fromLocal8Bit(argv[++i]), Qt::ISODate);
            if (!options.date.isValid())
                error = QStringLiteral("--date must be YYYY-MM-DD");
        } else {
            error = QStringLiteral("unexpected argument '%1'").arg(QString::fromLocal8Bit(arg));
        }
        if (!error.isEmpty())
            break;
    }
    if (error.isEmpty() && (file.isEmpty() || out.isEmpty()))
        error = QStringLiteral("--report needs a PROJECT and --out PLAN.pdf");
    if (!error.isEmpty()) {
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

    warmshell::LoadResult loaded = warmshell::loadProject(file);
    if (!loaded.ok()) {
        for (const warmshell::Problem &problem : loaded.errors)
            std::fprintf(stderr, "warmshell: %s: %s\n", qPrintable(file), qPrintable(problem.toString()));
        return 1;
    }
    const warmshell::Catalog &catalog = warmshell::Catalog::builtIn();
    const warmshell::CapacityPlan plan = warmshell::solve(*loaded.project, catalog, options);
    if (plan.status == warmshell::PlanStatus::Failed) {
        std::fprintf(stderr, "warmshell: %s cannot be solved:\n", qPrintable(file));
        for (const QString &line : plan.explanations)
            std::fprintf(stderr, "  %s\n", qPrintable(line));
        return 1;
    }
    const warmshell::ui::ReportAnalyses analyses
        = warmshell::ui::CapacityReport::analyse(*loaded.project, catalog, plan);
    const QString written = warmshell::ui::CapacityReport::write(*loaded.project, catalog, plan, out, analyses);
    if (!written.isEmpty()) {
        std::fprintf(stderr, "warmshell: %s\n", qPrintable(written));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(out));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--report") == 0)
            return runReport(argc, argv);
    }

    QString screenshot;
    QString project;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0) {
            printUsage(stdout);
            return 0;
        }
        if (std::strcmp(arg, "--version") == 0) {
            std::printf("warmshell %s\n", WARMSHELL_VERSION);
            return 0;
        }
        if (std::strcmp(arg, "--screenshot") == 0) {
            if (i + 1 >= argc) {
                std::fputs("warmshell: --screenshot needs a file name\n", stderr);
                return 1;
            }
            screenshot = QString::fromLocal8Bit(argv[++i]);
        } else if (arg[0] == '-' && arg[1] != '\0') {
            std::fprintf(stderr, "warmshell: unknown option %s\n", arg);
            printUsage(stderr);
            return 1;
        } else if (project.isEmpty()) {
            project = QString::fromLocal8Bit(arg);
        } else {
            std::fputs("warmshell: give at most one project file\n", stderr);
            return 1;
        }
    }

    if (lacksDisplay()) {
        std::fputs("warmshell: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run the desktop app under a virtual X server:  xvfb-run -a ./dev run\n"
                   "or use the command-line tool:  ./dev run --cli validate FILE  |  ./dev run --cli catalog\n",
            stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WarmShell"));
    QApplication::setApplicationName(QStringLiteral("WarmShell"));
    QApplication::setApplicationVersion(QStringLiteral(WARMSHELL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.warmshell.WarmShell"));

    warmshell::ui::MainWindow window;
    const QString fileName = project.isEmpty() ? warmshell::ui::MainWindow::campusExample() : project;

    if (!screenshot.isEmpty()) {
        const QStringList errors = window.openFile(fileName);
        for (const QString &error : errors)
            std::fprintf(stderr, "warmshell: %s: %s\n", qPrintable(fileName), qPrintable(error));
        window.resize(1400, 900);
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
        // Once the first plan is shown (or after 60 s without one), so the results are in it.
        warmshell::ui::SolveController *solver = window.solveController();
        QObject::connect(
            solver, &warmshell::ui::SolveController::planReady, &window,
            [&] { QTimer::singleShot(300, &window, grab); }, Qt::SingleShotConnection);
        QTimer::singleShot(errors.isEmpty() ? 60000 : 300, &window, grab);
        app.exec();
        return status;
    }

    const QStringList errors = window.openFile(fileName);
    window.show();
    // Once the event loop runs, so the boxes have their window behind them.
    if (!errors.isEmpty())
        QTimer::singleShot(0, &window, [&] { window.showOpenErrors(fileName, errors); });
    else
        QTimer::singleShot(0, &window, [&] { window.offerRecovery(fileName); });
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The WarmShell desktop app. Usage: warmshell [--screenshot FILE.png] [PROJECT]
// Opens PROJECT, or the built-in campus example when none is given. With --screenshot it
// shows the window at 1400×900, saves a grab of it to FILE.png and exits (0 on success).
// Exits with 2 when there is no display to show a window on.

#include "mainwindow.h"

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
               "Opens PROJECT, or the built-in campus example when none is given.\n"
               "  --screenshot FILE.png  show the window, save a picture of it and exit\n"
               "  --version              print the version and exit\n",
               out);
}

} // namespace

int main(int argc, char *argv[])
{
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
        QTimer::singleShot(200, &window, [&] {
            const QPixmap pixmap = window.grab();
            if (pixmap.save(screenshot)) {
                status = errors.isEmpty() ? 0 : 1;
            } else {
                std::fprintf(stderr, "warmshell: cannot write %s\n", qPrintable(screenshot));
            }
            app.quit();
        });
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

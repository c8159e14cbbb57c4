// SPDX-License-Identifier: GPL-3.0-or-later
// The model layer stays free of GUI code: no file under model/ includes a QtGui, QtWidgets
// or QCustomPlot header, and the command-line tool does not load a GUI library. The folders
// keep their dependencies (docs/architecture.md): what a plan is never includes how it is
// computed, views include the plan and not the solver, model/ never includes ui/ or app/, and
// no two folders of ui/ (or of model/) include each other, directly or through others.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <tuple>
#include <vector>

namespace {

// "file:line: #include <...>" for every include of a GUI header below `root`.
QStringList guiIncludes(const QString &root)
{
    // Module folders, and the class headers of QtGui/QtWidgets that need no folder prefix.
    static const QRegularExpression gui(QStringLiteral(
        "^\\s*#\\s*include\\s*[<\"]\\s*(QtGui|QtWidgets|QtPrintSupport|QtSvg|QtOpenGL|qcustomplot|"
        "Q(Widget|Application|GuiApplication|MainWindow|Dialog|Painter|Pixmap|Image|Color|Font|Graphics\\w*|"
        "Label|PushButton|Action|UndoStack|UndoCommand|Icon|Brush|Pen|TreeView|TableView|MessageBox|Window)\\b)"));
    QStringList found;
    QDirIterator it(root, { QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.hpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString fileName = it.next();
        QFile f(fileName);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int line = 0;
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine());
            ++line;
            if (gui.match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

// One #include of a file of the tree; paths relative to the source root, '/' separated.
struct Include
{
    QString from;
    int line = 0;
    QString to;
};

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

// Where an include of a file under `layer` (app, model, python or ui) is looked for, after the
// including file's own folder for a "quoted" name: the include folders of the layer and of
// those it links, then the others, so that an include the build would refuse (a model/ file
// naming a ui/ header) still resolves and can be named.
QStringList includeFolders(const QString &layer)
{
    const char *order = layer == QLatin1String("app") ? "app ui model"
        : layer == QLatin1String("ui")                ? "ui model app"
        : layer == QLatin1String("python")            ? "python model ui app"
                                                      : "model ui app";
    return QString::fromLatin1(order).split(QLatin1Char(' '));
}

// The file of the tree that `name` (as written in an #include of `from`) names, or empty.
QString resolveInclude(const QString &root, const QString &from, const QString &name, bool quoted)
{
    QStringList folders = includeFolders(from.section(QLatin1Char('/'), 0, 0));
    if (quoted)
        folders.prepend(QFileInfo(from).path());
    for (const QString &folder : folders) {
        const QString path = QDir::cleanPath(folder + QLatin1Char('/') + name);
        if (QFileInfo(root + QLatin1Char('/') + path).isFile())
            return path;
    }
    return {};
}

// Every #include in app/, model/, python/ and ui/ below `root` that names a file of the tree, resolved
// as the compiler does (see includeFolders), in file and line order. Qt, standard and GLPK
// headers name no file of the tree and are left out; so are commented-out includes.
QList<Include> projectIncludes(const QString &root)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    QList<Include> found;
    for (const char *layer : { "app", "model", "python", "ui" }) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(layer),
            { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = QDir(root).relativeFilePath(it.next());
            QFile f(it.filePath());
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            for (int line = 1; !f.atEnd(); ++line) {
                const QRegularExpressionMatch m = include.match(QString::fromUtf8(f.readLine()));
                const QString to = m.hasMatch()
                    ? resolveInclude(root, from, m.captured(2), m.captured(1) == QLatin1String("\""))
                    : QString();
                if (!to.isEmpty())
                    found.push_back({ from, line, to });
            }
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Include &x, const Include &y) { return std::tie(x.from, x.line) < std::tie(y.from, y.line); });
    return found;
}

QString describe(const Include &i)
{
    return QStringLiteral("%1:%2 includes %3").arg(i.from).arg(i.line).arg(i.to);
}

// Files under `from` (except under `except`, when given) never include files under `to`.
struct FolderRule
{
    QString from;
    QString except;
    QStringList to;
    QString why;
};

const std::vector<FolderRule> &folderRules()
{
    static const std::vector<FolderRule> rules{
        { QStringLiteral("model/plan"), {}, { QStringLiteral("model/solver"), QStringLiteral("model/analysis") },
            QStringLiteral("what a plan is does not depend on how it is computed (the solver may include the plan) "
                           "nor on what is done with many plans") },
        { QStringLiteral("ui"), QStringLiteral("ui/solve"), { QStringLiteral("model/solver") },
            QStringLiteral("views include the plan, not the solver; ui/solve runs it") },
        { QStringLiteral("model"), {}, { QStringLiteral("ui"), QStringLiteral("app") },
            QStringLiteral("the model is below the desktop app and the executables") },
        { QStringLiteral("python"), {}, { QStringLiteral("ui"), QStringLiteral("app") },
            QStringLiteral("the Python module is over the model alone (docs/python.md)") },
    };
    return rules;
}

// "file:line includes file: why" for every include that breaks a folder rule.
QStringList brokenFolderRules(const QList<Include> &includes)
{
    QStringList broken;
    for (const Include &i : includes)
        for (const FolderRule &rule : folderRules()) {
            const bool from = isUnder(i.from, rule.from) && (rule.except.isEmpty() || !isUnder(i.from, rule.except));
            if (from
                && std::any_of(rule.to.begin(), rule.to.end(), [&](const QString &to) { return isUnder(i.to, to); }))
                broken << describe(i) + QStringLiteral(": ") + rule.why;
        }
    return broken;
}

// The folder of `parent` that `path` lies in ("ui/results" for ui/results/resultsdock.cpp),
// or empty for a file directly in `parent` or outside it.
QString subfolderOf(const QString &path, const QString &parent)
{
    if (!path.startsWith(parent + QLatin1Char('/')))
        return {};
    const QString rest = path.mid(parent.size() + 1);
    return rest.contains(QLatin1Char('/')) ? parent + QLatin1Char('/') + rest.section(QLatin1Char('/'), 0, 0)
                                           : QString();
}

// The folders a folder reaches through includes, itself included only through a cycle.
QSet<QString> reachable(const QMap<QString, QSet<QString>> &edges, const QString &start)
{
    QSet<QString> seen;
    QStringList todo = edges.value(start).values();
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        if (!seen.contains(next)) {
            seen.insert(next);
            todo += edges.value(next).values();
        }
    }
    return seen;
}

// The cycles among the subfolders of `parent`: for each group of folders that include each
// other (directly or through others), a line naming them, then the includes between them.
// Files directly in `parent` are left out: in ui/ the main window, which includes every folder,
// and format.h, which every folder may include.
QStringList folderCycles(const QList<Include> &includes, const QString &parent)
{
    QMap<QString, QSet<QString>> edges;
    QMap<std::pair<QString, QString>, QStringList> sites;
    for (const Include &i : includes) {
        const QString a = subfolderOf(i.from, parent), b = subfolderOf(i.to, parent);
        if (!a.isEmpty() && !b.isEmpty() && a != b) {
            edges[a].insert(b);
            sites[{ a, b }] << describe(i);
        }
    }
    QStringList cycles;
    QSet<QString> reported;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (reported.contains(it.key()) || !reachable(edges, it.key()).contains(it.key()))
            continue;
        QStringList group; // the folders on a cycle with this one
        for (const QString &other : reachable(edges, it.key()))
            if (reachable(edges, other).contains(it.key()))
                group << other;
        group.sort();
        reported.unite(QSet<QString>(group.begin(), group.end()));
        QStringList text{ group.join(QStringLiteral(", ")) + QStringLiteral(" include each other:") };
        for (const QString &a : group)
            for (const QString &b : group)
                for (const QString &site : sites.value({ a, b }))
                    text << QStringLiteral("  ") + site;
        cycles << text.join(QLatin1Char('\n'));
    }
    return cycles;
}

// Writes files below `dir` from "path:contents" entries; false if one cannot be written.
bool writeTree(const QTemporaryDir &dir, const QStringList &files)
{
    for (const QString &entry : files) {
        const QString path = dir.filePath(entry.section(QLatin1Char(':'), 0, 0));
        QFile f(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !f.open(QIODevice::WriteOnly))
            return false;
        f.write(entry.section(QLatin1Char(':'), 1).toUtf8());
    }
    return true;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void scannerCatchesGuiIncludes_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("gui");
        QTest::newRow("QWidget") << QByteArray("#include <QWidget>\n") << true;
        QTest::newRow("QtWidgets/") << QByteArray("#include <QtWidgets/QTreeView>\n") << true;
        QTest::newRow("QPainter quoted") << QByteArray("  # include \"QPainter\"\n") << true;
        QTest::newRow("QUndoStack (QtGui in Qt 6)") << QByteArray("#include <QUndoStack>\n") << true;
        QTest::newRow("qcustomplot") << QByteArray("#include <qcustomplot.h>\n") << true;
        QTest::newRow("QString") << QByteArray("#include <QString>\n#include <QJsonObject>\n") << false;
        QTest::newRow("Eigen") << QByteArray("#include <Eigen/Sparse>\n") << false;
        QTest::newRow("commented out") << QByteArray("// #include <QWidget>\n") << false;
    }
    void scannerCatchesGuiIncludes()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, gui);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("sample.h")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source);
        f.close();
        QCOMPARE(!guiIncludes(dir.path()).isEmpty(), gui);
    }

    void modelIncludesNoGuiHeader()
    {
        const QStringList found = guiIncludes(QStringLiteral(WARMSHELL_SOURCE_DIR "/model"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(QStringLiteral(WARMSHELL_SOURCE_DIR "/model/site.h"))); // scanned the real folder
    }

    void includeScannerResolvesLikeTheCompiler_data()
    {
        QTest::addColumn<QStringList>("files"); // "path:contents"
        QTest::addColumn<QStringList>("found");
        QTest::newRow("next to the file")
            << strings({ "model/solver/solver.cpp:#include \"formulation.h\"\n", "model/solver/formulation.h:" })
            << strings({ "model/solver/solver.cpp:1 includes model/solver/formulation.h" });
        QTest::newRow("through the layer's folder")
            << strings({ "model/solver/solver.cpp:// solve\n#include \"plan/capacityplan.h\"\n",
                   "model/plan/capacityplan.h:" })
            << strings({ "model/solver/solver.cpp:2 includes model/plan/capacityplan.h" });
        QTest::newRow("angled, from ui/ into model/")
            << strings({ "ui/solve/solvecontroller.cpp:#  include <solver/solver.h>\n", "model/solver/solver.h:" })
            << strings({ "ui/solve/solvecontroller.cpp:1 includes model/solver/solver.h" });
        QTest::newRow("own folder first")
            << strings({ "ui/results/a.cpp:#include \"format.h\"\n", "ui/results/format.h:", "ui/format.h:" })
            << strings({ "ui/results/a.cpp:1 includes ui/results/format.h" });
        QTest::newRow("model naming a ui header")
            << strings({ "model/site.cpp:#include \"mainwindow.h\"\n", "ui/mainwindow.h:" })
            << strings({ "model/site.cpp:1 includes ui/mainwindow.h" });
        QTest::newRow("Qt, standard and GLPK headers")
            << strings({ "model/site.cpp:#include <QString>\n#include <vector>\n#include <glpk.h>\n" })
            << QStringList();
        QTest::newRow("commented out") << strings({ "model/site.cpp:// #include \"project.h\"\n", "model/project.h:" })
                                       << QStringList();
    }
    void includeScannerResolvesLikeTheCompiler()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, found);
        QTemporaryDir dir;
        QVERIFY(writeTree(dir, files));
        QStringList got;
        for (const Include &i : projectIncludes(dir.path()))
            got << describe(i);
        QCOMPARE(got, found);
    }

    void folderRulesCatchForbiddenIncludes_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("broken");
        const char *solver = "model/solver/solver.h:";
        QTest::newRow("plan includes solver")
            << strings({ "model/plan/planjson.cpp:#include \"solver/solver.h\"\n", solver }) << 1;
        QTest::newRow("plan includes analysis")
            << strings({ "model/plan/planjson.h:#include \"analysis/timeline.h\"\n", "model/analysis/timeline.h:" })
            << 1;
        QTest::newRow("solver includes plan")
            << strings({ "model/solver/solver.h:#include \"plan/capacityplan.h\"\n", "model/plan/capacityplan.h:" })
            << 0;
        QTest::newRow("a view includes the solver")
            << strings({ "ui/results/resultsdock.cpp:#include \"solver/solver.h\"\n", solver }) << 1;
        QTest::newRow("the main window includes the solver")
            << strings({ "ui/mainwindow.cpp:#include <solver/solver.h>\n", solver }) << 1;
        QTest::newRow("ui/solve includes the solver")
            << strings({ "ui/solve/solvecontroller.cpp:#include \"solver/solver.h\"\n", solver }) << 0;
        QTest::newRow("model includes ui and app")
            << strings({ "model/site.cpp:#include \"mainwindow.h\"\n#include \"cli/cli.h\"\n",
                   "ui/mainwindow.h:", "app/cli/cli.h:" })
            << 2;
        QTest::newRow("the Python module includes the model, ui and app") << strings(
            { "python/warmshellmodule.cpp:#include \"solver/solver.h\"\n#include \"mainwindow.h\"\n"
              "#include \"cli/cli.h\"\n",
                solver, "ui/mainwindow.h:", "app/cli/cli.h:" }) << 2;
        QTest::newRow("app includes everything") << strings(
            { "app/main.cpp:#include \"mainwindow.h\"\n#include \"solver/solver.h\"\n", "ui/mainwindow.h:", solver })
                                                 << 0;
    }
    void folderRulesCatchForbiddenIncludes()
    {
        QFETCH(QStringList, files);
        QFETCH(int, broken);
        QTemporaryDir dir;
        QVERIFY(writeTree(dir, files));
        const QStringList found = brokenFolderRules(projectIncludes(dir.path()));
        QVERIFY2(found.size() == broken, qPrintable(found.join(QLatin1Char('\n'))));
    }

    void cycleCheckNamesFoldersAndFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("cycles");
        QTest::newRow("two folders") << strings(
            { "ui/a/a.cpp:#include \"b/b.h\"\n", "ui/a/a.h:", "ui/b/b.cpp:\n#include \"a/a.h\"\n", "ui/b/b.h:" })
                                     << strings({ "ui/a, ui/b include each other:\n"
                                                  "  ui/a/a.cpp:1 includes ui/b/b.h\n"
                                                  "  ui/b/b.cpp:2 includes ui/a/a.h" });
        QTest::newRow("one way") << strings(
            { "ui/a/a.cpp:#include \"b/b.h\"\n", "ui/b/b.h:", "ui/b/b.cpp:#include \"b.h\"\n" })
                                 << QStringList();
        QTest::newRow("three folders, and one outside the cycle") << strings({ "ui/a/a.h:#include \"b/b.h\"\n",
            "ui/b/b.h:#include \"c/c.h\"\n", "ui/c/c.h:#include \"a/a.h\"\n", "ui/d/d.h:#include \"a/a.h\"\n" })
                                                                  << strings({ "ui/a, ui/b, ui/c include each other:\n"
                                                                               "  ui/a/a.h:1 includes ui/b/b.h\n"
                                                                               "  ui/b/b.h:1 includes ui/c/c.h\n"
                                                                               "  ui/c/c.h:1 includes ui/a/a.h" });
        QTest::newRow("through the main window and format.h") << strings({ "ui/mainwindow.cpp:#include \"a/a.h\"\n",
            "ui/a/a.h:", "ui/a/a.cpp:#include \"format.h\"\n", "ui/format.h:" })
                                                              << QStringList();
        QTest::newRow("from a nested folder") << strings(
            { "ui/a/x/y.cpp:#include \"b/b.h\"\n", "ui/a/x/y.h:", "ui/b/b.cpp:#include \"a/x/y.h\"\n", "ui/b/b.h:" })
                                              << strings({ "ui/a, ui/b include each other:\n"
                                                           "  ui/a/x/y.cpp:1 includes ui/b/b.h\n"
                                                           "  ui/b/b.cpp:1 includes ui/a/x/y.h" });
    }
    void cycleCheckNamesFoldersAndFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, cycles);
        QTemporaryDir dir;
        QVERIFY(writeTree(dir, files));
        QCOMPARE(folderCycles(projectIncludes(dir.path()), QStringLiteral("ui")), cycles);
    }

    void foldersKeepTheirLayering()
    {
        const QList<Include> includes = projectIncludes(QStringLiteral(WARMSHELL_SOURCE_DIR));
        // Scanned the real tree: the solver includes the plan, as it may.
        QVERIFY(std::any_of(includes.begin(), includes.end(), [](const Include &i) {
            return isUnder(i.from, QStringLiteral("model/solver")) && isUnder(i.to, QStringLiteral("model/plan"));
        }));
        const QStringList broken = brokenFolderRules(includes);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void noFolderCycle_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::newRow("ui") << QStringLiteral("ui");
        QTest::newRow("model") << QStringLiteral("model");
    }
    void noFolderCycle()
    {
        QFETCH(QString, parent);
        const QStringList cycles = folderCycles(projectIncludes(QStringLiteral(WARMSHELL_SOURCE_DIR)), parent);
        QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(QLatin1Char('\n'))));
    }

    // Every source and build file starts with the project's licence identifier.
    void everySourceFileHasAnSpdxLine()
    {
        QStringList missing;
        int checked = 0;
        for (const char *folder : { "model", "ui", "app", "python", "tests", "bench" }) {
            QDirIterator it(QStringLiteral(WARMSHELL_SOURCE_DIR "/") + QLatin1String(folder),
                { QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("CMakeLists.txt"),
                    QStringLiteral("*.py") },
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray head = f.read(200);
                ++checked;
                if (!head.contains("SPDX-License-Identifier: GPL-3.0-or-later"))
                    missing << f.fileName();
            }
        }
        QVERIFY(checked > 20);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void cliLoadsNoGuiLibrary()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), { QStringLiteral(WARMSHELL_CLI) });
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
        QVERIFY2(!libs.contains(QStringLiteral("qcustomplot"), Qt::CaseInsensitive), qPrintable(libs));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

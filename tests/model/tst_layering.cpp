// SPDX-License-Identifier: GPL-3.0-or-later
// The model layer stays free of GUI code: no file under model/ includes a QtGui, QtWidgets
// or QCustomPlot header, and the command-line tool does not load a GUI library.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

    // Every source and build file starts with the project's licence identifier.
    void everySourceFileHasAnSpdxLine()
    {
        QStringList missing;
        int checked = 0;
        for (const char *folder : { "model", "ui", "app", "tests", "bench" }) {
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

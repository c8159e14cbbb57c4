// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export… on the real main window: the dialog opened from the File menu's action
// writes the placements CSV, which read back with the CSV reader equals the plan the window
// shows and holds every GPU an independent solve() of the same file energizes. A target that
// cannot be written keeps the dialog open with the reason; floor plan images decode.

#include "catalog.h"
#include "document/document.h"
#include "export/exportdialog.h"
#include "export/planexport.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "solve/solvecontroller.h"
#include "solver/solver.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;

// Opens `file` in `window` and waits for its first plan.
bool openAndSolve(MainWindow &window, const QString &file)
{
    if (!window.openFile(file).isEmpty())
        return false;
    return QTest::qWaitFor(
        [&] { return window.solveController()->plan() && !window.solveController()->isStale(); }, kSolveTimeoutMs);
}

// File → Export… as a person reaches it: the action in the File menu.
QAction *fileMenuExport(MainWindow &window)
{
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text().remove(QLatin1Char('&')) != QLatin1String("File"))
            continue;
        for (QAction *a : menuAction->menu()->actions())
            if (a->objectName() == QLatin1String("exportAction"))
                return a;
    }
    return nullptr;
}

// Systems per (rack, model, operating point, pinned), with their GPUs and kW.
struct Cell
{
    int count = 0;
    int gpus = 0;
    double kw = 0;
};
using Placed = std::map<QString, Cell>;
Placed placed(const std::vector<RackPlacement> &placements)
{
    Placed out;
    for (const RackPlacement &p : placements)
        for (const PlacedSystems &s : p.systems) {
            Cell &c = out[p.rack.toString() + QLatin1Char('|') + s.model.toString() + QLatin1Char('|')
                + s.operatingPoint + (s.pinned ? QStringLiteral("|pinned") : QString())];
            c.count += s.count;
            c.gpus += s.gpus;
            c.kw += s.power.value();
        }
    return out;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void placementsFromFileMenu_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("lab") << MainWindow::labExample();
        QTest::newRow("campus") << MainWindow::campusExample();
    }
    void placementsFromFileMenu()
    {
        QFETCH(QString, file);
        MainWindow window;
        QAction *action = fileMenuExport(window);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing to export before the first plan
        QVERIFY(openAndSolve(window, file));
        QTRY_VERIFY(action->isEnabled());
        const CapacityPlan shown = *window.solveController()->plan();

        action->trigger();
        QPointer<ExportDialog> dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("exportKind"));
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
        QVERIFY(kind && path);
        QVERIFY(path->text().endsWith(QLatin1String(".pdf"))); // the report comes first
        kind->setCurrentIndex(kind->findText(QStringLiteral("Placements table (CSV)")));
        QCOMPARE(dialog->kind(), ExportKind::Placements);
        QVERIFY(path->text().endsWith(QLatin1String(" placements.csv"))); // the suggestion follows the kind
        if (const QString shots = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/export-dialog.png"))); // for review

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("placements, \"plan\".csv"));
        path->clear();
        QTest::keyClicks(path, target);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog); // accepted and deleted on close

        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PlacementsReadResult back = readPlacementsCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(back.ok());
        QCOMPARE(back.placements.size(), shown.placements.size());
        const Placed want = placed(shown.placements), got = placed(back.placements);
        QCOMPARE(got.size(), want.size());
        for (const auto &[key, cell] : want) {
            QVERIFY2(got.count(key), qPrintable(key));
            QCOMPARE(got.at(key).count, cell.count);
            QCOMPARE(got.at(key).gpus, cell.gpus);
            QVERIFY(std::abs(got.at(key).kw - cell.kw) < 1e-5);
        }
        // Independently: solve() of the file from disk energizes as many GPUs as the CSV holds.
        const LoadResult loaded = loadProject(file);
        QVERIFY(loaded.ok());
        const CapacityPlan direct = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
        int gpus = 0;
        for (const auto &[key, cell] : got)
            gpus += cell.gpus;
        QCOMPARE(gpus, direct.energizedGpus());
    }

    // tests/data/good/tenants.warmshell.json: File → Export… offers "Tenants table (CSV)", which
    // writes the per-tenant figures worked out by hand in tst_export (Acme 24 GPUs on 30 kW, Beta
    // 16 and 16 idle at its maxGpus, the operator's own 8 and 24 idle). The lab, without tenants,
    // is not offered one.
    void tenantsTableFromFileMenu()
    {
        MainWindow window;
        QVERIFY(openAndSolve(window, QStringLiteral(WARMSHELL_TEST_DATA "/good/tenants.warmshell.json")));
        QTRY_VERIFY(fileMenuExport(window)->isEnabled());
        fileMenuExport(window)->trigger();
        QPointer<ExportDialog> dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("exportKind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Tenants table (CSV)")));
        QCOMPARE(dialog->kind(), ExportKind::Tenants);
        QVERIFY(dialog->fileName().endsWith(QLatin1String(" tenants.csv")));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("tenants.csv"));
        dialog->setFileName(target);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
            QStringLiteral("tenant_id,tenant,priority,energized_gpus,idle_gpus,energized_kw,"
                           "idle_depreciation_per_month_usd,binding_quota\r\n"
                           "acme,Acme Research,10,24,0,30.000,0.00,\r\n"
                           "beta,Beta Labs,5,16,16,20.000,3333.33,maxGpus\r\n"
                           ",operator's own,last,8,24,10.000,5000.00,\r\n"));

        MainWindow lab;
        QVERIFY(openAndSolve(lab, MainWindow::labExample()));
        QTRY_VERIFY(fileMenuExport(lab)->isEnabled());
        fileMenuExport(lab)->trigger();
        QPointer<ExportDialog> labDialog = lab.findChild<ExportDialog *>();
        QVERIFY(labDialog);
        QCOMPARE(labDialog->findChild<QComboBox *>(QStringLiteral("exportKind"))
                     ->findText(QStringLiteral("Tenants table (CSV)")),
            -1);
        labDialog->reject();
    }

    // A folder that does not exist: the dialog stays open and says why; nothing is created.
    void unwritableTargetKeepsDialogOpen()
    {
        MainWindow window;
        QVERIFY(openAndSolve(window, MainWindow::labExample()));
        QTRY_VERIFY(fileMenuExport(window)->isEnabled());
        fileMenuExport(window)->trigger();
        QPointer<ExportDialog> dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        dialog->setKind(ExportKind::Generations);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("missing/generations.csv"));
        dialog->setFileName(target);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->lastError().contains(QStringLiteral("cannot write")), qPrintable(dialog->lastError()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportError"))->isVisibleTo(dialog));
        QVERIFY(!QFile::exists(target));
        dialog->reject();
    }

    // The floor plan as PNG decodes to an image of the site's aspect; as SVG it is an SVG
    // document naming the site.
    void floorPlanImages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("png") << int(ExportKind::FloorPlanPng);
        QTest::newRow("svg") << int(ExportKind::FloorPlanSvg);
    }
    void floorPlanImages()
    {
        QFETCH(int, kind);
        const LoadResult loaded = loadProject(MainWindow::labExample());
        QVERIFY(loaded.ok());
        const CapacityPlan plan = solve(*loaded.project, Catalog::builtIn(), SolveOptions{});
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("floor.") + ExportDialog::suffix(ExportKind(kind)));
        QCOMPARE(ExportDialog::write(ExportKind(kind), *loaded.project, Catalog::builtIn(), plan, target), QString());
        if (const QString shots = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR"); !shots.isEmpty())
            QFile::copy(target, shots + QStringLiteral("/floor-plan-export.") + ExportDialog::suffix(ExportKind(kind)));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (ExportKind(kind) == ExportKind::FloorPlanPng) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100 && image.height() > 50);
        } else {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains(loaded.project->site.name.toUtf8()));
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

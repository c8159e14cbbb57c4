// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import from NetBox… on the real main window: the dialog opened from the File menu,
// filled with the tests/data/netbox fixtures, imports exactly the project importNetBox() (the
// function `warmshell-cli import-netbox` calls) makes of them, as a new modified document,
// and lists the same report. The racks and feeds are also counted by hand from the fixtures.
// A malformed or missing file shows the reason under its field and leaves the project as it
// was; unsaved changes are asked about before they are replaced.

#include "document/document.h"
#include "fakenetbox.h"
#include "import/netbox.h"
#include "import/netboximportdialog.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WARMSHELL_TEST_DATA "/netbox/") + QLatin1String(name);
}

constexpr const char *kEdits[] = { "racksEdit", "panelsEdit", "feedsEdit", "coolingSourcesEdit", "coolingFeedsEdit" };

// File → Import from NetBox… as a person reaches it; the dialog it opens.
NetBoxImportDialog *openImportDialog(MainWindow &window)
{
    QAction *action = nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text().remove(QLatin1Char('&')) != QLatin1String("File"))
            continue;
        for (QAction *a : menuAction->menu()->actions())
            if (a->objectName() == QLatin1String("importNetBoxAction"))
                action = a;
    }
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = window.findChild<NetBoxImportDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

// Types the file names (three, or five with NetBox 4.7's cooling answers) and the site filter
// into the dialog's fields.
void fill(NetBoxImportDialog *dialog, const QStringList &files, const QString &sites = {})
{
    for (int i = 0; i < files.size(); ++i) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(kEdits[i]));
        edit->clear();
        QTest::keyClicks(edit, files[i]);
    }
    auto *sitesEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sitesEdit"));
    sitesEdit->clear();
    QTest::keyClicks(sitesEdit, sites);
}

void clickImport(NetBoxImportDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
}

// The project importNetBox() makes of the files directly, with the dialog's defaults.
NetBoxImportResult importDirectly(const QStringList &files, const QStringList &sites)
{
    NetBoxInput in[5];
    for (int i = 0; i < files.size(); ++i) {
        QFile f(files[i]);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        in[i] = { files[i], f.readAll() };
    }
    NetBoxImportOptions options;
    options.sites = sites;
    options.planStart = QDate::currentDate();
    return importNetBox(in[0], in[1], in[2], options, NetBoxCoolingInputs{ in[3], in[4] });
}

qsizetype countPrefixed(const QStringList &ids, const QString &prefix)
{
    return std::count_if(ids.begin(), ids.end(), [&](const QString &id) { return id.startsWith(prefix); });
}

QStringList rackIds(const Project &p)
{
    QStringList ids;
    for (const Rack &r : p.site.racks)
        ids << r.id.toString();
    return ids;
}

QStringList nodeIds(const Project &p)
{
    QStringList ids;
    for (const PowerNode &n : p.site.power.nodes())
        ids << n.id.toString();
    return ids;
}

} // namespace

class TestNetBoxImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importFixtures_data()
    {
        QTest::addColumn<QString>("sites");
        QTest::addColumn<int>("racks"); // counted by hand in racks.json / power-feeds.json
        QTest::addColumn<int>("feeds");
        QTest::addColumn<QString>("reportedPath"); // a report line expected in the list
        QTest::addColumn<bool>("cooling"); // with cooling-sources.json and cooling-feeds.json
        QTest::addColumn<int>("coolingUnits");

        // Six racks; R03 ($.results[2]) has no feed. Nine feeds; 205 has no panel, 209's
        // panel (99) is not in power-panels.json: seven feeds become nodes.
        // Without cooling answers one synthetic air unit per hall (3 halls).
        QTest::newRow("every site") << QString() << 5 << 7 << QStringLiteral("racks.json: $.results[2]") << false << 3;
        QTest::newRow("both sites listed")
            << QStringLiteral("dc-east, dc-west") << 5 << 7 << QStringLiteral("racks.json: $.results[2]") << false << 3;
        // dc-west: R05 on feed 206 from panel PP-W.
        QTest::newRow("dc-west only") << QStringLiteral("dc-west") << 1 << 1 << QString() << false << 1;
        // NetBox 4.7: chiller CH-East and CRAH-W, a rear door for CF-R01 on R01; R05 (the CRAH's)
        // leaves the DC West air unit, which goes: 3 − 1 + 2 + 1 = 5 units.
        QTest::newRow("NetBox 4.7 cooling")
            << QString() << 5 << 7 << QStringLiteral("racks.json: $.results[2]") << true << 5;
        // dc-west only: CH-East is of dc-east (left out); CRAH-W serves R05, its hall's air unit goes.
        QTest::newRow("NetBox 4.7 cooling, dc-west") << QStringLiteral("dc-west") << 1 << 1 << QString() << true << 1;
    }

    void importFixtures()
    {
        QFETCH(QString, sites);
        QFETCH(int, racks);
        QFETCH(int, feeds);
        QFETCH(QString, reportedPath);
        QFETCH(bool, cooling);
        QFETCH(int, coolingUnits);

        MainWindow window;
        window.show();
        QVERIFY(!window.document()->isModified());
        NetBoxImportDialog *dialog = openImportDialog(window);
        QVERIFY(dialog);
        QStringList files{ fixture("racks.json"), fixture("power-panels.json"), fixture("power-feeds.json") };
        if (cooling)
            files << fixture("cooling-sources.json") << fixture("cooling-feeds.json");
        fill(dialog, files, sites);
        clickImport(dialog);

        QStringList siteList;
        for (const QString &s : sites.split(QLatin1Char(','), Qt::SkipEmptyParts))
            siteList << s.trimmed();
        const NetBoxImportResult direct = importDirectly(files, siteList);
        QVERIFY(direct.ok());
        const Project &imported = window.document()->project();
        QVERIFY(imported == *direct.project);
        QCOMPARE(countPrefixed(rackIds(imported), QStringLiteral("nb-rack-")), racks);
        QCOMPARE(imported.site.racks.size(), racks);
        QCOMPARE(countPrefixed(nodeIds(imported), QStringLiteral("nb-feed-")), feeds);
        QCOMPARE(imported.site.coolingUnits.size(), coolingUnits);
        if (cooling && sites.isEmpty())
            uitest::saveShot(dialog, QStringLiteral("netbox-import-cooling.png"));

        // A new, unsaved, modified document: closing would ask to save.
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->fileName().isEmpty());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));

        // The report is listed in the dialog, line for line.
        QVERIFY(dialog->isVisible());
        QStringList expected;
        for (const Problem &p : direct.report)
            expected << p.toString();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dialog->reportLines(), expected);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("reportList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), qsizetype(direct.report.size()));
        if (!reportedPath.isEmpty())
            QVERIFY(std::any_of(expected.begin(), expected.end(), [&](const QString &line) {
                return line.startsWith(QStringLiteral(WARMSHELL_TEST_DATA "/netbox/") + reportedPath);
            }));
        for (int i = 0; i < 3; ++i)
            QVERIFY(dialog->fieldError(NetBoxImportDialog::Input(i)).isEmpty());
    }

    // The "NetBox server" tab as a person uses it: the tab clicked, URL and token file typed,
    // Import clicked; the fetched site equals the saved files' import. A refused token and a
    // cancelled fetch adopt nothing and say why.
    void importFromServer_data()
    {
        QTest::addColumn<int>("status"); // of the racks answer; 0: the fixtures
        QTest::addColumn<bool>("cancel"); // the server never answers; Cancel fetch is clicked
        QTest::addColumn<QString>("expected"); // in the status line
        QTest::newRow("imported") << 0 << false << QStringLiteral("Imported 3 halls, 5 racks");
        QTest::newRow("token refused") << 401 << false << QStringLiteral("NetBox refused the token (HTTP 401)");
        QTest::newRow("cancelled") << 200 << true << QStringLiteral("cancelled");
    }
    void importFromServer()
    {
        QFETCH(int, status);
        QFETCH(bool, cancel);
        QFETCH(QString, expected);
        test::FakeNetBox fake;
        const QString racks = QStringLiteral("/api/dcim/racks/?limit=1000");
        if (status != 0)
            fake.script(racks, { status, {}, {}, cancel });
        for (const char *endpoint : { "racks", "power-panels", "power-feeds", "cooling-sources", "cooling-feeds" }) {
            QFile f(fixture((QByteArray(endpoint) + ".json").constData()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            fake.script(QStringLiteral("/api/dcim/%1/?limit=1000").arg(QLatin1String(endpoint)),
                { 200, f.readAll(), {}, false });
        }
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token"));
        QFile tokenFile(token);
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("secret-token\n");
        tokenFile.close();

        MainWindow window;
        window.show();
        const Project before = window.document()->project();
        NetBoxImportDialog *dialog = openImportDialog(window);
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("sourceTabs"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit")), fake.baseUrl());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenFileEdit")), token);
        auto *planStart = dialog->findChild<QDateEdit *>(QStringLiteral("planStartEdit"));
        planStart->setDate(QDate(2026, 1, 1));
        QSignalSpy finished(dialog, &NetBoxImportDialog::importFinished);
        clickImport(dialog);
        if (cancel) {
            QTRY_VERIFY(fake.requests().size() == 1);
            auto *cancelButton = dialog->findChild<QPushButton *>(QStringLiteral("cancelFetchButton"));
            QVERIFY(cancelButton->isVisible());
            QTest::mouseClick(cancelButton, Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        auto *statusLabel = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY2(statusLabel->text().contains(expected), qPrintable(statusLabel->text()));
        QVERIFY(!statusLabel->text().contains(QStringLiteral("secret-token")));
        const bool adopted = finished.front().front().toBool();
        QCOMPARE(adopted, status == 0);
        if (!adopted) {
            QVERIFY(window.document()->project() == before);
            return;
        }
        uitest::saveShot(dialog, QStringLiteral("netbox-import-server.png"));
        QFile r(fixture("racks.json")), p(fixture("power-panels.json")), f(fixture("power-feeds.json")),
            cs(fixture("cooling-sources.json")), cf(fixture("cooling-feeds.json"));
        QVERIFY(r.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly) && f.open(QIODevice::ReadOnly)
            && cs.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        NetBoxImportOptions options;
        options.planStart = QDate(2026, 1, 1);
        const NetBoxImportResult direct = importNetBox({ QStringLiteral("r"), r.readAll() },
            { QStringLiteral("p"), p.readAll() }, { QStringLiteral("f"), f.readAll() }, options,
            { { QStringLiteral("cs"), cs.readAll() }, { QStringLiteral("cf"), cf.readAll() } });
        QVERIFY(direct.ok());
        QVERIFY(window.document()->project() == *direct.project);
        QCOMPARE(window.document()->project().site.coolingUnits.size(), size_t(5));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<QByteArray>("content"); // null: the file does not exist
        QTest::addColumn<QString>("message");

        QTest::newRow("racks not JSON") << int(NetBoxImportDialog::Racks) << QByteArray("{\"results\": [")
                                        << QStringLiteral("is not JSON");
        QTest::newRow("panels not a list") << int(NetBoxImportDialog::Panels) << QByteArray("{\"count\": 1}")
                                           << QStringLiteral("expected a NetBox list");
        QTest::newRow("feeds missing") << int(NetBoxImportDialog::Feeds) << QByteArray()
                                       << QStringLiteral("does not exist");
    }

    void badInput()
    {
        QFETCH(int, input);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
        const Project before = window.document()->project();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files{ fixture("racks.json"), fixture("power-panels.json"), fixture("power-feeds.json") };
        files[input] = dir.filePath(QStringLiteral("bad.json"));
        if (!content.isNull()) {
            QFile f(files[input]);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        NetBoxImportDialog *dialog = openImportDialog(window);
        QVERIFY(dialog);
        fill(dialog, files);
        clickImport(dialog);

        QVERIFY(dialog->isVisible());
        const auto which = NetBoxImportDialog::Input(input);
        QVERIFY2(dialog->fieldError(which).contains(message), qPrintable(dialog->fieldError(which)));
        QVERIFY(dialog
                    ->findChild<QLabel *>(
                        QString::fromLatin1(kEdits[input]).replace(QStringLiteral("Edit"), QStringLiteral("Error")))
                    ->isVisible());
        for (int i = 0; i < 3; ++i)
            if (i != input)
                QVERIFY(dialog->fieldError(NetBoxImportDialog::Input(i)).isEmpty());
        QVERIFY(dialog->reportLines().isEmpty());
        QVERIFY(window.document()->project() == before);
        QCOMPARE(window.document()->fileName(), MainWindow::labExample());
        QVERIFY(!window.document()->isModified());

        // Fixed, the same dialog imports.
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(kEdits[input]));
        edit->clear();
        QTest::keyClicks(edit,
            fixture(input == 0   ? "racks.json"
                    : input == 1 ? "power-panels.json"
                                 : "power-feeds.json"));
        clickImport(dialog);
        QVERIFY(dialog->fieldError(which).isEmpty());
        QVERIFY(!(window.document()->project() == before));
        QVERIFY(window.document()->isModified());
    }

    // Unsaved changes are asked about first; Cancel keeps them, Discard imports.
    void unsavedChangesAsked_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("imported");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
    }

    void unsavedChangesAsked()
    {
        QFETCH(int, answer);
        QFETCH(bool, imported);

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
        Project edited = window.document()->project();
        edited.site.name = QStringLiteral("Lab, edited");
        window.document()->adoptRecovered(edited, MainWindow::labExample());
        QVERIFY(window.document()->isModified());

        NetBoxImportDialog *dialog = openImportDialog(window);
        QVERIFY(dialog);
        fill(dialog, { fixture("racks.json"), fixture("power-panels.json"), fixture("power-feeds.json") });
        QString asked;
        uitest::answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
        clickImport(dialog);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(window.document()->project() == edited, !imported);
        QCOMPARE(window.document()->fileName().isEmpty(), imported);
        QVERIFY(window.document()->isModified());
        QCOMPARE(dialog->reportLines().isEmpty(), !imported);
    }
};

QTEST_MAIN(TestNetBoxImport)
#include "tst_netboximport.moc"

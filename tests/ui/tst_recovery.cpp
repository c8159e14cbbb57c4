// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 items 6-9, "lost work": recovery copies written a few seconds after an edit,
// offered at launch for saved and untitled projects, and no false recovery prompts. Edits are
// made on the real widgets (tool-bar buttons, the NetBox import dialog, message boxes); a crash
// is a window destroyed without being closed, and the next launch a second MainWindow on the
// same settings and recovery folder, which opens a file and offers recovery as app/main.cpp
// does. The launch offer is reached through the slot's name, as main.cpp's event loop call.
// One test kills a real process with SIGKILL: this executable, started again as the child
// editThenWaitForKill() by an environment variable.

#include "document/document.h"
#include "import/netboximportdialog.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

// The recovery copies on disk (project files), absolute paths.
QStringList recoveryCopies()
{
    QStringList copies;
    const QDir dir(recoveryFolder());
    for (const QString &name : dir.entryList({ QStringLiteral("*.warmshell.json") }, QDir::Files))
        copies << dir.absoluteFilePath(name);
    return copies;
}

// The canonical form of a project file: parsed, then written by the one writer.
QByteArray canonical(const QString &fileName)
{
    const LoadResult result = loadProject(fileName);
    return result.ok() ? serializeProject(*result.project) : QByteArray();
}

void clickToolbar(MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QLatin1String(actionName));
    QVERIFY(action);
    QToolBar *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *button = bar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The visible launch-time recovery dialog, or null.
QDialog *recoveryDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QLatin1String("recoveryDialog") && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    return nullptr;
}

// The list of copies in the recovery dialog `dialog`, or null.
QTreeWidget *offeredList(QDialog *dialog)
{
    return dialog ? dialog->findChild<QTreeWidget *>(QStringLiteral("recoveryList")) : nullptr;
}

// Clicks `row` of its list, as a person choosing that copy.
void clickRow(QTreeWidgetItem *row)
{
    QTreeWidget *list = row->treeWidget();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
}

QString rowText(const QTreeWidgetItem *item)
{
    QStringList columns;
    for (int c = 0; c < item->columnCount(); ++c)
        columns << item->text(c);
    return columns.join(QLatin1Char('|'));
}

QString countText(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("1 ") + QLatin1String(one) : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
}

// The window with the dialog over it where it stands, as a person sees them, in
// $WARMSHELL_SCREENSHOT_DIR/NAME-WxH.png for the window's size `size`.
void saveLaunchShot(MainWindow &window, QDialog *dialog, const QSize &size, const QString &name)
{
    const QString dir = qEnvironmentVariable("WARMSHELL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window.resize(size);
    QApplication::processEvents();
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(dialog->mapToGlobal(QPoint()) - window.mapToGlobal(QPoint()), dialog->grab());
    }
    QDir().mkpath(dir);
    QVERIFY(shot.save(QStringLiteral("%1/%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height())));
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char *const kChildFileVariable = "WARMSHELL_RECOVERY_CHILD_FILE";
const char *const kChildExpectedVariable = "WARMSHELL_RECOVERY_CHILD_EXPECTED";
// The application name of this run, which names its recovery folder under ~/.qttest: one per
// run (the test's pid), passed on to the child, so two runs at once never see each other's copies.
const char *const kRunNameVariable = "WARMSHELL_RECOVERY_TEST_RUN";

// The child process of killedProcessLosesNoEdit(): opens `file`, clicks Add Hall three times on
// the tool bar, writes the edited project to `expected`, prints "edited" and runs until killed.
int editThenWaitForKill(const QString &file, const QString &expected)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    if (!window.openFile(file).isEmpty())
        return 2;
    auto *add = window.findChild<QAction *>(QStringLiteral("addHallAction"));
    QWidget *button = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->widgetForAction(add);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(button, Qt::LeftButton);
    QFile out(expected);
    if (!out.open(QIODevice::WriteOnly) || out.write(serializeProject(window.document()->project())) < 0)
        return 2;
    out.close();
    std::puts("edited");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void copyWrittenSecondsAfterEdit();
    void copyWrittenDuringSteadyEditing();
    void killedProcessLosesNoEdit();
    void untitledCopyOfferedAtLaunch();
    void declinedCopyIsRemoved();
    void savedCopyOfferedAtLaunchKeepsPath();
    void discardedImportLeavesNextFileUnmodified();
    void copyEqualToFileIsNotOffered();
    void damagedCopyIsShownAndCanBeDiscarded();

private:
    // The next launch: a new window opens `fileName` and offers recovery as main.cpp does.
    std::unique_ptr<MainWindow> launch(const QString &fileName);
    // The only row of the launch dialog's list, checked against what it must show.
    QTreeWidgetItem *onlyRow(QDialog *dialog, const QString &copy, const QString &origin, const Project &project);
    void click(QDialog *dialog, const char *buttonName);
    // Clicks the launch dialog's only row, checked by onlyRow(), then button `buttonName`.
    void chooseOnlyRow(
        QDialog *dialog, const QString &copy, const QString &origin, const Project &project, const char *buttonName);
    // A new untitled project, `halls` Add Hall clicks, its copy on disk, then the crash.
    void untitledEditsThenCrash(int halls, Project *edited, QString *copy);
    // untitledEditsThenCrash(), then the next launch with `launchFile` and its recovery dialog
    // in `*dialog`; null when a step failed.
    std::unique_ptr<MainWindow> launchAfterUntitledCrash(
        int halls, const QString &launchFile, Project *edited, QString *copy, QDialog **dialog);

    QTemporaryDir m_dir;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRecovery::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestRecovery::init()
{
    QDir(recoveryFolder()).removeRecursively();
}

void TestRecovery::cleanup()
{
    if (QDialog *dialog = recoveryDialog())
        dialog->reject();
    QDir(recoveryFolder()).removeRecursively();
}

std::unique_ptr<MainWindow> TestRecovery::launch(const QString &fileName)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openFile(fileName).isEmpty())
        return nullptr;
    if (!QMetaObject::invokeMethod(window.get(), "offerRecovery"))
        return nullptr;
    QApplication::processEvents();
    return window;
}

QTreeWidgetItem *TestRecovery::onlyRow(
    QDialog *dialog, const QString &copy, const QString &origin, const Project &project)
{
    QTreeWidget *list = offeredList(dialog);
    if (!list || list->topLevelItemCount() != 1)
        return nullptr;
    QTreeWidgetItem *item = list->topLevelItem(0);
    const QString text = rowText(item);
    const QString time = QLocale().toString(QFileInfo(copy).lastModified(), QLocale::ShortFormat);
    for (const QString &part :
        { time, origin, project.site.name, countText(qsizetype(project.site.halls.size()), "hall", "halls"),
            countText(qsizetype(project.site.racks.size()), "rack", "racks"),
            countText(qsizetype(project.fleet.size()), "lot", "lots") }) {
        if (!text.contains(part)) {
            qWarning() << "row" << text << "lacks" << part;
            return nullptr;
        }
    }
    return item;
}

void TestRecovery::click(QDialog *dialog, const char *buttonName)
{
    auto *button = dialog->findChild<QPushButton *>(QLatin1String(buttonName));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestRecovery::chooseOnlyRow(
    QDialog *dialog, const QString &copy, const QString &origin, const Project &project, const char *buttonName)
{
    QTreeWidgetItem *row = onlyRow(dialog, copy, origin, project);
    QVERIFY(row);
    clickRow(row);
    click(dialog, buttonName);
}

void TestRecovery::untitledEditsThenCrash(int halls, Project *edited, QString *copy)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    clickToolbar(*window, "newAction");
    for (int i = 0; i < halls; ++i)
        clickToolbar(*window, "addHallAction");
    *edited = window->document()->project();
    QVERIFY(window->document()->fileName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1, 5000);
    *copy = recoveryCopies().constFirst();
    window.reset(); // the crash: never closed, nothing asked
}

std::unique_ptr<MainWindow> TestRecovery::launchAfterUntitledCrash(
    int halls, const QString &launchFile, Project *edited, QString *copy, QDialog **dialog)
{
    untitledEditsThenCrash(halls, edited, copy);
    if (QTest::currentTestFailed())
        return nullptr;
    auto restarted = launch(launchFile);
    *dialog = recoveryDialog();
    return restarted;
}

// Item 6: one edit, then nothing: the copy is on disk a few seconds later (not at once, so a
// drag or a typing burst is written once), and holds the edit.
void TestRecovery::copyWrittenSecondsAfterEdit()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(MainWindow::labExample()).isEmpty());
    QElapsedTimer clock;
    clock.start();
    clickToolbar(window, "addHallAction");
    QVERIFY(window.document()->isModified());
    QVERIFY(recoveryCopies().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1, 5000);
    qInfo() << "copy written" << clock.elapsed() << "ms after the edit";
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(canonical(recoveryCopies().constFirst()), serializeProject(window.document()->project()));
}

// Item 6: edits every 0.7 s never leave a pause, yet the copy is written within 10 s of the
// first, and the last edit is in a copy a few seconds after the editing stops. A crash then
// loses nothing: the next launch recovers the last state.
void TestRecovery::copyWrittenDuringSteadyEditing()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openFile(MainWindow::labExample()).isEmpty());
    QElapsedTimer clock;
    clock.start();
    qint64 firstCopyAt = -1;
    for (int i = 0; i < 16; ++i) {
        clickToolbar(*window, "addHallAction");
        for (int step = 0; step < 7; ++step) { // 0.7 s, looking for the copy every 0.1 s
            QTest::qWait(100);
            if (firstCopyAt < 0 && !recoveryCopies().isEmpty())
                firstCopyAt = clock.elapsed();
        }
    }
    qInfo() << "first copy" << firstCopyAt << "ms after the first of 16 edits 0.7 s apart";
    QVERIFY(firstCopyAt > 0);
    QVERIFY(firstCopyAt <= 10000);
    const QByteArray last = serializeProject(window->document()->project());
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1 && canonical(recoveryCopies().constFirst()) == last, 5000);

    window.reset(); // the crash: never closed, nothing asked
    auto restarted = launch(MainWindow::campusExample());
    QVERIFY(restarted);
    QDialog *dialog = recoveryDialog();
    QTreeWidget *list = offeredList(dialog);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    clickRow(list->topLevelItem(0));
    click(dialog, "recoverButton");
    QCOMPARE(serializeProject(restarted->document()->project()), last);
}

// Item 6 with a real crash: a process that made three edits is killed with SIGKILL once its
// copy is written (a few seconds later); its lock is left behind, stale, and the next launch
// offers the copy and recovers all three edits as an unsaved edit of the file.
void TestRecovery::killedProcessLosesNoEdit()
{
    const QString file = m_dir.filePath(QStringLiteral("killed.warmshell.json"));
    const QString expected = m_dir.filePath(QStringLiteral("killed-expected.warmshell.json"));
    QFile::remove(file);
    QVERIFY(QFile::copy(MainWindow::labExample(), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildFileVariable), file);
    env.insert(QLatin1String(kChildExpectedVariable), expected);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("edited"), 30000);
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        recoveryCopies().size() == 1 && canonical(recoveryCopies().constFirst()) == readAll(expected), 5000);
    qInfo() << "copy written" << clock.elapsed() << "ms after the child's last edit";
    const QString copy = recoveryCopies().constFirst();
    const QString lock = copy.left(copy.size() - int(qstrlen(".warmshell.json"))) + QStringLiteral(".lock");
    QVERIFY(QFile::exists(lock));
    child.kill(); // SIGKILL: no destructor, no close event
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(lock)); // left behind by the dead process

    auto restarted = launch(MainWindow::labExample());
    QVERIFY(restarted);
    QDialog *dialog = recoveryDialog();
    QVERIFY(dialog);
    const LoadResult edited = loadProject(expected);
    QVERIFY(edited.ok());
    chooseOnlyRow(dialog, copy, QFileInfo(file).absoluteFilePath(), *edited.project, "recoverButton");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serializeProject(restarted->document()->project()), readAll(expected));
    QCOMPARE(restarted->document()->fileName(), QFileInfo(file).absoluteFilePath());
    QVERIFY(restarted->document()->isModified());
}

// Item 7: a never-saved project's copy survives the next launch, is offered with its time and
// what it holds, and opens as a modified untitled project.
void TestRecovery::untitledCopyOfferedAtLaunch()
{
    Project edited;
    QString copy;
    QDialog *dialog = nullptr;
    auto restarted = launchAfterUntitledCrash(2, MainWindow::campusExample(), &edited, &copy, &dialog);
    QVERIFY(restarted && dialog);
    saveLaunchShot(*restarted, dialog, QSize(1366, 768), QStringLiteral("recovery-launch"));
    saveLaunchShot(*restarted, dialog, QSize(1600, 1000), QStringLiteral("recovery-launch"));
    chooseOnlyRow(dialog, copy, QStringLiteral("untitled"), edited, "recoverButton");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!recoveryDialog());
    Document *doc = restarted->document();
    QCOMPARE(serializeProject(doc->project()), serializeProject(edited));
    QVERIFY(doc->fileName().isEmpty());
    QVERIFY(doc->isModified());
    QVERIFY(restarted->isWindowModified());
    // The recovered project is itself protected: a copy of it stays until it is saved.
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1, 5000);
    QCOMPARE(canonical(recoveryCopies().constFirst()), serializeProject(edited));
}

// Item 7: declining removes the copy; the launch after that offers nothing.
void TestRecovery::declinedCopyIsRemoved()
{
    Project edited;
    QString copy;
    QDialog *dialog = nullptr;
    auto restarted = launchAfterUntitledCrash(1, MainWindow::labExample(), &edited, &copy, &dialog);
    QVERIFY(restarted && dialog);
    chooseOnlyRow(dialog, copy, QStringLiteral("untitled"), edited, "discardButton");
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!recoveryDialog());
    QVERIFY(recoveryCopies().isEmpty());
    QVERIFY(!restarted->document()->isModified());
    QCOMPARE(restarted->document()->fileName(), MainWindow::labExample());
    restarted.reset();

    auto third = launch(MainWindow::labExample());
    QVERIFY(third);
    QVERIFY(!recoveryDialog());
}

// Item 8: the copy of a saved project is offered at launch even when another file is opened;
// accepting opens it as a modified edit of that file, Save writes there and removes the copy.
// A second window editing the same file keeps its own copy, which the launch does not offer
// while that window runs.
void TestRecovery::savedCopyOfferedAtLaunchKeepsPath()
{
    const QString file = m_dir.filePath(QStringLiteral("saved.warmshell.json"));
    QFile::remove(file);
    QVERIFY(QFile::copy(MainWindow::labExample(), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QString path = QFileInfo(file).absoluteFilePath();
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openFile(file).isEmpty());
    clickToolbar(*window, "addHallAction");
    const Project edited = window->document()->project();
    MainWindow running; // another instance, still running at the next launch, edits the same file
    QVERIFY(running.openFile(file).isEmpty());
    clickToolbar(running, "addHallAction");
    clickToolbar(running, "addHallAction");
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 2, 5000);
    const QStringList before = recoveryCopies();
    window.reset();

    auto restarted = launch(MainWindow::campusExample());
    QVERIFY(restarted);
    QDialog *dialog = recoveryDialog();
    QVERIFY(dialog);
    QString copy;
    for (const QString &c : before)
        if (canonical(c) == serializeProject(edited))
            copy = c;
    QVERIFY(!copy.isEmpty());
    chooseOnlyRow(dialog, copy, path, edited, "recoverButton");
    if (QTest::currentTestFailed())
        return;
    Document *doc = restarted->document();
    QCOMPARE(doc->fileName(), path);
    QVERIFY(doc->isModified());
    QCOMPARE(serializeProject(doc->project()), serializeProject(edited));
    QVERIFY(canonical(file) != serializeProject(edited)); // the file itself is untouched so far

    clickToolbar(*restarted, "saveAction");
    QVERIFY(!doc->isModified());
    QCOMPARE(canonical(file), serializeProject(edited));
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1, 3000); // only the running window's
    QCOMPARE(canonical(recoveryCopies().constFirst()), serializeProject(running.document()->project()));
}

// Item 9: after an import whose changes are discarded, the next file opens unmodified, and no
// copy of it is written or offered.
void TestRecovery::discardedImportLeavesNextFileUnmodified()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openFile(MainWindow::labExample()).isEmpty());
    auto *import = window->findChild<QAction *>(QStringLiteral("importNetBoxAction"));
    QVERIFY(import);
    import->trigger();
    auto *dialog = window->findChild<NetBoxImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const char *edits[] = { "racksEdit", "panelsEdit", "feedsEdit" };
    const char *files[] = { "racks.json", "power-panels.json", "power-feeds.json" };
    for (int i = 0; i < 3; ++i)
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QLatin1String(edits[i])),
            QStringLiteral(WARMSHELL_TEST_DATA "/netbox/") + QLatin1String(files[i]));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->document()->fileName().isEmpty());
    dialog->close();

    const QString file = m_dir.filePath(QStringLiteral("next.warmshell.json"));
    QFile::remove(file);
    QVERIFY(QFile::copy(MainWindow::labExample(), file));
    QString asked;
    uitest::answerNextMessageBox(QMessageBox::Discard, &asked);
    window->session()->openReplacing(file);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(window->document()->fileName(), file);
    QVERIFY(!window->document()->isModified());
    QVERIFY(!window->isWindowModified());
    QTest::qWait(4000); // longer than the delay of a recovery copy
    QVERIFY(recoveryCopies().isEmpty());
    window.reset();

    auto restarted = launch(file);
    QVERIFY(restarted);
    QVERIFY(!recoveryDialog());
    QVERIFY(!restarted->document()->isModified());
}

// Item 9: a copy whose project equals its file's (same content, other bytes) is not offered,
// and is removed.
void TestRecovery::copyEqualToFileIsNotOffered()
{
    const QString file = m_dir.filePath(QStringLiteral("same.warmshell.json"));
    QFile::remove(file);
    QVERIFY(QFile::copy(MainWindow::labExample(), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openFile(file).isEmpty());
    clickToolbar(*window, "addHallAction");
    QTRY_VERIFY_WITH_TIMEOUT(recoveryCopies().size() == 1, 5000);
    const QString copy = recoveryCopies().constFirst();
    // The file now holds the edited project too, written compactly: other bytes, same project.
    QByteArray compact
        = QJsonDocument::fromJson(serializeProject(window->document()->project())).toJson(QJsonDocument::Compact);
    window.reset();
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(compact), compact.size());
    }
    QVERIFY(compact != [&] {
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    QCOMPARE(canonical(file), canonical(copy));

    auto restarted = launch(MainWindow::labExample());
    QVERIFY(restarted);
    QVERIFY(!recoveryDialog());
    QVERIFY(recoveryCopies().isEmpty());
}

// A copy cut short (a disk filled up before OutputFile existed, or a hand edit) is listed with
// the loader's reason; it cannot be recovered, only discarded, and nothing else changes.
void TestRecovery::damagedCopyIsShownAndCanBeDiscarded()
{
    QDir().mkpath(recoveryFolder());
    const QString copy = recoveryFolder() + QStringLiteral("/damaged.warmshell.json");
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"warmshell-project\", ");
    }
    const LoadResult refused = loadProject(copy);
    QVERIFY(!refused.ok());
    auto restarted = launch(MainWindow::labExample());
    QVERIFY(restarted);
    QDialog *dialog = recoveryDialog();
    QTreeWidget *list = offeredList(dialog);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QVERIFY(rowText(row).contains(QStringLiteral("untitled")));
    QVERIFY(rowText(row).contains(refused.errors.front().toString()));
    clickRow(row);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("recoverButton"))->isEnabled());
    click(dialog, "discardButton");
    QTRY_VERIFY(!recoveryDialog());
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(restarted->document()->fileName(), MainWindow::labExample());
    QVERIFY(!restarted->document()->isModified());
}

// QTEST_MAIN, unless this executable is the child of killedProcessLosesNoEdit().
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString runName = qEnvironmentVariable(kRunNameVariable);
    if (runName.isEmpty()) {
        runName = QStringLiteral("tst_recovery-%1").arg(QCoreApplication::applicationPid());
        qputenv(kRunNameVariable, runName.toUtf8());
    }
    QCoreApplication::setApplicationName(runName);
    const QString childFile = qEnvironmentVariable(kChildFileVariable);
    if (!childFile.isEmpty())
        return editThenWaitForKill(childFile, qEnvironmentVariable(kChildExpectedVariable));
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_recovery.moc"

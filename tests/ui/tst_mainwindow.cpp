// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a person uses it: it opens the campus example, refuses a damaged file
// without losing the open project, selects a rack with the mouse, saves and reopens, and
// looks like something: the screenshot kept in the build tree for review shows the floor
// plan with every rack in its fill, the results and the status bar.

#include "document/document.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "floorplan/rackitem.h"
#include "mainwindow.h"
#include "panels/fleetpanel.h"
#include "panels/fleettablemodel.h"
#include "panels/powerchainpanel.h"
#include "panels/problemspanel.h"
#include "projectfile.h"
#include "results/resultsdock.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

// The campus example read independently of the model's reader.
QJsonObject campusJson()
{
    QFile file(MainWindow::campusExample());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void collectNodeIds(const QStandardItemModel *model, const QModelIndex &parent, QSet<QString> &full, int &referenceRows)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!index.data(PowerChainPanel::CoolingUnitIdRole).toString().isEmpty()
            || !index.data(PowerChainPanel::HouseLoadOfRole).toString().isEmpty()) {
            QCOMPARE(model->rowCount(index), 0); // a node's facility loads are leaves
            continue;
        }
        if (index.data(PowerChainPanel::IsReferenceRole).toBool()) {
            ++referenceRows;
            QCOMPARE(model->rowCount(index), 0); // references have no children
        } else {
            const QString id = index.data(PowerChainPanel::NodeIdRole).toString();
            QVERIFY2(!full.contains(id), qPrintable(id + QStringLiteral(" listed in full twice")));
            full.insert(id);
        }
        collectNodeIds(model, index, full, referenceRows);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensCampusExample();
    void refusesDamagedFile();
    void clickSelectsRack();
    void wheelZoomsAndFitRestores();
    void saveAndReopen();
    void clustersSurviveEditAndSave();
    void screenshotShowsSomething();

private:
    MainWindow *openCampus();
    std::unique_ptr<MainWindow> m_window;
    QJsonObject m_campus;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
    m_campus = campusJson();
    QVERIFY(!m_campus.isEmpty());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::opensCampusExample()
{
    const QJsonObject site = m_campus.value(QStringLiteral("site")).toObject();
    const QString siteName = site.value(QStringLiteral("name")).toString();
    QCOMPARE(m_window->windowTitle(), siteName + QStringLiteral("[*] — WarmShell"));
    QVERIFY(!m_window->isWindowModified());

    // Floor plan: one rack item per rack in the file, each with the file's id.
    const QJsonArray racks = site.value(QStringLiteral("racks")).toArray();
    const QList<RackItem *> rackItems = m_window->floorPlanScene()->rackItems();
    QCOMPARE(rackItems.size(), racks.size());
    QSet<QString> itemIds;
    for (const RackItem *item : rackItems)
        itemIds.insert(item->rackId().toString());
    for (const QJsonValue &rack : racks)
        QVERIFY(itemIds.contains(rack.toObject().value(QStringLiteral("id")).toString()));
    // A rack with pinned systems is marked: darker fill and a tooltip naming its systems.
    const QJsonObject first = racks.first().toObject();
    QVERIFY(!first.value(QStringLiteral("pinned")).toArray().isEmpty());
    const RackItem *pinned = m_window->floorPlanScene()->rackItem(RackId(first.value(QStringLiteral("id")).toString()));
    QVERIFY(pinned);
    QVERIFY(pinned->hasPinned());
    QCOMPARE(pinned->brush().color(), RackItem::fillColor(pinned->cooling(), true));
    QVERIFY(pinned->toolTip().contains(QStringLiteral("Pinned systems")));
    QVERIFY(pinned->toolTip().contains(QStringLiteral("40 kW")));

    // Power chain: every node of the file listed in full exactly once; roots are the nodes
    // with no inputs; a node with two inputs appears once more as a reference row.
    const QJsonArray nodes = site.value(QStringLiteral("powerNodes")).toArray();
    int roots = 0, extraInputs = 0;
    for (const QJsonValue &node : nodes) {
        const qsizetype inputs = node.toObject().value(QStringLiteral("inputs")).toArray().size();
        roots += inputs == 0 ? 1 : 0;
        extraInputs += inputs > 1 ? int(inputs - 1) : 0;
    }
    const QStandardItemModel *tree = m_window->powerChainPanel()->model();
    QSet<QString> listed;
    int referenceRows = 0;
    collectNodeIds(tree, {}, listed, referenceRows);
    QCOMPARE(listed.size(), nodes.size());
    QCOMPARE(tree->rowCount(), roots);
    QCOMPARE(referenceRows, extraInputs);
    QCOMPARE(tree->columnCount(), int(PowerChainPanel::ColumnCount));
    // ...and under its feed, a leaf row per cooling unit with a feed and per house load.
    int fedUnits = 0, houseLoads = 0;
    for (const QJsonValue &unit : site.value(QStringLiteral("coolingUnits")).toArray())
        fedUnits += unit.toObject().contains(QStringLiteral("feed")) ? 1 : 0;
    for (const QJsonValue &node : nodes)
        houseLoads += int(node.toObject().value(QStringLiteral("houseLoads")).toArray().size());
    QVERIFY(fedUnits > 0 && houseLoads > 0); // the campus states its mechanical load
    const auto leaves = [tree](int role) {
        return tree
            ->match(tree->index(0, 0), role, QRegularExpression(QStringLiteral(".+")), -1,
                Qt::MatchRegularExpression | Qt::MatchRecursive)
            .size();
    };
    QCOMPARE(leaves(PowerChainPanel::CoolingUnitIdRole), fedUnits);
    QCOMPARE(leaves(PowerChainPanel::HouseLoadOfRole), houseLoads);

    // Fleet: one row per lot, in file order.
    const QJsonArray fleet = m_campus.value(QStringLiteral("fleet")).toArray();
    const QAbstractItemModel *lots = m_window->fleetPanel()->model();
    QCOMPARE(lots->rowCount(), fleet.size());
    for (int row = 0; row < fleet.size(); ++row) {
        QCOMPARE(lots->index(row, FleetTableModel::LotColumn).data().toString(),
            fleet[row].toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(lots->index(row, FleetTableModel::SystemsColumn).data().toString(),
            QLocale().toString(fleet[row].toObject().value(QStringLiteral("count")).toInt()));
    }

    // Problems: one line per problem, or "No problems found".
    const ProblemsPanel *problems = m_window->problemsPanel();
    if (problems->problemCount() == 0) {
        QCOMPARE(problems->view()->count(), 1);
        QCOMPARE(problems->view()->item(0)->text(), QStringLiteral("No problems found"));
    } else {
        QCOMPARE(problems->view()->count(), problems->problemCount());
    }

    // Status bar: the rack count and the total rack power limit.
    double limitKw = 0;
    for (const QJsonValue &rack : racks)
        limitKw += rack.toObject().value(QStringLiteral("powerLimitKw")).toDouble();
    const QString summary = m_window->statusSummary();
    QVERIFY2(summary.contains(QStringLiteral("%1 racks").arg(racks.size())), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(limitKw / 1000, 'f', 2) + QStringLiteral(" MW")), qPrintable(summary));
}

void TestMainWindow::refusesDamagedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(MainWindow::campusExample());
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString damaged = dir.filePath(QStringLiteral("truncated.warmshell.json"));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();

    const QString nameBefore = m_window->document()->project().site.name;
    const auto racksBefore = m_window->document()->project().site.racks.size();
    const QString titleBefore = m_window->windowTitle();
    const QString fileBefore = m_window->document()->fileName();
    QSignalSpy changed(m_window->document(), &Document::changed);

    const QStringList errors = m_window->openFile(damaged);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().startsWith(QStringLiteral("$")), qPrintable(errors.first())); // names a JSON path
    QVERIFY2(errors.first().contains(QStringLiteral("JSON")), qPrintable(errors.first()));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_window->document()->project().site.name, nameBefore);
    QCOMPARE(m_window->document()->project().site.racks.size(), racksBefore);
    QCOMPARE(m_window->document()->fileName(), fileBefore);
    QCOMPARE(m_window->windowTitle(), titleBefore);
    QCOMPARE(m_window->floorPlanScene()->rackItems().size(), qsizetype(racksBefore));

    // A file that does not exist is refused the same way.
    QStringList missing;
    QVERIFY(!m_window->document()->open(dir.filePath(QStringLiteral("nope.json")), &missing));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(m_window->document()->project().site.name, nameBefore);
}

void TestMainWindow::clickSelectsRack()
{
    FloorPlanScene *scene = m_window->floorPlanScene();
    FloorPlanView *view = m_window->floorPlanView();
    scene->clearSelection();
    const QList<RackItem *> racks = scene->rackItems();
    QVERIFY(racks.size() >= 2);

    for (RackItem *rack : { racks.first(), racks.last() }) {
        const QPoint at = view->mapFromScene(rack->sceneBoundingRect().center());
        QVERIFY(view->viewport()->rect().contains(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        const QList<QGraphicsItem *> selected = scene->selectedItems();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.contains(rack));
        QCOMPARE(scene->selectedRacks(), QList<RackId>{ rack->rackId() });
    }

    // A click on empty floor outside every hall clears the selection.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(scene->selectedItems().isEmpty());
}

void TestMainWindow::wheelZoomsAndFitRestores()
{
    FloorPlanView *view = m_window->floorPlanView();
    view->fitAll();
    const double fitted = view->zoom();
    QVERIFY(view->isFitting());
    view->zoomIn();
    QVERIFY(view->zoom() > fitted);
    QVERIFY(!view->isFitting());
    view->fitAll();
    QCOMPARE(view->zoom(), fitted);
    // The whole plan is visible when fitted.
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(m_window->floorPlanScene()->sceneRect()));
}

void TestMainWindow::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document document;
    QVERIFY(document.open(MainWindow::campusExample(), nullptr));
    QVERIFY(!document.canSaveInPlace()); // a Qt resource
    QVERIFY(!document.save().isEmpty());
    const QString fileName = dir.filePath(QStringLiteral("campus.warmshell.json"));
    QCOMPARE(document.saveAs(fileName), QString());
    QCOMPARE(document.fileName(), fileName);
    QVERIFY(document.canSaveInPlace());
    QVERIFY(!document.isModified());

    const LoadResult reread = loadProject(fileName);
    QVERIFY(reread.ok());
    QVERIFY(*reread.project == document.project());

    // Opening replaces the project and empties the undo stack.
    Document other;
    QSignalSpy changed(&other, &Document::changed);
    QVERIFY(other.open(fileName, nullptr));
    QCOMPARE(changed.count(), 1);
    QVERIFY(other.project() == document.project());
    QCOMPARE(other.undoStack()->count(), 0);
}

// A project with fabric domains and clusters (file format 10), which the app does not edit yet:
// opened, edited (a hall added from the Edit menu's action) and saved with Ctrl+S, the file
// keeps every domain and cluster as they were.
void TestMainWindow::clustersSurviveEditAndSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fixture = QStringLiteral(WARMSHELL_TEST_DATA "/good/clusters.warmshell.json");
    const QString fileName = dir.filePath(QStringLiteral("clusters.warmshell.json"));
    QVERIFY(QFile::copy(fixture, fileName));
    const LoadResult original = loadProject(fixture);
    QVERIFY(original.ok());
    QVERIFY(!original.project->clusters.empty() && !original.project->fabricDomains.empty());
    QVERIFY(m_window->openFile(fileName).isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("addHallAction"))->trigger();
    QVERIFY(m_window->isWindowModified());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isWindowModified());
    const LoadResult saved = loadProject(fileName);
    QVERIFY(saved.ok());
    QCOMPARE(saved.project->site.halls.size(), original.project->site.halls.size() + 1);
    QVERIFY(saved.project->clusters == original.project->clusters);
    QVERIFY(saved.project->fabricDomains == original.project->fabricDomains);
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty()); // as the other tests expect
}

void TestMainWindow::screenshotShowsSomething()
{
    QVERIFY(m_window->openFile(MainWindow::campusExample()).isEmpty());
    QApplication::processEvents();
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    // The whole window, at its size.
    const qreal ratio = image.devicePixelRatio();
    QCOMPARE(image.size(), m_window->size() * ratio);
    QVERIFY(image.width() >= 1000 && image.height() >= 600);

    // The PNG kept for review is that picture.
    const QString dirPath = QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dirPath));
    const QString fileName = dirPath + QStringLiteral("/mainwindow-campus.png");
    QVERIFY(image.save(fileName));
    QCOMPARE(QImage(fileName).convertToFormat(image.format()), image);

    // Not one flat colour: count distinct colours on a coarse grid, of the window and of the
    // regions of the floor plan, the results and the status bar.
    const auto coloursIn = [&](const QRect &windowRect, int step) {
        const QRect rect = QRect(windowRect.topLeft() * ratio, windowRect.size() * ratio) & image.rect();
        QSet<QRgb> colours;
        for (int y = rect.top(); y <= rect.bottom(); y += step)
            for (int x = rect.left(); x <= rect.right(); x += step)
                colours.insert(image.pixel(x, y));
        return colours;
    };
    const auto regionOf
        = [&](const QWidget *widget) { return QRect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size()); };
    const QSet<QRgb> colours = coloursIn(image.rect(), 7);
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    FloorPlanView *view = m_window->floorPlanView();
    const QSet<QRgb> plan = coloursIn(regionOf(view->viewport()), 3);
    QVERIFY2(plan.size() > 5, qPrintable(QString::number(plan.size())));
    QVERIFY(plan.contains(m_window->floorPlanScene()->backgroundBrush().color().rgb()));
    QVERIFY(coloursIn(regionOf(m_window->resultsDock()), 3).size() > 3);
    QVERIFY(coloursIn(regionOf(m_window->statusBar()), 2).size() > 3);
    // The racks' colours are on screen.
    QVERIFY(colours.contains(RackItem::fillColor(CoolingType::Air, false).rgb()));
    QVERIFY(colours.contains(RackItem::fillColor(CoolingType::Liquid, false).rgb()));

    // Each rack is drawn where it stands, in its fill (whatever the colour mode): the pixel at
    // its centre. Racks hatched as over a limit or outlined as selected are left out.
    int checked = 0;
    for (const RackItem *rack : m_window->floorPlanScene()->rackItems()) {
        if (rack->isOverLimit() || rack->isSelected())
            continue;
        const QPoint centre
            = view->viewport()->mapTo(m_window.get(), view->mapFromScene(rack->sceneBoundingRect().center()));
        QCOMPARE(QColor(image.pixel(centre * ratio)), rack->brush().color());
        ++checked;
    }
    QVERIFY(checked > 100);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

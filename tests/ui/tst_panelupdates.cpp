// SPDX-License-Identifier: GPL-3.0-or-later
// The power chain and cooling panels after an edit show exactly what panels built afresh from
// the edited project show, whether they update rows in place (node fields only) or rebuild
// (a connection, a name, the plan start); and a rating edit keeps the tree's items.
#include "panels/coolingpanel.h"
#include "panels/powerchainpanel.h"
#include "project.h"
#include "syntheticsite.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <random>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

// Every row of the tree, depth first: per cell the roles a row shows.
QStringList dump(const QStandardItemModel *model)
{
    QStringList out;
    const std::function<void(const QModelIndex &, int)> visit = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < PowerChainPanel::PlannedColumn; ++c) {
                const QModelIndex i = model->index(r, c, parent);
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                         int(Qt::FontRole), int(Qt::ForegroundRole), int(PowerChainPanel::NodeIdRole),
                         int(PowerChainPanel::IsReferenceRole), int(PowerChainPanel::CoolingUnitIdRole),
                         int(PowerChainPanel::HouseLoadOfRole) })
                    cells << i.data(role).toString();
            }
            out << QString(depth, QLatin1Char(' ')) + cells.join(QLatin1Char('|'));
            visit(model->index(r, 0, parent), depth + 1);
        }
    };
    visit(QModelIndex(), 0);
    return out;
}

QStringList dump(const QTreeWidget *tree)
{
    QStringList out;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        const QTreeWidgetItem *item = tree->topLevelItem(r);
        QStringList cells;
        for (int c = 0; c < CoolingPanel::ColumnCount; ++c)
            cells << item->text(c) << item->toolTip(c);
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestPanelUpdates : public QObject
{
    Q_OBJECT

private slots:
    // 60 random edits of a 400-rack synthetic site: node ratings, deratings, commissioning
    // dates, house loads, names, a connection removed, a cooling unit's capacity, the plan start.
    void panelsMatchAFreshBuild()
    {
        Project project = bench::makeSyntheticSite(400);
        PowerChainPanel chain;
        CoolingPanel cooling;
        chain.setProject(project);
        cooling.setProject(project);
        std::mt19937 random(16);
        const auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
        for (int edit = 0; edit < 60; ++edit) {
            std::vector<PowerNode> nodes = project.site.power.nodes();
            PowerNode node = nodes[pick(nodes.size())];
            switch (edit % 6) {
            case 0:
                node.rating = PowerRating::kilowatts(Kilowatts(100.0 + double(pick(5000))));
                break;
            case 1:
                node.derating = 0.5 + 0.1 * double(pick(5));
                break;
            case 2:
                node.commissioned = project.site.planStart.addMonths(int(pick(24)) - 12);
                break;
            case 3:
                node.houseLoads.push_back({ QStringLiteral("Lights"), Kilowatts(5), QDate() });
                break;
            case 4:
                node.name += QStringLiteral(" (renamed)");
                break;
            case 5:
                if (!project.site.power.inputsOf(node.id).empty())
                    project.site.power.disconnect(project.site.power.inputsOf(node.id).back(), node.id);
                project.site.coolingUnits[pick(project.site.coolingUnits.size())].capacity = Kilowatts(777);
                if (edit % 12 == 5)
                    project.site.planStart = project.site.planStart.addDays(1);
                break;
            }
            *project.site.power.node(node.id) = node;
            chain.setProject(project);
            cooling.setProject(project);
            PowerChainPanel freshChain;
            CoolingPanel freshCooling;
            freshChain.setProject(project);
            freshCooling.setProject(project);
            QCOMPARE(dump(chain.model()), dump(freshChain.model()));
            QCOMPARE(chain.model()->headerData(PowerChainPanel::UsableColumn, Qt::Horizontal),
                freshChain.model()->headerData(PowerChainPanel::UsableColumn, Qt::Horizontal));
            QCOMPARE(dump(cooling.view()), dump(freshCooling.view()));
        }
    }

    // A rating edit updates the node's rows in place: the tree keeps its items (and so the
    // rows the user expanded); its rating cells show the new value.
    void ratingEditKeepsTheTree()
    {
        Project project = bench::makeSyntheticSite(400);
        PowerChainPanel chain;
        chain.setProject(project);
        QStandardItem *firstRow = chain.model()->item(0, 0);
        const PowerNodeId id(firstRow->data(PowerChainPanel::NodeIdRole).toString());
        chain.view()->collapseAll();
        project.site.power.node(id)->rating = PowerRating::kilowatts(Kilowatts(123456));
        chain.setProject(project);
        QCOMPARE(chain.model()->item(0, 0), firstRow);
        QVERIFY(chain.model()->item(0, PowerChainPanel::RatingColumn)->text().contains(QStringLiteral("123")));
        QVERIFY(!chain.view()->isExpanded(chain.model()->index(0, 0))); // the user's collapse stays
    }
};

QTEST_MAIN(TestPanelUpdates)
#include "tst_panelupdates.moc"

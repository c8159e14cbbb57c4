// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Procurement…: the dialog driven by clicks and keys on the campus example, its table
// and Gantt chart against the model's plan for the same input, and the not-current mark.
#include "catalog.h"
#include "charts/chartstyle.h"
#include "mainwindow.h"
#include "procurement/procurementdialog.h"
#include "projectfile.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

Project campus()
{
    const LoadResult r = loadProject(QStringLiteral(WARMSHELL_SOURCE_DIR "/resources/examples/campus.warmshell.json"));
    if (!r.ok())
        qFatal("the campus example does not load");
    return *r.project;
}

} // namespace

class TestProcurementDialog : public QObject
{
    Q_OBJECT

private slots:
    // The planner sets a 200 M USD budget by keys, presses Plan, and reads the schedule: the
    // table and the chart show the orders planProcurement gives for the dialog's input.
    void planFromTheDialog()
    {
        ProcurementDialog dialog(campus());
        dialog.resize(1366, 768);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *budget = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"));
        budget->setFocus();
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("200"));
        QTest::keyClick(budget, Qt::Key_Tab);
        QCOMPARE(budget->value(), 200.0);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("candidateList"));
        QStringList checked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(checked,
            (QStringList{
                QStringLiteral("dgx-b300"), QStringLiteral("gb300-nvl72"), QStringLiteral("mi355x-platform") }));

        QSignalSpy planned(&dialog, &ProcurementDialog::planned);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("planButton")), Qt::LeftButton);
        QVERIFY(planned.wait(60000));

        const ProcurementPlan direct = planProcurement(campus(), Catalog::builtIn(), dialog.input());
        QVERIFY(direct.problems.empty());
        const auto &orders = dialog.plan().plan.orders;
        QVERIFY(!orders.empty());
        QCOMPARE(orders.size(), direct.plan.orders.size());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("orderTable"));
        QCOMPARE(table->rowCount(), int(orders.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, 0)->text(), direct.plan.orders[size_t(r)].model.toString());
            QCOMPARE(table->item(r, 3)->text(), QString::number(direct.plan.orders[size_t(r)].count));
            QCOMPARE(table->item(r, 2)->text(), direct.plan.orders[size_t(r)].delivered.toString(Qt::ISODate));
        }
        auto *chart = dialog.findChild<QCustomPlot *>(QStringLiteral("ganttChart"));
        auto *inService = charts::plottableNamed<QCPBars>(chart, QStringLiteral("in service"));
        QVERIFY(inService);
        QCOMPARE(inService->data()->size(), int(orders.size()));
        // The first order's bar: in service from its delivery quarter to the 12th.
        const ProcurementOrder &first = orders.front();
        const int lead = first.quarter + 2; // delivery quarter with the dialog's lead time of 2
        QCOMPARE(inService->data()->at(0)->value, double(12 - lead));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("procurementSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("proven within")), qPrintable(summary->text()));

        const QString dir = QStringLiteral(WARMSHELL_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/procurement-dialog.png")));

        // An input changed (the discount rate typed over): the plan shown is marked as not current.
        auto *discount = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("discountSpin"));
        discount->setFocus();
        discount->selectAll();
        QTest::keyClicks(discount, QStringLiteral("9"));
        QTest::keyClick(discount, Qt::Key_Tab);
        QCOMPARE(discount->value(), 9.0);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Not current")), qPrintable(summary->text()));
        // Enter plans again, for the new rate: current again.
        QTest::keyClick(discount, Qt::Key_Enter);
        QVERIFY(planned.wait(60000));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Plan: ")), qPrintable(summary->text()));
        QCOMPARE(dialog.plan().plan.orders.size(), size_t(table->rowCount()));
    }

    // The main window offers it in the Tools menu, with an icon.
    void toolsMenuOffersIt()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("procurementAction"));
        QVERIFY(action);
        QVERIFY(!action->icon().isNull());
        auto *tools = window.findChild<QMenu *>(QStringLiteral("toolsMenu"));
        QVERIFY(tools && tools->actions().contains(action));
        QVERIFY(window.menuBar()->actions().contains(tools->menuAction()));
    }
};

QTEST_MAIN(TestProcurementDialog)
#include "tst_procurementdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariosdock.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/scenariocommands.h"
#include "overrideform.h"
#include "overridetext.h"
#include "problemtext.h"
#include "scenariocomparedialog.h"
#include "solve/solvecontroller.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

ScenariosDock::ScenariosDock(Document *document, SolveController *solve, QWidget *parent)
    : QDockWidget(tr("Scenarios"), parent), m_document(document), m_solve(solve)
{
    setObjectName(QStringLiteral("scenariosDock"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createListPart());
    splitter->addWidget(createOverridePart());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);
    connect(m_document, &Document::changed, this, &ScenariosDock::refresh);
    // Another project (opened, new): the controller is back on its base.
    connect(m_solve, &SolveController::scenarioChanged, this, [this](const QString &name) {
        if (name.isEmpty() && m_list->currentRow() > 0)
            m_list->setCurrentRow(0);
    });
    refresh();
}

QWidget *ScenariosDock::createListPart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 0);
    m_list = new QListWidget(part);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Scenarios"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    QPushButton *add = button(tr("New"), "newScenarioButton", part);
    m_rename = button(tr("Rename"), "renameScenarioButton", part);
    m_duplicate = button(tr("Duplicate"), "duplicateScenarioButton", part);
    m_delete = button(tr("Delete"), "deleteScenarioButton", part);
    for (QPushButton *b : { add, m_rename, m_duplicate, m_delete })
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_compare = button(tr("Compare Side by Side…"), "compareScenariosButton", part);
    m_compare->setToolTip(tr("The base and %1 to %2 scenarios: GPUs, idle cost and facility MW per period")
                              .arg(kMinComparedScenarios)
                              .arg(kMaxComparedScenarios));
    layout->addWidget(m_compare);
    connect(m_compare, &QPushButton::clicked, this, &ScenariosDock::openComparison);
    connect(add, &QPushButton::clicked, this, &ScenariosDock::newScenario);
    connect(m_rename, &QPushButton::clicked, this, [this] { m_list->editItem(m_list->currentItem()); });
    connect(m_duplicate, &QPushButton::clicked, this, &ScenariosDock::duplicateScenario);
    connect(m_delete, &QPushButton::clicked, this, &ScenariosDock::deleteScenario);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenariosDock::currentRowChanged);
    connect(m_list, &QListWidget::itemChanged, this, &ScenariosDock::itemRenamed);
    return part;
}

QWidget *ScenariosDock::createOverridePart()
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 0, 4, 4);
    m_table = new QTableWidget(0, 2, part);
    m_table->setObjectName(QStringLiteral("overrideTable"));
    m_table->setAccessibleName(tr("Changes of the scenario"));
    m_table->setHorizontalHeaderLabels({ tr("Change"), tr("Settings") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 2);
    auto *buttons = new QHBoxLayout;
    m_newKind = new QComboBox(part);
    m_newKind->setObjectName(QStringLiteral("newOverrideKind"));
    for (const OverrideKindSpec &spec : kOverrideKinds)
        m_newKind->addItem(QLatin1String(spec.label), int(spec.kind));
    m_addOverride = button(tr("Add"), "addOverrideButton", part);
    m_removeOverride = button(tr("Remove"), "removeOverrideButton", part);
    buttons->addWidget(m_newKind, 1);
    buttons->addWidget(m_addOverride);
    buttons->addWidget(m_removeOverride);
    layout->addLayout(buttons);
    m_form = new OverrideForm(part);
    layout->addWidget(m_form);
    m_problems = new QLabel(part);
    m_problems->setObjectName(QStringLiteral("scenarioProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    layout->addWidget(m_problems);
    layout->addStretch();
    connect(m_addOverride, &QPushButton::clicked, this, &ScenariosDock::addOverride);
    connect(m_removeOverride, &QPushButton::clicked, this, &ScenariosDock::removeOverride);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScenariosDock::showForm);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const int index = currentScenario();
        if (index >= 0 && row >= 0 && size_t(row) < m_document->project().scenarios[size_t(index)].overrides.size())
            emit changeActivated(m_document->project().scenarios[size_t(index)].overrides[size_t(row)]);
    });
    return part;
}

int ScenariosDock::currentScenario() const
{
    const int row = m_list->currentRow();
    return row >= 1 && size_t(row) <= m_document->project().scenarios.size() ? row - 1 : -1;
}

// The list is rebuilt from the project; the current row stays where it was (so a rename, or
// its undo, keeps the scenario viewed and re-solves it under its new name).
void ScenariosDock::refresh()
{
    const std::vector<Scenario> &scenarios = m_document->project().scenarios;
    const int row = std::min(std::max(m_list->currentRow(), 0), int(scenarios.size()));
    m_filling = true;
    m_list->clear();
    auto *base = new QListWidgetItem(tr("Base (the project as it is)"), m_list);
    base->setFlags(base->flags() & ~Qt::ItemIsEditable);
    for (const Scenario &s : scenarios) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(s.description);
    }
    m_list->setCurrentRow(row);
    m_filling = false;
    m_compare->setEnabled(int(scenarios.size()) >= kMinComparedScenarios);
    currentRowChanged();
}

void ScenariosDock::currentRowChanged()
{
    if (m_filling)
        return;
    const int index = currentScenario();
    const bool isScenario = index >= 0;
    for (QWidget *w :
        { static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_duplicate), static_cast<QWidget *>(m_delete),
            static_cast<QWidget *>(m_addOverride), static_cast<QWidget *>(m_newKind) })
        w->setEnabled(isScenario);
    m_solve->setScenario(isScenario ? m_document->project().scenarios[size_t(index)].name : QString());
    fillTable();
}

void ScenariosDock::fillTable()
{
    const int index = currentScenario();
    const int selected = m_table->currentRow();
    m_filling = true;
    m_table->setRowCount(0);
    if (index >= 0) {
        const Scenario &s = m_document->project().scenarios[size_t(index)];
        m_table->setRowCount(int(s.overrides.size()));
        for (int row = 0; row < int(s.overrides.size()); ++row) {
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("kindCombo"));
            for (const OverrideKindSpec &spec : kOverrideKinds)
                combo->addItem(QLatin1String(spec.label), int(spec.kind));
            combo->setCurrentIndex(combo->findData(int(s.overrides[size_t(row)].kind)));
            // Queued: the edit rebuilds the table, and with it this combo.
            connect(
                combo, &QComboBox::activated, this, [this, row](int k) { setKind(row, k); }, Qt::QueuedConnection);
            m_table->setCellWidget(row, 0, combo);
            auto *item = new QTableWidgetItem(overrideSummary(s.overrides[size_t(row)]));
            item->setToolTip(item->text());
            m_table->setItem(row, 1, item);
        }
        m_table->resizeColumnToContents(0);
    }
    m_filling = false;
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::clamp(selected, 0, m_table->rowCount() - 1));
    showForm();
    showProblems();
}

void ScenariosDock::showForm()
{
    if (m_filling)
        return;
    const int index = currentScenario();
    const int row = m_table->currentRow();
    m_removeOverride->setEnabled(index >= 0 && row >= 0);
    if (index < 0 || row < 0 || row >= m_table->rowCount()) {
        m_form->show(nullptr, m_document->project(), {}, {});
        return;
    }
    const Scenario &s = m_document->project().scenarios[size_t(index)];
    QStringList addedLots; // lots the changes before this one add
    for (int k = 0; k < row; ++k)
        if (s.overrides[size_t(k)].kind == OverrideKind::AddLot)
            addedLots << s.overrides[size_t(k)].newLot.id.toString();
    m_form->show(
        &s.overrides[size_t(row)], m_document->project(), addedLots, [this, index, row](const ScenarioOverride &value) {
            m_document->undoStack()->push(new SetOverrideCommand(m_document, size_t(index), size_t(row), value));
        });
}

void ScenariosDock::showProblems()
{
    const int index = currentScenario();
    QStringList lines;
    if (index >= 0) {
        const Project &p = m_document->project();
        const QString own = QStringLiteral("$.scenarios[%1].").arg(index);
        std::vector<Problem> problems;
        for (Problem &problem : scenarioProblems(p, &Catalog::builtIn()))
            if (problem.path.startsWith(own))
                problems.push_back(std::move(problem));
        std::vector<Problem> applied;
        applyScenario(p, p.scenarios[size_t(index)], index, applied);
        for (Problem &problem : applied)
            if (std::find(problems.begin(), problems.end(), problem) == problems.end())
                problems.push_back(std::move(problem));
        // Named as the Problems dock names them ("Scenario Late A100 (overrides[0].lot): …"),
        // with the path on a line of its own under each.
        const QStringList readable = readableProblems(p, problems);
        for (size_t i = 0; i < problems.size(); ++i) {
            const QString &path = problems[i].path;
            const QString &words = readable[qsizetype(i)];
            // As the Problems dock: no "at" line for a problem without a path or one that says it.
            lines << (path.isEmpty() || words.contains(path) ? words
                                                             : words + QLatin1Char('\n') + tr("at %1").arg(path));
        }
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void ScenariosDock::itemRenamed(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const int index = m_list->row(item) - 1;
    const std::vector<Scenario> &scenarios = m_document->project().scenarios;
    if (index < 0 || size_t(index) >= scenarios.size())
        return;
    const QString name = item->text().trimmed();
    const bool taken
        = std::any_of(scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    if (name.isEmpty() || taken) { // refused: the old name comes back
        QMetaObject::invokeMethod(this, &ScenariosDock::refresh, Qt::QueuedConnection);
        return;
    }
    // Queued: the edit rebuilds the list, whose delegate is still closing this item's editor.
    QMetaObject::invokeMethod(
        this,
        [this, index, name] {
            if (size_t(index) < m_document->project().scenarios.size())
                m_document->undoStack()->push(new RenameScenarioCommand(m_document, size_t(index), name));
        },
        Qt::QueuedConnection);
}

void ScenariosDock::newScenario()
{
    const QString name = scenarioNameLike(m_document->project().scenarios, tr("Scenario"));
    m_document->undoStack()->push(new AddScenarioCommand(m_document, Scenario{ name, {}, {} }));
    m_list->setCurrentRow(m_list->count() - 1);
}

void ScenariosDock::duplicateScenario()
{
    const int index = currentScenario();
    if (index < 0)
        return;
    const std::vector<Scenario> &scenarios = m_document->project().scenarios;
    const QString name = scenarioNameLike(scenarios, tr("%1 copy").arg(scenarios[size_t(index)].name));
    m_document->undoStack()->push(new DuplicateScenarioCommand(m_document, size_t(index), name));
    m_list->setCurrentRow(index + 2);
}

void ScenariosDock::deleteScenario()
{
    const int index = currentScenario();
    if (index >= 0)
        m_document->undoStack()->push(new DeleteScenarioCommand(m_document, size_t(index)));
}

void ScenariosDock::addOverride()
{
    const int index = currentScenario();
    if (index < 0)
        return;
    const auto kind = OverrideKind(m_newKind->currentData().toInt());
    m_document->undoStack()->push(
        new AddOverrideCommand(m_document, size_t(index), defaultOverride(kind, m_document->project())));
    m_table->selectRow(m_table->rowCount() - 1);
}

void ScenariosDock::removeOverride()
{
    const int index = currentScenario();
    const int row = m_table->currentRow();
    if (index >= 0 && row >= 0)
        m_document->undoStack()->push(new RemoveOverrideCommand(m_document, size_t(index), size_t(row)));
}

// Another kind for a change: a new change of that kind in its place (the fields differ).
void ScenariosDock::setKind(int row, int kindIndex)
{
    const int index = currentScenario();
    if (index < 0 || kindIndex < 0 || size_t(kindIndex) >= std::size(kOverrideKinds))
        return;
    const OverrideKind kind = kOverrideKinds[kindIndex].kind;
    if (m_document->project().scenarios[size_t(index)].overrides[size_t(row)].kind == kind)
        return;
    m_document->undoStack()->push(
        new SetOverrideCommand(m_document, size_t(index), size_t(row), defaultOverride(kind, m_document->project())));
}

void ScenariosDock::openComparison()
{
    QStringList first;
    for (const Scenario &s : m_document->project().scenarios)
        if (first.size() < kMaxComparedScenarios)
            first << s.name;
    auto *dialog = new ScenarioCompareDialog(m_document->project(), first, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace warmshell::ui

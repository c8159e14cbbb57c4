// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace warmshell::ui {

class Document;
class OverrideForm;
class SolveController;

// The project's scenarios (issue 19): "Base" and each scenario in a list whose current row
// is the one viewed — the controller then solves the project with that scenario applied, so
// the floor plan, results and status bar show it (the results name it). New, Rename (in
// place, F2 or the button), Duplicate and Delete; under the list the current scenario's
// changes (overrides) in a table with a kind combo per row, Add (of the kind chosen beside
// it) and Remove, and the selected change's fields (OverrideForm). Every edit is one undo
// command on the document (ui/edit/scenariocommands.h); the dock re-reads the project on
// Document::changed(), so undo and redo show here at once. What a scenario names that does
// not exist is listed in red under the table (applyScenario's and scenarioProblems' words).
// "Compare Side by Side…" opens ScenarioCompareDialog; it is enabled with at least two scenarios.
class ScenariosDock : public QDockWidget
{
    Q_OBJECT

public:
    // Neither argument is owned; both must outlive the dock.
    ScenariosDock(Document *document, SolveController *solve, QWidget *parent = nullptr);

    QListWidget *scenarioList() const { return m_list; }
    QTableWidget *overrideTable() const { return m_table; }
    // The scenario of the list's current row; -1 for Base or no row.
    int currentScenario() const;

signals:
    // A change of the current scenario was double-clicked: the window shows the object it
    // names in the Properties dock, which edits the viewed scenario.
    void changeActivated(const warmshell::ScenarioOverride &change);

private:
    QWidget *createListPart();
    QWidget *createOverridePart();
    void refresh(); // on Document::changed()
    void fillTable();
    void showForm();
    void showProblems();
    void currentRowChanged();
    void itemRenamed(QListWidgetItem *item);
    void newScenario();
    void duplicateScenario();
    void deleteScenario();
    void addOverride();
    void removeOverride();
    void setKind(int row, int kindIndex);
    // Opens the side-by-side dialog on a copy of the project, its first six scenarios ticked.
    void openComparison();

    Document *m_document;
    SolveController *m_solve;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_compare;
    QTableWidget *m_table;
    QComboBox *m_newKind;
    QPushButton *m_addOverride;
    QPushButton *m_removeOverride;
    OverrideForm *m_form;
    QLabel *m_problems;
    bool m_filling = false; // the list or table is being filled: its signals are not edits
};

} // namespace warmshell::ui

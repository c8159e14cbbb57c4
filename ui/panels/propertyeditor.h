// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"

#include <QDockWidget>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFormLayout;
class QMenu;
class QLabel;
class QToolButton;
class QUndoCommand;

namespace warmshell {
struct FieldRange;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class Document;

// The "Properties" dock: the fields of the site, or of the selected hall, row, rack, power node,
// cooling unit or fleet lot — or of every selected rack at once ("24 racks" in the header: a field whose value
// differs between them reads "(mixed)", and an edit sets it on all of them as one undo
// entry) — each with a message line under it. An edit is parsed and range-checked first: text
// that is not a number, NaN, a negative or absurd value is refused with a message naming
// the accepted range, and nothing is written; the refused text stays for correction while
// the field has focus, and once focus leaves the field shows the model's value again. A valid edit pushes one property
// command (a Return or focus change commits a line edit; a combo box commits on choice). The messages also show what
// validateProject() reports for that field of the object (matched by the object's JSON path); problems about the object
// as a whole appear at the top. Each field editor's object name is the field's JSON key ("powerLimitKw",
// "rating.value").
class PropertyEditor : public QDockWidget
{
    Q_OBJECT

public:
    enum class Subject { None, Rack, PowerNode, CoolingUnit, Lot, Site, Hall, Row };

    explicit PropertyEditor(Document *document, QWidget *parent = nullptr);
    ~PropertyEditor() override;

    void showRack(const RackId &id);
    // Every rack of `ids` (in that order); none: nothing.
    void showRacks(const QList<RackId> &ids);
    void showPowerNode(const PowerNodeId &id);
    void showCoolingUnit(const CoolingUnitId &id);
    void showLot(const LotId &id);
    // The site's settings: name, currency, plan start, period, horizon, thermal model.
    void showSite();
    void showHall(const HallId &id);
    void showRow(const RowId &id);
    void showNothing();

    // Re-reads the shown object (cleared when it no longer exists) and the problems.
    void refresh(const std::vector<Problem> &problems);

    // The scenario the dock edits, by name (as SolveController::scenario()); empty: the base
    // site. While it names a scenario of the project, the page shows the project with that
    // scenario applied under a banner, and a field an override kind can express
    // (scenariofields.h) is written as an override of the scenario — one undo step for every
    // selected object, the base site unchanged — with the base value under it and a Revert
    // button that removes the override; every other field is read-only, its tooltip says why.
    void setScenario(const QString &name);
    const QString &scenario() const { return m_scenario; }
    // Whether a scenario is edited: setScenario() named one the project has.
    bool editsScenario() const { return scenarioIndex() >= 0; }
    // The banner over the page while a scenario is edited; empty otherwise.
    QString banner() const;

    Subject subject() const { return m_subject; }
    // The first object shown; all of them.
    QString subjectId() const { return m_ids.isEmpty() ? QString() : m_ids.front(); }
    const QStringList &subjectIds() const { return m_ids; }
    // The header: "Rack: A-01 (rack-1)", "24 racks", "Nothing selected".
    QString title() const;
    // The editor of field `key`, null when the subject has no such field.
    QWidget *editor(const QString &key) const;
    // The Revert button of field `key` while a scenario is edited; null when it has none.
    QToolButton *revertButton(const QString &key) const;
    // The line under field `key` with its base value while a scenario is edited; empty when none.
    QString baseHint(const QString &key) const;
    // The message shown under field `key`; empty when none.
    QString message(const QString &key) const;
    // Problems about the subject as a whole.
    QString generalMessage() const;

    struct Field;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row;
    void show(Subject subject, const QStringList &ids);
    void build();
    int scenarioIndex() const; // of scenario() in the project; -1: none
    const Project &shownProject(); // the project with the edited scenario applied, or the base
    void updateBanner();
    void scenarioEditor(Row &row, int index); // a field's editor while a scenario is edited
    void showScenarioState(Row &row, const QStringList &baseValues);
    void pushOverrides(Row &row, const std::optional<QVariant> &value); // nullopt: revert
    void createEditor(Row &row, int index); // row `index` of the form
    void updateValues();
    void updateTitle();
    QHash<QString, QStringList> fieldProblems(); // field key -> messages; sets m_general
    void showValue(Row &row, const QStringList &values);
    std::optional<QVariant> parse(Row &row); // the editor's value; nullopt: nothing to commit
    void commit(int row);
    QWidget *withTypicalButton(Row &row, int index); // the editor and its "Typical" menu
    void fillTypicalMenu(QMenu *menu, int index);
    void push(const Row &row, const QVariant &value); // one undo entry for every subject
    QString jsonPathOf(const QString &id) const; // "$.site.racks[3]" of a subject; empty when it is gone
    QString jsonPath() const; // of the one subject shown; empty when it is gone or several are shown

    Document *m_document;
    Subject m_subject = Subject::None;
    QStringList m_ids;
    std::vector<Problem> m_problems;

    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QString m_scenario;
    bool m_builtForScenario = false; // the form's editors are those of a scenario
    std::unique_ptr<Project> m_applied; // shownProject()'s cache; reset on every change
    QLabel *m_banner;
    QLabel *m_title;
    QLabel *m_general;
    std::vector<Row> m_rows;
};

} // namespace warmshell::ui

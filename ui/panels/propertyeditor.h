// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "problem.h"

#include <QDockWidget>
#include <QVariant>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QUndoCommand;

namespace warmshell {
struct FieldRange;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class Document;

// The "Properties" dock: the fields of the selected rack, power node, cooling unit or fleet
// lot, each with a message line under it. An edit is parsed and range-checked first: text
// that is not a number, NaN, a negative or absurd value is refused with a message naming
// the accepted range, and nothing is written. A valid edit pushes one property command (a
// Return or focus change commits a line edit; a combo box commits on choice). The messages
// also show what validateProject() reports for that field of the object (matched by the
// object's JSON path); problems about the object as a whole appear at the top.
// Each field editor's object name is the field's JSON key ("powerLimitKw", "rating.value").
class PropertyEditor : public QDockWidget
{
    Q_OBJECT

public:
    enum class Subject { None, Rack, PowerNode, CoolingUnit, Lot };

    explicit PropertyEditor(Document *document, QWidget *parent = nullptr);
    ~PropertyEditor() override;

    void showRack(const RackId &id);
    void showPowerNode(const PowerNodeId &id);
    void showCoolingUnit(const CoolingUnitId &id);
    void showLot(const LotId &id);
    void showNothing();

    // Re-reads the shown object (cleared when it no longer exists) and the problems.
    void refresh(const std::vector<Problem> &problems);

    Subject subject() const { return m_subject; }
    QString subjectId() const { return m_id; }
    // The editor of field `key`, null when the subject has no such field.
    QWidget *editor(const QString &key) const;
    // The message shown under field `key`; empty when none.
    QString message(const QString &key) const;
    // Problems about the subject as a whole.
    QString generalMessage() const;

    struct Field;

private:
    void show(Subject subject, const QString &id);
    void build();
    void updateValues();
    void commit(int row);
    QString jsonPath() const; // "$.site.racks[3]" of the subject; empty when it is gone

    Document *m_document;
    Subject m_subject = Subject::None;
    QString m_id;
    std::vector<Problem> m_problems;

    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QLabel *m_title;
    QLabel *m_general;
    struct Row;
    std::vector<Row> m_rows;
};

} // namespace warmshell::ui

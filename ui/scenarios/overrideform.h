// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QWidget>

#include <functional>

class QFormLayout;

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

// The fields of one override, one editor per field of its kind's spec (kOverrideKinds): a
// list of power nodes, of nodes and cooling units, of lots or of system models; a date
// (an optional one shows "—" at its lowest value, meaning none); a spin box for months,
// counts and amounts; a line for a new lot's id and name. A maintenance window is shown, not
// edited. Each editor, when its edit is finished, hands the whole override with that field
// changed to `commit` (the dock pushes a SetOverrideCommand); nothing is written here.
class OverrideForm : public QWidget
{
    Q_OBJECT

public:
    using Commit = std::function<void(const ScenarioOverride &)>;

    explicit OverrideForm(QWidget *parent = nullptr);

    // Shows `value`'s fields with choices from `project` (and the lots the scenario's earlier
    // overrides add, `addedLots`); replaces the editors shown before. Empty with no value.
    void show(const ScenarioOverride *value, const Project &project, const QStringList &addedLots, Commit commit);

private:
    QWidget *editorFor(const OverrideFieldSpec &field, const Project &project, const QStringList &addedLots);
    QWidget *choiceEditor(const OverrideFieldSpec &field, const QStringList &ids, const QString &current, bool none);
    QWidget *dateEditor(const OverrideFieldSpec &field, const QDate &current);
    QWidget *numberEditor(const OverrideFieldSpec &field, double value, double min, double max, int decimals);
    QWidget *textEditor(const OverrideFieldSpec &field, const QString &current);
    // Sets `field` of a copy of the override shown from `text` (ids, names) / `date` / `number`
    // and commits it when it differs.
    void commitField(OverrideField field, const QVariant &value);

    QFormLayout *m_layout;
    ScenarioOverride m_value;
    Commit m_commit;
};

} // namespace warmshell::ui

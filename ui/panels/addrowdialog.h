// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QDialog>
#include <QPointF>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace warmshell::ui {

// "Add Row at a Position" (Site menu): the keyboard's way to what the Add Row tool does with a
// drag — the hall, where the row's first rack stands (its centre, metres from the hall's
// top-left corner) and how many racks, one every 0.6 m along x. The boxes stay inside the
// chosen hall (the number of racks at most what fits from x to the right wall) and start at
// placement::nextRowStart(), the whole width's worth of racks. OK tries the row on `project`
// (placement::rowAt()) and, when every place is taken by a rack already there, says which and
// stays open. Never changes the project: the caller adds row().
class AddRowDialog : public QDialog
{
    Q_OBJECT

public:
    // `preferred`: the hall chosen at first when the site has it, else the first hall.
    AddRowDialog(const Project &project, const HallId &preferred, QWidget *parent = nullptr);

    HallId hall() const;
    QPointF start() const; // metres from the hall's origin
    int rackCount() const;
    QPointF end() const; // the last rack's centre (placement::rowEnd())

    QComboBox *hallBox() const { return m_hall; }
    QDoubleSpinBox *xBox() const { return m_x; }
    QDoubleSpinBox *yBox() const { return m_y; }
    QSpinBox *countBox() const { return m_count; }
    // Why OK did not close the dialog; empty when it has not refused.
    QString refusal() const;

public slots:
    void accept() override;

private:
    void hallChanged();
    void updateCountRange();
    void updateNote();

    const Project &m_project;
    QComboBox *m_hall;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QSpinBox *m_count;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace warmshell::ui

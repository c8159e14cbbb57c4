// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/measuredpower.h"

#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace warmshell::ui {

// Plan → Measured Power…: asks for a measured power file (CSV or JSON Lines,
// docs/measured-power.md) and the window [from, to) in UTC, and hands them to `load`, which
// imports them (importMeasuredPowerFile, as `warmshell-cli measured` does) and returns the
// problems; empty when imported. On problems the dialog stays open and lists them (each with its
// line); on success it closes (accepted).
class MeasuredPowerDialog : public QDialog
{
    Q_OBJECT

public:
    using Load = std::function<std::vector<Problem>(const QString &fileName, const MeasurementWindow &window)>;

    explicit MeasuredPowerDialog(Load load, QWidget *parent = nullptr);

    void setFileName(const QString &fileName);
    void setWindow(const MeasurementWindow &window);
    // The problems of the last attempt as listed, one per line; empty when none.
    QString problemsText() const;

    // Imports what the fields say; true (and the dialog accepted) when imported.
    bool importNow();

private:
    Load m_load;
    QLineEdit *m_file;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPlainTextEdit *m_problems;
};

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace warmshell::ui {

// A dock showing one analysis of the current plan: a status line, an Analyse button and a
// table of results. Filled by whoever owns the plan on analyseRequested() (the button, or the
// dock shown while its table is not current); setNotCurrent() marks the table when the plan
// changes. Subclasses fill the table and then call markCurrent(). The table's first cell of a
// row carries the failure it stands for in KindRole and ObjectRole.
class AnalysisDock : public QDockWidget
{
    Q_OBJECT

public:
    // Item data roles of a row's first cell: the failure's kind (int) and object id.
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int ObjectRole = Qt::UserRole + 2;

    // Keeps the rows but says they are of an older plan, with `why`.
    void setNotCurrent(const QString &why);
    bool isCurrent() const { return m_current; }
    // The table is on screen (not hidden, nor behind another dock's tab).
    bool isShown() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *analyseButton() const { return m_analyse; }
    QLabel *status() const { return m_status; }

signals:
    void analyseRequested();

protected:
    // Object names of the dock, its table and its button (for tests and saved layouts).
    struct ObjectNames
    {
        const char *dock, *table, *button;
    };
    AnalysisDock(const QString &title, const ObjectNames &names, const QStringList &headers,
        const QString &analyseToolTip, QWidget *parent);

    // The table holds the current plan's results; the status line says `text`.
    void markCurrent(const QString &text);
    // A right-aligned number cell showing `text`, sorted by `value`.
    static QTableWidgetItem *numberItem(const QString &text, double value);

    QTableWidget *m_table;
    QPushButton *m_analyse;
    QLabel *m_status;

private:
    void analyseIfShown();

    bool m_current = false;
};

} // namespace warmshell::ui

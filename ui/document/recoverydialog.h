// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/recoverycopy.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace warmshell::ui {

// "Recover unsaved work": the recovery copies left by instances that did not close, one row
// each with when it was written, the file it edits (or "untitled") and what it holds (site,
// racks, lots; or why it cannot be read). Recover opens the selected copy and closes the
// dialog; Discard removes the selected copy for good; Decide Later keeps the rest for the next
// launch. The dialog decides nothing itself: it emits recoverRequested / discardRequested.
// Object names for tests: recoveryDialog, recoveryList, recoverButton, discardButton,
// laterButton.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(QList<RecoveryCopy> copies, QWidget *parent);

    // The text of a copy's "contents" column: "Lab hall — 1 hall, 20 racks, 2 lots".
    static QString contents(const RecoveryCopy &copy);

signals:
    void recoverRequested(const warmshell::ui::RecoveryCopy &copy);
    void discardRequested(const warmshell::ui::RecoveryCopy &copy);

private:
    void fillList();
    int selectedIndex() const; // into m_copies; -1 when no row is selected
    void recoverSelected();
    void discardSelected();
    void updateButtons();

    QList<RecoveryCopy> m_copies;
    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace warmshell::ui

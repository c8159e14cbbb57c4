// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDockWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class CustomModelDialog;
class Document;
class FleetTableModel;

// The "Fleet" dock: the lots table (FleetTableModel: edits become undo commands) and a
// catalog browser listing every system model, built in or the project's own, with the
// public source of each figure in the tooltips and a "Sources" column. While the document
// views a scenario the table shows the fleet as that scenario has it (FleetTableModel).
class FleetPanel : public QDockWidget
{
    Q_OBJECT

public:
    FleetPanel(Document *document, QWidget *parent = nullptr);

    void setProject(const Project &project, const Catalog &builtIn);

    QTableView *view() const { return m_view; }
    FleetTableModel *model() const { return m_model; }
    QTreeWidget *catalogView() const { return m_catalog; }
    // The lot of the current row; null when none.
    LotId currentLot() const;
    void selectLot(const LotId &id);

    QPushButton *addCustomModelButton() const { return m_addCustomModel; }
    // The dialog addCustomModel() opened and that is still open; null otherwise.
    CustomModelDialog *customModelDialog() const { return m_dialog; }

public slots:
    // Opens the "Add Custom Model" dialog (window-modal, returns at once); when it is accepted
    // the model joins the project's catalog through an AddCustomModelCommand.
    void addCustomModel();

signals:
    void lotActivated(const warmshell::LotId &id);
    // A transient status-bar message: why an edit of the lots table was refused, or that a
    // model added while a scenario is viewed joined the catalog every scenario shares.
    void message(const QString &text, int msec);

private:
    FleetTableModel *m_model;
    QTableView *m_view;
    QTreeWidget *m_catalog;
    Document *m_document;
    QPushButton *m_addCustomModel;
    CustomModelDialog *m_dialog = nullptr;
};

} // namespace warmshell::ui

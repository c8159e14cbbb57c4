// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDockWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;
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
class TenantTableModel;

// The "Fleet" dock: the lots table (FleetTableModel: edits become undo commands; a lot's
// tenant is chosen from a combo box of the tenants and "operator (none)"), the tenants table
// (TenantTableModel: name, priority and quotas edited in place, Add Tenant and Remove Tenant,
// a refused value's reason under the table) and a catalog browser listing every system model,
// built in or the project's own, with the public source of each figure in the tooltips and a
// "Sources" column. While the document views a scenario the lots table shows the fleet as that
// scenario has it (FleetTableModel), the tenants table is read-only (TenantTableModel) and Add
// Tenant and Remove Tenant are disabled, their tooltips saying why; a refused edit of either
// table is also said in the status bar (message()).
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

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tenantView() const { return m_tenantView; }
    TenantTableModel *tenantModel() const { return m_tenantModel; }
    QPushButton *addTenantButton() const { return m_addTenant; }
    QPushButton *removeTenantButton() const { return m_removeTenant; }
    // The reason the last edit of the tenants table was refused; empty after a good one.
    QString tenantMessage() const;
    // The tenant of the tenants table's current row; null when none.
    TenantId currentTenant() const;
    void selectTenant(const TenantId &id);

    QPushButton *addCustomModelButton() const { return m_addCustomModel; }
    // The dialog addCustomModel() opened and that is still open; null otherwise.
    CustomModelDialog *customModelDialog() const { return m_dialog; }

public slots:
    // Opens the "Add Custom Model" dialog (window-modal, returns at once); when it is accepted
    // the model joins the project's catalog through an AddCustomModelCommand.
    void addCustomModel();
    // Adds a tenant ("Tenant N", priority 0, no quota; one undo step), shows the Tenants tab and
    // opens its name for typing.
    void addTenant();
    // Removes the tenants table's current tenant (its lots become the operator's own).
    void removeTenant();

signals:
    void lotActivated(const warmshell::LotId &id);
    // A transient status-bar message: why an edit of the lots table was refused, or that a
    // model added while a scenario is viewed joined the catalog every scenario shares.
    void message(const QString &text, int msec);

private:
    QWidget *createTenantsPage();
    void showTenants(); // the tenants table re-read, its current row kept
    // Why tenants cannot be added (or removed) now: a scenario is viewed; empty when they can.
    QString tenantEditRefusal(bool remove) const;

    FleetTableModel *m_model;
    QTableView *m_view;
    QTreeWidget *m_catalog;
    Document *m_document;
    QPushButton *m_addCustomModel;
    CustomModelDialog *m_dialog = nullptr;
    QTabWidget *m_tabs;
    TenantTableModel *m_tenantModel;
    QTableView *m_tenantView;
    QPushButton *m_addTenant;
    QPushButton *m_removeTenant;
    QLabel *m_tenantMessage;
};

} // namespace warmshell::ui

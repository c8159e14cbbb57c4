// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetpanel.h"

#include "catalog.h"
#include "custommodeldialog.h"
#include "document/document.h"
#include "edit/addcustommodelcommand.h"
#include "edit/idallocator.h"
#include "edit/tenantcommands.h"
#include "fleettablemodel.h"
#include "format.h"
#include "project.h"
#include "tenanttablemodel.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {
QString figure(const SystemModel &m, const QString &key, const QString &value)
{
    const auto it = m.sources.constFind(key);
    if (it == m.sources.cend())
        return FleetPanel::tr("%1 — no source given").arg(value);
    QString text = FleetPanel::tr("%1 — %2 [%3]").arg(value, it->source, it->confidence);
    if (!it->note.isEmpty())
        text += QStringLiteral(" (") + it->note + QLatin1Char(')');
    return text;
}

// The lot table's tenant cell: a combo box of "operator (none)" and the project's tenants,
// committed as soon as one is chosen (FleetTableModel::setData pushes the command).
class TenantDelegate : public QStyledItemDelegate
{
public:
    TenantDelegate(Document *document, QObject *parent) : QStyledItemDelegate(parent), m_document(document) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("lotTenantCombo"));
        combo->addItem(FleetTableModel::operatorText(), QString());
        for (const Tenant &t : m_document->project().tenants)
            combo->addItem(t.name.isEmpty() ? t.id.toString() : t.name, t.id.toString());
        // The commit resets the table (the document changed), which closes the editor.
        connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<TenantDelegate *>(this)->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        if (combo->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentData(), Qt::EditRole);
    }

private:
    Document *m_document;
};
} // namespace

FleetPanel::FleetPanel(Document *document, QWidget *parent)
    : QDockWidget(tr("Fleet"), parent), m_model(new FleetTableModel(document, Catalog::builtIn(), this)),
      m_view(new QTableView(this)), m_catalog(new QTreeWidget(this)), m_document(document),
      m_addCustomModel(new QPushButton(tr("Add Custom &Model…"), this)), m_tabs(new QTabWidget(this)),
      m_tenantModel(new TenantTableModel(document, this)), m_tenantView(new QTableView(this)),
      m_addTenant(new QPushButton(tr("Add &Tenant"), this)),
      m_removeTenant(new QPushButton(tr("&Remove Tenant"), this)), m_tenantMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("fleetDock"));
    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setAccessibleName(tr("Fleet lots"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(FleetTableModel::TenantColumn, new TenantDelegate(document, m_view));
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                emit lotActivated(LotId(current.data(FleetTableModel::LotIdRole).toString()));
        });

    connect(m_model, &FleetTableModel::refused, this, [this](const QString &reason) { emit message(reason, 8000); });
    connect(document, &Document::viewedScenarioChanged, this,
        [this] { setProject(m_document->project(), Catalog::builtIn()); });

    m_catalog->setObjectName(QStringLiteral("catalogView"));
    m_catalog->setAccessibleName(tr("Catalog of system models"));
    m_catalog->setHeaderLabels(
        { tr("Model"), tr("Generation"), tr("GPUs"), tr("Power"), tr("Height"), tr("Price (USD)"), tr("Sources") });
    m_catalog->setRootIsDecorated(false);
    m_catalog->setAlternatingRowColors(true);

    QTabWidget *tabs = m_tabs;
    tabs->setObjectName(QStringLiteral("fleetTabs"));
    tabs->addTab(m_view, tr("Lots"));
    tabs->addTab(createTenantsPage(), tr("Tenants"));
    m_addCustomModel->setObjectName(QStringLiteral("addCustomModelButton"));
    m_addCustomModel->setToolTip(tr("Add a system model the built-in catalog lacks to this project's catalog"));
    connect(m_addCustomModel, &QPushButton::clicked, this, &FleetPanel::addCustomModel);
    auto *catalogPage = new QWidget(this);
    auto *catalogLayout = new QVBoxLayout(catalogPage);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    catalogLayout->setSpacing(2);
    catalogLayout->addWidget(m_catalog, 1);
    catalogLayout->addWidget(m_addCustomModel, 0, Qt::AlignLeft);
    tabs->addTab(catalogPage, tr("Catalog"));
    setWidget(tabs);
}

void FleetPanel::setProject(const Project &project, const Catalog &builtIn)
{
    const LotId current = currentLot();
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->reset();
        if (!current.isNull())
            selectLot(current);
    }
    m_view->resizeColumnsToContents();
    showTenants();

    m_catalog->clear();
    const auto add = [&](const SystemModel &m, bool custom) {
        auto *item = new QTreeWidgetItem(m_catalog);
        item->setText(0, custom ? tr("%1 (project)").arg(m.name) : m.name);
        item->setText(1, m.generation);
        item->setText(2, QString::number(m.gpusPerSystem));
        item->setText(3, format::kilowatts(m.power));
        item->setText(4, m.wholeRack ? tr("whole rack") : tr("%1 U").arg(m.height.value()));
        item->setText(5, QLocale().toString(m.price.value(), 'f', 0));
        QStringList sources;
        for (auto it = m.sources.cbegin(); it != m.sources.cend(); ++it)
            sources << it->source;
        sources.removeDuplicates();
        item->setText(6, sources.join(QStringLiteral("; ")));
        item->setToolTip(2, figure(m, QStringLiteral("gpusPerSystem"), item->text(2)));
        item->setToolTip(3, figure(m, QStringLiteral("powerKw"), item->text(3)));
        item->setToolTip(4, figure(m, QStringLiteral("heightU"), item->text(4)));
        item->setToolTip(5, figure(m, QStringLiteral("priceUsd"), item->text(5)));
        item->setToolTip(6, sources.join(QLatin1Char('\n')));
        item->setData(0, Qt::UserRole, m.id.toString());
    };
    for (const SystemModel &m : project.customModels)
        add(m, true);
    for (const SystemModel &m : builtIn.models())
        add(m, false);
    for (int c = 0; c < 6; ++c)
        m_catalog->resizeColumnToContents(c);
}

QWidget *FleetPanel::createTenantsPage()
{
    m_tenantView->setObjectName(QStringLiteral("tenantView"));
    m_tenantView->setAccessibleName(tr("Tenants"));
    m_tenantView->setModel(m_tenantModel);
    m_tenantView->setAlternatingRowColors(true);
    m_tenantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tenantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tenantView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_tenantView->verticalHeader()->setVisible(false);
    m_tenantView->horizontalHeader()->setStretchLastSection(true);
    m_addTenant->setObjectName(QStringLiteral("addTenantButton"));
    m_removeTenant->setObjectName(QStringLiteral("removeTenantButton"));
    m_tenantMessage->setObjectName(QStringLiteral("tenantMessage"));
    m_tenantMessage->setWordWrap(true);
    m_tenantMessage->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    m_tenantMessage->hide();
    connect(m_addTenant, &QPushButton::clicked, this, &FleetPanel::addTenant);
    connect(m_removeTenant, &QPushButton::clicked, this, &FleetPanel::removeTenant);
    connect(m_tenantModel, &TenantTableModel::refusalChanged, this, [this](const QString &refusal) {
        m_tenantMessage->setText(refusal);
        m_tenantMessage->setVisible(!refusal.isEmpty());
        if (!refusal.isEmpty())
            emit message(refusal, 8000);
    });
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tenantView, 1);
    layout->addWidget(m_tenantMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTenant);
    buttons->addWidget(m_removeTenant);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void FleetPanel::showTenants()
{
    const TenantId current = currentTenant();
    {
        const QSignalBlocker block(m_tenantView->selectionModel());
        m_tenantModel->reset();
        if (!current.isNull())
            selectTenant(current);
    }
    m_tenantView->resizeColumnsToContents();
    // While a scenario is viewed the buttons are off, their tooltips saying why (the tenants
    // are the base project's, which every scenario shares).
    const QString addRefusal = tenantEditRefusal(false), removeRefusal = tenantEditRefusal(true);
    m_addTenant->setEnabled(addRefusal.isEmpty());
    m_removeTenant->setEnabled(removeRefusal.isEmpty() && !m_document->project().tenants.empty());
    m_addTenant->setToolTip(addRefusal.isEmpty()
            ? tr("Add a tenant: an owner of lots with a priority, reserved racks and quotas")
            : addRefusal);
    m_removeTenant->setToolTip(
        removeRefusal.isEmpty() ? tr("Remove the selected tenant; its lots become the operator's own") : removeRefusal);
}

QString FleetPanel::tenantEditRefusal(bool remove) const
{
    if (m_document->viewedScenarioIndex() < 0)
        return {};
    return remove
        ? tr("Scenario «%1» is viewed: switch to the base site to remove tenants").arg(m_document->viewedScenario())
        : tr("Scenario «%1» is viewed: switch to the base site to add tenants").arg(m_document->viewedScenario());
}

QString FleetPanel::tenantMessage() const
{
    return m_tenantMessage->text();
}

TenantId FleetPanel::currentTenant() const
{
    const QModelIndex current = m_tenantView->currentIndex();
    return current.isValid() ? TenantId(current.data(TenantTableModel::TenantIdRole).toString()) : TenantId();
}

void FleetPanel::selectTenant(const TenantId &id)
{
    for (int r = 0; r < m_tenantModel->rowCount(); ++r) {
        const QModelIndex index = m_tenantModel->index(r, TenantTableModel::NameColumn);
        if (index.data(TenantTableModel::TenantIdRole).toString() == id.toString()) {
            m_tenantView->setCurrentIndex(index);
            return;
        }
    }
}

void FleetPanel::addTenant()
{
    if (const QString refusal = tenantEditRefusal(false); !refusal.isEmpty()) {
        emit message(refusal, 8000);
        return;
    }
    const Project &project = m_document->project();
    Tenant tenant;
    tenant.id = TenantId(IdAllocator(project).next(QStringLiteral("tenant")));
    tenant.name = tr("Tenant %1").arg(tenant.id.toString().section(QLatin1Char('-'), -1));
    m_document->undoStack()->push(new AddTenantCommand(m_document, tenant));
    m_tabs->setCurrentWidget(m_tenantView->parentWidget());
    selectTenant(tenant.id);
    m_tenantView->setFocus();
    m_tenantView->edit(m_tenantView->currentIndex());
}

void FleetPanel::removeTenant()
{
    if (const QString refusal = tenantEditRefusal(true); !refusal.isEmpty()) {
        emit message(refusal, 8000);
        return;
    }
    const TenantId current = currentTenant();
    if (!current.isNull())
        m_document->undoStack()->push(new RemoveTenantCommand(m_document, current));
}

void FleetPanel::addCustomModel()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new CustomModelDialog(m_document->project(), Catalog::builtIn(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_document->undoStack()->push(new AddCustomModelCommand(m_document, m_dialog->model()));
        if (m_document->viewedScenarioIndex() >= 0)
            emit message(tr("%1 joined the project's catalog, which the base site and every scenario share")
                             .arg(m_dialog->model().name),
                8000);
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

LotId FleetPanel::currentLot() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? LotId(current.data(FleetTableModel::LotIdRole).toString()) : LotId();
}

void FleetPanel::selectLot(const LotId &id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (index.data(FleetTableModel::LotIdRole).toString() == id.toString()) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace warmshell::ui

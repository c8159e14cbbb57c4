// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetpanel.h"

#include "catalog.h"
#include "custommodeldialog.h"
#include "document/document.h"
#include "edit/addcustommodelcommand.h"
#include "fleettablemodel.h"
#include "format.h"
#include "project.h"

#include <QHeaderView>
#include <QPushButton>
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
} // namespace

FleetPanel::FleetPanel(Document *document, QWidget *parent)
    : QDockWidget(tr("Fleet"), parent), m_model(new FleetTableModel(document, Catalog::builtIn(), this)),
      m_view(new QTableView(this)), m_catalog(new QTreeWidget(this)), m_document(document),
      m_addCustomModel(new QPushButton(tr("Add Custom &Model…"), this))
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

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_view, tr("Lots"));
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

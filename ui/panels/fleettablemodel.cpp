// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettablemodel.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/properties.h"
#include "fieldlimits.h"
#include "format.h"

#include <QUndoStack>

namespace warmshell::ui {

FleetTableModel::FleetTableModel(Document *document, const Catalog &builtIn, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_catalog(builtIn)
{
}

void FleetTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().fleet.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LotColumn:
        return tr("Lot");
    case ModelColumn:
        return tr("Model");
    case GenerationColumn:
        return tr("Generation");
    case SystemsColumn:
        return tr("Systems");
    case GpusColumn:
        return tr("GPUs");
    case UnitCostColumn:
        return tr("Unit cost");
    case DeliveredColumn:
        return tr("Delivered");
    case OnOrderColumn:
        return tr("On order at %1").arg(format::date(m_document->project().site.planStart));
    case DepreciationColumn:
        return tr("Depreciation");
    case TenantColumn:
        return tr("Tenant");
    }
    return {};
}

QString FleetTableModel::operatorText()
{
    return tr("operator (none)");
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    const Project &project = m_document->project();
    if (!index.isValid() || index.row() >= int(project.fleet.size()))
        return {};
    const FleetLot &lot = project.fleet[size_t(index.row())];
    const SystemModel *model = project.model(lot.model, m_catalog);
    const QString unknown = QStringLiteral("?");
    if (role == LotIdRole)
        return lot.id.toString();
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return c == SystemsColumn || c == GpusColumn || c == UnitCostColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == LotColumn)
        return lot.id.toString();
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case LotColumn:
            return lot.name;
        case SystemsColumn:
            return lot.count;
        case UnitCostColumn:
            return lot.unitCost.value();
        case DeliveredColumn:
            return lot.delivered;
        case TenantColumn:
            return lot.tenant.toString();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LotColumn:
        return lot.name.isEmpty() ? lot.id.toString() : lot.name;
    case ModelColumn:
        return model ? model->name : tr("%1 (unknown model)").arg(lot.model.toString());
    case GenerationColumn:
        return model ? model->generation : unknown;
    case SystemsColumn:
        return QLocale().toString(lot.count);
    case GpusColumn:
        return model ? QLocale().toString(lot.count * model->gpusPerSystem) : unknown;
    case UnitCostColumn:
        return format::money(lot.unitCost, project.site.currency);
    case DeliveredColumn:
        return format::date(lot.delivered);
    case OnOrderColumn:
        return lot.isOnOrderAt(project.site.planStart) ? tr("yes") : tr("no");
    case DepreciationColumn:
        return format::depreciation(lot.depreciation);
    case TenantColumn:
        return tenantText(project, lot.tenant);
    }
    return {};
}

QString FleetTableModel::tenantText(const Project &project, const TenantId &id)
{
    if (id.isNull())
        return operatorText();
    const int index = tenantIndex(project, id);
    if (index < 0)
        return tr("%1 (unknown tenant)").arg(id.toString());
    const Tenant &tenant = project.tenants[size_t(index)];
    return tenant.name.isEmpty() ? tenant.id.toString() : tenant.name;
}

Qt::ItemFlags FleetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    if (c == LotColumn || c == SystemsColumn || c == UnitCostColumn || c == DeliveredColumn || c == TenantColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FleetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Project &project = m_document->project();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(project.fleet.size()))
        return false;
    const LotId id = project.fleet[size_t(index.row())].id;
    m_lastRefusal.clear();
    QUndoCommand *command = nullptr;
    bool ok = false;
    switch (index.column()) {
    case LotColumn:
        command = new SetLotPropertyCommand<QString>(m_document, id, properties::lotName, value.toString().trimmed());
        break;
    case SystemsColumn: {
        const double v = value.toDouble(&ok);
        if (!ok || !limits::lotCount.contains(v) || v != std::floor(v))
            m_lastRefusal = tr("$.fleet[%1].count: %2")
                                .arg(index.row())
                                .arg(ok ? limits::lotCount.violation(v) : tr("not a number"));
        else
            command = new SetLotPropertyCommand<int>(m_document, id, properties::lotCount, int(v));
        break;
    }
    case UnitCostColumn: {
        const double v = value.toDouble(&ok);
        if (!ok || !limits::money.contains(v))
            m_lastRefusal = tr("$.fleet[%1].unitCost: %2")
                                .arg(index.row())
                                .arg(ok ? limits::money.violation(v) : tr("not a number"));
        else
            command = new SetLotPropertyCommand<Money>(m_document, id, properties::lotUnitCost, Money(v));
        break;
    }
    case DeliveredColumn: {
        const QDate date = value.typeId() == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid())
            m_lastRefusal = tr("$.fleet[%1].delivered: expected a date YYYY-MM-DD").arg(index.row());
        else
            command = new SetLotPropertyCommand<QDate>(m_document, id, properties::lotDelivered, date);
        break;
    }
    case TenantColumn: {
        const TenantId tenant(value.toString());
        if (!tenant.isNull() && tenantIndex(project, tenant) < 0)
            m_lastRefusal = tr("$.fleet[%1].tenant: no tenant has the id %2").arg(index.row()).arg(tenant.toString());
        else
            command = new SetLotPropertyCommand<TenantId>(m_document, id, properties::lotTenant, tenant);
        break;
    }
    default:
        return false;
    }
    if (!command)
        return false;
    m_document->undoStack()->push(command); // the document's changed() leads to reset()
    return true;
}

} // namespace warmshell::ui

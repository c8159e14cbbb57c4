// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenanttablemodel.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/properties.h"
#include "fieldlimits.h"
#include "format.h"

#include <QLocale>
#include <QUndoStack>

#include <cmath>

namespace warmshell::ui {

namespace {

const char *const kKeys[] = { "name", "priority", "minGpus", "maxGpus", "maxMegawatts" };

QString optionalText(const std::optional<int> &v)
{
    return v ? QLocale().toString(*v) : QString();
}

// "12 racks, 1 hall"; "—" for none.
QString reservedText(const Tenant &t)
{
    QStringList parts;
    const auto racks = int(t.reservedRacks.size()), halls = int(t.reservedHalls.size());
    if (racks > 0)
        parts << (racks == 1 ? TenantTableModel::tr("1 rack") : TenantTableModel::tr("%n racks", nullptr, racks));
    if (halls > 0)
        parts << (halls == 1 ? TenantTableModel::tr("1 hall") : TenantTableModel::tr("%n halls", nullptr, halls));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

// "2 lots, 56 GPUs": the tenant's own fleet, so a planner sees what a quota is measured against.
QString lotsText(const Project &project, const TenantId &id)
{
    int lots = 0, gpus = 0;
    for (const FleetLot &lot : project.fleet) {
        if (lot.tenant != id)
            continue;
        ++lots;
        if (const SystemModel *model = project.model(lot.model, Catalog::builtIn()))
            gpus += lot.count * model->gpusPerSystem;
    }
    const QString text
        = lots == 1 ? TenantTableModel::tr("1 lot, %1 GPUs") : TenantTableModel::tr("%n lots, %1 GPUs", nullptr, lots);
    return text.arg(QLocale().toString(gpus));
}

} // namespace

TenantTableModel::TenantTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(rowCount())
{
}

void TenantTableModel::reset()
{
    // The same rows (an edit of one tenant, committed from an open cell editor): the cells
    // change in place, so the editor that made the edit is not destroyed under it.
    const int rows = rowCount();
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().tenants.size());
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= MinGpusColumn && section <= MaxMegawattsColumn)
        return tr("Empty: no quota. GPUs and MW count the tenant's energized systems at the plan date.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tenant");
    case PriorityColumn:
        return tr("Priority");
    case MinGpusColumn:
        return tr("Min GPUs");
    case MaxGpusColumn:
        return tr("Max GPUs");
    case MaxMegawattsColumn:
        return tr("Max MW");
    case ReservedColumn:
        return tr("Reserved");
    case LotsColumn:
        return tr("Lots");
    }
    return {};
}

QVariant TenantTableModel::display(int row, int column) const
{
    const Project &project = m_document->project();
    const Tenant &t = project.tenants[size_t(row)];
    switch (column) {
    case NameColumn:
        return t.name.isEmpty() ? t.id.toString() : t.name;
    case PriorityColumn:
        return QLocale().toString(t.priority);
    case MinGpusColumn:
        return optionalText(t.minGpus);
    case MaxGpusColumn:
        return optionalText(t.maxGpus);
    case MaxMegawattsColumn:
        return t.maxMegawatts ? QLocale().toString(*t.maxMegawatts, 'g', 12) : QString();
    case ReservedColumn:
        return reservedText(t);
    case LotsColumn:
        return lotsText(project, t.id);
    }
    return {};
}

// What the cell editor starts with: the value as typed, without group separators.
QVariant TenantTableModel::edit(int row, int column) const
{
    const Tenant &t = m_document->project().tenants[size_t(row)];
    switch (column) {
    case NameColumn:
        return t.name;
    case PriorityColumn:
        return QString::number(t.priority);
    case MinGpusColumn:
        return t.minGpus ? QString::number(*t.minGpus) : QString();
    case MaxGpusColumn:
        return t.maxGpus ? QString::number(*t.maxGpus) : QString();
    case MaxMegawattsColumn:
        return t.maxMegawatts ? QString::number(*t.maxMegawatts, 'g', 12) : QString();
    }
    return {};
}

bool TenantTableModel::scenarioViewed() const
{
    return m_document->viewedScenarioIndex() >= 0;
}

QString TenantTableModel::scenarioReason(int column)
{
    switch (column) {
    case NameColumn:
        return tr("a scenario cannot change a tenant's name; edit the base site");
    case PriorityColumn:
        return tr("a scenario cannot change a tenant's priority; edit the base site");
    case MinGpusColumn:
    case MaxGpusColumn:
    case MaxMegawattsColumn:
        return tr("a scenario cannot change a tenant's quotas; edit the base site");
    case ReservedColumn:
        return tr("a scenario cannot change a tenant's reservations; edit the base site");
    default:
        return tr("a scenario cannot change a tenant's lots; edit the base site");
    }
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    const Project &project = m_document->project();
    if (!index.isValid() || index.row() >= int(project.tenants.size()))
        return {};
    const Tenant &t = project.tenants[size_t(index.row())];
    switch (role) {
    case TenantIdRole:
        return t.id.toString();
    case Qt::ToolTipRole:
        if (scenarioViewed()) // the same tenants in every scenario: say so where the edit was expected
            return index.column() == NameColumn ? t.id.toString() + QLatin1Char('\n') + scenarioReason(NameColumn)
                                                : scenarioReason(index.column());
        return index.column() == NameColumn ? t.id.toString() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= PriorityColumn && index.column() <= MaxMegawattsColumn
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::EditRole:
        return edit(index.row(), index.column());
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    }
    return {};
}

Qt::ItemFlags TenantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() <= MaxMegawattsColumn && !scenarioViewed())
        f |= Qt::ItemIsEditable;
    return f;
}

namespace {

// `text` as a whole number in `range`; nullopt with `refusal` set when it is not one.
std::optional<int> wholeNumber(const QString &text, const FieldRange &range, QString &refusal)
{
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    const double value = ok ? v : text.toDouble(&ok);
    if (!ok)
        refusal = TenantTableModel::tr("not a number");
    else if (!range.contains(value))
        refusal = range.violation(value);
    else if (value != std::floor(value))
        refusal = TenantTableModel::tr("must be a whole number, got %1").arg(text);
    else
        return int(value);
    return std::nullopt;
}

} // namespace

// The command for `text` typed into `column` of `row`; null with m_lastRefusal set when refused,
// null without it when there is nothing to do.
QUndoCommand *TenantTableModel::command(int row, int column, const QString &text)
{
    using namespace properties;
    const TenantId id = m_document->project().tenants[size_t(row)].id;
    QString why;
    if (column == NameColumn) {
        if (text.isEmpty())
            why = tr("must not be empty");
        else
            return new SetTenantPropertyCommand<QString>(m_document, id, tenantName, text);
    } else if (column == PriorityColumn) {
        if (const auto v = wholeNumber(text, limits::tenantPriority, why))
            return new SetTenantPropertyCommand<int>(m_document, id, tenantPriority, *v);
    } else if (column == MinGpusColumn || column == MaxGpusColumn) {
        const auto &property = column == MinGpusColumn ? tenantMinGpus : tenantMaxGpus;
        if (text.isEmpty())
            return new SetTenantPropertyCommand<std::optional<int>>(m_document, id, property, std::nullopt);
        if (const auto v = wholeNumber(text, limits::quotaGpus, why))
            return new SetTenantPropertyCommand<std::optional<int>>(m_document, id, property, *v);
    } else if (column == MaxMegawattsColumn) {
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = text.toDouble(&ok);
        if (text.isEmpty())
            return new SetTenantPropertyCommand<std::optional<double>>(m_document, id, tenantMaxMegawatts, {});
        if (!ok)
            why = tr("not a number");
        else if (!limits::quotaMegawatts.contains(v))
            why = limits::quotaMegawatts.violation(v);
        else
            return new SetTenantPropertyCommand<std::optional<double>>(m_document, id, tenantMaxMegawatts, v);
    }
    if (!why.isEmpty())
        m_lastRefusal = QStringLiteral("$.tenants[%1].%2: %3").arg(row).arg(QLatin1String(kKeys[column]), why);
    return nullptr;
}

bool TenantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() || index.column() > MaxMegawattsColumn)
        return false;
    m_lastRefusal.clear();
    if (scenarioViewed()) {
        m_lastRefusal
            = tr("Scenario «%1» is viewed: %2").arg(m_document->viewedScenario(), scenarioReason(index.column()));
        emit refusalChanged(m_lastRefusal);
        return false;
    }
    QUndoCommand *edit = command(index.row(), index.column(), value.toString().trimmed());
    emit refusalChanged(m_lastRefusal);
    if (!edit)
        return false;
    m_document->undoStack()->push(edit); // the document's changed() leads to reset()
    return true;
}

} // namespace warmshell::ui

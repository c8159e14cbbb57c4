// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettablemodel.h"

#include "catalog.h"
#include "document/document.h"
#include "edit/properties.h"
#include "edit/scenariocommands.h"
#include "fieldlimits.h"
#include "format.h"
#include "scenariofields.h"

#include <QUndoStack>

namespace warmshell::ui {

namespace {

// The key and label of a column's field on a lot's property page (scenariofields.h); null
// key: the column is no field of the page.
std::pair<const char *, const char *> lotField(int column)
{
    switch (column) {
    case FleetTableModel::LotColumn:
        return { "name", QT_TRANSLATE_NOOP("warmshell::ui::FleetTableModel", "Name") };
    case FleetTableModel::SystemsColumn:
        return { "count", QT_TRANSLATE_NOOP("warmshell::ui::FleetTableModel", "Systems") };
    case FleetTableModel::UnitCostColumn:
        return { "unitCost", QT_TRANSLATE_NOOP("warmshell::ui::FleetTableModel", "Unit cost") };
    case FleetTableModel::DeliveredColumn:
        return { "delivered", QT_TRANSLATE_NOOP("warmshell::ui::FleetTableModel", "Delivered") };
    case FleetTableModel::TenantColumn:
        return { "tenant", QT_TRANSLATE_NOOP("warmshell::ui::FleetTableModel", "Tenant") };
    default:
        return { nullptr, nullptr };
    }
}

QDate dateOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate ? value.toDate()
                                              : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

} // namespace

FleetTableModel::FleetTableModel(Document *document, const Catalog &builtIn, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_catalog(builtIn)
{
}

FleetTableModel::~FleetTableModel() = default;

void FleetTableModel::reset()
{
    beginResetModel();
    m_applied.reset();
    if (const int index = m_document->viewedScenarioIndex(); index >= 0) {
        const Project &base = m_document->project();
        std::vector<Problem> ignored; // the Scenarios dock lists what the scenario names that is missing
        m_applied = std::make_unique<Project>(applyScenario(base, base.scenarios[size_t(index)], index, ignored));
    }
    endResetModel();
}

const Project &FleetTableModel::shown() const
{
    return m_applied ? *m_applied : m_document->project();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shown().fleet.size());
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
        return tr("On order at %1").arg(format::date(shown().site.planStart));
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
    const Project &project = shown();
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
    if (role == Qt::ToolTipRole && m_applied)
        return scenarioToolTip(index);
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
    if (m_applied
            ? c == DeliveredColumn
            : c == LotColumn || c == SystemsColumn || c == UnitCostColumn || c == DeliveredColumn || c == TenantColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

// In scenario mode: what the cell is and where an edit of it goes.
QVariant FleetTableModel::scenarioToolTip(const QModelIndex &index) const
{
    const auto [key, label] = lotField(index.column());
    const QString scenario = m_document->viewedScenario();
    if (!key)
        return tr("As in scenario «%1»").arg(scenario);
    if (index.column() != DeliveredColumn)
        return scenariofields::readOnlyReason(PropertyEditor::Subject::Lot, QLatin1String(key), tr(label));
    const QString id = shown().fleet[size_t(index.row())].id.toString();
    const auto *mapping = scenariofields::mappingFor(PropertyEditor::Subject::Lot, QLatin1String(key));
    const QString base = mapping->read(m_document->project(), id);
    return tr("The delivery date in scenario «%1» (base site: %2); an edit is stored as %3")
        .arg(scenario, base.isEmpty() ? tr("a lot the scenario adds") : base,
            mapping->describe(m_document->project(), id));
}

// In scenario mode: the delivery date becomes the scenario's delay-delivery of the lot.
bool FleetTableModel::setScenarioData(const QModelIndex &index, const QVariant &value)
{
    const auto [key, label] = lotField(index.column());
    const int scenario = m_document->viewedScenarioIndex();
    const auto *mapping = key ? scenariofields::mappingFor(PropertyEditor::Subject::Lot, QLatin1String(key)) : nullptr;
    if (!mapping || scenario < 0) {
        m_lastRefusal = key
            ? scenariofields::readOnlyReason(PropertyEditor::Subject::Lot, QLatin1String(key), tr(label))
            : tr("a scenario cannot change this column; edit the base site");
        emit refused(m_lastRefusal);
        return false;
    }
    const QString id = shown().fleet[size_t(index.row())].id.toString();
    const QDate date = dateOf(value);
    const Project &base = m_document->project();
    scenariofields::OverridesEdit edit = date.isValid()
        ? scenariofields::editOverrides(base, size_t(scenario), *mapping, { id }, QVariant(date))
        : scenariofields::OverridesEdit{ {}, tr("expected a date YYYY-MM-DD") };
    if (!edit.refusal.isEmpty()) {
        m_lastRefusal = tr("Scenario «%1», lot %2: %3").arg(m_document->viewedScenario(), id, edit.refusal);
        emit refused(m_lastRefusal);
        return false;
    }
    if (edit.overrides == base.scenarios[size_t(scenario)].overrides)
        return true; // the date the scenario already gives
    m_document->undoStack()->push(
        new SetScenarioOverridesCommand(m_document, size_t(scenario), std::move(edit.overrides),
            tr("Change %1 of %2 in scenario %3").arg(tr(label), id, m_document->viewedScenario())));
    return true;
}

bool FleetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(shown().fleet.size()))
        return false;
    m_lastRefusal.clear();
    if (m_applied)
        return setScenarioData(index, value);
    const Project &project = m_document->project();
    const LotId id = project.fleet[size_t(index.row())].id;
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
        const QDate date = dateOf(value);
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
    if (!command) {
        if (!m_lastRefusal.isEmpty())
            emit refused(m_lastRefusal);
        return false;
    }
    m_document->undoStack()->push(command); // the document's changed() leads to reset()
    return true;
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QAbstractTableModel>

#include <memory>

namespace warmshell {
class Catalog;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class Document;

// The fleet as a table, one row per lot in file order. Reads the document's project; the
// lot name, systems, unit cost, delivery date and tenant are editable, and setData() pushes a
// SetLotPropertyCommand instead of writing (a value out of range, or not a number or date,
// is refused: setData() returns false, nothing changes and refused() says why). Call reset()
// after the document changed or another scenario is viewed.
//
// While the document views a scenario (Document::viewedScenarioIndex()), the rows are the
// fleet with that scenario applied (lots it adds included); the delivery date is stored as
// the scenario's delay-delivery (scenariofields.h: one SetScenarioOverridesCommand, the base
// lot untouched) and every other cell is read-only, its tooltip saying why.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LotColumn,
        ModelColumn,
        GenerationColumn,
        SystemsColumn,
        GpusColumn,
        UnitCostColumn,
        DeliveredColumn,
        OnOrderColumn,
        DepreciationColumn,
        TenantColumn, // edit role: the tenant's id, empty for the operator's own
        ColumnCount
    };
    enum Role { LotIdRole = Qt::UserRole + 1 };

    FleetTableModel(Document *document, const Catalog &builtIn, QObject *parent = nullptr);
    ~FleetTableModel() override;

    void reset();
    // What the tenant column shows for `id`: the tenant's name, or operatorText() for none.
    static QString tenantText(const Project &project, const TenantId &id);
    static QString operatorText(); // "operator (none)": the operator's own lots
    // Why the last setData() was refused; empty after a good one.
    const QString &lastRefusal() const { return m_lastRefusal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // setData() refused an edit; `reason` names the field ("$.fleet[1].count: …") or says
    // why a scenario cannot store it.
    void refused(const QString &reason);

private:
    const Project &shown() const; // the document's project, or it with the viewed scenario applied
    bool setScenarioData(const QModelIndex &index, const QVariant &value);
    QVariant scenarioToolTip(const QModelIndex &index) const;

    Document *m_document;
    const Catalog &m_catalog;
    QString m_lastRefusal;
    std::unique_ptr<Project> m_applied; // set by reset() while a scenario is viewed
};

} // namespace warmshell::ui

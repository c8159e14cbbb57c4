// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class QUndoCommand;

namespace warmshell::ui {

class Document;

// The project's tenants as a table, one row per tenant in file order (model/tenant.h). Name,
// priority and the three quotas are editable; setData() pushes one SetTenantPropertyCommand
// instead of writing. A quota cell left empty means no quota. A value that is not a whole
// number (GPUs, priority) or a number (MW), or is out of range, is refused: setData() returns
// false, nothing changes and lastRefusal() names the field by its JSON path and says why. The
// reserved racks and halls and the tenant's lots are read only (reservations are edited on the
// floor plan). Call reset() after the document changed.
//
// The tenants belong to the base project, which every scenario shares (no override kind
// changes them): while the document views a scenario every cell is read-only, its tooltip
// saying why (scenarioReason()), and setData() refuses with "Scenario «S» is viewed: …".
class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PriorityColumn,
        MinGpusColumn,
        MaxGpusColumn,
        MaxMegawattsColumn,
        ReservedColumn,
        LotsColumn,
        ColumnCount
    };
    enum Role { TenantIdRole = Qt::UserRole + 1 };

    explicit TenantTableModel(Document *document, QObject *parent = nullptr);

    // Re-reads the document: a reset when the number of tenants changed, else every cell
    // changed in place.
    void reset();
    // Why the last setData() was refused; empty after a good one.
    const QString &lastRefusal() const { return m_lastRefusal; }
    // Why `column` cannot be edited while a scenario is viewed: "a scenario cannot change a
    // tenant's quotas; edit the base site".
    static QString scenarioReason(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After every setData(): the refusal, or empty when the edit was taken.
    void refusalChanged(const QString &refusal);

private:
    bool scenarioViewed() const; // the document views a scenario of the project
    QVariant display(int row, int column) const;
    QVariant edit(int row, int column) const;
    QUndoCommand *command(int row, int column, const QString &text);

    Document *m_document;
    QString m_lastRefusal;
    int m_rows = 0; // rows the view was last told of
};

} // namespace warmshell::ui

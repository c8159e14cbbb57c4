// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrideform.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "overridetext.h"
#include "project.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace warmshell::ui {

namespace {

// The lowest date of an optional date editor, shown as "—": no date.
const QDate kNoDate(2000, 1, 1);

QStringList modelIds(const Project &project)
{
    QStringList ids;
    for (const SystemModel &m : project.customModels)
        ids << m.id.toString();
    for (const SystemModel &m : Catalog::builtIn().models())
        if (!ids.contains(m.id.toString()))
            ids << m.id.toString();
    return ids;
}

QStringList nodeIds(const Project &project)
{
    QStringList ids;
    for (const PowerNode &n : project.site.power.nodes())
        ids << n.id.toString();
    return ids;
}

} // namespace

OverrideForm::OverrideForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    setObjectName(QStringLiteral("overrideForm"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void OverrideForm::show(
    const ScenarioOverride *value, const Project &project, const QStringList &addedLots, Commit commit)
{
    // The editors go later: one of them may be emitting the edit that led here.
    while (m_layout->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_layout->takeRow(0);
        for (QLayoutItem *item : { row.labelItem, row.fieldItem })
            if (item) {
                if (QWidget *widget = item->widget()) {
                    QObject::disconnect(widget, nullptr, this, nullptr); // hiding ends an edit
                    widget->hide();
                    widget->deleteLater();
                }
                delete item;
            }
    }
    m_commit = std::move(commit);
    if (!value)
        return;
    m_value = *value;
    for (const OverrideFieldSpec &f : overrideKindSpec(value->kind).fields)
        m_layout->addRow(QLatin1String(f.label), editorFor(f, project, addedLots));
}

QWidget *OverrideForm::editorFor(const OverrideFieldSpec &f, const Project &project, const QStringList &addedLots)
{
    const ScenarioOverride &o = m_value;
    switch (f.field) {
    case OverrideField::Node:
        return choiceEditor(f, nodeIds(project), o.node.toString(), false);
    case OverrideField::Object: {
        QStringList ids = nodeIds(project);
        for (const CoolingUnit &u : project.site.coolingUnits)
            ids << u.id.toString();
        return choiceEditor(f, ids, o.object, false);
    }
    case OverrideField::Lot: {
        QStringList ids;
        for (const FleetLot &lot : project.fleet)
            ids << lot.id.toString();
        return choiceEditor(f, ids + addedLots, o.lot.toString(), !f.required);
    }
    case OverrideField::Unit: {
        QStringList ids;
        for (const CoolingUnit &u : project.site.coolingUnits)
            ids << u.id.toString();
        return choiceEditor(f, ids, o.object, false);
    }
    case OverrideField::Model:
        return choiceEditor(f, modelIds(project), o.newLot.model.toString(), false);
    case OverrideField::From:
        return dateEditor(f, o.from);
    case OverrideField::To:
        return dateEditor(f, o.to);
    case OverrideField::Delivered:
        return dateEditor(f, o.newLot.delivered);
    case OverrideField::Months:
        return numberEditor(f, o.months, -120, 120, 0);
    case OverrideField::Rating:
        return numberEditor(f, o.amount, 0, 1e7, 1);
    case OverrideField::LifeYears:
        return numberEditor(f, o.amount, 0.1, 30, 1);
    case OverrideField::CoolingCapacity:
        return numberEditor(f, o.amount, limits::coolingCapacity.min, limits::coolingCapacity.max, 1);
    case OverrideField::Count:
        return numberEditor(f, o.newLot.count, 1, 1e6, 0);
    case OverrideField::UnitCost:
        return numberEditor(f, o.newLot.unitCost.value(), 0, 1e9, 0);
    case OverrideField::NewLotId:
        return textEditor(f, o.newLot.id.toString());
    case OverrideField::NewLotName:
        return textEditor(f, o.newLot.name);
    case OverrideField::Window:
        break;
    }
    auto *label = new QLabel(overrideFieldText(o, f), this);
    label->setWordWrap(true);
    return label;
}

QWidget *OverrideForm::choiceEditor(
    const OverrideFieldSpec &f, const QStringList &ids, const QString &current, bool none)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f.key)));
    if (none)
        combo->addItem(tr("(every lot)"), QString());
    for (const QString &id : ids)
        combo->addItem(id, id);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current); // names something missing: shown as it is
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    const OverrideField field = f.field;
    connect(combo, &QComboBox::activated, this, [this, combo, field] { commitField(field, combo->currentData()); });
    return combo;
}

QWidget *OverrideForm::dateEditor(const OverrideFieldSpec &f, const QDate &current)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f.key)));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    if (!f.required)
        edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(current.isValid() ? current : kNoDate);
    const OverrideField field = f.field;
    const bool required = f.required;
    connect(edit, &QDateEdit::editingFinished, this, [this, edit, field, required] {
        const QDate date = edit->date();
        commitField(field, !required && date == kNoDate ? QDate() : date);
    });
    return edit;
}

QWidget *OverrideForm::numberEditor(const OverrideFieldSpec &f, double value, double min, double max, int decimals)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f.key)));
    spin->setDecimals(decimals);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setKeyboardTracking(false);
    const OverrideField field = f.field;
    connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, field] { commitField(field, spin->value()); });
    return spin;
}

QWidget *OverrideForm::textEditor(const OverrideFieldSpec &f, const QString &current)
{
    auto *line = new QLineEdit(current, this);
    line->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f.key)));
    const OverrideField field = f.field;
    connect(line, &QLineEdit::editingFinished, this, [this, line, field] { commitField(field, line->text()); });
    return line;
}

void OverrideForm::commitField(OverrideField field, const QVariant &value)
{
    ScenarioOverride o = m_value;
    switch (field) {
    case OverrideField::Node:
        o.node = PowerNodeId(value.toString());
        break;
    case OverrideField::Object:
    case OverrideField::Unit:
        o.object = value.toString();
        break;
    case OverrideField::Lot:
        o.lot = LotId(value.toString());
        break;
    case OverrideField::Model:
        o.newLot.model = SystemModelId(value.toString());
        break;
    case OverrideField::From:
        o.from = value.toDate();
        break;
    case OverrideField::To:
        o.to = value.toDate();
        break;
    case OverrideField::Delivered:
        o.newLot.delivered = value.toDate();
        break;
    case OverrideField::Months:
        o.months = qRound(value.toDouble());
        break;
    case OverrideField::Rating:
    case OverrideField::LifeYears:
    case OverrideField::CoolingCapacity:
        o.amount = value.toDouble();
        break;
    case OverrideField::Count:
        o.newLot.count = qRound(value.toDouble());
        break;
    case OverrideField::UnitCost:
        o.newLot.unitCost = Money(value.toDouble());
        break;
    case OverrideField::NewLotId:
        o.newLot.id = LotId(value.toString().trimmed());
        break;
    case OverrideField::NewLotName:
        o.newLot.name = value.toString();
        break;
    case OverrideField::Window:
        return;
    }
    if (o == m_value || !m_commit)
        return;
    m_value = o;
    m_commit(o);
}

} // namespace warmshell::ui

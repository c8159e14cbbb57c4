// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrowdialog.h"

#include "edit/placement.h"
#include "rack.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace warmshell::ui {

namespace {
QString metres(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

AddRowDialog::AddRowDialog(const Project &project, const HallId &preferred, QWidget *parent)
    : QDialog(parent), m_project(project), m_hall(new QComboBox(this)), m_x(new QDoubleSpinBox(this)),
      m_y(new QDoubleSpinBox(this)), m_count(new QSpinBox(this)), m_note(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addRowDialog"));
    setWindowTitle(tr("Add Row at a Position"));
    m_hall->setObjectName(QStringLiteral("addRowHall"));
    m_x->setObjectName(QStringLiteral("addRowX"));
    m_y->setObjectName(QStringLiteral("addRowY"));
    m_count->setObjectName(QStringLiteral("addRowCount"));
    m_error->setObjectName(QStringLiteral("addRowError"));
    for (const Hall &hall : project.site.halls)
        m_hall->addItem(hall.name, hall.id.toString());
    m_hall->setCurrentIndex(std::max(0, m_hall->findData(preferred.toString())));
    for (QDoubleSpinBox *box : { m_x, m_y }) {
        box->setDecimals(1);
        box->setSingleStep(0.3); // the floor plan's grid
        box->setSuffix(tr(" m"));
    }

    auto *intro = new QLabel(tr("A row of racks, one every 0.6 m from left to right, named and set up like "
                                "the hall's rack nearest to the first; positions are rack centres, metres "
                                "from the hall's top-left corner."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Hall:"), m_hall);
    form->addRow(tr("First rack &x (from the left wall):"), m_x);
    form->addRow(tr("First rack &y (from the top wall):"), m_y);
    form->addRow(tr("&Racks:"), m_count);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("addRowNote"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Row"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddRowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddRowDialog::reject);
    connect(m_hall, &QComboBox::currentIndexChanged, this, &AddRowDialog::hallChanged);
    connect(m_x, &QDoubleSpinBox::valueChanged, this, &AddRowDialog::updateCountRange);
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{ m_x, m_y, m_count })
        connect(box, &QAbstractSpinBox::editingFinished, m_error, &QLabel::hide);
    hallChanged();
    resize(480, sizeHint().height());
}

HallId AddRowDialog::hall() const
{
    return HallId(m_hall->currentData().toString());
}

QPointF AddRowDialog::start() const
{
    return { m_x->value(), m_y->value() };
}

int AddRowDialog::rackCount() const
{
    return m_count->value();
}

QPointF AddRowDialog::end() const
{
    return placement::rowEnd(start(), rackCount());
}

QString AddRowDialog::refusal() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// The boxes' ranges follow the hall: every rack centre at least half a rack from the walls. The
// row starts at placement::nextRowStart() and ends as far from the right wall as it starts from
// the left one.
void AddRowDialog::hallChanged()
{
    const Hall *hall = m_project.site.hall(this->hall());
    const double width = hall ? hall->size.x.value() : 0, depth = hall ? hall->size.y.value() : 0;
    m_x->setRange(kRackWidthMetres / 2, std::max(kRackWidthMetres / 2, width - kRackWidthMetres / 2));
    m_y->setRange(kRackDepthMetres / 2, std::max(kRackDepthMetres / 2, depth - kRackDepthMetres / 2));
    const QPointF start = placement::nextRowStart(m_project.site, this->hall());
    m_x->setValue(start.x());
    m_y->setValue(start.y());
    updateCountRange();
    const int mirrored = 1 + int(std::floor((width - 2 * start.x()) / kRackWidthMetres + 1e-9));
    m_count->setValue(std::clamp(mirrored, m_count->minimum(), m_count->maximum()));
}

void AddRowDialog::updateCountRange()
{
    const Hall *hall = m_project.site.hall(this->hall());
    const int fit = hall ? placement::racksThatFit(*hall, m_x->value()) : 0;
    m_count->setRange(std::min(1, fit), fit);
    updateNote();
}

void AddRowDialog::updateNote()
{
    const Hall *hall = m_project.site.hall(this->hall());
    if (!hall) { // the site editor asks for a hall first
        m_note->clear();
        return;
    }
    m_note->setText(
        tr("%1 is %2 m × %3 m: x from %4 to %5 m, y from %6 to %7 m; from x = %8 m, at most %n "
           "rack(s) fit.",
            nullptr, m_count->maximum())
            .arg(hall->name, metres(hall->size.x.value()), metres(hall->size.y.value()), metres(m_x->minimum()),
                metres(m_x->maximum()), metres(m_y->minimum()), metres(m_y->maximum()), metres(m_x->value())));
}

// Refuses, with the reason under the boxes, a row none of whose places is free; the boxes keep
// what was typed.
void AddRowDialog::accept()
{
    if (rackCount() < 1 || hall().isNull()) {
        m_error->setText(tr("Racks: no rack fits in the hall from this x; choose a smaller x."));
        m_error->show();
        return;
    }
    const placement::NewRacks row = placement::rowAt(m_project, hall(), start(), end());
    if (row.racks.empty()) {
        m_error->setText(row.refusal);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisdock.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warmshell::ui {

AnalysisDock::AnalysisDock(const QString &title, const ObjectNames &names, const QStringList &headers,
    const QString &analyseToolTip, QWidget *parent)
    : QDockWidget(title, parent), m_table(new QTableWidget(0, int(headers.size()), this)),
      m_analyse(new QPushButton(tr("Analyse"), this)), m_status(new QLabel(this))
{
    setObjectName(QLatin1String(names.dock));
    m_table->setObjectName(QLatin1String(names.table));
    m_table->setAccessibleName(title);
    m_analyse->setObjectName(QLatin1String(names.button));
    m_analyse->setToolTip(analyseToolTip);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setText(tr("Not analysed yet: press Analyse."));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_analyse);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setWidget(body);
    connect(m_analyse, &QPushButton::clicked, this, &AnalysisDock::analyseRequested);
    // Shown to the user (its tab raised): checked once the layout settles, as a dock is
    // briefly "visible" behind another tab while the window lays out its docks.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QMetaObject::invokeMethod(this, &AnalysisDock::analyseIfShown, Qt::QueuedConnection);
    });
}

QTableWidgetItem *AnalysisDock::numberItem(const QString &text, double value)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void AnalysisDock::markCurrent(const QString &text)
{
    m_table->resizeColumnsToContents();
    m_status->setText(text);
    m_status->setStyleSheet(QString());
    m_current = true;
}

bool AnalysisDock::isShown() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void AnalysisDock::analyseIfShown()
{
    if (!m_current && isShown())
        emit analyseRequested();
}

void AnalysisDock::setNotCurrent(const QString &why)
{
    m_current = false;
    m_status->setText(m_table->rowCount() == 0 ? tr("Nothing analysed: %1.").arg(why)
                                               : tr("Not current: %1. Press Analyse for the current plan.").arg(why));
    m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(theme::css(theme::Role::ErrorText)));
}

} // namespace warmshell::ui

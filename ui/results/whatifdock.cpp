// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifdock.h"
#include "theme.h"

#include "contingencytext.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace warmshell::ui {

WhatIfDock::WhatIfDock(QWidget *parent)
    : QDockWidget(tr("What If"), parent), m_notCurrent(new QLabel(this)), m_text(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("whatIfDock"));
    m_text->setObjectName(QStringLiteral("whatIfText"));
    m_clear->setObjectName(QStringLiteral("whatIfClearButton"));
    m_clear->setToolTip(tr("Back to the plan's colours (Escape)"));
    m_notCurrent->setObjectName(QStringLiteral("whatIfNotCurrent"));
    m_notCurrent->setWordWrap(true);
    m_notCurrent->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(theme::css(theme::Role::ErrorText)));
    m_notCurrent->setText(tr("Not current: the project changed since this plan; the next plan clears it."));
    m_notCurrent->hide();
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_text);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_notCurrent);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_clear, 0, Qt::AlignRight);
    setWidget(body);
    connect(m_clear, &QPushButton::clicked, this, &WhatIfDock::clearRequested);
    clearResult();
}

void WhatIfDock::showResult(const ContingencyResult &result, const Project &project, const Catalog &builtIn)
{
    m_text->setText(contingencytext::summary(result, project, builtIn));
    m_notCurrent->hide();
    m_clear->setEnabled(true);
}

void WhatIfDock::clearResult()
{
    m_text->setText(tr("Right-click a power node or cooling unit and choose “What If This Fails?” "
                       "(or Plan → What If This Fails?) to see on the floor plan which racks go dark, "
                       "lose cooling, are capped or shed."));
    m_notCurrent->hide();
    m_clear->setEnabled(false);
}

void WhatIfDock::setNotCurrent(bool notCurrent)
{
    m_notCurrent->setVisible(notCurrent && m_clear->isEnabled());
}

bool WhatIfDock::isMarkedNotCurrent() const
{
    return !m_notCurrent->isHidden();
}

QString WhatIfDock::text() const
{
    return m_text->text();
}

} // namespace warmshell::ui

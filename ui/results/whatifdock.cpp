// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifdock.h"

#include "contingencytext.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace warmshell::ui {

WhatIfDock::WhatIfDock(QWidget *parent)
    : QDockWidget(tr("What If"), parent), m_text(new QLabel(this)), m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("whatIfDock"));
    m_text->setObjectName(QStringLiteral("whatIfText"));
    m_clear->setObjectName(QStringLiteral("whatIfClearButton"));
    m_clear->setToolTip(tr("Back to the plan's colours (Escape)"));
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
    layout->addWidget(scroll, 1);
    layout->addWidget(m_clear, 0, Qt::AlignRight);
    setWidget(body);
    connect(m_clear, &QPushButton::clicked, this, &WhatIfDock::clearRequested);
    clearResult();
}

void WhatIfDock::showResult(const ContingencyResult &result, const Project &project, const Catalog &builtIn)
{
    m_text->setText(contingencytext::summary(result, project, builtIn));
    m_clear->setEnabled(true);
}

void WhatIfDock::clearResult()
{
    m_text->setText(tr("Right-click a power node or cooling unit and choose “What If This Fails?” "
                       "(or Plan → What If This Fails?) to see on the floor plan which racks go dark, "
                       "lose cooling, are capped or shed."));
    m_clear->setEnabled(false);
}

QString WhatIfDock::text() const
{
    return m_text->text();
}

} // namespace warmshell::ui

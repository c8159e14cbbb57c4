// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstlaunchhint.h"
#include "theme.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace warmshell::ui {

FirstLaunchHint::FirstLaunchHint(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this)),
      m_dismissed(QSettings().value(QLatin1String(kDismissedKey), false).toBool())
{
    setObjectName(QStringLiteral("firstLaunchHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme::colour(theme::Role::HintBackground)); // an information blue
    p.setColor(QPalette::WindowText, theme::colour(theme::Role::HintText));
    setPalette(p);
    auto *icon = new QLabel(this);
    icon->setPixmap(themeIcon(QStringLiteral("help-hint")).pixmap(22, 22));
    m_text->setObjectName(QStringLiteral("firstLaunchHintText"));
    m_text->setWordWrap(true);
    m_text->setText(tr("<b>This is an example site</b>, the power-limited campus that ships with WarmShell: "
                       "edit it freely, your files are not touched. Try first: click a rack to see its "
                       "contents, switch the colour mode under the floor plan, read the Results dock. "
                       "To plan your own site: <b>File → New</b>, then Site → Add Hall (Help → User Guide "
                       "walks you through it)."));
    m_close->setObjectName(QStringLiteral("firstLaunchHintClose"));
    m_close->setAccessibleName(tr("Close the hint"));
    m_close->setIcon(themeIcon(QStringLiteral("dialog-close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this hint for good"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &FirstLaunchHint::dismiss);
    updateVisibility();
}

void FirstLaunchHint::setExampleOpen(bool open)
{
    m_exampleOpen = open;
    updateVisibility();
}

void FirstLaunchHint::dismiss()
{
    m_dismissed = true;
    QSettings().setValue(QLatin1String(kDismissedKey), true);
    updateVisibility();
}

void FirstLaunchHint::updateVisibility()
{
    setVisible(m_exampleOpen && !m_dismissed);
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace warmshell::ui {

// A bar over the floor plan that says, on first launch, that the open campus is an example
// and what to try first. Shown while the example is open (setExampleOpen) and the user has
// not closed it; closing it is remembered in QSettings (kDismissedKey), so it never returns.
class FirstLaunchHint : public QFrame
{
    Q_OBJECT

public:
    static constexpr char kDismissedKey[] = "hints/exampleHintDismissed";

    explicit FirstLaunchHint(QWidget *parent = nullptr);

    // Whether the document shows the built-in example (the hint's subject).
    void setExampleOpen(bool open);
    QToolButton *closeButton() const { return m_close; }

private:
    void dismiss();
    void updateVisibility();

    QLabel *m_text;
    QToolButton *m_close;
    bool m_exampleOpen = false;
    bool m_dismissed;
};

} // namespace warmshell::ui

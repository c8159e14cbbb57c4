// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {
QString count(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(QLocale().toString(n), many);
}

QPushButton *namedButton(
    QDialogButtonBox *box, const QString &text, QDialogButtonBox::ButtonRole role, const char *name)
{
    QPushButton *button = box->addButton(text, role);
    button->setObjectName(QLatin1String(name));
    return button;
}
} // namespace

RecoveryDialog::RecoveryDialog(QList<RecoveryCopy> copies, QWidget *parent)
    : QDialog(parent), m_copies(std::move(copies)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("WarmShell did not close properly last time. These unsaved changes were kept. "
                                "Recover one to open it as an unsaved project; discard the ones you do not need."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setHeaderLabels({ tr("Autosaved"), tr("Project file"), tr("Contents") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(this);
    m_recover = namedButton(buttons, tr("&Recover"), QDialogButtonBox::AcceptRole, "recoverButton");
    m_discard = namedButton(buttons, tr("&Discard"), QDialogButtonBox::DestructiveRole, "discardButton");
    namedButton(buttons, tr("Decide &Later"), QDialogButtonBox::RejectRole, "laterButton");
    layout->addWidget(buttons);
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recoverSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RecoveryDialog::recoverSelected);
    fillList();
    resize(760, 320);
}

QString RecoveryDialog::contents(const RecoveryCopy &copy)
{
    if (!copy.problems.isEmpty())
        return tr("cannot be read: %1").arg(copy.problems.constFirst());
    return tr("%1 — %2, %3, %4")
        .arg(copy.siteName, count(copy.halls, tr("hall"), tr("halls")), count(copy.racks, tr("rack"), tr("racks")),
            count(copy.lots, tr("lot"), tr("lots")));
}

void RecoveryDialog::fillList()
{
    m_list->clear();
    for (const RecoveryCopy &copy : m_copies) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(copy.written, QLocale::ShortFormat));
        item->setText(1, copy.originalFile.isEmpty() ? tr("untitled") : copy.originalFile);
        item->setToolTip(1, copy.copyFile);
        item->setText(2, contents(copy));
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    if (!m_copies.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int RecoveryDialog::selectedIndex() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.constFirst());
}

void RecoveryDialog::updateButtons()
{
    const int index = selectedIndex();
    m_recover->setEnabled(index >= 0 && m_copies[index].problems.isEmpty());
    m_discard->setEnabled(index >= 0);
}

void RecoveryDialog::recoverSelected()
{
    const int index = selectedIndex();
    if (index < 0 || !m_copies[index].problems.isEmpty())
        return;
    const RecoveryCopy copy = m_copies[index];
    accept();
    emit recoverRequested(copy);
}

void RecoveryDialog::discardSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const RecoveryCopy copy = m_copies.takeAt(index);
    emit discardRequested(copy);
    if (m_copies.isEmpty())
        accept();
    else
        fillList();
}

} // namespace warmshell::ui

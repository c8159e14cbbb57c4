// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredpowerdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warmshell::ui {

namespace {

QDateTimeEdit *utcEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

MeasuredPowerDialog::MeasuredPowerDialog(Load load, QWidget *parent)
    : QDialog(parent), m_load(std::move(load)), m_file(new QLineEdit(this)), m_from(utcEdit("fromEdit", this)),
      m_to(utcEdit("toEdit", this)), m_problems(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("measuredPowerDialog"));
    setWindowTitle(tr("Measured Power"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("Measured power file"));
    m_file->setPlaceholderText(tr("CSV or JSON Lines: timestamp, object, kW"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getOpenFileName(
            this, tr("Measured Power"), m_file->text(), tr("Measured power (*.csv *.jsonl *.json);;All files (*)"));
        if (!name.isEmpty())
            m_file->setText(name);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    const QDateTime today(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    setWindow({ today.addDays(-30), today });
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To (not included):"), m_to);
    m_problems->setObjectName(QStringLiteral("problemsText"));
    m_problems->setReadOnly(true);
    m_problems->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasuredPowerDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(560, 220);
}

void MeasuredPowerDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

void MeasuredPowerDialog::setWindow(const MeasurementWindow &window)
{
    m_from->setDateTime(window.from.toUTC());
    m_to->setDateTime(window.to.toUTC());
}

QString MeasuredPowerDialog::problemsText() const
{
    return m_problems->toPlainText();
}

bool MeasuredPowerDialog::importNow()
{
    const std::vector<Problem> problems
        = m_load(m_file->text(), { m_from->dateTime().toUTC(), m_to->dateTime().toUTC() });
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.empty());
    if (!problems.empty())
        return false;
    accept();
    return true;
}

} // namespace warmshell::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboximportdialog.h"
#include "format.h"
#include "theme.h"

#include "import/netbox.h"
#include "inputfile.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace warmshell::ui {

namespace {

constexpr const char *kInputNames[] = { "racks", "panels", "feeds", "coolingSources", "coolingFeeds" };

// Whether a report or error path is about the input labelled `label`: it starts with the label.
bool isAbout(const QString &path, const QString &label)
{
    return path == label || path.startsWith(label + QStringLiteral(": "));
}

} // namespace

NetBoxImportDialog::NetBoxImportDialog(Adopt adopt, QWidget *parent) : QDialog(parent), m_adopt(std::move(adopt))
{
    setWindowTitle(tr("Import from NetBox"));
    setObjectName(QStringLiteral("netBoxImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_source = new QTabWidget(this);
    m_source->setObjectName(QStringLiteral("sourceTabs"));
    m_source->addTab(makeFilesPage(), tr("Saved &files"));
    m_source->addTab(makeServerPage(), tr("NetBox ser&ver"));
    layout->addWidget(m_source);

    auto *form = new QFormLayout;
    m_sites = new QLineEdit(this);
    m_sites->setObjectName(QStringLiteral("sitesEdit"));
    m_sites->setPlaceholderText(tr("every site (or site slugs, comma separated)"));
    form->addRow(tr("&Sites:"), m_sites);
    m_planStart = new QDateEdit(QDate::currentDate(), this);
    m_planStart->setObjectName(QStringLiteral("planStartEdit"));
    m_planStart->setCalendarPopup(true);
    m_planStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Plan &start:"), m_planStart);
    m_powerFactor = new QDoubleSpinBox(this);
    m_powerFactor->setObjectName(QStringLiteral("powerFactorEdit"));
    m_powerFactor->setRange(0.01, 1.0);
    m_powerFactor->setDecimals(2);
    m_powerFactor->setSingleStep(0.01);
    m_powerFactor->setValue(NetBoxImportOptions{}.powerFactor);
    m_powerFactor->setToolTip(tr("Of the load on AC feeds: kW = V × A (× √3 three-phase) × power factor"));
    form->addRow(tr("Power f&actor:"), m_powerFactor);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_report = new QListWidget(this);
    m_report->setObjectName(QStringLiteral("reportList"));
    m_report->setAccessibleName(tr("Import report"));
    m_report->setWordWrap(true);
    m_report->hide();
    layout->addWidget(m_report, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, [this] { importNow(); });
    m_cancelFetch = buttons->addButton(tr("Cancel &fetch"), QDialogButtonBox::ActionRole);
    m_cancelFetch->setObjectName(QStringLiteral("cancelFetchButton"));
    m_cancelFetch->hide();
    connect(m_cancelFetch, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_fetch = new QFutureWatcher<NetBoxFetch>(this);
    connect(m_fetch, &QFutureWatcher<NetBoxFetch>::finished, this, &NetBoxImportDialog::finishFetch);
    resize(680, 560);
}

NetBoxImportDialog::~NetBoxImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_fetch->waitForFinished();
}

QWidget *NetBoxImportDialog::makeFilesPage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The JSON NetBox's REST API returns for /api/dcim/racks/, /api/dcim/power-panels/ "
                                "and /api/dcim/power-feeds/ (ask with ?limit=0), saved to files; with NetBox 4.7 "
                                "also /api/dcim/cooling-sources/ and /api/dcim/cooling-feeds/. The import opens "
                                "as a new, unsaved project; see docs/netbox.md for the mapping."),
        page);
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto *form = new QFormLayout;
    const QString titles[]
        = { tr("&Racks:"), tr("Power &panels:"), tr("Power &feeds:"), tr("C&ooling sources:"), tr("Coo&ling feeds:") };
    for (int i = 0; i < InputCount; ++i) {
        QLabel *title = new QLabel(titles[i], page);
        QWidget *row = makeFileRow(Input(i));
        title->setBuddy(m_files[i]);
        m_files[i]->setAccessibleName(format::spokenLabel(titles[i])); // not the label's sibling
        form->addRow(title, row);
    }
    column->addLayout(form);
    return page;
}

QWidget *NetBoxImportDialog::makeServerPage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Asks NetBox's REST API directly: racks, power panels, power feeds and, from "
                                "NetBox 4.7, cooling. The token is read from a file (its first line) and sent only "
                                "to this server; https:// is required except on this machine."),
        page);
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://netbox.example.com"));
    form->addRow(tr("&URL:"), m_url);
    m_tokenFile = new QLineEdit(page);
    m_tokenFile->setObjectName(QStringLiteral("tokenFileEdit"));
    m_tokenFile->setPlaceholderText(tr("a file whose first line is the API token"));
    form->addRow(tr("&Token file:"), m_tokenFile);
    m_caBundle = new QLineEdit(page);
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundle->setPlaceholderText(tr("optional: PEM certificates of a private CA"));
    form->addRow(tr("CA &bundle:"), m_caBundle);
    column->addLayout(form);
    column->addStretch(1);
    return page;
}

void NetBoxImportDialog::setServer(const QString &url, const QString &tokenFile, const QString &caBundle)
{
    m_url->setText(url);
    m_tokenFile->setText(tokenFile);
    m_caBundle->setText(caBundle);
    m_source->setCurrentIndex(1);
}

bool NetBoxImportDialog::isFetching() const
{
    return m_fetch->isRunning();
}

void NetBoxImportDialog::startFetch()
{
    QString error;
    const std::optional<QByteArray> token = readTokenFile(m_tokenFile->text().trimmed(), error);
    if (!token) {
        m_status->setText(tr("Nothing imported; the current project is unchanged.") + QLatin1Char('\n')
            + tr("Token file: %1").arg(m_tokenFile->text().trimmed().isEmpty() ? tr("a file is needed") : error));
        return;
    }
    NetBoxServer server;
    server.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    server.token = *token;
    server.caBundle = m_caBundle->text().trimmed();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    m_status->setText(tr("Asking NetBox at %1…").arg(server.url.toString(QUrl::RemoveUserInfo)));
    m_importButton->setEnabled(false);
    m_cancelFetch->show();
    m_fetch->setFuture(
        QtConcurrent::run([server, cancel] { return fetchNetBox(server, [cancel] { return cancel->load(); }); }));
}

void NetBoxImportDialog::finishFetch()
{
    m_importButton->setEnabled(true);
    m_cancelFetch->hide();
    NetBoxFetch fetch = m_fetch->result();
    if (!fetch.ok()) {
        QStringList lines{ tr("Nothing imported; the current project is unchanged.") };
        for (const Problem &p : fetch.errors)
            lines << p.message;
        m_status->setText(lines.join(QLatin1Char('\n')));
        emit importFinished(false);
        return;
    }
    Inputs inputs{ std::move(fetch.racks), std::move(fetch.panels), std::move(fetch.feeds),
        std::move(fetch.cooling.sources), std::move(fetch.cooling.feeds) };
    NetBoxImportResult result = importNetBox(inputs[Racks], inputs[Panels], inputs[Feeds], importOptions(),
        NetBoxCoolingInputs{ inputs[CoolingSources], inputs[CoolingFeeds] });
    if (!result.ok()) {
        showErrors(result.errors, inputs);
        emit importFinished(false);
        return;
    }
    emit importFinished(adopt(result, inputs));
}

QWidget *NetBoxImportDialog::makeFileRow(Input input)
{
    const QString placeholders[]
        = { QStringLiteral("racks.json"), QStringLiteral("power-panels.json"), QStringLiteral("power-feeds.json"),
              tr("optional (NetBox 4.7): cooling-sources.json"), tr("optional (NetBox 4.7): cooling-feeds.json") };
    const QString name = QLatin1String(kInputNames[input]);
    auto *row = new QWidget(this);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    m_files[input] = new QLineEdit(row);
    m_files[input]->setObjectName(name + QStringLiteral("Edit"));
    m_files[input]->setPlaceholderText(placeholders[input]);
    auto *browseButton = new QPushButton(tr("Browse…"), row);
    browseButton->setObjectName(name + QStringLiteral("Browse"));
    connect(browseButton, &QPushButton::clicked, this, [this, input] { browse(input); });
    line->addWidget(m_files[input], 1);
    line->addWidget(browseButton);
    column->addLayout(line);
    QLabel *error = m_errors[input] = new QLabel(row);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    column->addWidget(error);
    return row;
}

void NetBoxImportDialog::setFileName(Input input, const QString &fileName)
{
    m_files[input]->setText(fileName);
}

QString NetBoxImportDialog::fileName(Input input) const
{
    return m_files[input]->text().trimmed();
}

QString NetBoxImportDialog::fieldError(Input input) const
{
    return m_errors[input]->text();
}

QStringList NetBoxImportDialog::reportLines() const
{
    QStringList lines;
    for (int i = 0; i < m_report->count(); ++i)
        lines << m_report->item(i)->text();
    return lines;
}

void NetBoxImportDialog::browse(Input input)
{
    const QString start = fileName(input).isEmpty() ? QString() : QFileInfo(fileName(input)).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this,
        tr("NetBox %1 (JSON)").arg(QLatin1String(kInputNames[input])), start, tr("JSON files (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        m_files[input]->setText(chosen);
}

void NetBoxImportDialog::clearMessages()
{
    for (QLabel *label : m_errors) {
        label->clear();
        label->hide();
    }
    m_status->clear();
    m_report->clear();
    m_report->hide();
}

bool NetBoxImportDialog::importNow()
{
    clearMessages();
    if (m_source->currentIndex() == 1) {
        if (!isFetching())
            startFetch();
        return false;
    }
    Inputs inputs;
    if (!readInputs(inputs)) {
        m_status->setText(tr("Nothing imported; the current project is unchanged."));
        return false;
    }
    NetBoxImportResult result = importNetBox(inputs[Racks], inputs[Panels], inputs[Feeds], importOptions(),
        NetBoxCoolingInputs{ inputs[CoolingSources], inputs[CoolingFeeds] });
    if (!result.ok()) {
        showErrors(result.errors, inputs);
        return false;
    }
    return adopt(result, inputs);
}

void NetBoxImportDialog::addFieldMessage(int input, const QString &message)
{
    QLabel *label = m_errors[input];
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    label->show();
}

bool NetBoxImportDialog::readInputs(Inputs &inputs)
{
    bool readable = true;
    for (int i = 0; i < InputCount; ++i) {
        inputs[i].label = fileName(Input(i));
        if (inputs[i].label.isEmpty()) {
            if (i < kNeededInputs) {
                addFieldMessage(i, tr("a file is needed"));
                readable = false;
            }
            continue;
        }
        InputFile file = readInputFile(inputs[i].label);
        if (!file.ok()) {
            addFieldMessage(i, file.error);
            readable = false;
            continue;
        }
        inputs[i].json = std::move(file.bytes);
    }
    return readable;
}

NetBoxImportOptions NetBoxImportDialog::importOptions() const
{
    NetBoxImportOptions options;
    for (const QString &slug : m_sites->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!slug.trimmed().isEmpty())
            options.sites << slug.trimmed();
    options.planStart = m_planStart->date();
    options.powerFactor = m_powerFactor->value();
    return options;
}

void NetBoxImportDialog::showErrors(const std::vector<Problem> &errors, const Inputs &inputs)
{
    QStringList general;
    for (const Problem &p : errors) {
        bool placed = false;
        for (int i = 0; i < InputCount; ++i) {
            const QString &label = inputs[i].label;
            if (!label.isEmpty() && isAbout(p.path, label)) {
                // The field names the file; the message keeps the JSON path inside it.
                const QString inner = p.path.mid(label.size() + 2);
                addFieldMessage(i, inner.isEmpty() ? p.message : inner + QStringLiteral(": ") + p.message);
                placed = true;
            }
        }
        if (!placed)
            general << p.toString();
    }
    general.prepend(tr("Nothing imported; the current project is unchanged."));
    m_status->setText(general.join(QLatin1Char('\n')));
}

bool NetBoxImportDialog::adopt(NetBoxImportResult &result, const Inputs &inputs)
{
    const Site &site = result.project->site;
    const qsizetype halls = site.halls.size(), racks = site.racks.size();
    const qsizetype nodes = site.power.size();
    if (!m_adopt(std::move(*result.project))) {
        m_status->setText(tr("Not imported; the current project is unchanged."));
        return false;
    }
    auto count = [](qsizetype n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QString summary = tr("Imported %1, %2 and %3 as a new, unsaved project.")
                          .arg(count(halls, tr("1 hall"), tr("%L1 halls")), count(racks, tr("1 rack"), tr("%L1 racks")),
                              count(nodes, tr("1 power node"), tr("%L1 power nodes")));
    const auto reported = qsizetype(result.report.size());
    summary += QLatin1Char(' ')
        + (reported == 0 ? tr("Everything was mapped.")
                         : count(reported, tr("1 item was not mapped or was mapped with an assumption:"),
                             tr("%L1 items were not mapped or were mapped with an assumption:")));
    m_status->setText(summary);
    for (const Problem &p : result.report) {
        auto *item = new QListWidgetItem(p.toString(), m_report);
        const auto input = std::find_if(inputs.begin(), inputs.end(),
            [&](const NetBoxInput &in) { return !in.label.isEmpty() && isAbout(p.path, in.label); });
        if (input != inputs.end())
            item->setData(Qt::UserRole, int(input - inputs.begin()));
    }
    m_report->setVisible(!result.report.empty());
    return true;
}

} // namespace warmshell::ui

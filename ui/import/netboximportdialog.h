// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netbox.h"
#include "import/netboxclient.h"
#include "project.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
template <typename T> class QFutureWatcher;

namespace warmshell::ui {

// File → Import from NetBox…: asks for the three saved NetBox answers (racks, power panels,
// power feeds), an optional site filter, the plan start and the power factor, and runs
// importNetBox() — the function `warmshell-cli import-netbox` calls. A successful import is
// handed to the `adopt` callback (which may ask to save the current project and return false
// when the user cancels); the dialog then stays open listing the import report (what was not
// mapped or mapped with an assumption). An unreadable input (missing, too large, not JSON, not
// a list) shows the reason under its field, adopts nothing and leaves the dialog open.
// The "NetBox server" tab fetches the same answers live (fetchNetBox: URL, token file, optional CA
// bundle) on a worker thread, with a Cancel button; a refusal or failure is shown and adopts
// nothing. The token is read from its file when Import is pressed and kept nowhere.
class NetBoxImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes the imported project; returns false when it was not adopted (user cancelled).
    using Adopt = std::function<bool(Project)>;
    // The three power answers are needed; NetBox 4.7's cooling answers are optional.
    enum Input { Racks, Panels, Feeds, CoolingSources, CoolingFeeds, InputCount };
    static constexpr int kNeededInputs = 3;

    explicit NetBoxImportDialog(Adopt adopt, QWidget *parent = nullptr);
    ~NetBoxImportDialog() override; // cancels a fetch under way and waits for its thread

    void setFileName(Input input, const QString &fileName);
    QString fileName(Input input) const;
    // The message under an input's field; empty when the last import had none for it.
    QString fieldError(Input input) const;
    // The report lines of the last successful import, as listed ("label: path: reason").
    QStringList reportLines() const;

    // Reads the files and imports. True when a project was imported and adopted. On the server
    // tab it starts the fetch and returns false; importFinished() follows.
    bool importNow();
    // The server tab's fields, and switches to it.
    void setServer(const QString &url, const QString &tokenFile, const QString &caBundle = {});
    bool isFetching() const;

signals:
    // A fetch from the server ended: `adopted` when its project was imported and adopted.
    void importFinished(bool adopted);

private:
    using Inputs = std::array<NetBoxInput, InputCount>; // by Input; an optional one not given: empty

    // The file field of `input` with its Browse button and its error line, for the form.
    QWidget *makeFileRow(Input input);
    QWidget *makeFilesPage();
    QWidget *makeServerPage();
    // The server tab's Import: reads the token file and starts fetchNetBox on a pool thread.
    void startFetch();
    // The fetch ended: imports its answers, or shows why there are none.
    void finishFetch();
    void browse(Input input);
    void clearMessages();
    // Adds a line to the message under an input's field.
    void addFieldMessage(int input, const QString &message);
    // Reads the files given whole (refused above the project file size limit, as the CLI
    // does); false, with the reasons under the fields, when one cannot be read.
    bool readInputs(Inputs &inputs);
    NetBoxImportOptions importOptions() const;
    // Shows each error under the field of the input it is about, the others in the status.
    void showErrors(const std::vector<Problem> &errors, const Inputs &inputs);
    // Hands the imported project to m_adopt; on success shows the summary and the report.
    bool adopt(NetBoxImportResult &result, const Inputs &inputs);

    Adopt m_adopt;
    std::array<QLineEdit *, InputCount> m_files{};
    std::array<QLabel *, InputCount> m_errors{};
    QLineEdit *m_sites;
    QDateEdit *m_planStart;
    QDoubleSpinBox *m_powerFactor;
    QLabel *m_status; // general errors and the summary of a successful import
    QListWidget *m_report;
    QPushButton *m_importButton;
    QTabWidget *m_source; // saved files, or a NetBox server
    QLineEdit *m_url;
    QLineEdit *m_tokenFile;
    QLineEdit *m_caBundle;
    QPushButton *m_cancelFetch;
    QFutureWatcher<NetBoxFetch> *m_fetch;
    std::shared_ptr<std::atomic<bool>> m_cancel; // shared with the fetch's thread
};

} // namespace warmshell::ui

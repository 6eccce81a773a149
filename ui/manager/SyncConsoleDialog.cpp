#include "SyncConsoleDialog.h"
#include "StoreFormats.h"

#include "BackgroundSync.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

QString when(const QDateTime& utc)
{
    return StoreFormats::dateTime(utc);
}
} // namespace

SyncConsoleDialog::SyncConsoleDialog(std::function<SyncConsoleReport()> load, BackgroundSync* sync, QWidget* parent)
    : QDialog(parent), m_load(std::move(load)), m_sync(sync)
{
    setObjectName(QStringLiteral("syncConsoleDialog"));
    setWindowTitle(tr("Sync console"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncConsoleStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_events = makeTable(QStringLiteral("waitingEventsTable"),
                         {tr("Sequence"), tr("Event"), tr("Recorded"), tr("Attempts"), tr("Last error")}, this);
    m_conflicts = makeTable(QStringLiteral("conflictsTable"), {tr("Sequence"), tr("Event"), tr("Reason"), tr("Reported")}, this);
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_conflicts, QString());
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* syncNow = buttons->addButton(tr("Sync now"), QDialogButtonBox::ActionRole);
    syncNow->setObjectName(QStringLiteral("syncNowButton"));
    syncNow->setEnabled(m_sync != nullptr);
    QPushButton* reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    reload->setObjectName(QStringLiteral("refreshButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reload, &QPushButton::clicked, this, &SyncConsoleDialog::refresh);
    if (m_sync) {
        connect(syncNow, &QPushButton::clicked, m_sync, &BackgroundSync::syncNow);
        // A finished round changes what waits: show it without another click.
        connect(m_sync, &BackgroundSync::statusChanged, this, [this] {
            if (!m_sync->status().running)
                refresh();
            else
                showStatus();
        });
    }
    layout->addWidget(buttons);
    refresh();
}

void SyncConsoleDialog::refresh()
{
    m_report = m_load();
    m_events->setRowCount(int(m_report.events.size()));
    for (int row = 0; row < m_report.events.size(); ++row) {
        const WaitingEvent& e = m_report.events[row];
        setRow(m_events, row, {QString::number(e.seq), e.type, when(e.createdAt), QString::number(e.attempts), e.lastError});
    }
    m_conflicts->setRowCount(int(m_report.conflicts.size()));
    for (int row = 0; row < m_report.conflicts.size(); ++row) {
        const ReportedConflict& c = m_report.conflicts[row];
        setRow(m_conflicts, row, {QString::number(c.seq), c.type, c.reason, when(c.reportedAt)});
    }
    m_events->resizeColumnsToContents();
    m_conflicts->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Waiting events (%1)").arg(m_report.waiting));
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(m_report.conflicts.size()));
    showStatus();
}

void SyncConsoleDialog::showStatus()
{
    QStringList lines;
    if (!m_sync || !m_sync->status().enrolled) {
        lines << tr("This till is not connected to a hub: everything waits here until it is enrolled.");
    } else {
        const SyncScheduler::Status& s = m_sync->status();
        lines << (s.running ? tr("Synchronising now...") : s.online ? tr("Online") : tr("Offline"));
        lines << tr("Last successful sync: %1").arg(s.lastSuccess.isValid() ? when(s.lastSuccess) : tr("never"));
        if (!s.lastError.isEmpty())
            lines << tr("Last error: %1 (next attempt in %2 s)").arg(s.lastError).arg(s.nextAttemptSeconds);
    }
    lines << tr("%1 events wait for the hub; %2 of them were sent without being confirmed.").arg(m_report.waiting).arg(m_report.failing);
    if (m_report.waiting > m_report.events.size())
        lines << tr("The oldest %1 are listed.").arg(m_report.events.size());
    m_status->setText(lines.join(QLatin1Char('\n')));
}

} // namespace omnitill::ui

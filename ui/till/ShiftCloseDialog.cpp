#include "ShiftCloseDialog.h"

#include "Theme.h"
#include "common/DomainError.h"
#include "payment/CardPayments.h"
#include "payment/CardTerminalCall.h"
#include "receipt/ReceiptLayout.h"
#include "shift/ShiftService.h"
#include "staff/Role.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace omnitill::ui {

ShiftCloseDialog::ShiftCloseDialog(const Currency& currency, QWidget* parent) : QDialog(parent), m_currency(currency)
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    setWindowTitle(tr("Close shift: count the drawer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (const qint64 denomination : ShiftService::denominations(currency)) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("count%1SpinBox").arg(denomination));
        spin->setRange(0, 100000);
        connect(spin, &QSpinBox::valueChanged, this, &ShiftCloseDialog::updateTotal);
        form->addRow(ReceiptLayout::amount(denomination, currency, QLocale()), spin);
        m_counts.insert(denomination, spin);
    }
    layout->addLayout(form);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("countedTotalLabel"));
    layout->addWidget(m_total);
    auto* card = new QGroupBox(tr("Card terminal"), this);
    card->setObjectName(QStringLiteral("cardEndOfDayGroupBox"));
    auto* cardLayout = new QVBoxLayout(card);
    m_endOfDay = new QPushButton(tr("Run the card terminal's end of day"), card);
    m_endOfDay->setObjectName(QStringLiteral("endOfDayPushButton"));
    connect(m_endOfDay, &QPushButton::clicked, this, &ShiftCloseDialog::runEndOfDay);
    cardLayout->addWidget(m_endOfDay);
    m_reconciliation = new QLabel(card);
    m_reconciliation->setObjectName(QStringLiteral("cardReconciliationLabel"));
    m_reconciliation->setWordWrap(true);
    cardLayout->addWidget(m_reconciliation);
    card->setVisible(false);
    layout->addWidget(card);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateTotal();
}

ShiftCloseDialog::~ShiftCloseDialog() = default;

void ShiftCloseDialog::offerCardEndOfDay(std::shared_ptr<CardTerminal> terminal, CardPayments& payments, const Session& session)
{
    m_terminal = std::move(terminal);
    m_cardPayments = &payments;
    m_session = std::make_unique<Session>(session);
    if (!m_call) {
        m_call = new CardTerminalCall(this);
        connect(m_call, &CardTerminalCall::message, m_reconciliation, &QLabel::setText);
    }
    findChild<QGroupBox*>(QStringLiteral("cardEndOfDayGroupBox"))->setVisible(m_terminal != nullptr);
}

void ShiftCloseDialog::runEndOfDay()
{
    if (!m_call || m_call->isRunning())
        return;
    try {
        m_cardPayments->checkEndOfDay(*m_session);
    } catch (const DomainError& e) {
        m_reconciliation->setText(e.message());
        return;
    }
    auto totals = std::make_shared<CardTerminalTotals>();
    m_endOfDay->setEnabled(false);
    m_reconciliation->setText(tr("The card terminal is closing its day…"));
    connect(
        m_call, &CardTerminalCall::finished, this,
        [this, totals] {
            m_endOfDay->setEnabled(true);
            try {
                const CardReconciliation rec = m_cardPayments->reconcile(*m_session, *totals);
                if (!rec.ok) {
                    Theme::setRole(m_reconciliation, QStringLiteral("error"));
                    m_reconciliation->setText(tr("The card terminal's end of day failed: %1").arg(rec.message));
                    return;
                }
                const auto money = [this](qint64 amount) { return ReceiptLayout::amount(amount, m_currency, QLocale()); };
                QString text = tr("Terminal: %1 in %n payment(s)", nullptr, rec.terminalCount).arg(money(rec.terminalTotal)) +
                               QLatin1Char('\n') +
                               tr("Till: %1 in %n card payment(s)", nullptr, rec.recordedCount).arg(money(rec.recordedTotal));
                if (rec.difference() != 0)
                    text += QLatin1Char('\n') +
                            tr("Difference: %1 - check the terminal's slip against the till's card payments").arg(money(rec.difference()));
                else
                    text += QLatin1Char('\n') + tr("No difference");
                Theme::setRole(m_reconciliation, rec.difference() != 0 ? QStringLiteral("error") : QString());
                m_reconciliation->setText(text);
            } catch (const DomainError& e) {
                m_reconciliation->setText(e.message());
            }
        },
        Qt::SingleShotConnection);
    m_call->start(m_terminal, [totals](CardTerminal& terminal) { *totals = terminal.endOfDay(); });
}

QMap<qint64, int> ShiftCloseDialog::counted() const
{
    QMap<qint64, int> result;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value()->value() > 0)
            result.insert(it.key(), it.value()->value());
    }
    return result;
}

void ShiftCloseDialog::updateTotal()
{
    qint64 total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        total += it.key() * it.value()->value();
    m_total->setText(tr("Counted: %1").arg(ReceiptLayout::amount(total, m_currency, QLocale())));
}

} // namespace omnitill::ui

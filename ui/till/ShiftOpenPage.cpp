#include "ShiftOpenPage.h"

#include "NumericKeypad.h"
#include "ScannerEventFilter.h"
#include "Theme.h"
#include "common/DomainError.h"
#include "money/Money.h"
#include "shift/ShiftService.h"
#include "store/StoreSettings.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnitill::ui {

ShiftOpenPage::ShiftOpenPage(ShiftService& shifts, StoreSettings& settings, QWidget* parent)
    : QWidget(parent), m_shifts(shifts), m_settings(settings)
{
    setObjectName(QStringLiteral("shiftOpenPage"));
    auto* outer = new QHBoxLayout(this);
    auto* layout = new QVBoxLayout;
    outer->addStretch();
    outer->addLayout(layout);
    outer->addStretch();
    layout->addStretch();
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_float = new QLineEdit(this);
    m_float->setObjectName(QStringLiteral("floatLineEdit"));
    m_float->setAlignment(Qt::AlignRight);
    m_float->setProperty(ScannerEventFilter::kRefusesScans, true);
    connect(m_float, &QLineEdit::returnPressed, this, &ShiftOpenPage::openShift);
    layout->addWidget(m_float);
    auto* keypad = new NumericKeypad(this);
    keypad->setTarget(m_float);
    connect(keypad, &NumericKeypad::enterPressed, this, &ShiftOpenPage::openShift);
    layout->addWidget(keypad);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openShiftPushButton"));
    connect(m_open, &QPushButton::clicked, this, &ShiftOpenPage::openShift);
    layout->addWidget(m_open);
    m_logout = new QPushButton(this);
    m_logout->setObjectName(QStringLiteral("shiftLogoutPushButton"));
    connect(m_logout, &QPushButton::clicked, this, &ShiftOpenPage::logoutRequested);
    layout->addWidget(m_logout);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("shiftErrorLabel"));
    Theme::setRole(m_error, QStringLiteral("error"));
    layout->addWidget(m_error);
    layout->addStretch();
    setFocusProxy(m_float);
    retranslate();
}

void ShiftOpenPage::setSession(const Session& session)
{
    m_session = session;
    m_float->clear();
    m_error->clear();
    retranslate();
}

void ShiftOpenPage::openShift()
{
    try {
        const Money amount = Money::parse(m_float->text().isEmpty() ? QStringLiteral("0") : m_float->text(), m_settings.currency());
        bool confirmed = false;
        try {
            m_shifts.checkTypedAmount(amount.minor(), false);
        } catch (const DomainError& e) {
            if (e.code() != QLatin1String("shift.amount_unconfirmed"))
                throw;
            if (QMessageBox::question(this, tr("Confirm the float"), tr("Open the shift with a float of %1?").arg(amount.format())) !=
                QMessageBox::Yes) {
                m_float->selectAll();
                return;
            }
            confirmed = true;
        }
        m_shifts.open(m_session, amount.minor(), confirmed);
        emit shiftOpened();
    } catch (const DomainError& e) {
        m_error->setText(e.message());
        m_float->selectAll();
    }
}

void ShiftOpenPage::retranslate()
{
    m_title->setText(tr("%1, no shift is open. Count the cash in the drawer and enter the float (%2):")
                         .arg(m_session.name, m_settings.currency().code()));
    m_open->setText(tr("Open shift"));
    m_logout->setText(tr("Log out"));
}

void ShiftOpenPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omnitill::ui

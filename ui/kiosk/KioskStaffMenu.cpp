#include "KioskStaffMenu.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace omnitill::ui {

KioskStaffMenu::KioskStaffMenu(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskStaffMenu"));
    // Scrolls rather than make the customers' screens taller: staff can cope with a scroll bar.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskHeadline"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    const auto add = [&](const char* name, auto signal) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, signal);
        m_buttons.append(b);
        return b;
    };
    m_back = add("kioskStaffBackPushButton", &KioskStaffMenu::backRequested);
    m_selfCheckout = add("kioskStaffSelfCheckoutPushButton", &KioskStaffMenu::selfCheckoutToggled);
    m_settle = add("kioskStaffSettlePushButton", &KioskStaffMenu::settlePaymentsRequested);
    m_testPrint = add("kioskStaffTestPrintPushButton", &KioskStaffMenu::testPrintRequested);
    m_sync = add("kioskStaffSyncPushButton", &KioskStaffMenu::syncRequested);
    m_closeDay = add("kioskStaffCloseDayPushButton", &KioskStaffMenu::closeDayRequested);
    m_exit = add("kioskStaffExitPushButton", &KioskStaffMenu::exitRequested);
    arrange(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kioskStaffStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();
    retranslate();
}

void KioskStaffMenu::present(const QString& staffName, bool mayExit, bool selfCheckout, int openPayments, const QString& status)
{
    m_staff = staffName;
    m_mayExit = mayExit;
    m_selfCheckoutOn = selfCheckout;
    m_openPayments = openPayments;
    m_status->setText(status);
    retranslate();
    m_back->setFocus();
}

void KioskStaffMenu::setStatus(const QString& status)
{
    m_status->setText(status);
    m_status->setAccessibleName(status);
}

void KioskStaffMenu::arrange(int columns)
{
    for (QPushButton* b : m_buttons)
        m_grid->removeWidget(b);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons[i], i / columns, i % columns);
    m_columns = columns;
}

void KioskStaffMenu::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Two columns keep a landscape screen short; one keeps a portrait one narrow.
    const int columns = window()->width() > window()->height() ? 2 : 1;
    if (columns != m_columns)
        arrange(columns);
}

void KioskStaffMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskStaffMenu::retranslate()
{
    m_title->setText(tr("Staff menu — %1").arg(m_staff));
    m_back->setText(tr("Back to customers"));
    m_selfCheckout->setText(m_selfCheckoutOn ? tr("Switch to ordering (self-checkout is on)")
                                             : tr("Switch to self-checkout (ordering is on)"));
    m_settle->setText(tr("Settle card payments (%n open)", nullptr, m_openPayments));
    m_settle->setEnabled(m_openPayments > 0);
    m_testPrint->setText(tr("Print a test page"));
    m_sync->setText(tr("Sync now"));
    m_closeDay->setText(m_mayExit ? tr("Close the day (Z report)") : tr("Close the day (supervisor or manager only)"));
    m_closeDay->setEnabled(m_mayExit);
    m_exit->setText(m_mayExit ? tr("Close the kiosk") : tr("Close the kiosk (supervisor or manager only)"));
    m_exit->setEnabled(m_mayExit);
}

} // namespace omnitill::ui

#include "LoginPage.h"

#include "NumericKeypad.h"
#include "Theme.h"
#include "common/DomainError.h"
#include "staff/StaffService.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnitill::ui {

LoginPage::LoginPage(StaffService& staff, QWidget* parent) : QWidget(parent), m_staff(staff)
{
    setObjectName(QStringLiteral("loginPage"));
    auto* outer = new QHBoxLayout(this);
    auto* layout = new QVBoxLayout;
    outer->addStretch();
    outer->addLayout(layout);
    outer->addStretch();
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSize(f.pointSize() * 2);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(m_title);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setAlignment(Qt::AlignCenter);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::tryLogin);
    layout->addWidget(m_pin);
    auto* keypad = new NumericKeypad(this);
    keypad->setTarget(m_pin);
    connect(keypad, &NumericKeypad::enterPressed, this, &LoginPage::tryLogin);
    layout->addWidget(keypad);
    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("loginPushButton"));
    connect(m_login, &QPushButton::clicked, this, &LoginPage::tryLogin);
    layout->addWidget(m_login);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    Theme::setRole(m_error, QStringLiteral("error"));
    m_error->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_error);
    layout->addStretch();
    setFocusProxy(m_pin);
    retranslate();
}

void LoginPage::reset()
{
    m_pin->clear();
    m_error->clear();
    m_pin->setFocus();
}

void LoginPage::tryLogin()
{
    try {
        const Session session = m_staff.login(m_pin->text());
        m_pin->clear();
        m_error->clear();
        emit loggedIn(session);
    } catch (const DomainError& e) {
        m_pin->clear();
        m_error->setText(e.message());
    }
}

void LoginPage::retranslate()
{
    m_title->setText(tr("Enter your PIN"));
    m_login->setText(tr("Log in"));
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omnitill::ui

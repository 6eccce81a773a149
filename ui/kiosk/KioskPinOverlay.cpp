#include "KioskPinOverlay.h"

#include "NumericKeypad.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnitill::ui {

KioskPinOverlay::KioskPinOverlay(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("kioskPinOverlay"));
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 24, 80, 24);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskHeadline"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kioskPinMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("kioskPinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    connect(m_pin, &QLineEdit::returnPressed, this, [this] { emit pinEntered(m_pin->text()); });
    layout->addWidget(m_pin);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kioskPinErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_keypad = new NumericKeypad(this);
    m_keypad->setTarget(m_pin);
    // The till's keypad stays out of the focus chain; at the kiosk a switch device must reach it.
    for (QPushButton* key : m_keypad->findChildren<QPushButton*>())
        key->setFocusPolicy(Qt::StrongFocus);
    connect(m_keypad, &NumericKeypad::enterPressed, this, [this] { emit pinEntered(m_pin->text()); });
    layout->addWidget(m_keypad);
    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("kioskPinCancelPushButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    m_ok = new QPushButton(this);
    m_ok->setObjectName(QStringLiteral("kioskPinOkPushButton"));
    m_ok->setProperty("primary", true);
    connect(m_ok, &QPushButton::clicked, this, [this] { emit pinEntered(m_pin->text()); });
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    layout->addLayout(buttons);
    hide();
    retranslate();
}

void KioskPinOverlay::ask(const QString& title, const QString& message, bool cancellable)
{
    m_title->setText(title);
    m_message->setText(message);
    m_error->clear();
    m_pin->clear();
    m_cancel->setVisible(cancellable);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_pin->setFocus();
}

void KioskPinOverlay::refuse(const QString& error)
{
    m_error->setText(error);
    m_error->setAccessibleName(error);
    m_pin->clear();
    m_pin->setFocus();
}

QString KioskPinOverlay::title() const
{
    return m_title->text();
}

void KioskPinOverlay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void KioskPinOverlay::retranslate()
{
    m_pin->setPlaceholderText(tr("Staff PIN"));
    m_pin->setAccessibleName(tr("Staff PIN"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace omnitill::ui

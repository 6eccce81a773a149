#include "CustomerDisplayWindow.h"

#include "QrImage.h"
#include "Theme.h"
#include "receipt/ReceiptLayout.h"
#include "sale/Cart.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace omnitill::ui {

CustomerDisplayWindow::CustomerDisplayWindow(QString storeName, QWidget* parent)
    : QWidget(parent, Qt::Window), m_storeName(std::move(storeName))
{
    setObjectName(QStringLiteral("customerDisplayWindow"));
    setStyleSheet(Theme::styleSheet(QStringLiteral("customer-display")));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("customerLinesList"));
    m_lines->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_lines, 1);
    m_suggestions = new QLabel(this);
    m_suggestions->setObjectName(QStringLiteral("customerSuggestionsLabel"));
    m_suggestions->setWordWrap(true);
    layout->addWidget(m_suggestions);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("customerQrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_qr);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("customerTotalLabel"));
    m_total->setAlignment(Qt::AlignRight);
    layout->addWidget(m_total);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customerMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    showWelcome();
}

bool CustomerDisplayWindow::placeOnSecondScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* s : screens) {
        if (s != QGuiApplication::primaryScreen()) {
            setScreen(s);
            setGeometry(s->geometry());
            showFullScreen();
            return true;
        }
    }
    return false;
}

void CustomerDisplayWindow::showSuggestions(const QStringList& suggestions)
{
    m_suggestionTexts = m_mode == Mode::Cart ? suggestions : QStringList();
    retranslate();
}

void CustomerDisplayWindow::showWelcome()
{
    m_mode = Mode::Welcome;
    m_suggestionTexts.clear();
    m_lines->clear();
    m_qr->clear();
    m_total->clear();
    retranslate();
}

void CustomerDisplayWindow::showCart(const Cart& cart)
{
    if (cart.isEmpty() && m_mode == Mode::ThankYou)
        return; // the thank-you stays until the next item
    if (cart.isEmpty())
        return showWelcome();
    m_mode = Mode::Cart;
    m_qr->clear();
    m_lines->clear();
    const CartTotals totals = cart.totals();
    const QLocale locale;
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine& line = cart.lines().at(i);
        const QString quantity = line.unit == Unit::Weight ? tr("%1 kg").arg(locale.toString(double(line.quantity) / 1000.0, 'f', 3))
                                                           : QString::number(line.quantity);
        m_lines->addItem(
            QStringLiteral("%1  ×%2   %3")
                .arg(line.name, quantity, ReceiptLayout::amount(totals.lines.at(i).tax.gross.minor(), cart.currency(), locale)));
        if (totals.lines.at(i).discount != 0)
            m_lines->addItem(QStringLiteral("    ") +
                             tr("discount %1").arg(ReceiptLayout::amount(-totals.lines.at(i).discount, cart.currency(), locale)));
    }
    for (const AppliedPromotion& p : cart.promotions().applied)
        m_lines->addItem(tr("Promotion: %1  %2").arg(p.name, ReceiptLayout::amount(-p.discount, cart.currency(), locale)));
    m_lines->scrollToBottom();
    m_totalText = totals.total.format(locale);
    retranslate();
}

void CustomerDisplayWindow::showPaymentQr(const QString& payload, const QString& amountText)
{
    m_mode = Mode::Qr;
    m_qrAmount = amountText;
    m_qr->setPixmap(QPixmap::fromImage(QrImage::encode(payload, 6)));
    retranslate();
}

void CustomerDisplayWindow::showThankYou(const QString& totalText, const QString& changeText)
{
    m_mode = Mode::ThankYou;
    m_suggestionTexts.clear();
    m_qr->clear();
    m_lines->clear();
    m_totalText = totalText;
    m_changeText = changeText;
    retranslate();
}

void CustomerDisplayWindow::retranslate()
{
    setWindowTitle(tr("Customer display"));
    m_title->setText(m_storeName);
    m_suggestions->setText(
        m_suggestionTexts.isEmpty() ? QString() : tr("You might also like: %1").arg(m_suggestionTexts.join(QStringLiteral(" \u00b7 "))));
    switch (m_mode) {
    case Mode::Welcome:
        m_total->clear();
        m_message->setText(tr("Welcome!"));
        break;
    case Mode::Cart:
        m_total->setText(tr("Total %1").arg(m_totalText));
        m_message->clear();
        break;
    case Mode::Qr:
        m_message->setText(tr("Scan the code with your banking app to pay %1").arg(m_qrAmount));
        break;
    case Mode::ThankYou:
        m_total->setText(tr("Total %1").arg(m_totalText));
        m_message->setText(m_changeText.isEmpty() ? tr("Thank you for shopping with us!")
                                                  : tr("Your change: %1\nThank you for shopping with us!").arg(m_changeText));
        break;
    }
}

void CustomerDisplayWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omnitill::ui

#include "KioskCartPanel.h"

#include "PageWidgets.h"
#include "ProductArt.h"
#include "Till.h"
#include "promotions/PromotionText.h"
#include "receipt/ReceiptLayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

namespace omnitill::ui {

KioskCartPanel::KioskCartPanel(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("kioskCartPanel"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskCartTitleLabel"));
    layout->addWidget(m_title);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget(scroll);
    m_lines = new QVBoxLayout(inner);
    m_lines->setAlignment(Qt::AlignTop);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    m_promotions = new QLabel(this);
    m_promotions->setObjectName(QStringLiteral("kioskPromotionsLabel"));
    m_promotions->setWordWrap(true);
    layout->addWidget(m_promotions);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("kioskTotalLabel"));
    layout->addWidget(m_total);
    m_suggestionsTitle = new QLabel(this);
    m_suggestionsTitle->setObjectName(QStringLiteral("kioskSuggestionsLabel"));
    layout->addWidget(m_suggestionsTitle);
    m_suggestions = new QVBoxLayout;
    layout->addLayout(m_suggestions);
    m_checkout = new QPushButton(this);
    m_checkout->setObjectName(QStringLiteral("kioskCheckoutPushButton"));
    m_checkout->setProperty("primary", true);
    connect(m_checkout, &QPushButton::clicked, this, &KioskCartPanel::checkoutRequested);
    layout->addWidget(m_checkout);
    retranslate();
}

void KioskCartPanel::display(const Cart& cart, const QString& language, const QList<Suggestion>& suggestions, bool member)
{
    m_member = member;
    m_empty = cart.isEmpty();
    const QLocale locale; // the store's money format
    const auto money = [&](qint64 minor) { return ReceiptLayout::price(minor, cart.currency(), locale); };
    clearLayout(m_lines);
    const CartTotals totals = cart.totals();
    for (int i = 0; i < cart.lines().size(); ++i) {
        const CartLine& line = cart.lines()[i];
        const std::optional<Product> product = m_till.catalog().findById(line.productId);
        const QString name = product ? product->name(language) : line.name;
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(QStringLiteral("%1\n%2").arg(name, money(totals.lines[i].extended)), this);
        label->setObjectName(QStringLiteral("kioskLine%1Label").arg(i));
        label->setWordWrap(true);
        row->addWidget(label, 1);
        if (line.unit == Unit::Piece) {
            auto* minus = new QPushButton(QStringLiteral("−"), this);
            minus->setObjectName(QStringLiteral("kioskLine%1MinusPushButton").arg(i));
            minus->setAccessibleName(tr("One less %1").arg(name));
            minus->setMinimumWidth(72);
            connect(minus, &QPushButton::clicked, this, [this, id = line.lineId, q = line.quantity] {
                if (q > 1)
                    emit quantityRequested(id, q - 1);
                else
                    emit removeRequested(id);
            });
            auto* quantity = new QLabel(QString::number(line.quantity), this);
            quantity->setObjectName(QStringLiteral("kioskLine%1QuantityLabel").arg(i));
            quantity->setAccessibleName(tr("Quantity of %1").arg(name));
            quantity->setAlignment(Qt::AlignCenter);
            quantity->setMinimumWidth(48);
            auto* plus = new QPushButton(QStringLiteral("+"), this);
            plus->setObjectName(QStringLiteral("kioskLine%1PlusPushButton").arg(i));
            plus->setAccessibleName(tr("One more %1").arg(name));
            plus->setMinimumWidth(72);
            connect(plus, &QPushButton::clicked, this, [this, id = line.lineId, q = line.quantity] { emit quantityRequested(id, q + 1); });
            row->addWidget(minus);
            row->addWidget(quantity);
            row->addWidget(plus);
        }
        auto* remove = new QPushButton(tr("Remove"), this);
        remove->setObjectName(QStringLiteral("kioskLine%1RemovePushButton").arg(i));
        remove->setAccessibleName(tr("Remove %1 from the order").arg(name));
        connect(remove, &QPushButton::clicked, this, [this, id = line.lineId] { emit removeRequested(id); });
        row->addWidget(remove);
        m_lines->addLayout(row);
    }
    QStringList promotions;
    const QList<Promotion> all = m_till.promotions().all();
    for (const AppliedPromotion& applied : cart.promotions().applied) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const Promotion& p) { return p.id == applied.promotionId; });
        const QString explained = found == all.end() ? QString() : PromotionText::describe(*found, cart.currency(), locale);
        promotions.append(tr("%1 (%2): −%3").arg(applied.name, explained, money(applied.discount)));
    }
    m_promotions->setText(promotions.isEmpty() ? QString()
                                               : tr("Offers applied:") + QLatin1Char('\n') + promotions.join(QLatin1Char('\n')));
    m_promotions->setVisible(!promotions.isEmpty());
    m_total->setText(totals.discount.minor() > 0
                         ? tr("You save %1\nTotal %2").arg(money(totals.discount.minor()), money(totals.total.minor()))
                         : tr("Total %1").arg(money(totals.total.minor())));
    m_total->setAccessibleName(m_total->text());
    clearLayout(m_suggestions);
    for (int i = 0; i < suggestions.size(); ++i) {
        const Suggestion& s = suggestions[i];
        const std::optional<Product> product = m_till.catalog().findById(s.productId);
        if (!product || product->unit != Unit::Piece)
            continue; // goods sold by weight are weighed at the counter
        auto* button = new QPushButton(
            QStringLiteral("%1  %2").arg(product->name(language), money(s.price)).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        button->setObjectName(QStringLiteral("kioskSuggestion%1PushButton").arg(i));
        button->setIcon(ProductArt::product(*product, 64));
        button->setIconSize(QSize(48, 48));
        button->setAccessibleName(tr("Add %1, %2").arg(product->name(language), money(s.price)));
        button->setAccessibleDescription(s.forMember ? tr("Suggested for you") : tr("Often bought together"));
        connect(button, &QPushButton::clicked, this, [this, id = s.productId] { emit suggestionChosen(id); });
        m_suggestions->addWidget(button);
    }
    m_suggestionsTitle->setVisible(!suggestions.isEmpty());
    m_checkout->setEnabled(!m_empty);
    retranslate();
}

void KioskCartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskCartPanel::retranslate()
{
    m_title->setText(m_empty ? tr("Your order is empty") : tr("Your order"));
    m_suggestionsTitle->setText(m_member ? tr("Suggested for you") : tr("You might also like"));
    m_checkout->setText(tr("Finish and pay"));
    m_checkout->setAccessibleDescription(tr("Choose to pay here by card or at the counter"));
}

} // namespace omnitill::ui

#include "CashierPage.h"
#include "MemberText.h"
#include "ShortcutPassThrough.h"
#include "StoreFormats.h"
#include "Theme.h"

#include "promotions/PromotionText.h"

#include "AisleOrderDialog.h"
#include "ApprovalDialog.h"
#include "CartTableModel.h"
#include "NumericKeypad.h"
#include "PaymentDialog.h"
#include "PrintService.h"
#include "PrinterProfile.h"
#include "ReceiptImageRenderer.h"
#include "ReturnDialog.h"
#include "StoreDevices.h"
#include "Till.h"
#include "common/DomainError.h"
#include "giftcards/GiftCardNumber.h"
#include "payment/CardTerminalCall.h"
#include "receipt/ReceiptLayout.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace omnitill::ui {

namespace {
bool looksLikeCode(const QString& text)
{
    // Digits, GS1 brackets or a link are codes; anything else is searched by name.
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('(')) || t.startsWith(QLatin1String("http")) || t.startsWith(QLatin1Char(']')))
        return true;
    for (const QChar c : t) {
        if (!c.isDigit())
            return t.startsWith(QLatin1String("SKU")) || t.startsWith(QLatin1String("PLU"));
    }
    return !t.isEmpty();
}
} // namespace

CashierPage::CashierPage(Till& till, QWidget* parent) : QWidget(parent), m_till(till), m_cart(till.sales().newCart())
{
    setObjectName(QStringLiteral("cashierPage"));
    auto* layout = new QGridLayout(this);

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanLineEdit"));
    ShortcutPassThrough::install(m_scan);
    QFont big = m_scan->font();
    big.setPointSize(big.pointSize() + 4);
    m_scan->setFont(big);
    connect(m_scan, &QLineEdit::returnPressed, this, &CashierPage::enterPressed);
    connect(m_scan, &QLineEdit::textEdited, this, &CashierPage::searchAsYouType);
    layout->addWidget(m_scan, 0, 0);

    m_model = new CartTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cartTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(CartTableModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1, 0);

    m_search = new QListWidget(this);
    m_search->setObjectName(QStringLiteral("searchListWidget"));
    m_search->setFocusPolicy(Qt::NoFocus);
    m_search->setMaximumHeight(180);
    m_search->hide();
    connect(m_search, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { addSearchResult(m_search->row(item)); });
    layout->addWidget(m_search, 2, 0);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message, 3, 0);

    auto* side = new QVBoxLayout;
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    QFont huge = m_total->font();
    huge.setPointSize(huge.pointSize() * 2);
    huge.setBold(true);
    m_total->setFont(huge);
    m_total->setAlignment(Qt::AlignRight);
    side->addWidget(m_total);
    // The member, the tax lines, the promotions and the suggestions grow with the sale (and are
    // longer in Chinese): they scroll, and never push the window past the screen.
    auto* details = new QWidget(this);
    auto* detailsColumn = new QVBoxLayout(details);
    detailsColumn->setContentsMargins(0, 0, 0, 0);
    m_member = new QLabel(details);
    m_member->setObjectName(QStringLiteral("memberLabel"));
    m_member->setAlignment(Qt::AlignRight);
    detailsColumn->addWidget(m_member);
    m_taxes = new QLabel(details);
    m_taxes->setObjectName(QStringLiteral("taxesLabel"));
    m_taxes->setAlignment(Qt::AlignRight);
    detailsColumn->addWidget(m_taxes);
    m_suggestions = new QLabel(details);
    m_suggestions->setObjectName(QStringLiteral("suggestionsLabel"));
    m_suggestions->setWordWrap(true);
    detailsColumn->addWidget(m_suggestions);
    detailsColumn->addStretch();
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("saleDetailsScrollArea"));
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    detailsScroll->setMinimumHeight(3 * fontMetrics().lineSpacing());
    side->addWidget(detailsScroll, 1);
    auto* keypad = new NumericKeypad(this);
    keypad->setTarget(m_scan);
    connect(keypad, &NumericKeypad::enterPressed, this, &CashierPage::enterPressed);
    side->addWidget(keypad);

    auto* actions = new QGridLayout;
    const auto addAction = [&](const char* name, const char* label, const QKeySequence& key, void (CashierPage::*slot)(), int row,
                               int column, int span = 1) {
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(34);
        connect(button, &QPushButton::clicked, this, slot);
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        m_buttons.append({button, label});
        button->setToolTip(key.toString(QKeySequence::NativeText));
        actions->addWidget(button, row, column, 1, span);
    };
    // Three to a row, so the side column fits a 1366×768 screen.
    addAction("quantityPushButton", QT_TR_NOOP("Quantity"), Qt::Key_F2, &CashierPage::changeQuantity, 0, 0);
    addAction("discountPushButton", QT_TR_NOOP("Line discount"), Qt::Key_F3, &CashierPage::discountLine, 0, 1);
    addAction("saleDiscountPushButton", QT_TR_NOOP("Sale discount"), QKeySequence(Qt::SHIFT | Qt::Key_F3), &CashierPage::discountSale, 0,
              2);
    addAction("voidLinePushButton", QT_TR_NOOP("Void line"), Qt::Key_F4, &CashierPage::voidLine, 1, 0);
    addAction("subtotalPushButton", QT_TR_NOOP("Subtotal"), Qt::Key_F5, &CashierPage::subtotal, 1, 1);
    addAction("parkPushButton", QT_TR_NOOP("Park sale"), Qt::Key_F6, &CashierPage::park, 1, 2);
    addAction("resumePushButton", QT_TR_NOOP("Resume sale"), Qt::Key_F7, &CashierPage::resume, 2, 0);
    addAction("priceOverridePushButton", QT_TR_NOOP("Price override"), Qt::Key_F8, &CashierPage::overridePrice, 2, 1);
    addAction("voidSalePushButton", QT_TR_NOOP("Void sale"), Qt::Key_F9, &CashierPage::voidSale, 2, 2);
    addAction("lastReceiptPushButton", QT_TR_NOOP("Last receipt"), Qt::Key_F10, &CashierPage::showLastReceipt, 3, 0);
    addAction("memberPushButton", QT_TR_NOOP("Member"), QKeySequence(Qt::CTRL | Qt::Key_M), &CashierPage::findMember, 3, 1);
    addAction("redeemPointsPushButton", QT_TR_NOOP("Redeem points"), QKeySequence(Qt::CTRL | Qt::Key_P), &CashierPage::redeemPoints, 3, 2);
    addAction("giftCardPushButton", QT_TR_NOOP("Gift card"), QKeySequence(Qt::CTRL | Qt::Key_G), &CashierPage::giftCard, 4, 0);
    addAction("returnPushButton", QT_TR_NOOP("Return"), QKeySequence(Qt::CTRL | Qt::Key_E), &CashierPage::startReturnFromKey, 4, 1);
    addAction("otherStoresPushButton", QT_TR_NOOP("Other stores"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
              &CashierPage::orderFromOtherStore, 4, 2);
    addAction("payPushButton", QT_TR_NOOP("Pay"), Qt::Key_F12, &CashierPage::pay, 5, 0, 3);
    Theme::setRole(m_buttons.last().first, QStringLiteral("primary"));
    auto* deleteKey = new QShortcut(Qt::Key_Delete, this);
    connect(deleteKey, &QShortcut::activated, this, &CashierPage::voidLine);
    // Up and Down move through the search results while they show, through the cart otherwise.
    const auto step = [this](int by) {
        if (m_search->isVisible() && m_search->count() > 0) {
            m_search->setCurrentRow(std::clamp(m_search->currentRow() + by, 0, m_search->count() - 1));
            return;
        }
        const int row = m_table->currentIndex().row() + by;
        if (row >= 0 && row < m_model->rowCount())
            m_table->selectRow(row);
    };
    connect(new QShortcut(Qt::Key_Up, this), &QShortcut::activated, this, [step] { step(-1); });
    connect(new QShortcut(Qt::Key_Down, this), &QShortcut::activated, this, [step] { step(1); });
    connect(new QShortcut(Qt::Key_Escape, this), &QShortcut::activated, this, [this] {
        m_scan->clear();
        m_search->hide();
        m_scan->setFocus();
    });
    side->addLayout(actions);

    // Quick keys for unlabelled goods (fruit and vegetables by weight)
    auto* quick = new QGridLayout;
    int i = 0;
    for (const QuickKey& key : m_till.catalog().quickKeys()) {
        auto* button = new QPushButton(key.label, this);
        button->setObjectName(QStringLiteral("quickKey%1PushButton").arg(key.position));
        button->setProperty("productId", key.productId);
        m_quickKeys.append(button);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, id = key.productId] { addProduct(id); });
        quick->addWidget(button, i / 4, i % 4);
        ++i;
    }
    side->addLayout(quick);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("receiptPreviewLabel"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(60);
    scroll->setFocusPolicy(Qt::NoFocus);
    side->addWidget(scroll, 1);
    layout->addLayout(side, 0, 1, 4, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    setFocusProxy(m_scan);
    retranslate();
}

void CashierPage::setSession(const Session& session)
{
    m_session = session;
    refresh();
    emit statusChanged();
}

void CashierPage::setLanguage(const QString& language)
{
    m_language = language;
    m_till.sales().setLanguage(language);
    m_till.sales().relabel(m_cart);
    retranslate();
}

void CashierPage::runGuarded(const std::function<void()>& op)
{
    try {
        op();
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
    }
    m_scan->setFocus();
}

void CashierPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    Theme::setRole(m_message, error ? QStringLiteral("error") : QString());
}

void CashierPage::handleScan(const QString& code)
{
    addCode(code, true);
}

void CashierPage::addCode(const QString& code, bool fromScanner)
{
    m_scan->clear();
    m_search->hide();
    ScanResult result;
    try {
        result = m_till.scanRouter().route(m_cart, code, fromScanner ? ScanRouter::Source::Scanner : ScanRouter::Source::Keyboard,
                                           m_devices && m_devices->hasScale());
    } catch (const DomainError& e) {
        showMessage(e.message(), true);
        refresh();
        m_scan->setFocus();
        return;
    }
    switch (result.kind) {
    case ScanResult::Kind::Member:
        showMember(result.member);
        refresh();
        return;
    case ScanResult::Kind::Return:
        startReturn(result.receiptQr);
        return;
    case ScanResult::Kind::KioskOrder: {
        refresh();
        QStringList notes{tr("Kiosk order %1: %n item(s) added.", nullptr, result.kioskOrder.lines).arg(result.kioskOrder.number)};
        if (!result.kioskOrder.missing.isEmpty())
            notes.append(tr("Not on sale here, left out: %1").arg(result.kioskOrder.missing.join(QStringLiteral(", "))));
        if (!result.kioskOrder.memberFound)
            notes.append(tr("The member is not known to this till yet; identify them again."));
        showMessage(notes.join(QLatin1Char(' ')), !result.kioskOrder.missing.isEmpty() || !result.kioskOrder.memberFound);
        return;
    }
    case ScanResult::Kind::Coupon:
        refresh();
        showMessage(tr("Coupon %1: %2 off")
                        .arg(result.coupon.name.isEmpty() ? result.coupon.id : result.coupon.name,
                             ReceiptLayout::amount(m_cart.totals().coupon, m_cart.currency(), QLocale())));
        return;
    case ScanResult::Kind::NeedsWeight:
        scanWithScale(code);
        return;
    case ScanResult::Kind::Product:
        if (result.readAs.isEmpty())
            showMessage(QString());
        else
            showMessage(tr("The scanner types in another keyboard layout; read \"%1\" as \"%2\". Set the scanner to US"
                           " English keyboard emulation or the till's layout to English.")
                            .arg(code, result.readAs),
                        true);
        afterLineAdded(result.lineId);
        break;
    }
    m_scan->setFocus();
}

void CashierPage::showMember(const MemberSummary& member)
{
    const QString who = MemberText::of(member);
    showMessage(tr("Member: %1").arg(who));
    // What can be spent now: the synced balance less what this till redeemed and the hub has not posted.
    m_member->setText(tr("Member %1, %2 points").arg(who).arg(m_till.points().account(member.id).available));
}

void CashierPage::giftCard()
{
    runGuarded([&] {
        const QStringList actions{tr("Sell a gift card"), tr("Top up a card"), tr("Card balance")};
        bool ok = false;
        const QString action = QInputDialog::getItem(this, tr("Gift card"), tr("What to do:"), actions, 0, false, &ok);
        if (!ok)
            return;
        const QString number =
            QInputDialog::getText(this, tr("Gift card"), tr("Scan or type the card number:"), QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok || number.isEmpty())
            return;
        GiftCardService& cards = m_till.giftCards();
        if (action == actions[2]) {
            const GiftCardAccount a = cards.account(number);
            if (!a.known)
                throw DomainError(QStringLiteral("giftcard.unknown"), tr("This card is not known to the till"));
            showMessage(tr("Card %1: %2 available")
                            .arg(GiftCardNumber::masked(number), ReceiptLayout::amount(a.available, m_cart.currency(), QLocale())));
            return;
        }
        const QString text = QInputDialog::getText(this, tr("Gift card"), tr("Amount to load:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const qint64 amount = Money::parse(text, m_cart.currency()).minor();
        const int lineId = action == actions[0] ? cards.sell(m_cart, number, amount) : cards.topUp(m_cart, number, amount);
        m_till.sales().reprice(m_cart);
        refresh(lineId);
        showMessage(tr("Card %1 loaded with %2 when the sale is paid")
                        .arg(GiftCardNumber::masked(number), ReceiptLayout::amount(amount, m_cart.currency(), QLocale())));
    });
}

void CashierPage::redeemPoints()
{
    runGuarded([&] {
        const PointsCalculator::RedeemLimit limit = m_till.points().limitFor(m_cart);
        if (limit.points <= 0)
            throw DomainError(QStringLiteral("points.limit"), limit.reason);
        bool ok = false;
        const int most = int(std::min<qint64>(limit.points, std::numeric_limits<int>::max()));
        const int points = QInputDialog::getInt(
            this, tr("Redeem points"), tr("Points to redeem (at most %1, set by %2):").arg(most).arg(limit.reason), most, 0, most, 1, &ok);
        if (!ok)
            return;
        m_till.points().redeem(m_cart, points);
        refresh();
        const PointsRedemption& r = m_cart.pointsRedemption();
        const QString value = ReceiptLayout::amount(r.value, m_cart.currency(), QLocale());
        if (points == 0)
            showMessage(tr("No points redeemed"));
        else if (r.asDiscount)
            showMessage(tr("%1 points take %2 off the price").arg(r.points).arg(value));
        else
            showMessage(tr("%1 points pay %2 of the sale").arg(r.points).arg(value));
    });
    m_scan->setFocus();
}

void CashierPage::findMember()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Member"), tr("Card number or phone number:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || text.isEmpty()) {
        m_scan->setFocus();
        return;
    }
    runGuarded([&] {
        if (m_till.members().isMemberCode(text)) {
            showMember(m_till.members().identify(m_cart, text));
            return;
        }
        const QList<MemberSummary> found = m_till.members().findByPhone(text);
        if (found.isEmpty()) {
            if (QMessageBox::question(this, tr("Member"), tr("No member has this phone number. Enrol the customer now?")) !=
                QMessageBox::Yes)
                return;
            bool named = false;
            const QString name =
                QInputDialog::getText(this, tr("New member"), tr("Name (optional):"), QLineEdit::Normal, QString(), &named);
            if (!named)
                return;
            const bool consent = QMessageBox::question(this, tr("New member"),
                                                       tr("Does the customer agree that we keep their name and phone number"
                                                          " for the loyalty programme?")) == QMessageBox::Yes;
            showMember(m_till.members().enrol(m_session, m_cart, name, text, consent));
            emit statusChanged(); // the enrolment waits in the outbox
            return;
        }
        QStringList choices;
        for (const MemberSummary& m : found)
            choices.append(tr("%1, phone ending %2").arg(MemberText::of(m), m.phoneEnding));
        int index = 0;
        if (found.size() > 1) {
            bool chosen = false;
            const QString choice = QInputDialog::getItem(this, tr("Member"), tr("Which member?"), choices, 0, false, &chosen);
            if (!chosen)
                return;
            index = int(choices.indexOf(choice));
        }
        showMember(m_till.members().select(m_cart, found.at(index).id));
    });
    refresh();
}

void CashierPage::scanWithScale(const QString& code)
{
    showMessage(tr("Weighing..."));
    m_devices->weigh(
        [this, code](qint64 grams) {
            runGuarded([&] {
                const int lineId = m_till.sales().scan(m_cart, code, grams);
                showMessage(QString());
                afterLineAdded(lineId);
            });
        },
        [this](const QString& error) { showMessage(error, true); });
}

void CashierPage::enterPressed()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty()) {
        if (!m_cart.isEmpty())
            pay();
        return;
    }
    if (m_search->isVisible() && m_search->count() > 0 && !looksLikeCode(text)) {
        addSearchResult(m_search->currentRow() < 0 ? 0 : m_search->currentRow());
        return;
    }
    addCode(text, false);
}

void CashierPage::searchAsYouType(const QString& text)
{
    if (text.trimmed().size() < 2 || looksLikeCode(text)) {
        m_search->hide();
        return;
    }
    m_search->clear();
    const QList<Product> found = m_till.catalog().search(text, 20);
    for (const Product& p : found) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1   %2").arg(p.name(m_language), ReceiptLayout::amount(p.price, m_till.settings().currency(), QLocale())));
        item->setData(Qt::UserRole, p.id);
        m_search->addItem(item);
    }
    m_search->setCurrentRow(0);
    m_search->setVisible(!found.isEmpty());
}

void CashierPage::addSearchResult(int row)
{
    QListWidgetItem* item = m_search->item(row);
    if (!item)
        return;
    m_scan->clear();
    m_search->hide();
    addProduct(item->data(Qt::UserRole).toLongLong());
}

void CashierPage::addProduct(qint64 productId)
{
    runGuarded([&] {
        const std::optional<Product> product = m_till.catalog().findById(productId);
        if (!product)
            return;
        qint64 quantity = 1;
        if (product->unit == Unit::Weight) {
            bool ok = false;
            const double kg = QInputDialog::getDouble(this, tr("Weight"), tr("Weight of %1 in kg:").arg(product->name(m_language)), 0.5,
                                                      0.001, 100.0, 3, &ok);
            if (!ok)
                return;
            quantity = qRound64(kg * 1000.0); // grams; the scale issue replaces this prompt
        }
        afterLineAdded(m_till.sales().addProduct(m_cart, productId, quantity));
    });
}

void CashierPage::afterLineAdded(int lineId)
{
    refresh(lineId);
    const CartLine& line = m_cart.line(lineId);
    if (m_till.aisle().localStock(line.productId) <= 0 && !m_till.aisle().otherStores(line.productId).isEmpty())
        showMessage(tr("%1 is out of stock here; other stores have it (Other stores, Ctrl+Shift+A)").arg(line.name));
    if (line.ageRestricted && m_cart.needsAgeConfirmation()) {
        // The date to compare with the customer's ID, in the store's time zone, not a sum to work out.
        const int years = m_till.settings().ageLimitYears();
        const QDate cutoff = m_till.settings().localTime(m_till.clock().nowUtc()).date().addYears(-years);
        const auto answer =
            QMessageBox::question(this, tr("Age check"),
                                  tr("%1 is age restricted: the customer must be at least %2, born on or before %3. Is that so?")
                                      .arg(line.name)
                                      .arg(years)
                                      .arg(QLocale().toString(cutoff, QLocale::LongFormat)));
        if (answer == QMessageBox::Yes) {
            m_till.sales().confirmAge(m_session, m_cart);
        } else {
            m_till.sales().voidLine(m_session, m_cart, lineId);
            showMessage(tr("%1 removed: age not confirmed").arg(line.name), true);
        }
        refresh();
    }
}

int CashierPage::selectedLineId() const
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : m_model->rowCount() - 1;
    return m_model->lineIdAt(row);
}

void CashierPage::changeQuantity()
{
    const int lineId = selectedLineId();
    if (!lineId)
        return;
    const QString typed = m_scan->text().trimmed();
    qint64 quantity = typed.toLongLong();
    if (quantity <= 0) {
        bool ok = false;
        quantity = QInputDialog::getInt(this, tr("Quantity"), tr("New quantity:"), int(m_cart.line(lineId).quantity), 1, 1000000, 1, &ok);
        if (!ok)
            return;
    }
    m_scan->clear();
    const QString error = ApprovalDialog::runWithApproval(
        this, [&](const QString& pin) { m_till.sales().setQuantity(m_session, m_cart, lineId, quantity, pin); });
    showMessage(error, !error.isEmpty());
    refresh(lineId);
}

void CashierPage::discountLine()
{
    const int lineId = selectedLineId();
    if (!lineId)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Line discount"), tr("Discount as 10% or as an amount:"), QLineEdit::Normal, m_scan->text(), &ok);
    if (!ok)
        return;
    m_scan->clear();
    runGuarded([&] {
        const Discount discount = Discount::parse(text, m_cart.currency());
        const QString error = ApprovalDialog::runWithApproval(
            this, [&](const QString& pin) { m_till.sales().applyLineDiscount(m_session, m_cart, lineId, discount, pin); });
        showMessage(error, !error.isEmpty());
    });
    refresh(lineId);
}

void CashierPage::discountSale()
{
    if (m_cart.isEmpty())
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Sale discount"), tr("Discount as 10% or as an amount:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    runGuarded([&] {
        const Discount discount = Discount::parse(text, m_cart.currency());
        const QString error = ApprovalDialog::runWithApproval(
            this, [&](const QString& pin) { m_till.sales().applyCartDiscount(m_session, m_cart, discount, pin); });
        showMessage(error, !error.isEmpty());
    });
    refresh();
}

void CashierPage::voidLine()
{
    const int lineId = selectedLineId();
    if (!lineId)
        return;
    const QString error =
        ApprovalDialog::runWithApproval(this, [&](const QString& pin) { m_till.sales().voidLine(m_session, m_cart, lineId, pin); });
    showMessage(error, !error.isEmpty());
    refresh();
}

void CashierPage::subtotal()
{
    if (m_cart.isEmpty())
        return;
    m_cart.markSubtotal();
    showMessage(tr("Subtotal: %1").arg(ReceiptLayout::amount(m_cart.totals().total.minor(), m_cart.currency(), QLocale())));
}

void CashierPage::overridePrice()
{
    const int lineId = selectedLineId();
    if (!lineId)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Price override"), tr("New unit price:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    runGuarded([&] {
        const qint64 price = Money::parse(text, m_cart.currency()).minor();
        const QString error = ApprovalDialog::runWithApproval(
            this, [&](const QString& pin) { m_till.sales().overridePrice(m_session, m_cart, lineId, price, pin); });
        showMessage(error, !error.isEmpty());
    });
    refresh(lineId);
}

void CashierPage::voidSale()
{
    if (m_cart.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Void sale"), tr("Void the whole sale?")) != QMessageBox::Yes)
        return;
    const QString error =
        ApprovalDialog::runWithApproval(this, [&](const QString& pin) { m_till.sales().voidSale(m_session, m_cart, pin); });
    showMessage(error.isEmpty() ? tr("Sale voided") : error, !error.isEmpty());
    refresh();
}

void CashierPage::park()
{
    runGuarded([&] {
        if (m_cart.isEmpty())
            return;
        const QString label = tr("%1 items, %2")
                                  .arg(m_cart.lines().size())
                                  .arg(ReceiptLayout::amount(m_cart.totals().total.minor(), m_cart.currency(), QLocale()));
        m_till.sales().suspend(m_session, m_cart, label);
        showMessage(tr("Sale parked: %1").arg(label));
    });
    refresh();
}

void CashierPage::resume()
{
    runGuarded([&] {
        if (!m_cart.isEmpty())
            throw DomainError(QStringLiteral("sale.open"), tr("Finish or park the current sale first"));
        const QList<SuspendedSale> parked = m_till.sales().suspendedSales();
        if (parked.isEmpty())
            throw DomainError(QStringLiteral("sale.none_parked"), tr("No parked sales"));
        QStringList items;
        for (const SuspendedSale& s : parked)
            items.append(QStringLiteral("%1  %2").arg(StoreFormats::dateTime(s.createdAt), s.label));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Resume sale"), tr("Parked sales:"), items, 0, false, &ok);
        if (!ok)
            return;
        m_cart = m_till.sales().resume(parked.at(items.indexOf(chosen)).id);
        showMessage(tr("Sale resumed"));
    });
    refresh();
}

void CashierPage::pay()
{
    if (m_cart.isEmpty())
        return;
    m_cart.markSubtotal();
    if (m_cart.needsAgeConfirmation()) {
        showMessage(tr("Confirm the customer's age first"), true);
        return;
    }
    const qint64 due = m_cart.totals().total.minor();
    PaymentDialog dialog(
        due, m_cart.currency(), PaymentDialog::paymentReference(m_till),
        [this](const Payment& payment) { return m_till.sales().complete(m_session, m_cart, payment); }, this);
    dialog.useStore(m_till);
    if (m_devices && m_devices->cardTerminal() && !m_session.training)
        dialog.useCardTerminal(m_devices->cardTerminal(), m_till.cardPayments(), m_session);
    if (const PointsRedemption& points = m_cart.pointsRedemption(); points.points > 0 && !points.asDiscount)
        dialog.addPoints(points.points, points.value);
    if (m_devices)
        connect(&dialog, &PaymentDialog::qrShown, this, [this](const QString& payload, qint64 amount) {
            m_devices->showPaymentQr(payload, ReceiptLayout::amount(amount, m_cart.currency(), QLocale()));
        });
    if (dialog.exec() != QDialog::Accepted) {
        refresh();
        m_scan->setFocus();
        return;
    }
    const CompletedSale done = dialog.result();
    if (m_devices)
        m_devices->showThankYou(ReceiptLayout::amount(done.total, m_cart.currency(), QLocale()),
                                done.change > 0 ? ReceiptLayout::amount(done.change, m_cart.currency(), QLocale()) : QString());
    m_lastReceiptId = done.receiptId;
    showMessage(tr("Receipt %1 - change %2").arg(done.receiptId, ReceiptLayout::amount(done.change, m_cart.currency(), QLocale())));
    showReceipt(done.receiptId);
    refresh();
    emit saleCompleted(done);
    emit statusChanged(); // the sale now waits in the outbox
    m_scan->setFocus();
}

void CashierPage::orderFromOtherStore()
{
    if (!m_session.isValid())
        return;
    const int lineId = selectedLineId();
    if (lineId <= 0) {
        showMessage(tr("Scan the item the customer wants first"), true);
        return;
    }
    const CartLine line = m_cart.line(lineId);
    const std::optional<Product> product = m_till.catalog().findById(line.productId);
    if (!product)
        return;
    AisleOrderDialog dialog(m_till, m_session, *product, this);
    if (dialog.exec() == QDialog::Accepted) {
        const AisleOrder& placed = dialog.placed();
        showMessage(tr("Order %1 placed at store %2; it is sent to the hub with the next sync").arg(placed.number, placed.storeId));
        emit orderPlaced();
        if (QMessageBox::question(this, tr("Other stores"), tr("Remove %1 from this sale?").arg(line.name)) == QMessageBox::Yes)
            runGuarded([&] { m_till.sales().voidLine(m_session, m_cart, lineId); });
        refresh();
    }
    m_scan->setFocus();
}

void CashierPage::startReturnFromKey()
{
    startReturn();
}

void CashierPage::startReturn(const QString& receipt)
{
    if (!m_session.isValid())
        return;
    ReturnDialog dialog(m_till, m_session, m_sync, this);
    if (m_devices && m_devices->cardTerminal() && !m_session.training)
        dialog.useCardTerminal(m_devices->cardTerminal(), m_till.cardPayments());
    if (!m_cart.isEmpty())
        dialog.setExchangeCart(m_cart);
    if (!receipt.isEmpty())
        dialog.find(receipt);
    const int answer = dialog.exec();
    if (answer == ReturnDialog::ExchangeChosen) {
        exchange(dialog.exchange());
    } else if (answer == QDialog::Accepted) {
        const CompletedReturn& done = dialog.result();
        QString text = tr("Refund %1: %2").arg(done.receiptId, ReceiptLayout::amount(done.refund, m_cart.currency(), QLocale()));
        if (!done.storeCredit.isEmpty())
            text += QLatin1Char(' ') + tr("on store credit %1").arg(done.storeCredit);
        showMessage(text);
        m_lastReceiptId = done.receiptId;
        showReceipt(done.receiptId);
        emit returnCompleted();
        emit statusChanged();
    }
    m_scan->setFocus();
}

void CashierPage::exchange(const ReturnDialog::Exchange& request)
{
    const qint64 total = m_cart.totals().total.minor();
    std::optional<CompletedExchange> done;
    PaymentDialog dialog(
        total, m_cart.currency(), PaymentDialog::paymentReference(m_till),
        [&](const Payment& payment) {
            const QString problem = ApprovalDialog::runWithApproval(this, [&](const QString& pin) {
                done = m_till.returns().exchange(m_session, request.sale, request.lines, m_cart, payment, request.back,
                                                 pin.isEmpty() ? request.approverPin : pin, request.reason);
            });
            if (!problem.isEmpty())
                throw DomainError(QStringLiteral("return.exchange_failed"), problem);
            return done->sale;
        },
        this);
    dialog.useStore(m_till);
    dialog.addExchangeCredit(std::min(request.credit, total));
    if (dialog.exec() != QDialog::Accepted || !done) {
        if (!request.terminalRefund.isEmpty())
            reverseCardRefund(request.terminalRefund);
        refresh();
        m_scan->setFocus();
        return;
    }
    m_lastReceiptId = done->sale.receiptId;
    showMessage(done->back > 0 ? tr("Exchange: receipt %1, %2 back (refund %3)")
                                     .arg(done->sale.receiptId, ReceiptLayout::amount(done->back, m_cart.currency(), QLocale()),
                                          done->returned.receiptId)
                               : tr("Exchange: receipt %1, change %2 (refund %3)")
                                     .arg(done->sale.receiptId, ReceiptLayout::amount(done->sale.change, m_cart.currency(), QLocale()),
                                          done->returned.receiptId));
    showReceipt(done->sale.receiptId);
    refresh();
    emit saleCompleted(done->sale);
    emit returnCompleted();
    emit statusChanged();
    m_scan->setFocus();
}

void CashierPage::reverseCardRefund(const QString& cardRefund)
{
    // The terminal paid the exchange's money back and the exchange did not happen: it is taken
    // back before anything else reaches the terminal.
    if (!m_terminalCall)
        m_terminalCall = new CardTerminalCall(this);
    showMessage(tr("The exchange was not completed: the refund to the card is reversed on the terminal"), true);
    window()->setEnabled(false);
    m_terminalCall->reverse(
        m_devices ? m_devices->cardTerminal() : nullptr, m_till.cardPayments(), cardRefund, [this](bool reversed, const QString& problem) {
            window()->setEnabled(true);
            if (reversed)
                showMessage(tr("The exchange was not completed; the refund to the card was reversed on the terminal."), true);
            else
                showMessage((problem.isEmpty() ? tr("The refund to the card could not be reversed on the terminal.") : problem) +
                                QLatin1Char(' ') + tr("Settle card payments from the Till menu once the terminal answers."),
                            true);
            m_scan->setFocus();
        });
}

void CashierPage::showReceipt(const QString& receiptId)
{
    try {
        const Receipt receipt = m_till.receipts().byReceiptId(receiptId);
        const PrinterProfile profile =
            PrinterProfile::byId(m_till.settings().value(QStringLiteral("printer.profile"), QStringLiteral("tm-t20ii")));
        const QImage image = ReceiptImageRenderer(profile.columns, profile.dotsWidth)
                                 .render(ReceiptLayout::rows(receipt, profile.columns, QLocale()), receipt.qrText);
        m_preview->setPixmap(QPixmap::fromImage(image.scaledToWidth(300, Qt::SmoothTransformation)));
    } catch (const DomainError& e) {
        // The sale is recorded and its receipt queued for the printer; only the preview failed.
        showMessage(tr("The sale is saved, but its receipt cannot be shown: %1").arg(e.message()), true);
    }
}

void CashierPage::showLastReceipt()
{
    reprintLast();
}

void CashierPage::reprintLast()
{
    runGuarded([&] {
        const QStringList recent = m_till.receipts().recentReceiptIds(1);
        if (recent.isEmpty())
            throw DomainError(QStringLiteral("receipt.none"), tr("No receipt yet"));
        showReceipt(recent.first());
        if (!m_till.printQueue().hasPrinter()) {
            showMessage(tr("Receipt %1 shown; no receipt printer is set up").arg(recent.first()));
            return;
        }
        m_till.receiptCopies().printCopy(m_session, recent.first(), m_language);
        showMessage(tr("Copy of %1 sent to the printer").arg(recent.first()));
    });
}

void CashierPage::refresh(int selectLineId)
{
    m_model->setCart(m_cart);
    if (m_cart.memberId().isEmpty())
        m_member->clear();
    if (m_devices)
        m_devices->showCart(m_cart);
    const int row = selectLineId ? m_model->rowOfLine(selectLineId) : m_model->rowCount() - 1;
    if (row >= 0)
        m_table->selectRow(row);
    const CartTotals totals = m_cart.totals();
    const QLocale locale;
    m_total->setText(totals.total.format(locale));
    QStringList taxes;
    for (const TaxBucket& b : totals.taxes)
        taxes.append(tr("%1 %2%: tax %3")
                         .arg(b.rate.code, locale.toString(double(b.rate.basisPoints) / 100.0, 'f', b.rate.basisPoints % 100 ? 2 : 0),
                              ReceiptLayout::amount(b.tax.minor(), m_cart.currency(), locale)));
    if (totals.discount.minor() != 0) {
        // Each promotion by name, so the cashier can tell the customer where the savings come from.
        QStringList lines{tr("Discounts %1").arg(ReceiptLayout::amount(-totals.discount.minor(), m_cart.currency(), locale))};
        for (const AppliedPromotion& p : m_cart.promotions().applied) {
            // What the offer is, in the till's language; the shop's own name beside it.
            const std::optional<Promotion> promotion = m_till.promotions().find(p.promotionId);
            const QString what =
                promotion ? QStringLiteral("%1 (%2)").arg(PromotionText::describe(*promotion, m_cart.currency(), locale), p.name) : p.name;
            lines.append(QStringLiteral("  %1 %2").arg(what, ReceiptLayout::amount(-p.discount, m_cart.currency(), locale)));
        }
        if (m_cart.coupon())
            lines.append(QStringLiteral("  %1 %2").arg(
                tr("Coupon %1").arg(m_cart.coupon()->name.isEmpty() ? m_cart.coupon()->id : m_cart.coupon()->name),
                ReceiptLayout::amount(-totals.coupon, m_cart.currency(), locale)));
        if (m_cart.pointsRedemption().asDiscount && m_cart.pointsRedemption().points > 0)
            lines.append(QStringLiteral("  %1 %2").arg(tr("Points (%1)").arg(m_cart.pointsRedemption().points),
                                                       ReceiptLayout::amount(-m_cart.pointsRedemption().value, m_cart.currency(), locale)));
        taxes = lines + taxes;
    }
    m_taxes->setText(taxes.join(QLatin1Char('\n')));
    showSuggestions();
}

void CashierPage::showSuggestions()
{
    // A failing read must never stop a sale: suggestions are a courtesy.
    QStringList lines;
    QStringList forCustomer;
    try {
        m_till.offers().setLanguage(m_language);
        for (const Suggestion& s : m_till.offers().suggestionsFor(m_cart)) {
            const QString text = QStringLiteral("%1  %2").arg(s.name, ReceiptLayout::amount(s.price, m_cart.currency(), QLocale()));
            lines.append(text + (s.forMember ? QStringLiteral(" \u2605") : QString()));
            forCustomer.append(text);
        }
    } catch (const DomainError&) {
        lines.clear();
        forCustomer.clear();
    }
    if (m_devices)
        m_devices->showSuggestions(forCustomer);
    m_suggestions->setText(lines.isEmpty() ? QString() : tr("Suggest: %1").arg(lines.join(QStringLiteral("; "))));
    m_suggestions->setToolTip(tr("Bought together with this sale, or (\u2605) from the member's favourite categories"));
}

void CashierPage::retranslate()
{
    m_scan->setPlaceholderText(tr("Scan, type a code or search by name"));
    for (const auto& [button, label] : m_buttons)
        button->setText(tr(label) + QStringLiteral(" (") + button->toolTip() + QLatin1Char(')'));
    // Quick keys carry the product's name in the till's language.
    for (QPushButton* key : std::as_const(m_quickKeys)) {
        if (const std::optional<Product> product = m_till.catalog().findById(key->property("productId").toLongLong()))
            key->setText(product->name(m_language));
    }
    refresh(); // the lines, totals and promotions in the new language
}

void CashierPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omnitill::ui

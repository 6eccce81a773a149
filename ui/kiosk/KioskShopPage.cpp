#include "KioskShopPage.h"

#include "OnScreenKeyboard.h"
#include "PageWidgets.h"
#include "ProductArt.h"
#include "Till.h"
#include "promotions/PromotionText.h"
#include "receipt/ReceiptLayout.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>

namespace omnitill::ui {

namespace {
QGridLayout* scrollingGrid(QWidget* page, QVBoxLayout* layout)
{
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget(scroll);
    auto* grid = new QGridLayout(inner);
    grid->setSpacing(12);
    grid->setAlignment(Qt::AlignTop);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    return grid;
}

// Words onto lines no wider than width (text without spaces, like Chinese, breaks anywhere);
// at most maxLines, the last one elided.
QString wrapped(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    QStringList lines;
    QString line;
    const auto flush = [&] {
        lines.append(line);
        line.clear();
    };
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            flush();
        for (const QChar c : word) {
            if (metrics.horizontalAdvance(line + c) > width && !line.isEmpty())
                flush();
            line.append(c);
        }
    }
    if (!line.isEmpty())
        flush();
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
    }
    return lines.join(QLatin1Char('\n'));
}

QPushButton* tile(const QString& objectName, const QPixmap& art, const QString& name, const QString& detail, int width, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->ensurePolished(); // the kiosk's font, for measuring
    const int textWidth = std::max(60, width - art.width() - 36);
    const QString text = wrapped(name, button->fontMetrics(), textWidth, 3);
    // "&" would otherwise mark a shortcut letter and vanish ("Wine & Spirits").
    button->setText(QString(detail.isEmpty() ? text : text + QLatin1Char('\n') + detail).replace(QLatin1Char('&'), QStringLiteral("&&")));
    button->setIcon(art);
    button->setIconSize(art.size());
    button->setMinimumHeight(std::max(art.height(), button->fontMetrics().height() * (int(button->text().count(QLatin1Char('\n'))) + 1)) +
                             24);
    // The grid decides the width, never the text.
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    button->setMinimumWidth(0);
    return button;
}
} // namespace

KioskShopPage::KioskShopPage(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("kioskShopPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_categoriesPage = new QWidget(m_stack);
    auto* categories = new QVBoxLayout(m_categoriesPage);
    auto* top = new QHBoxLayout;
    m_categoriesTitle = new QLabel(m_categoriesPage);
    m_categoriesTitle->setObjectName(QStringLiteral("kioskCategoriesLabel"));
    top->addWidget(m_categoriesTitle, 1);
    m_searchButton = new QPushButton(m_categoriesPage);
    m_searchButton->setObjectName(QStringLiteral("kioskSearchPushButton"));
    connect(m_searchButton, &QPushButton::clicked, this, &KioskShopPage::showSearch);
    top->addWidget(m_searchButton);
    categories->addLayout(top);
    m_categoryGrid = scrollingGrid(m_categoriesPage, categories);
    m_stack->addWidget(m_categoriesPage);

    m_productsPage = new QWidget(m_stack);
    auto* products = new QVBoxLayout(m_productsPage);
    auto* productsTop = new QHBoxLayout;
    m_productsBack = new QPushButton(m_productsPage);
    m_productsBack->setObjectName(QStringLiteral("kioskProductsBackPushButton"));
    connect(m_productsBack, &QPushButton::clicked, this, &KioskShopPage::showCategories);
    productsTop->addWidget(m_productsBack);
    m_productsTitle = new QLabel(m_productsPage);
    m_productsTitle->setObjectName(QStringLiteral("kioskProductsLabel"));
    productsTop->addWidget(m_productsTitle, 1);
    products->addLayout(productsTop);
    m_productGrid = scrollingGrid(m_productsPage, products);
    m_stack->addWidget(m_productsPage);

    m_searchPage = new QWidget(m_stack);
    auto* search = new QVBoxLayout(m_searchPage);
    auto* searchTop = new QHBoxLayout;
    m_searchBack = new QPushButton(m_searchPage);
    m_searchBack->setObjectName(QStringLiteral("kioskSearchBackPushButton"));
    connect(m_searchBack, &QPushButton::clicked, this, &KioskShopPage::showCategories);
    searchTop->addWidget(m_searchBack);
    m_search = new QLineEdit(m_searchPage);
    m_search->setObjectName(QStringLiteral("kioskSearchLineEdit"));
    m_search->setMaxLength(60);
    connect(m_search, &QLineEdit::textChanged, this, &KioskShopPage::runSearch);
    searchTop->addWidget(m_search, 1);
    search->addLayout(searchTop);
    m_searchGrid = scrollingGrid(m_searchPage, search);
    m_keyboard = new OnScreenKeyboard(m_searchPage);
    m_keyboard->setTarget(m_search);
    search->addWidget(m_keyboard);
    m_stack->addWidget(m_searchPage);

    m_detailsPage = new QWidget(m_stack);
    auto* details = new QVBoxLayout(m_detailsPage);
    m_detailsBack = new QPushButton(m_detailsPage);
    m_detailsBack->setObjectName(QStringLiteral("kioskDetailsBackPushButton"));
    connect(m_detailsBack, &QPushButton::clicked, this, [this] { m_stack->setCurrentWidget(m_returnTo ? m_returnTo : m_categoriesPage); });
    details->addWidget(m_detailsBack, 0, Qt::AlignLeft);
    auto* about = new QHBoxLayout; // the picture beside the words keeps the page short
    details->addLayout(about);
    m_detailsImage = new QLabel(m_detailsPage);
    m_detailsImage->setObjectName(QStringLiteral("kioskDetailsImageLabel"));
    m_detailsImage->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    about->addWidget(m_detailsImage);
    auto* words = new QVBoxLayout;
    about->addLayout(words, 1);
    m_detailsName = new QLabel(m_detailsPage);
    m_detailsName->setObjectName(QStringLiteral("kioskHeadline"));
    m_detailsName->setWordWrap(true);
    words->addWidget(m_detailsName);
    m_detailsText = new QLabel(m_detailsPage);
    m_detailsText->setObjectName(QStringLiteral("kioskDetailsTextLabel"));
    m_detailsText->setWordWrap(true);
    words->addWidget(m_detailsText);
    words->addStretch();
    auto* stepper = new QHBoxLayout;
    m_detailsMinus = new QPushButton(QStringLiteral("−"), m_detailsPage);
    m_detailsMinus->setObjectName(QStringLiteral("kioskDetailsMinusPushButton"));
    connect(m_detailsMinus, &QPushButton::clicked, this, [this] {
        m_quantity = std::max<qint64>(1, m_quantity - 1);
        retranslate();
    });
    m_detailsQuantity = new QLabel(m_detailsPage);
    m_detailsQuantity->setObjectName(QStringLiteral("kioskDetailsQuantityLabel"));
    m_detailsQuantity->setAlignment(Qt::AlignCenter);
    m_detailsPlus = new QPushButton(QStringLiteral("+"), m_detailsPage);
    m_detailsPlus->setObjectName(QStringLiteral("kioskDetailsPlusPushButton"));
    connect(m_detailsPlus, &QPushButton::clicked, this, [this] {
        m_quantity = std::min<qint64>(99, m_quantity + 1);
        retranslate();
    });
    stepper->addWidget(m_detailsMinus);
    stepper->addWidget(m_detailsQuantity);
    stepper->addWidget(m_detailsPlus);
    details->addLayout(stepper);
    m_detailsAdd = new QPushButton(m_detailsPage);
    m_detailsAdd->setObjectName(QStringLiteral("kioskDetailsAddPushButton"));
    m_detailsAdd->setProperty("primary", true);
    connect(m_detailsAdd, &QPushButton::clicked, this, [this] {
        emit addRequested(m_detailsProduct, m_quantity);
        m_stack->setCurrentWidget(m_returnTo ? m_returnTo : m_categoriesPage);
    });
    details->addWidget(m_detailsAdd);
    details->addStretch();
    m_stack->addWidget(m_detailsPage);
    retranslate();
}

int KioskShopPage::columns() const
{
    if (m_largeText)
        return width() > 1500 ? 3 : 2;
    return width() > 1100 ? 4 : width() > 640 ? 3 : 2;
}

int KioskShopPage::tileWidth() const
{
    return (width() - 40) / columns() - 12;
}

void KioskShopPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        setLanguage(m_language); // lays the current view out again for the new width
}

void KioskShopPage::setLanguage(const QString& language)
{
    // A Russian customer finds the keyboard in Cyrillic; digits and the other alphabet are a key away.
    if (language != m_language)
        m_keyboard->setLayout(language.startsWith(QLatin1String("ru")) ? OnScreenKeyboard::Layout::Cyrillic
                                                                       : OnScreenKeyboard::Layout::Latin);
    m_language = language;
    if (m_stack->currentWidget() == m_categoriesPage)
        showCategories();
    else if (m_stack->currentWidget() == m_productsPage)
        showCategory(m_category);
    else if (m_stack->currentWidget() == m_searchPage)
        runSearch();
    else if (m_stack->currentWidget() == m_detailsPage)
        showDetails(m_detailsProduct);
}

void KioskShopPage::showCategories()
{
    clearLayout(m_categoryGrid);
    m_categories = m_till.catalog().categories();
    const QList<Category>& categories = m_categories;
    for (int i = 0; i < categories.size(); ++i) {
        const Category& c = categories[i];
        QPushButton* button = tile(QStringLiteral("kioskCategory%1PushButton").arg(c.id), ProductArt::category(c, 96), c.name(m_language),
                                   QString(), tileWidth(), this);
        button->setAccessibleName(c.name(m_language));
        button->setAccessibleDescription(tr("%n products", nullptr, c.products));
        connect(button, &QPushButton::clicked, this, [this, id = c.id] { showCategory(id); });
        m_categoryGrid->addWidget(button, i / columns(), i % columns());
    }
    m_stack->setCurrentWidget(m_categoriesPage);
}

void KioskShopPage::showCategory(qint64 categoryId)
{
    if (categoryId != m_category || m_stack->currentWidget() != m_productsPage)
        m_shown = 0;
    m_category = categoryId;
    clearLayout(m_productGrid);
    const int wanted = std::max(m_shown, kPageSize);
    const QList<Product> products = m_till.catalog().inCategory(categoryId, wanted + 1);
    const bool more = products.size() > wanted;
    fillProducts(m_productGrid, products.mid(0, wanted), more);
    m_shown = int(std::min<qsizetype>(products.size(), wanted));
    for (const Category& c : m_categories)
        if (c.id == categoryId)
            m_productsTitle->setText(c.name(m_language));
    m_returnTo = m_productsPage;
    m_stack->setCurrentWidget(m_productsPage);
}

void KioskShopPage::fillProducts(QGridLayout* grid, const QList<Product>& products, bool more)
{
    const QLocale locale; // the store's money format, whatever the language
    const Currency& currency = m_till.settings().currency();
    for (int i = 0; i < products.size(); ++i) {
        const Product& p = products[i];
        const QString price = ReceiptLayout::price(p.price, currency, locale);
        QPushButton* button = tile(QStringLiteral("kioskProduct%1PushButton").arg(p.id), ProductArt::product(p, 96), p.name(m_language),
                                   price, tileWidth(), this);
        button->setAccessibleName(tr("%1, %2").arg(p.name(m_language), price));
        button->setAccessibleDescription(p.ageRestricted ? tr("Shows the details. Needs an age check.") : tr("Shows the details"));
        connect(button, &QPushButton::clicked, this, [this, id = p.id] { showDetails(id); });
        grid->addWidget(button, i / columns(), i % columns());
    }
    if (more) {
        auto* button = new QPushButton(tr("Show more"), this);
        button->setObjectName(QStringLiteral("kioskMorePushButton"));
        connect(button, &QPushButton::clicked, this, [this] {
            m_shown += kPageSize;
            showCategory(m_category);
        });
        grid->addWidget(button, int(products.size()) / columns() + 1, 0, 1, columns());
    }
}

void KioskShopPage::showSearch()
{
    m_search->clear();
    clearLayout(m_searchGrid);
    m_returnTo = m_searchPage;
    m_stack->setCurrentWidget(m_searchPage);
    m_search->setFocus();
}

void KioskShopPage::runSearch()
{
    clearLayout(m_searchGrid);
    QList<Product> found;
    if (m_search->text().trimmed().size() >= 2)
        for (const Product& p : m_till.catalog().search(m_search->text(), kPageSize * 2))
            if (p.unit == Unit::Piece && found.size() < kPageSize)
                found.append(p);
    fillProducts(m_searchGrid, found, false);
    if (found.isEmpty() && m_search->text().trimmed().size() >= 2) {
        auto* none = new QLabel(tr("Nothing found for \"%1\"").arg(m_search->text().trimmed()), this);
        none->setObjectName(QStringLiteral("kioskNothingFoundLabel"));
        m_searchGrid->addWidget(none, 0, 0);
    }
}

void KioskShopPage::showDetails(qint64 productId)
{
    const std::optional<Product> product = m_till.catalog().findById(productId);
    if (!product)
        return;
    if (productId != m_detailsProduct)
        m_quantity = 1;
    m_detailsProduct = productId;
    m_detailsImage->setPixmap(ProductArt::product(*product, 200));
    m_detailsImage->setAccessibleName(tr("Picture of %1").arg(product->name(m_language)));
    m_detailsName->setText(product->name(m_language));
    const QLocale locale; // the store's money format, whatever the language
    const Currency& currency = m_till.settings().currency();
    QStringList lines{tr("Price: %1").arg(ReceiptLayout::price(product->price, currency, locale))};
    const QDateTime now = m_till.clock().nowUtc();
    for (const Promotion& p : m_till.promotions().all()) {
        if (p.covers(product->id, product->categoryId) && p.kind != Promotion::Kind::SpendThreshold &&
            p.isActive(now, m_till.settings().localTime(now).time(), true))
            lines.append(tr("Offer: %1 — %2").arg(p.name, PromotionText::describe(p, currency, locale)));
    }
    if (product->ageRestricted)
        lines.append(tr("Age check: a member of staff confirms your age before you pay."));
    m_detailsText->setText(lines.join(QLatin1Char('\n')));
    m_detailsText->setAccessibleName(m_detailsText->text());
    if (m_stack->currentWidget() != m_detailsPage)
        m_returnTo = m_stack->currentWidget();
    m_stack->setCurrentWidget(m_detailsPage);
    retranslate();
}

void KioskShopPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskShopPage::retranslate()
{
    m_categoriesTitle->setText(tr("What would you like?"));
    m_searchButton->setText(tr("Search"));
    m_searchButton->setAccessibleDescription(tr("Find a product by name with the on-screen keyboard"));
    m_productsBack->setText(tr("All categories"));
    m_searchBack->setText(tr("All categories"));
    m_search->setPlaceholderText(tr("Type a product name"));
    m_search->setAccessibleName(tr("Product search"));
    m_detailsBack->setText(tr("Back"));
    m_detailsQuantity->setText(QString::number(m_quantity));
    m_detailsQuantity->setAccessibleName(tr("Quantity: %1").arg(m_quantity));
    m_detailsMinus->setAccessibleName(tr("One less"));
    m_detailsPlus->setAccessibleName(tr("One more"));
    m_detailsAdd->setText(tr("Add %1 to my order").arg(m_quantity));
}

} // namespace omnitill::ui

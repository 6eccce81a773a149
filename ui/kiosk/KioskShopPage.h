#pragma once

#include "catalog/CatalogRepository.h"
#include "catalog/Product.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace omnitill {
class Till;
}

namespace omnitill::ui {

class OnScreenKeyboard;

// Browsing the catalog at the kiosk: a grid of categories, a category's products (a page at a
// time), search with the on-screen keyboard, and a product's details with the promotions on it.
class KioskShopPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 24;

    KioskShopPage(Till& till, QWidget* parent = nullptr);

    void setLanguage(const QString& language);
    void setMember(bool member) { m_member = member; }
    // Larger text: fewer, wider tiles, so that words are never broken in the middle.
    void setLargeText(bool on) { m_largeText = on; }
    void showCategories();
    void showCategory(qint64 categoryId);
    void showSearch();
    void showDetails(qint64 productId);

signals:
    void addRequested(qint64 productId, qint64 quantity);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillProducts(QGridLayout* grid, const QList<Product>& products, bool more);
    void runSearch();
    int columns() const;
    int tileWidth() const;
    void retranslate();

    Till& m_till;
    QString m_language = QStringLiteral("en");
    bool m_member = false;
    bool m_largeText = false;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_categoriesPage = nullptr;
    QGridLayout* m_categoryGrid = nullptr;
    QWidget* m_productsPage = nullptr;
    QLabel* m_productsTitle = nullptr;
    QGridLayout* m_productGrid = nullptr;
    QPushButton* m_productsBack = nullptr;
    QWidget* m_searchPage = nullptr;
    QLineEdit* m_search = nullptr;
    QGridLayout* m_searchGrid = nullptr;
    QPushButton* m_searchBack = nullptr;
    OnScreenKeyboard* m_keyboard = nullptr;
    QWidget* m_detailsPage = nullptr;
    QLabel* m_detailsImage = nullptr;
    QLabel* m_detailsName = nullptr;
    QLabel* m_detailsText = nullptr;
    QLabel* m_detailsQuantity = nullptr;
    QPushButton* m_detailsMinus = nullptr;
    QPushButton* m_detailsPlus = nullptr;
    QPushButton* m_detailsAdd = nullptr;
    QPushButton* m_detailsBack = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_categoriesTitle = nullptr;
    QList<Category> m_categories; // as the grid last showed them
    qint64 m_category = 0;
    int m_shown = 0;
    qint64 m_detailsProduct = 0;
    qint64 m_quantity = 1;
    QWidget* m_returnTo = nullptr;
};

} // namespace omnitill::ui

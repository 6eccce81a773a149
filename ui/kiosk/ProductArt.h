#pragma once

#include <QPixmap>

namespace omnitill {
struct Category;
struct Product;
} // namespace omnitill

namespace omnitill::ui {

// Placeholder pictures for products and categories that have no photograph: drawn from the
// product itself (a shape and colour per category, the name's initials), so the same product
// always looks the same and no two neighbours look alike. The initials keep them apart without
// relying on colour.
class ProductArt
{
public:
    static QPixmap product(const Product& product, int size);
    static QPixmap category(const Category& category, int size);

private:
    static QPixmap draw(qint64 seed, int shape, const QString& initials, int size);
};

} // namespace omnitill::ui

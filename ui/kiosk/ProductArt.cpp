#include "ProductArt.h"

#include "catalog/CatalogRepository.h"
#include "catalog/Product.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace omnitill::ui {

namespace {
QString initialsOf(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isLetterOrNumber())
            out.append(word.front().toUpper());
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}
} // namespace

QPixmap ProductArt::draw(qint64 seed, int shape, const QString& initials, int size)
{
    const QString key = QStringLiteral("art:%1:%2:%3:%4").arg(seed).arg(shape).arg(initials).arg(size);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = int((seed * 47) % 360);
    const QColor base = QColor::fromHsv(hue, 90, 235);
    const QColor deep = QColor::fromHsv(hue, 160, 150);
    QLinearGradient background(0, 0, size, size);
    background.setColorAt(0, base.lighter(110));
    background.setColorAt(1, base);
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.12, size * 0.12);
    p.setBrush(deep);
    const QRectF body(size * 0.25, size * 0.18, size * 0.5, size * 0.6);
    switch (shape % 4) {
    case 0: // a round fruit
        p.drawEllipse(body.adjusted(-size * 0.04, size * 0.06, size * 0.04, 0));
        break;
    case 1: { // a bottle
        QPainterPath path;
        path.addRoundedRect(QRectF(size * 0.42, size * 0.1, size * 0.16, size * 0.2), 4, 4);
        path.addRoundedRect(QRectF(size * 0.3, size * 0.28, size * 0.4, size * 0.52), size * 0.08, size * 0.08);
        p.drawPath(path);
        break;
    }
    case 2: // a box
        p.drawRoundedRect(body, size * 0.04, size * 0.04);
        break;
    default: { // a bag
        QPainterPath path;
        path.moveTo(size * 0.28, size * 0.3);
        path.lineTo(size * 0.72, size * 0.3);
        path.lineTo(size * 0.78, size * 0.8);
        path.lineTo(size * 0.22, size * 0.8);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    }
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.24));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, size * 0.3, size, size * 0.45), Qt::AlignCenter, initials);
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QPixmap ProductArt::product(const Product& product, int size)
{
    return draw(product.categoryId * 7 + product.id % 5, int(product.categoryId), initialsOf(product.nameEn), size);
}

QPixmap ProductArt::category(const Category& category, int size)
{
    return draw(category.id * 7, int(category.id), initialsOf(category.nameEn), size);
}

} // namespace omnitill::ui

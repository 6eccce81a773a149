#pragma once

#include <QImage>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>

namespace omnitill::test {

// How many colours a screenshot has, sampled: a blank or unpainted screen has very few.
inline int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// The first named, visible button that is drawn outside the window (or, in a scrolling list, cut
// off at the side of it); empty when everything is on the screen.
inline QString cutOffButton(QWidget* window)
{
    for (QPushButton* b : window->findChildren<QPushButton*>()) {
        if (!b->isVisible() || b->objectName().isEmpty())
            continue;
        QWidget* frame = window;
        for (QWidget* w = b->parentWidget(); w && w != window; w = w->parentWidget())
            if (qobject_cast<QScrollArea*>(w)) {
                frame = static_cast<QScrollArea*>(w)->viewport();
                break;
            }
        const QRect r(b->mapTo(frame, QPoint(0, 0)), b->size());
        const bool inside = frame == window ? frame->rect().contains(r) : r.left() >= 0 && r.right() <= frame->width();
        if (!inside)
            return b->objectName();
    }
    return {};
}

} // namespace omnitill::test

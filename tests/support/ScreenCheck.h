#pragma once

#include <QAbstractButton>
#include <QHash>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTabBar>

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

// Alt+letter keys that two visible controls of the window claim at once (menu titles, buttons,
// field labels, tabs): Qt then runs neither, so a keyboard user is stuck. Each as "Alt+X: a, b".
inline QStringList clashingMnemonics(QWidget* window)
{
    QHash<QString, QStringList> owners;
    const auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString()].append(QString(text).remove(QLatin1Char('&')));
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>())
        for (QAction* action : bar->actions())
            if (action->isVisible())
                claim(action->text());
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (b->isVisible())
            claim(b->text());
    for (QLabel* l : window->findChildren<QLabel*>())
        if (l->isVisible() && l->buddy())
            claim(l->text());
    for (QTabBar* tabs : window->findChildren<QTabBar*>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i));
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    return clashes;
}

} // namespace omnitill::test
